"""The help screen (F1) at 80x24 and 120x40: every text whole, wrapped at word boundaries,
and what it says about the tabs is what the keys do (#26)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widgets import Static

from kompass_tui.tui.screens.help import help_rows
from tests.tui_helpers import place, workbench_app


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (60, 30)])
async def test_help_wraps_at_word_boundaries(demo_copy: Path, size: tuple[int, int]) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=size) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        table = app.screen.query_one("#help-table", Static)
        width, height = table.size
        lines = [strip.text for strip in table.render_lines(Region(0, 0, width, height))]
        shown_words = " ".join(lines).split()
        joined = " ".join(shown_words)
        for keys, text in help_rows("sv"):
            # Every description appears with its words whole, in order, however it wrapped.
            assert " ".join(text.split()) in joined, (text, size)
            assert keys in " ".join(lines) or keys == "", keys


async def test_page_down_after_the_last_area_is_the_report_then_the_overview(
    demo_copy: Path,
) -> None:
    said = dict(help_rows("sv"))["PgDn / ctrl+→"]
    assert "rapporten, sedan översikten" in said
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f10", "pagedown")
        await pilot.pause()
        assert place(app) == "report"
        await pilot.press("pagedown")
        await pilot.pause()
        assert place(app) == "overview"
