"""Keys that arrive in one burst, as over a slow SSH link, apply in the order typed.

These post every key before any is handled, as the terminal driver does with one read. The
real program over a pty is tested in test_pty_scoring.py; here the pilot checks dialogs
under repeated Enter and Escape, and that a burst never splits across screens.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.tui.screens.choice_dialog import ChoiceDialog
from kompass_tui.tui.screens.workbench import WorkbenchScreen
from tests.tui_helpers import burst, place, workbench_app


async def settle(pilot) -> None:
    """Let everything posted be handled."""
    for _ in range(4):
        await pilot.pause()


async def test_a_burst_of_edits_moves_and_save_applies_in_order(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await settle(pilot)
        assert place(app) == "1.1"
        # 1.1 shows "7,5": ⌫ edits it to "7,", 9 → "7,9"; Enter; 1.2 "14" is replaced by 3.
        burst(app, "backspace", "9", "enter", "3", "ctrl+s")
        await settle(pilot)
        assert place(app) == "1.2"
    saved = load_session(demo_copy, Catalog.default()).session.scores
    assert saved["1.1"] == Decimal("7.9")
    assert saved["1.2"] == Decimal(3)


async def test_keys_typed_into_an_area_not_built_yet_land_there(new_session_file: Path) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        burst(app, "pagedown", "4", "enter", "f5", "6", "ctrl+g", "7")
        await settle(pilot)
        assert app.state is not None
        assert app.state.session.scores == {
            "2.1": Decimal(4),
            "3.1": Decimal(6),
            "3.2": Decimal(7),
        }
        assert place(app) == "3.2"


async def test_a_burst_then_quit_asks_because_the_typing_counts(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await settle(pilot)
        burst(app, "backspace", "ctrl+q")
        await settle(pilot)
        assert app.is_running
        assert isinstance(app.screen, ChoiceDialog) and app.screen.name == "quit"


async def test_repeated_enter_in_the_item_prompt_adds_one_item_and_pops_once(
    new_session_file: Path,
) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        burst(app, "ctrl+w", "down", "enter", "x", "y", "enter", "enter", "enter")
        await settle(pilot)
        assert isinstance(app.screen, WorkbenchScreen)
        assert app.state is not None
        # The second Enter reached the lists again and edits "xy"; the third keeps it.
        assert app.state.session.areas["1"].strengths == ["xy"]
        burst(app, "a", "1", "enter", "a", "2", "enter", "a", "3", "enter")
        await settle(pilot)
        assert app.state.session.areas["1"].strengths == ["xy", "1", "2", "3"]
        assert isinstance(app.screen, WorkbenchScreen)


async def test_repeated_escape_never_pops_the_workbench(new_session_file: Path) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        burst(app, "ctrl+w", "down", "a", "q", "escape", "escape", "escape", "escape")
        await settle(pilot)
        assert isinstance(app.screen, WorkbenchScreen)
        assert len(app.screen_stack) == 1  # the workbench, the app's first screen, alone
        assert place(app) == "1.1"
        burst(app, "5", "ctrl+q", "escape", "escape", "ctrl+q", "escape")
        await settle(pilot)
        # Typed ahead of the quit question, the rest answers nothing (#20): it waits.
        assert isinstance(app.screen, ChoiceDialog) and app.screen.set_aside == 4
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, WorkbenchScreen) and app.is_running
        assert app.state is not None and app.state.session.scores == {"1.1": Decimal(5)}


async def test_text_typed_before_a_dialog_is_shown_goes_into_it(new_session_file: Path) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        burst(app, "ctrl+w", "down", "a", "K", "o", "m", "m", "u", "n")
        burst(app, "enter", "escape", "1")
        await settle(pilot)
        assert app.state is not None
        assert app.state.session.areas["1"].strengths == ["Kommun"]
        assert app.state.session.scores == {"1.1": Decimal(1)}


async def test_a_burst_ending_in_quit_and_save_saves_everything(new_session_file: Path) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        burst(app, "4", "enter", "5", "ctrl+q", "s")
        await settle(pilot)
        # The s typed ahead of the quit question answers nothing (#20); s once it is read.
        assert isinstance(app.screen, ChoiceDialog) and app.screen.set_aside == 1
        await pilot.press("s")
        await settle(pilot)
    assert app.return_value == 0
    saved = load_session(new_session_file, Catalog.default()).session.scores
    assert saved == {"1.1": Decimal(4), "1.2": Decimal(5)}
