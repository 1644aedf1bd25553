"""Pilot tests of settling a consensus's disputes in the workbench."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from textual.widgets import DataTable

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.model import new_session
from kompass_tui.core.session.toml_io import load_session, save_session
from kompass_tui.tui.widgets.dispute_list import DisputeList
from kompass_tui.tui.widgets.question_row import QuestionRow
from kompass_tui.tui.widgets.score_input import ScoreInput
from tests.helpers import KK2010
from tests.tui_helpers import text_of, workbench_app

D = Decimal
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


def focused_row(app) -> QuestionRow:  # type: ignore[no-untyped-def]
    focused = app.focused
    assert isinstance(focused, ScoreInput)
    return next(a for a in focused.ancestors if isinstance(a, QuestionRow))


async def test_overview_lists_disputes_and_ctrl_n_goes_to_them(merged: Path) -> None:
    app = workbench_app(merged)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        listing = app.screen.query_one(DisputeList)
        assert listing.display
        assert "Att diskutera (2)" in text_of(app, "#disputes-title")
        table = listing.query_one(DataTable)
        assert [str(table.get_row_at(i)[0]) for i in range(table.row_count)] == ["1.1", "2.1"]
        assert str(table.get_row_at(0)[1]) == "6,0"
        assert str(table.get_row_at(0)[2]) == "Anna 10,0 · Bo 4,0"
        await pilot.press("ctrl+n")
        await pilot.pause()
        row = focused_row(app)
        assert row.question.id == "1.1" and row.has_class("-disputed")
        marks = str(row.query_one(".question-marks").render())
        assert "⚑ spridning 6,0: Anna 10,0 · Bo 4,0" in marks
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert focused_row(app).question.id == "2.1"
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert focused_row(app).question.id == "1.1"  # wraps
        # Enter on the list's row goes to that question too.
        await pilot.press("f2")
        await pilot.pause()
        table.focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert focused_row(app).question.id == "2.1"


async def test_typing_a_score_and_enter_settles_and_saving_drops_it(merged: Path) -> None:
    app = workbench_app(merged)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        consensus = app.state.session.consensus
        assert consensus is not None
        await pilot.press("enter")  # walking past a disputed question does not settle it
        await pilot.pause()
        assert "1.1" in consensus.disputes and not app.state.dirty
        await pilot.press("up", "end", "shift+home", "8", "enter")
        await pilot.pause()
        assert list(consensus.disputes) == ["2.1"]
        assert app.state.session.scores["1.1"] == D(8) and app.state.dirty
        table = app.screen.query_one("#disputes-table", DataTable)
        assert table.row_count == 1
        assert "Att diskutera (1)" in text_of(app, "#disputes-title")
        # ctrl+y settles the next one with the proposed score as it stands.
        await pilot.press("ctrl+n", "ctrl+y")
        await pilot.pause()
        assert consensus.disputes == {}
        assert not app.screen.query_one(DisputeList).display
        await pilot.press("ctrl+n")
        await pilot.pause()
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
        await pilot.press("ctrl+n", "ctrl+a", "ctrl+k", "ctrl+y")
        await pilot.pause()
        consensus = app.state.session.consensus
        assert consensus is not None and "1.1" in consensus.disputes
        assert "Type the agreed score for 1.1 first" in "\n".join(
            n.message for n in app._notifications
        )
        await pilot.press("enter")  # an empty field confirmed: still to discuss
        await pilot.pause()
        assert "1.1" in consensus.disputes


async def test_no_disputes_no_list(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query_one(DisputeList).display
        assert "next_dispute" not in {b.binding.action for b in app.active_bindings.values()}
