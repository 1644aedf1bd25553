"""Snapshot tests at 80x24 and 120x40: picker, area tab, overview, help, preview, comparison;
at 80x24 every dialog and form (#24)."""

from __future__ import annotations

import os
import shutil
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import TextArea

from kompass_tui.core.files.locks import LockInfo, lock_path
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.recovery import recovery_path
from kompass_tui.tui.app import KompassApp
from kompass_tui.tui.widgets.area_texts import TextRow, text_rows
from tests.conftest import DEMO
from tests.tui_helpers import until, workbench_app

SIZES = [(80, 24), (120, 40)]


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_overview(snap_compare, demo_copy: Path, size: tuple[int, int]) -> None:
    assert snap_compare(workbench_app(demo_copy), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_area_tab(snap_compare, demo_copy: Path, size: tuple[int, int]) -> None:
    assert snap_compare(workbench_app(demo_copy), terminal_size=size, press=["f3"])


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_help(snap_compare, demo_copy: Path, size: tuple[int, int]) -> None:
    assert snap_compare(workbench_app(demo_copy), terminal_size=size, press=["f1"])


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_picker(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    shutil.copy(DEMO, folder / DEMO.name)
    (folder / "trasig.toml").write_text("schema = 1\n", encoding="utf-8")
    app = KompassApp(folder=folder, catalog=Catalog.default())
    assert snap_compare(app, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_preview(snap_compare, demo_copy: Path, size: tuple[int, int]) -> None:
    assert snap_compare(workbench_app(demo_copy), terminal_size=size, press=["ctrl+r"])


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_compare(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    from tests.test_tui_compare import variant

    folder = tmp_path / "sessions"
    folder.mkdir()
    shutil.copy(DEMO, folder / DEMO.name)
    variant(folder, "linkoping.toml", "Linköping", "0.5")
    app = KompassApp(folder=folder, catalog=Catalog.default())
    assert snap_compare(app, terminal_size=size, press=["space", "down", "space", "c"])


def twelve_area_app(tmp_path: Path, lang: str | None = None) -> KompassApp:
    """A session on the twelve-area, three-language test instrument (#14), as it opens."""
    from decimal import Decimal

    from kompass_tui.core.session.model import new_session
    from kompass_tui.core.session.open_session import OpenSession
    from kompass_tui.core.session.toml_io import load_session, save_session
    from tests.test_any_instrument import INSTRUMENTS, TWELVE

    catalog = Catalog.default([INSTRUMENTS])
    twelve = catalog.get(TWELVE)
    session = new_session(twelve, "Moss", [], ["Kari"])
    for question_id, score in {"1.1": "3.75", "1.2": "87.5", "1.3": "1.13"}.items():
        session.set_score(twelve, question_id, Decimal(score))
    for area in twelve.areas[1:11]:
        for question in area.questions:
            session.set_score(twelve, question.id, question.max * Decimal("0.4"))
    session.set_not_applicable("11.3", True)
    path = tmp_path / "moss.toml"
    save_session(session, twelve, path)
    state = OpenSession.from_loaded(load_session(path, catalog), lang)
    return KompassApp(state=state, catalog=catalog, lang=lang)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_twelve_areas_overview(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """Every area listed (scrolling at 80x24), a long title cut before a number is."""
    assert snap_compare(twelve_area_app(tmp_path), terminal_size=size, press=["f2"])


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_twelve_areas_question_rows(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """Maxima 7,5, 100 and 2,25 in one column, 1,13 shown as typed, in Norwegian."""
    app = twelve_area_app(tmp_path, "nb")
    assert snap_compare(app, terminal_size=size, press=["f3"])


def test_evidence_list(snap_compare, demo_copy: Path) -> None:
    """Question 1.1's two sources (ctrl+u): kind · reference · plan or practice, what each
    shows below, the keys of the list (#17)."""
    app = workbench_app(demo_copy)
    assert snap_compare(app, terminal_size=(80, 24), press=["f3", "ctrl+u"])


def test_area_plan(snap_compare, demo_copy: Path) -> None:
    """Area 1's improvement areas with the example plan's actions under them, the first
    action highlighted: p and s in the key bar (#17)."""
    app = workbench_app(demo_copy)
    press = ["f3", "ctrl+w", *["down"] * 9]
    assert snap_compare(app, terminal_size=(80, 24), press=press)


# -- every dialog and form at 80x24 (#24), each on the demo's own data --------------------------

DIALOG_SIZE = (80, 24)


async def settled(pilot: Pilot[int]) -> None:
    """Let everything posted be handled (dialogs open after a refresh)."""
    for _ in range(4):
        await pilot.pause()


async def to_text_row(pilot: Pilot[int], wanted: TextRow) -> None:
    """From area 1's questions to one row of its texts, by keys."""
    app = pilot.app
    assert isinstance(app, KompassApp) and app.state is not None
    await pilot.press("f3", "ctrl+w")
    area = app.state.area
    assert area is not None
    await pilot.press(*["down"] * text_rows(app.state, area).index(wanted))
    await settled(pilot)


def improvement_with_actions(app: KompassApp) -> TextRow:
    """Area 1's first improvement area that has actions in the demo's plan."""
    assert app.state is not None
    area = app.state.instrument.areas[0]
    rows = text_rows(app.state, area)
    parents = [row.parent for row in rows if row.kind == "actions"]
    assert parents, "the demo's area 1 has a plan"
    return TextRow("improvements", parents[0])


def test_restore_dialog(snap_compare, demo_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Unsaved work found on opening: when it was written, what differs, restore or discard."""
    from tests.test_tui_safety import claimed, leave_recovery

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    leave_recovery(demo_copy, "1.2", 12)
    written = datetime(2010, 2, 3, 14, 5, 9, tzinfo=UTC).timestamp()
    os.utime(recovery_path(demo_copy), (written, written))
    os.utime(demo_copy, (written - 3600, written - 3600))  # the recovery file is newer
    try:
        assert snap_compare(claimed(demo_copy), terminal_size=DIALOG_SIZE, run_before=settled)
    finally:
        monkeypatch.undo()
        time.tzset()


def held_by_kontoret(path: Path) -> None:
    """A lock left by another kompass: eva at the office, since a day long past."""
    info = LockInfo("eva", "kontoret", 4242, "2010-02-03T09:30:00+01:00")
    lock_path(path).write_bytes(info.to_bytes())


def test_take_over_dialog(snap_compare, demo_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stale lock on opening: who held it and since when; take over or read-only."""
    from tests.test_tui_safety import claimed

    held_by_kontoret(demo_copy)
    monkeypatch.setattr(LockInfo, "is_stale", lambda self: True)
    assert snap_compare(claimed(demo_copy), terminal_size=DIALOG_SIZE, run_before=settled)


def test_lock_released_dialog(snap_compare, demo_copy: Path) -> None:
    """A read-only window whose holder let go: take it over, or stay read-only."""
    from tests.test_tui_safety import claimed

    held_by_kontoret(demo_copy)
    app = claimed(demo_copy)

    async def release(pilot: Pilot[int]) -> None:
        await settled(pilot)
        lock_path(demo_copy).unlink()
        assert app.keeper is not None
        app.keeper.check_lock_released()
        await settled(pilot)

    assert snap_compare(app, terminal_size=DIALOG_SIZE, run_before=release)


def test_read_only_refusal(snap_compare, demo_copy: Path) -> None:
    """A score typed in a read-only window: refused, naming who holds the session (a
    notification, not a dialog: nothing to answer)."""
    from tests.test_tui_safety import claimed

    held_by_kontoret(demo_copy)
    press = ["f3", "5"]
    assert snap_compare(claimed(demo_copy), terminal_size=DIALOG_SIZE, press=press)


def test_changed_on_disk_dialog(snap_compare, demo_copy: Path) -> None:
    """ctrl+s after the file changed on disk: merge, take theirs, keep both, cancel."""
    from tests.test_tui_safety import change_on_disk, claimed

    app = claimed(demo_copy)

    async def save_after_a_change(pilot: Pilot[int]) -> None:
        await pilot.press("f3", "5")
        change_on_disk(demo_copy, "1.3", 40)
        await pilot.press("ctrl+s")
        await settled(pilot)

    assert snap_compare(app, terminal_size=DIALOG_SIZE, run_before=save_after_a_change)


def test_file_gone_dialog(snap_compare, demo_copy: Path) -> None:
    """ctrl+s after the file was deleted: create it again, or cancel."""
    from tests.test_tui_safety import claimed

    app = claimed(demo_copy)

    async def save_after_deleting(pilot: Pilot[int]) -> None:
        await pilot.press("f3", "5")
        demo_copy.unlink()
        await pilot.press("ctrl+s")
        await settled(pilot)

    assert snap_compare(app, terminal_size=DIALOG_SIZE, run_before=save_after_deleting)


def test_quit_unsaved_dialog(snap_compare, demo_copy: Path) -> None:
    """ctrl+q with unsaved work: save, discard, or stay."""
    from tests.test_tui_safety import claimed

    press = ["f3", "5", "ctrl+q"]
    assert snap_compare(claimed(demo_copy), terminal_size=DIALOG_SIZE, press=press)


def test_quit_unsaved_dialog_armed(snap_compare, demo_copy: Path) -> None:
    """d once at the quit question: its button says what a second d does, and has focus."""
    from tests.test_tui_safety import claimed

    press = ["f3", "5", "ctrl+q", "d"]
    assert snap_compare(claimed(demo_copy), terminal_size=DIALOG_SIZE, press=press)


def test_take_over_dialog_armed(
    snap_compare, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """t once at a stale lock, in English: its button says what a second t does."""
    from tests.test_tui_safety import claimed

    held_by_kontoret(demo_copy)
    monkeypatch.setattr(LockInfo, "is_stale", lambda self: True)

    async def arm(pilot: Pilot[int]) -> None:
        await settled(pilot)
        await pilot.press("t")
        await settled(pilot)

    app = claimed(demo_copy, "en")
    assert snap_compare(app, terminal_size=DIALOG_SIZE, run_before=arm)


def test_delete_improvement_dialog(snap_compare, demo_copy: Path) -> None:
    """d on an improvement area with actions: how many go with it; keep first."""
    app = workbench_app(demo_copy)

    async def delete(pilot: Pilot[int]) -> None:
        await to_text_row(pilot, improvement_with_actions(app))
        await pilot.press("d")
        await settled(pilot)

    assert snap_compare(app, terminal_size=DIALOG_SIZE, run_before=delete)


def test_discard_draft_dialog(snap_compare, demo_copy: Path) -> None:
    """Escape in a new source with something typed: keep writing or discard."""
    press = ["f3", "ctrl+u", "a", "tab", "tab", *"Ny", "space", *"plan", "escape"]
    assert snap_compare(workbench_app(demo_copy), terminal_size=DIALOG_SIZE, press=press)


def test_export_prompt(snap_compare, demo_copy: Path) -> None:
    """ctrl+e: where to export, the ending choosing the format."""
    press = ["ctrl+e", "ctrl+u", *"rapport", "full_stop", *"docx"]
    assert snap_compare(workbench_app(demo_copy), terminal_size=DIALOG_SIZE, press=press)


def test_item_prompt(snap_compare, demo_copy: Path) -> None:
    """Enter on a strength of area 1: the item prompt holding its text."""
    app = workbench_app(demo_copy)

    async def edit(pilot: Pilot[int]) -> None:
        await to_text_row(pilot, TextRow("strengths", 0))
        await pilot.press("enter")
        await settled(pilot)

    assert snap_compare(app, terminal_size=DIALOG_SIZE, run_before=edit)


def test_jump_prompt(snap_compare, demo_copy: Path) -> None:
    """g on the overview: go to an area by its number, over the overview."""

    async def jump(pilot: Pilot[int]) -> None:
        await settled(pilot)
        await pilot.press("g", "3")
        await settled(pilot)

    assert snap_compare(workbench_app(demo_copy), terminal_size=DIALOG_SIZE, run_before=jump)


def test_new_session_form(snap_compare, tmp_path: Path) -> None:
    """n in the picker: municipality, days, evaluators, instrument, the file name following."""
    folder = tmp_path / "sessions"
    folder.mkdir()
    shutil.copy(DEMO, folder / DEMO.name)
    app = KompassApp(folder=folder, catalog=Catalog.default())
    press = ["n", *"Linköping", "tab", *"2011-02-14", "tab", *"Anna", "comma", "space", *"Bo"]
    press = ["minus" if key == "-" else key for key in press]
    assert snap_compare(app, terminal_size=DIALOG_SIZE, press=press)


def test_new_session_form_for_a_reevaluation(snap_compare, tmp_path: Path) -> None:
    """f on the demo in the picker: the municipality and instrument fixed, the days typed."""
    folder = tmp_path / "sessions"
    folder.mkdir()
    shutil.copy(DEMO, folder / DEMO.name)
    app = KompassApp(folder=folder, catalog=Catalog.default())
    press = ["f", "2", "0", "1", "4", "minus", "0", "2", "minus", "1", "0"]
    assert snap_compare(app, terminal_size=DIALOG_SIZE, press=press)


def test_source_form_document(snap_compare, demo_copy: Path) -> None:
    """Enter on question 1.1's first source: a document, its role field disabled."""
    press = ["f3", "ctrl+u", "enter"]
    assert snap_compare(workbench_app(demo_copy), terminal_size=DIALOG_SIZE, press=press)


def test_source_form_interview(snap_compare, demo_copy: Path) -> None:
    """Enter on question 1.4's interview with a politician: the role field in use."""
    press = ["f3", "down", "down", "down", "ctrl+u", "enter"]
    assert snap_compare(workbench_app(demo_copy), terminal_size=DIALOG_SIZE, press=press)


def test_interview_list(snap_compare, demo_copy: Path) -> None:
    """The interview log from the report tab: the demo's "ett 40-tal personer"."""
    press = ["f2", "pageup", *["down"] * 6, "enter"]
    assert snap_compare(workbench_app(demo_copy), terminal_size=DIALOG_SIZE, press=press)


def test_interview_form(snap_compare, demo_copy: Path) -> None:
    """Enter on the log's entry: people, about, role, date, areas, note."""
    press = ["f2", "pageup", *["down"] * 6, "enter", "enter"]
    assert snap_compare(workbench_app(demo_copy), terminal_size=DIALOG_SIZE, press=press)


def test_action_form(snap_compare, demo_copy: Path) -> None:
    """Enter on area 1's first action: what, owner, due, status, note, under its improvement."""
    app = workbench_app(demo_copy)

    async def edit(pilot: Pilot[int]) -> None:
        row = improvement_with_actions(app)
        await to_text_row(pilot, TextRow("improvements", row.index))
        await pilot.press("down", "enter")
        await settled(pilot)

    assert snap_compare(app, terminal_size=DIALOG_SIZE, run_before=edit)


def test_text_editor(snap_compare, demo_copy: Path) -> None:
    """ctrl+o on question 1.1: its findings in the editor, the editor's keys, scrolled to
    the cursor at the text's end. The picture waits for that scroll: under load it was once
    taken before it, with the text's start in view."""

    async def open_editor(pilot: Pilot[int]) -> None:
        await pilot.press("f3", "ctrl+o")
        area = pilot.app.screen.query_one("#editor-text", TextArea)
        await until(pilot, lambda: area.scroll_y > 0, seconds=1.0)
        await settled(pilot)

    app = workbench_app(demo_copy)
    assert snap_compare(app, terminal_size=DIALOG_SIZE, run_before=open_editor)
