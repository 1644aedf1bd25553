"""The workbench's export (ctrl+e) writes over a file that exists only at two deliberate keys.

Evaluators edit the exported Word file by hand: ctrl+e and a typed-ahead Enter must not
write over it. A new name is written at the first Enter; over a file that exists the first
Enter only arms ("Tryck Enter igen för att skriva över rapport.docx"), and a second Enter
writes once that has been on screen for `QUESTION_SETTLE` seconds. An Enter that comes
sooner (a double tap, a burst, keys typed before the prompt was on screen) is set aside and
puts the prompt back as it was; so does any other key (an edit of the name, Escape) and a
paste. Checked from the files' bytes. The same on a real terminal:
tests/test_pty_export_overwrite.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input

from kompass_tui.tui.app import KompassApp
from kompass_tui.tui.screens import choice_dialog
from kompass_tui.tui.screens.export_prompt import ExportPrompt
from kompass_tui.tui.screens.workbench import WorkbenchScreen
from kompass_tui.tui.strings import tr
from tests.test_export_formats import format_of_file
from tests.test_tui_safety_matrix import settle
from tests.tui_helpers import burst, text_of, until, workbench_app

HAND_EDITED = b"PK\x03\x04 the evaluators' own edits, hours of them"
"""What the file that exists holds (not a report kompass wrote: its bytes tell)."""


@pytest.fixture
def real_settle(monkeypatch: pytest.MonkeyPatch) -> float:
    """The time the armed prompt waits, as in the real program (the suite sets it to 0)."""
    monkeypatch.setattr(choice_dialog, "QUESTION_SETTLE", 0.4)
    return 0.4


def edited(path: Path) -> Path:
    """A file the evaluators edited by hand, where the export would go."""
    path.write_bytes(HAND_EDITED)
    return path


async def prompt_for(app: KompassApp, pilot: Pilot[int], target: Path) -> ExportPrompt:
    """ctrl+e, the name given as `target`: the prompt, taking keys."""
    await settle(pilot)
    await pilot.press("ctrl+e")
    await settle(pilot)
    prompt = app.screen
    assert isinstance(prompt, ExportPrompt) and prompt.keys_ready
    await pilot.press("ctrl+u")  # the proposed name cleared, `target` pasted
    app.post_message(events.Paste(str(target)))
    await settle(pilot)
    assert prompt.query_one(Input).value == str(target)
    return prompt


def note(app: KompassApp) -> str:
    """The line under the name."""
    return text_of(app, "#export-problem")


async def test_one_enter_over_a_file_that_exists_only_arms(demo_copy: Path) -> None:
    report = edited(demo_copy.with_name("rapport.docx"))
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        prompt = await prompt_for(app, pilot, report)
        assert note(app) == "rapport.docx finns redan och skrivs över"
        await pilot.press("enter")
        await pilot.pause(0.5)
        await settle(pilot)
        assert app.screen is prompt and prompt.armed == report
        assert note(app) == "Tryck Enter igen för att skriva över rapport.docx"
        assert prompt.query_one("#export-problem").has_class("-armed")
        app.exit()
    assert report.read_bytes() == HAND_EDITED


@pytest.mark.parametrize("lang", ["sv", "en", "nb"])
async def test_two_deliberate_enters_write_over_it(
    demo_copy: Path, real_settle: float, lang: str
) -> None:
    report = edited(demo_copy.with_name("rapport.docx"))
    app = workbench_app(demo_copy, lang)
    async with app.run_test(size=(80, 24)) as pilot:
        prompt = await prompt_for(app, pilot, report)
        await pilot.press("enter")
        await until(pilot, lambda: prompt.keys_ready)  # read what the line says now …
        assert note(app) == tr(lang, "export_overwrite_again", name="rapport.docx")
        assert report.read_bytes() == HAND_EDITED
        await pilot.press("enter")  # … and write
        await settle(pilot)
        assert prompt.closed and isinstance(app.screen, WorkbenchScreen)
    assert format_of_file(report) == "docx" and report.read_bytes() != HAND_EDITED


async def test_a_burst_of_two_enters_writes_nothing(demo_copy: Path, real_settle: float) -> None:
    report = edited(demo_copy.with_name("rapport.docx"))
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        prompt = await prompt_for(app, pilot, report)
        burst(app, "enter", "enter")  # a double tap: the second before the line is read
        await until(pilot, lambda: prompt.set_aside > 0 and prompt.keys_ready)
        await settle(pilot)
        assert app.screen is prompt and prompt.armed is None  # back as it was
        assert note(app) == "rapport.docx finns redan och skrivs över"
        assert "1 tangent som skrevs innan frågan visades lades åt sidan" in text_of(
            app, ".set-aside"
        )
        assert report.read_bytes() == HAND_EDITED
        await pilot.press("enter")  # one more deliberate Enter: armed again, no more
        await pilot.pause(real_settle + 0.4)
        assert prompt.armed == report and report.read_bytes() == HAND_EDITED
        app.exit()
    assert report.read_bytes() == HAND_EDITED


async def test_keys_typed_before_the_prompt_was_on_screen_write_over_nothing(
    demo_copy: Path, real_settle: float
) -> None:
    """ctrl+e Enter Enter in one read: the proposed Markdown file exists (an earlier export,
    edited since), and neither it nor its chart is written."""
    markdown = edited(demo_copy.with_suffix(".md"))
    chart = demo_copy.with_suffix(".svg")
    chart.write_bytes(b"<svg>my own chart</svg>")
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        burst(app, "ctrl+e", "enter", "enter", "enter")
        await until(pilot, lambda: isinstance(app.screen, ExportPrompt) and app.screen.keys_ready)
        await settle(pilot)
        prompt = app.screen
        assert isinstance(prompt, ExportPrompt) and prompt.armed is None
        assert prompt.set_aside == 2
        app.exit()
    assert markdown.read_bytes() == HAND_EDITED
    assert chart.read_bytes() == b"<svg>my own chart</svg>"


async def test_a_chart_that_exists_takes_two_enters_too(demo_copy: Path) -> None:
    """A Markdown report writes its chart beside it: a chart of that name is written over
    only at two keys as well, and the line names it."""
    chart = demo_copy.with_name("rapport.svg")
    chart.write_bytes(b"<svg>my own chart</svg>")
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        prompt = await prompt_for(app, pilot, demo_copy.with_name("rapport.md"))
        assert note(app) == "rapport.svg finns redan och skrivs över"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is prompt and "skriva över rapport.svg" in note(app)
        app.exit()
    assert chart.read_bytes() == b"<svg>my own chart</svg>"
    assert not demo_copy.with_name("rapport.md").exists()


async def test_a_new_name_is_written_at_the_first_enter(
    demo_copy: Path, real_settle: float
) -> None:
    report = demo_copy.with_name("ny.docx")
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await prompt_for(app, pilot, report)
        assert not app.screen.query_one("#export-problem").display  # nothing to say
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, WorkbenchScreen)
    assert format_of_file(report) == "docx"


@pytest.mark.parametrize("key", ["escape", "edit", "left", "paste"])
async def test_escape_or_an_edit_puts_the_prompt_back(demo_copy: Path, key: str) -> None:
    """Armed, then Escape, an edit of the name (even one that gives the same name back), a
    cursor key or a paste: back as it was, and the next Enter only arms again."""
    report = edited(demo_copy.with_name("rapport.docx"))
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        prompt = await prompt_for(app, pilot, report)
        field = prompt.query_one(Input)
        await pilot.press("end", "enter")
        await settle(pilot)
        assert prompt.armed == report
        if key == "edit":
            await pilot.press("backspace", "x")
        elif key == "paste":
            await pilot.press("backspace")
            app.post_message(events.Paste("x"))
        else:
            await pilot.press(key)
        await settle(pilot)
        assert app.screen is prompt and prompt.armed is None
        assert field.value == str(report)
        assert note(app) == "rapport.docx finns redan och skrivs över"
        await pilot.press("enter")  # armed again: one key, nothing written
        await settle(pilot)
        assert app.screen is prompt and prompt.armed == report
        await pilot.press("escape", "escape")  # back, then Escape cancels
        await settle(pilot)
        assert isinstance(app.screen, WorkbenchScreen)
    assert report.read_bytes() == HAND_EDITED


async def test_armed_then_another_name_that_is_new_writes_that_one(demo_copy: Path) -> None:
    report = edited(demo_copy.with_name("rapport.docx"))
    other = demo_copy.with_name("rapport2.docx")
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        prompt = await prompt_for(app, pilot, report)
        await pilot.press("end", "enter")
        await settle(pilot)
        assert prompt.armed == report
        await pilot.press("left", "left", "left", "left", "left", "2")
        await settle(pilot)
        assert prompt.query_one(Input).value == str(other) and prompt.armed is None
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, WorkbenchScreen)
    assert report.read_bytes() == HAND_EDITED
    assert format_of_file(other) == "docx"
