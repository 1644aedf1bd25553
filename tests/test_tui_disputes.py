"""Pilot tests of settling a consensus's disputes in the workbench."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.model import new_session
from kompass_tui.core.session.toml_io import load_session, save_session
from tests.helpers import KK2010
from tests.tui_helpers import place, row_of, text_of, workbench_app

D = Decimal
DISCUSS = "Nästa fråga att diskutera (efter konsensus)"
"""How the command palette offers ctrl+n."""
DISPUTED = {"1.1": ("10", "4"), "2.1": ("2", "9")}
"""Anna's and Bo's scores far apart (spread above 20 % of 15); every other question alike."""


@pytest.fixture
def merged(tmp_path: Path) -> Path:
    """Anna's and Bo's evaluations of Norrköping merged by `kompass consensus`."""
    instrument = Catalog.default().get(KK2010)
    paths = []
    for index, author in enumerate(["Anna", "Bo"]):
        session = new_session(instrument, "Norrköping", [date(2010, 1, 25 + index)], [author])
        for question in instrument.questions:
            score = DISPUTED.get(question.id, ("1", "1"))[index]
            session.set_score(instrument, question.id, D(score))
        path = tmp_path / f"{author.lower()}.toml"
        save_session(session, instrument, path)
        paths.append(path)
    out = tmp_path / "merged.toml"
    result = subprocess.run(
        [sys.executable, "-m", "kompass_tui", "consensus", *map(str, paths), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return out


def overview_lines(app) -> list[str]:
    """The overview as the screen shows it, line by line."""
    return text_of(app, "#overview-lines").splitlines()


async def test_overview_lists_disputes_and_ctrl_n_goes_to_them(merged: Path) -> None:
    app = workbench_app(merged)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        lines = overview_lines(app)
        title = lines.index(next(line for line in lines if "Att diskutera (2)" in line))
        assert lines[title + 1].split()[0] == "1.1" and lines[title + 2].split()[0] == "2.1"
        assert "6,0 / 15 = 40 %" in lines[title + 1]
        assert "Anna 10,0 · Bo 4,0" in lines[title + 1]
        assert DISCUSS in [c.title for c in app.get_system_commands(app.screen)]
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert place(app) == "1.1" and row_of(app, "1.1").has_class("-disputed")
        marks = str(row_of(app, "1.1").query_one(".question-marks").render())
        assert "⚑ spridning 6,0 / 15 = 40 %: Anna 10,0 · Bo 4,0" in marks
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert place(app) == "2.1"
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert place(app) == "1.1"  # wraps
        # Enter on the list's row goes to that question too: rows are areas, then disputes.
        await pilot.press("f2")
        await pilot.pause()
        await pilot.press(*["down"] * 9, "enter")
        await pilot.pause()
        assert place(app) == "2.1"


async def test_typing_a_score_and_enter_settles_and_saving_drops_it(merged: Path) -> None:
    app = workbench_app(merged)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.state is not None
        consensus = app.state.session.consensus
        assert consensus is not None
        await pilot.press("enter")  # walking past a disputed question does not settle it
        await pilot.pause()
        assert "1.1" in consensus.disputes and not app.state.dirty
        await pilot.press("up", "8", "enter")
        await pilot.pause()
        assert list(consensus.disputes) == ["2.1"]
        assert app.state.session.scores["1.1"] == D(8) and app.state.dirty
        await pilot.press("f2")
        await pilot.pause()
        assert any("Att diskutera (1)" in line for line in overview_lines(app))
        # ctrl+y settles the next one with the proposed score as it stands.
        await pilot.press("ctrl+n", "ctrl+y")
        await pilot.pause()
        assert consensus.disputes == {}
        await pilot.press("f2")
        await pilot.pause()
        assert not any("Att diskutera" in line for line in overview_lines(app))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not app.state.dirty
    text = merged.read_text(encoding="utf-8")
    assert "[consensus.disputes]" in text and "[consensus.disputes." not in text
    loaded = load_session(merged, Catalog.default())
    assert loaded.session.consensus is not None and loaded.session.consensus.disputes == {}
    assert loaded.session.scores["1.1"] == D(8)
    assert loaded.session.scores["2.1"] == D("5.5")


async def test_settle_refuses_without_a_score(merged: Path) -> None:
    app = workbench_app(merged, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n", "delete", "ctrl+y")
        await pilot.pause()
        assert app.state is not None
        consensus = app.state.session.consensus
        assert consensus is not None and "1.1" in consensus.disputes
        assert "Type the agreed score for 1.1 first" in "\n".join(
            n.message for n in app._notifications
        )
        await pilot.press("enter")  # an empty field confirmed: still to discuss
        await pilot.pause()
        assert "1.1" in consensus.disputes


async def test_no_disputes_no_list_and_no_dispute_keys(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not any("Att diskutera" in line for line in overview_lines(app))
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert place(app) == "overview"
        commands = [c.title for c in app.get_system_commands(app.screen)]
        assert DISCUSS not in commands and any(c.startswith("Spara") for c in commands)
