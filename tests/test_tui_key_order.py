"""Keys that arrive in one burst, as over a slow SSH link, apply in the order typed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.tui.widgets.score_input import ScoreInput
from tests.tui_helpers import burst, workbench_app


async def test_a_burst_of_edits_moves_and_save_applies_in_order(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.focused, ScoreInput) and app.focused.question_id == "1.1"
        # Focus selects the whole field. 1.1 "7,5" → End, ⌫, 9 → "7,9"; Enter; 1.2 "14"
        # (selected) → ⌫, 3 → "3"; save. All in one read.
        burst(app, "end", "backspace", "9", "enter", "backspace", "3", "ctrl+s")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.focused, ScoreInput) and app.focused.question_id == "1.2"
    saved = load_session(demo_copy, Catalog.default()).session.scores
    assert saved["1.1"] == Decimal("7.9")
    assert saved["1.2"] == Decimal(3)


async def test_a_burst_then_quit_asks_because_the_typing_counts(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        burst(app, "backspace", "ctrl+q")
        await pilot.pause()
        await pilot.pause()
        assert app.is_running
        assert type(app.screen).__name__ == "QuitConfirm"
