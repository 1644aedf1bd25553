"""Issue #20, item 3: private means private.

A comment written with ctrl+k ("kommentar (privat: ...)") is the evaluators' own: it is in
no report (Markdown, HTML, Word, `kompass show`, the workbench's preview and export) and in
no data export (CSV, JSON) unless `--comments` asks. Tested as a user meets it: the comment
is typed into the real workbench and saved, every format is exported from the command line
and from the workbench, and every output is searched for it.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from rich.console import Console
from textual.geometry import Region
from textual.widgets import Input, Static

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.core.texts.catalog import text
from kompass_tui.tui.screens.export_prompt import ExportPrompt
from kompass_tui.tui.screens.help import HelpScreen
from kompass_tui.tui.screens.reading import ReadingScreen
from kompass_tui.tui.screens.workbench import WorkbenchScreen
from tests.helpers import REPO, kompass
from tests.tui_helpers import text_of, type_text, workbench_app

MARKER = "hemligt-zq81"
"""A word no report holds but the comment."""

FORMATS = ("md", "html", "docx", "csv", "json")


def found_in(path: Path) -> bool:
    """Whether a written file holds the marker (a Word file: in any of its XML parts)."""
    if path.suffix == ".docx":
        with zipfile.ZipFile(path) as archive:
            return any(MARKER.encode() in archive.read(name) for name in archive.namelist())
    return MARKER in path.read_text(encoding="utf-8-sig")


async def write_comment_in_the_workbench(session: Path) -> None:
    """ctrl+k on question 1.2, type the comment, Esc, ctrl+s: as an evaluator does."""
    app = workbench_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")  # area 1
        await pilot.pause()
        await pilot.press("down", "ctrl+k")
        await pilot.pause()
        await type_text(pilot, f"Ring Eva {MARKER}")
        await pilot.press("escape", "ctrl+s")
        await pilot.pause()
    saved = load_session(session, Catalog.default()).session
    assert MARKER in saved.comments["1.2"]


@pytest.fixture
async def commented(demo_copy: Path) -> Path:
    """The demo with a private comment typed into the workbench and saved."""
    await write_comment_in_the_workbench(demo_copy)
    return demo_copy


async def test_a_comment_is_in_no_export_of_the_command_line(commented: Path) -> None:
    folder = commented.parent
    for fmt in FORMATS:
        out = folder / f"report.{fmt}"
        result = kompass("export", commented, "-o", out, "--sources")
        assert result.returncode == 0, result.stderr
        assert not found_in(out), fmt
        assert MARKER not in result.stdout + result.stderr
        asked = folder / f"with-comments.{fmt}"
        result = kompass("export", commented, "-o", asked, "--comments")
        assert result.returncode == 0, result.stderr
        assert found_in(asked), fmt
    for fmt in ("md", "html", "csv", "json"):  # to stdout, as a terminal gets it
        result = kompass("export", commented, "--format", fmt)
        assert result.returncode == 0 and MARKER not in result.stdout, fmt
        result = kompass("export", commented, "--format", fmt, "--comments")
        assert MARKER in result.stdout, fmt
    # The data exports carry no comment column at all without --comments.
    rows = json.loads(kompass("export", commented, "--format", "json").stdout)["questions"]
    assert all("comment" not in row for row in rows)
    asked = json.loads(kompass("export", commented, "--format", "json", "--comments").stdout)
    assert MARKER in asked["questions"][1]["comment"]


async def test_a_comment_is_not_shown_by_kompass_show(commented: Path) -> None:
    plain = kompass("show", "--no-pager", commented, env={"COLUMNS": "100"})
    assert plain.returncode == 0, plain.stderr
    assert "Norrköping" in plain.stdout and MARKER not in plain.stdout
    assert "Kommentarer per fråga" not in plain.stdout
    asked = kompass("show", "--no-pager", "--comments", commented, env={"COLUMNS": "100"})
    assert MARKER in asked.stdout and "Kommentarer per fråga" in asked.stdout


async def test_a_comment_is_in_no_export_or_preview_of_the_workbench(commented: Path) -> None:
    app = workbench_app(commented)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for fmt in FORMATS:
            await pilot.press("ctrl+e")
            await pilot.pause()
            assert isinstance(app.screen, ExportPrompt)
            app.screen.query_one(Input).value = str(commented.with_name(f"wb.{fmt}"))
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, WorkbenchScreen), fmt
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        console = Console(width=80, record=True, file=io.StringIO())
        console.print(app.screen.body)
        assert "Norrköping" in console.export_text()
        assert MARKER not in console.export_text()
    for fmt in FORMATS:
        written = commented.with_name(f"wb.{fmt}")
        assert written.exists() and not found_in(written), fmt


async def test_the_editor_title_and_f1_say_the_comment_is_private(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("ctrl+k")
        await pilot.pause()
        title = text_of(app, "#editor-title")
        assert "1.1: kommentar (privat: i ingen rapport/export utan --comments)" in title
        assert app.screen.query_one("#editor-title").region.width >= len(title)  # all shown
        await pilot.press("escape", "f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        help_text = text(app.lang, "tui.h.comment")
        assert "i ingen rapport eller export utan --comments" in help_text
        table = app.screen.query_one("#help-table", Static)
        width, height = table.size
        lines = [strip.text for strip in table.render_lines(Region(0, 0, width, height))]
        assert " ".join(help_text.split()) in " ".join(" ".join(lines).split())


def test_the_readme_says_the_comment_is_private() -> None:
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert (
        "ctrl+k its comment (the evaluators' own, private: in no report — Markdown, HTML, "
        "Word, `show` — or data export unless `--comments` asks)"
    ) in readme
