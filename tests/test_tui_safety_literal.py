"""User text is shown literally: no markup read, no control character reaches the terminal."""

from __future__ import annotations

import os
import socket
from datetime import date
from pathlib import Path

import pytest

from kompass_tui.core.files.locks import LockInfo, lock_path
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.model import new_session
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.core.session.toml_io import create_session_file, load_session
from kompass_tui.tui.app import KompassApp
from kompass_tui.tui.literal import edited_or_original, literal
from kompass_tui.tui.widgets.status_line import StatusLine
from tests.pty_kompass import F3, PtyKompass

TITLE = "\x1b]2;PWNED\x07"
"""Sets the terminal's window title, if it ever reaches the terminal."""
MUNICIPALITY = f"[bold red]Evil[/]{TITLE}"
STRENGTH = "[b]strong[/b] \x1b[2J gone"
IMPROVEMENT = "[link=https://x]click[/link]\x00\x9b31m"
COMMENT = "[i]said[/i] \x1b[H\x1b[31m red"
NOTES = "line one\n\x1b[1;1Hover\twritten\x08\x7f"
CONTROLS = [chr(c) for c in range(0x20) if chr(c) not in "\n\t"] + ["\x7f", "\x9b"]

# Its tests read the screen as drawn (export_screenshot).
pytestmark = pytest.mark.draws


def hostile_session(folder: Path) -> Path:
    """A session whose every free text tries markup and terminal escapes."""
    instrument = Catalog.default().get("kommunkompassen-2010")
    session = new_session(instrument, MUNICIPALITY, [date(2010, 1, 25)], ["[b]Eva[/b]"])
    session.set_comment("1.1", COMMENT)
    notes = session.area_notes("1")
    notes.strengths.append(STRENGTH)
    notes.improvements.append(IMPROVEMENT)
    notes.notes = NOTES
    path = folder / "[red]evil[\\].toml"
    create_session_file(session, instrument, path)
    return path


def opened(path: Path) -> KompassApp:
    """The app as `kompass PATH` starts it."""
    catalog = Catalog.default()
    state = OpenSession.from_loaded(load_session(path, catalog), None)
    state.claim(catalog)
    return KompassApp(state=state, catalog=catalog)


def assert_no_controls(app: KompassApp) -> None:
    """Nothing on screen holds a control character (the screenshot is what is drawn)."""
    screen = app.export_screenshot()
    assert not [c for c in CONTROLS if c in screen]


def test_literal_replaces_every_control_but_newline_and_tab() -> None:
    shown = literal("a\x1b[2J\x07\x00\tb\nc\x9bd\x7f")
    assert shown == "a␛[2J␇␀\tb\nc\N{REPLACEMENT CHARACTER}d␡"
    assert literal("x\ty\nz", one_line=True) == "x y␤z"
    assert not [c for c in CONTROLS if c in literal("".join(CONTROLS))]
    assert edited_or_original(NOTES, literal(NOTES)) == NOTES
    assert edited_or_original(NOTES, "new") == "new"


async def test_hostile_session_is_shown_as_typed(tmp_path: Path) -> None:
    path = hostile_session(tmp_path)
    app = opened(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        status = app.screen.query_one(StatusLine).render_text()
        assert status.startswith("[bold red]Evil[/]␛]2;PWNED␇")
        assert "[red]evil[\\].toml" in status
        assert_no_controls(app)
        await pilot.press("f3")
        await pilot.pause()
        shown = str(app.screen.query_one(".area-texts").render()).splitlines()
        assert "  • [b]strong[/b] ␛[2J gone" in shown
        assert f"  • [link=https://x]click[/link]␀{chr(0xFFFD)}31m" in shown
        assert "  line one" in shown and "  ␛[1;1Hover written␈␡" in shown
        marks = str(app.screen.query_one(".question-marks").render())
        assert "✎ [i]said[/i] ␛[H␛[31m red" in marks
        assert_no_controls(app)
        await pilot.press("ctrl+o")  # the findings: none yet
        await pilot.pause()
        editor = app.screen.query_one("#editor-text")
        assert editor.text == ""  # type: ignore[attr-defined]
        assert_no_controls(app)
        await pilot.press("escape", "ctrl+k")  # the comment: literal, and left as it was
        await pilot.pause()
        assert editor.text == "[i]said[/i] ␛[H␛[31m red"  # type: ignore[attr-defined]
        await pilot.press("escape", "ctrl+w", "enter")  # Allmänt (the notes)
        await pilot.pause()
        assert editor.text == "line one\n␛[1;1Hover\twritten␈␡"  # type: ignore[attr-defined]
        assert_no_controls(app)
        await pilot.press("escape", "ctrl+s")
        await pilot.pause()
    # Looking is not editing: what was saved holds the texts exactly as they were.
    saved = load_session(path, Catalog.default()).session
    assert saved.municipality == MUNICIPALITY
    assert saved.comments["1.1"] == COMMENT
    assert saved.area_notes("1").strengths == [STRENGTH]
    assert saved.area_notes("1").improvements == [IMPROVEMENT]
    assert saved.area_notes("1").notes == NOTES


async def test_hostile_lock_holder_is_shown_literally(new_session_file: Path) -> None:
    holder = LockInfo(f"[b]x[/b]{TITLE}", socket.gethostname(), os.getpid(), "\x1b[2Jnow")
    lock_path(new_session_file).write_bytes(holder.to_bytes())
    app = opened(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        status = app.screen.query_one(StatusLine).render_text()
        assert "🔒 skrivskyddad – öppen hos [b]x[/b]␛]2;PWNED␇@" in status
        assert "sedan ␛[2Jnow" in status
        assert_no_controls(app)


def test_real_terminal_never_receives_the_escapes(tmp_path: Path) -> None:
    path = hostile_session(tmp_path)
    with PtyKompass(path) as app:
        assert app.wait_for("[bold red]Evil[/]␛]2;PWNED␇"), app.text()[-2000:]
        app.type(F3)
        assert app.wait_for("strong[/b] ␛[2J gone")
        assert app.wait_for("said[/i] ␛[H␛[31m red")
        output = bytes(app.output)
    assert TITLE.encode() not in output
    for escape in [b"\x1b[2J gone", b"\x1b[H\x1b[31m red", b"\x1b[1;1Hover", b"\xc2\x9b31m"]:
        assert escape not in output
