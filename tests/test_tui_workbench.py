"""Pilot tests of the workbench: typing scores, live totals, saving, quitting."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.tui.screens.quit_confirm import QuitConfirm
from kompass_tui.tui.widgets.area_view import AreaView
from kompass_tui.tui.widgets.score_input import ScoreInput
from kompass_tui.tui.widgets.status_line import StatusLine
from tests.tui_helpers import text_of, workbench_app

AREA_1 = {"1.1": "7,5", "1.2": "14", "1.3": "9,6", "1.4": "10,9", "1.5": "5,5"}


async def type_keys(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type text key by key."""
    names = {",": "comma", ".": "full_stop", "-": "minus", " ": "space"}
    await pilot.press(*[names.get(c, c) for c in text])


async def test_typing_area_1_updates_totals_and_saves(new_session_file: Path) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.focused, ScoreInput)
        assert app.focused.question_id == "1.1"
        for score in AREA_1.values():
            await type_keys(pilot, score)
            await pilot.press("enter")
        await pilot.pause()
        area_total = text_of(app, ".area-total-text")
        assert "47,5 / 100 · 48 %" in area_total
        assert "5/5" in area_total
        table = app.screen.query_one("#overview-table")
        assert str(table.get_cell("1", "points")).strip() == "47,5"
        assert "48 %" in str(table.get_cell("1", "percent"))
        status = str(app.screen.query_one(StatusLine).render())
        # The percentage is of the scored questions' maximum (#14): 47,5 of 100 is 48 %.
        assert "47,5 / 800 · 48 %" in status
        assert "5/45" in status
        assert "osparad" in status
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "sparad" in str(app.screen.query_one(StatusLine).render())
        assert not app.state.dirty
    loaded = load_session(new_session_file, Catalog.default())
    assert loaded.session.scores == {qid: Decimal(v.replace(",", ".")) for qid, v in AREA_1.items()}


async def test_invalid_entries_are_marked_and_not_stored(new_session_file: Path) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_keys(pilot, "7,5")
        await pilot.pause()
        row = app.screen.query(".question").first()
        # Each keystroke is checked: the last valid prefix typed is what stays stored.
        for bad, reason, kept in [
            ("abc", "inte ett tal", "7.5"),
            ("-1", "under 0", "7.5"),
            ("16", "över maxpoängen 15", "1"),
            ("1,125", "fler än 2 decimaler", "1.12"),
        ]:
            await pilot.press("end", "shift+home")  # select all: typing replaces it
            await type_keys(pilot, bad)
            await pilot.pause()
            assert row.has_class("-invalid"), bad
            assert reason in text_of(app, ".question-error")
            assert app.state.session.scores["1.1"] == Decimal(kept)
        await pilot.press("ctrl+a", "ctrl+k")
        await pilot.pause()
        assert "1.1" not in app.state.session.scores
        assert not row.has_class("-invalid")


async def test_not_applicable_toggles_and_leaves_the_maximum(new_session_file: Path) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert "1.1" in app.state.session.not_applicable
        assert "/ 85 ·" in text_of(app, ".area-total-text")
        await pilot.press("ctrl+s", "ctrl+t")
        await pilot.pause()
        assert "1.1" not in app.state.session.not_applicable
    loaded = load_session(new_session_file, Catalog.default())
    assert loaded.session.not_applicable == {"1.1"}


async def test_strength_comment_and_notes_survive_save(new_session_file: Path) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+o")
        await type_keys(pilot, "Plan finns")
        await pilot.press("escape")
        await pilot.pause()
        assert "Plan finns" in text_of(app, ".question-marks")
        app.screen.query_one(".strengths").focus()
        await pilot.press("a")
        await type_keys(pilot, "Kommun TV")
        await pilot.press("enter")
        await pilot.pause()
        app.screen.query_one(".area-notes").focus()
        await type_keys(pilot, "Bra")
        await pilot.press("ctrl+s")
        await pilot.pause()
    session = load_session(new_session_file, Catalog.default()).session
    assert session.comments == {"1.1": "Plan finns"}
    assert session.areas["1"].strengths == ["Kommun TV"]
    assert session.areas["1"].notes == "Bra"


async def test_quit_with_unsaved_changes_asks(new_session_file: Path) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_keys(pilot, "3")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitConfirm)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, QuitConfirm)
        assert app.is_running
        await pilot.press("ctrl+q", "s")
        await pilot.pause()
    assert app.return_value == 0  # "save" saved and quit
    assert load_session(new_session_file, Catalog.default()).session.scores == {"1.1": 3}


async def test_quit_without_changes_does_not_ask(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_value == 0


async def test_area_tabs_are_built_lazily(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert len(app.screen.query(AreaView)) == 0  # all scored: the overview only
        await pilot.press("f5")
        await pilot.pause()
        assert [v.area.id for v in app.screen.query(AreaView)] == ["3"]
        assert app.focused.question_id == "3.1"
        await pilot.press("pagedown")
        await pilot.pause()
        assert app.focused.question_id == "4.1"


async def test_keys_move_between_questions_and_areas(new_session_file: Path) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "down")
        assert app.focused.question_id == "1.3"
        await pilot.press("up")
        assert app.focused.question_id == "1.2"
        await pilot.press("tab")
        assert app.focused.question_id == "1.3"
        await pilot.press("shift+tab")
        assert app.focused.question_id == "1.2"
        await pilot.press("f2")
        await pilot.pause()
        assert app.screen.tabs.active == "overview"
        await pilot.press("pageup")
        await pilot.pause()
        assert app.focused.question_id == "8.1"
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert app.focused.question_id == "8.2"


async def test_english_interface(demo_copy: Path) -> None:
    app = workbench_app(demo_copy, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        assert "Total 47.5 / 100 · 48 %" in text_of(app, ".area-total-text")
        assert "Openness and democracy" in text_of(app, ".area-title")
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert app.state.lang == "sv"
