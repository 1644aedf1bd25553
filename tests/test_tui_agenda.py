"""The consensus meeting in the workbench: the agenda, settling with a reason, the log,
the per-area figure and the status line (pilot tests at 80x24)."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.merge import Side, merge_three
from kompass_tui.core.session.toml_io import load_session, save_session
from kompass_tui.tui.screens.agenda import AgendaScreen, SettleDialog
from kompass_tui.tui.widgets.status_line import StatusLine
from tests.helpers import DEMO, kompass
from tests.tui_helpers import type_text, workbench_app

D = Decimal


def merged_demo(tmp_path: Path) -> Path:
    """The demo changed by Anna and Bo apart: 1.1 (4 apart) and 2.1 (1 apart) scored
    differently, and the findings of 1.2 rewritten by both."""
    loaded = load_session(DEMO, Catalog.default())
    base = loaded.session
    anna, bo = copy.deepcopy(base), copy.deepcopy(base)
    anna.scores["1.1"], bo.scores["1.1"] = D(9), D(5)
    anna.scores["2.1"], bo.scores["2.1"] = D(8), D(10)
    anna.findings["1.2"], bo.findings["1.2"] = "Annas text.", "Bos text."
    merged = merge_three(base, Side(anna, "Anna", "2026-03-02"), Side(bo, "Bo"), loaded.instrument)
    path = tmp_path / "norrkoping.toml"
    save_session(merged, loaded.instrument, path)
    return path


async def test_the_agenda_lists_what_is_open_and_settles_it_with_a_reason(
    tmp_path: Path,
) -> None:
    path = merged_demo(tmp_path)
    app = workbench_app(path, "sv")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.state is not None
        app.state.who = "Cia"
        assert "sparad    ⚑ 3 ^d  norrkoping.toml" in app.screen.query_one(StatusLine).render_text()
        overview = str(app.screen.query_one("#overview-lines").render())
        assert "Att diskutera (2)" in overview
        assert "1 text att enas om: ctrl+d, dagordningen" in overview
        await pilot.press("ctrl+d")
        await pilot.pause()
        agenda = app.screen
        assert isinstance(agenda, AgendaScreen)
        lines = agenda.lines()
        # The largest spread first, both values and who; then the text.
        assert lines[0].startswith("1.1") and "Anna 9,0 · Bo 5,0" in lines[0]
        assert lines[1].startswith("2.1") and "Anna 8,0 · Bo 10,0" in lines[1]
        assert lines[2] == "Iakttagelser 1.2: versioner av Anna, Bo"
        assert "Överens per område: 1 0/2 · 2 0/1" in str(
            agenda.query_one("#agenda-agreed").render()
        )
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, SettleDialog)
        await pilot.press("end")
        for _ in range(4):
            await pilot.press("backspace")
        await type_text(pilot, "7")
        await pilot.press("enter")  # on to the reason
        await pilot.press("enter")  # no reason: refused
        await pilot.pause()
        assert app.screen is dialog and "Skriv varför" in str(
            dialog.query_one("#settle-problem").render()
        )
        await type_text(pilot, "Planen finns men följs inte upp")
        await pilot.press("enter")
        await pilot.pause()
        shown: object = app.screen  # (mypy keeps app.screen narrowed to the dialog)
        assert shown is agenda
        lines = agenda.lines()
        assert len(lines) == 2 and lines[0].startswith("2.1")
        assert "1 1/2" in str(agenda.query_one("#agenda-agreed").render())
        await pilot.press("down", "enter")  # the text: keep Bo's version
        await pilot.pause()
        await pilot.press("backspace")
        await type_text(pilot, "2")
        await pilot.press("tab")
        await type_text(pilot, "Bos är tydligare")
        await pilot.press("enter")
        await pilot.pause()
        assert agenda.lines()[0].startswith("2.1") and len(agenda.lines()) == 1
        await pilot.press("escape")
        await pilot.pause()
        assert "⚑ 1 ^d" in app.screen.query_one(StatusLine).render_text()
        await pilot.press("ctrl+e", "enter")  # the report as it stands: preliminary
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert "Preliminär: 1 oenighet kvar (ctrl+d)" in said
        await pilot.press("ctrl+s")
        await pilot.pause()
    session = load_session(path, Catalog.default()).session
    assert session.scores["1.1"] == D(7) and session.findings["1.2"] == "Bos text."
    assert session.consensus is not None
    assert list(session.consensus.disputes) == ["2.1"] and session.consensus.texts == {}
    first, second = session.consensus.log
    assert (first.place, first.score, first.reason, first.by) == (
        "1.1",
        D(7),
        "Planen finns men följs inte upp",
        "Cia",
    )
    assert (second.place, second.text, second.reason) == (
        "findings.1.2",
        "Bos text.",
        "Bos är tydligare",
    )
    report = tmp_path / "r.md"
    done = kompass("export", path, "-o", report)
    assert done.returncode == 0
    text = report.read_text(encoding="utf-8")
    assert "Planen finns men följs inte upp" not in text and "Bos är tydligare" not in text
    assert "Preliminär" in text


async def test_no_agenda_without_disagreements(demo_copy: Path) -> None:
    app = workbench_app(demo_copy, "sv")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "⚑" not in app.screen.query_one(StatusLine).render_text()
        await pilot.press("ctrl+d")
        await pilot.pause()
        assert not isinstance(app.screen, AgendaScreen)


async def test_who_wrote_a_strength_is_shown_in_the_workbench_and_never_printed(
    tmp_path: Path,
) -> None:
    loaded = load_session(DEMO, Catalog.default())
    paths = []
    for name in ("Anna", "Bo"):
        session = copy.deepcopy(loaded.session)
        session.evaluators = [name]
        session.area_notes("1").strengths.append(f"{name}s egen styrka")
        paths.append(tmp_path / f"{name.lower()}.toml")
        save_session(session, loaded.instrument, paths[-1])
    out = tmp_path / "merged.toml"
    assert kompass("consensus", *paths, "-o", out).returncode == 0
    app = workbench_app(out, "sv")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f3", "ctrl+w")
        await pilot.pause()
        shown = str(app.screen.query(".area-texts").first().render())
        assert "• Annas egen styrka · Anna" in shown and "• Bos egen styrka · Bo" in shown
        first = loaded.session.areas["1"].strengths[0]
        assert f"• {first[:20]}" in shown and "· Anna, Bo" in shown
    report = tmp_path / "merged.md"
    assert kompass("export", out, "-o", report).returncode == 0
    text = report.read_text(encoding="utf-8")
    assert "Annas egen styrka" in text and "Anna, Bo" not in text and "(Anna" not in text


def test_agenda_snapshot(snap_compare, tmp_path: Path) -> None:
    app = workbench_app(merged_demo(tmp_path), "sv")
    assert snap_compare(app, terminal_size=(80, 24), press=["ctrl+d"])


def test_settle_dialog_snapshot(snap_compare, tmp_path: Path) -> None:
    app = workbench_app(merged_demo(tmp_path), "sv")
    assert snap_compare(app, terminal_size=(80, 24), press=["ctrl+d", "down", "down", "enter"])
