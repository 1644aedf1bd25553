"""Pilot tests of the workbench's report export (ctrl+e) and preview (ctrl+r)."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from textual.containers import VerticalScroll
from textual.widgets import Input

from kompass_tui.tui.screens.export_prompt import ExportPrompt
from kompass_tui.tui.screens.reading import ReadingScreen
from kompass_tui.tui.screens.workbench import WorkbenchScreen
from tests.tui_helpers import burst, text_of, workbench_app


async def test_export_writes_markdown_and_svg_beside_the_session(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert isinstance(app.screen, ExportPrompt)
        assert app.screen.query_one(Input).value == str(demo_copy.with_suffix(".md"))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WorkbenchScreen)
    markdown = demo_copy.with_suffix(".md").read_text(encoding="utf-8")
    assert "Norrköping" in markdown and "47,5" in markdown
    assert "](norrkoping-2010.svg)" in markdown
    svg = demo_copy.with_suffix(".svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg") or "<svg" in svg[:200]


async def test_export_includes_unsaved_edits(demo_copy: Path) -> None:
    original = demo_copy.read_text(encoding="utf-8")
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("end", "shift+home", "9", "ctrl+e")
        await pilot.pause()
        assert isinstance(app.screen, ExportPrompt)
        await pilot.press("enter")
        await pilot.pause()
        assert app.state is not None and app.state.dirty
    markdown = demo_copy.with_suffix(".md").read_text(encoding="utf-8")
    assert "49,0" in markdown  # area 1: 47,5 - 7,5 + 9
    assert demo_copy.read_text(encoding="utf-8") == original  # exporting does not save


async def test_export_to_another_path_and_refusals(demo_copy: Path, tmp_path: Path) -> None:
    app = workbench_app(demo_copy, "en")
    target = tmp_path / "out" / "report.md"
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+e")
        await pilot.pause()
        field = app.screen.query_one(Input)
        for refused, reason in [
            (str(demo_copy), "That is the session file"),
            (str(demo_copy.with_suffix(".svg")), "The chart takes the .svg name"),
            (str(tmp_path), "is a folder"),
            (str(target), "does not exist"),
            ("", "Give a file name"),
        ]:
            field.value = refused
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, ExportPrompt), refused
            assert reason in text_of(app, "#export-problem")
        target.parent.mkdir()
        field.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WorkbenchScreen)
    assert "Norrköping" in target.read_text(encoding="utf-8")
    assert "47.5" in target.read_text(encoding="utf-8")  # English numbers
    assert target.with_suffix(".svg").exists()
    assert not demo_copy.with_suffix(".md").exists()


async def test_export_from_the_palette_and_escape_cancels(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Exportera rapport")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportPrompt)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, WorkbenchScreen)
    assert not demo_copy.with_suffix(".md").exists()


async def test_preview_opens_scrolls_and_closes(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        body = app.screen.query_one("#reading-body", VerticalScroll)
        assert app.focused is body
        assert "Norrköping" in text_of(app, "#reading-title")
        assert body.max_scroll_y > 50  # the whole report, not one screen
        await pilot.press("pagedown")
        await pilot.pause()
        assert body.scroll_y > 0
        await pilot.press("end")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("up")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y - 1
        await pilot.press("home")
        await pilot.pause()
        assert body.scroll_y == 0
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, WorkbenchScreen)
        await pilot.press("ctrl+r")
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, WorkbenchScreen)


async def test_preview_shows_unsaved_edits(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("end", "shift+home", "9", "ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        console = Console(width=80, record=True, file=io.StringIO())
        console.print(app.screen.body)
        assert "49,0" in console.export_text()


async def test_keys_typed_in_one_burst_reach_the_export_dialog(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        # A new score, ctrl+e and Enter arrive in one read over a slow link: the score is
        # exported and Enter accepts the dialog instead of moving to the next question.
        burst(app, "end", "shift+home", "9", "ctrl+e", "enter")
        for _ in range(4):
            await pilot.pause()
        assert isinstance(app.screen, WorkbenchScreen)
    assert "49,0" in demo_copy.with_suffix(".md").read_text(encoding="utf-8")
