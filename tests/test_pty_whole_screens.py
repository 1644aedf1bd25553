"""Issue #23: whole screens over a pty, read through a terminal emulator (pyte).

- A first visit to an area shows the area at once: at no moment after PgDn is the body
  between the tab line and the key bar blank, and the end shows the area's questions.
- kompass writes only the cells that differ from what the terminal shows (the
  `TerminalMirror`): after a walk through areas, help, the palette, typed digits and moves,
  the screen is what a full repaint draws (a resize makes kompass draw every cell again).

The terminal's size comes from the pty itself (COLUMNS and LINES set to 0 are ignored), so a
resize reaches kompass as over SSH. Nothing here is timed.
"""

from __future__ import annotations

import fcntl
import re
import struct
import termios
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DEMO
from tests.pty_kompass import ESCAPE, PAGE_DOWN, PtyKompass

pyte = pytest.importorskip("pyte", reason="pyte (the test extra) reads the screen")

F1, F2, F10 = b"\x1bOP", b"\x1bOQ", b"\x1b[21~"
PAGE_UP, UP, DOWN = b"\x1b[5~", b"\x1b[A", b"\x1b[B"
CTRL_O, CTRL_P, BACKSPACE = b"\x0f", b"\x10", b"\x7f"
WAIT = 30.0
TOAST = 3.5
"""Seconds a notification stays (3 s), and a little."""
"""Seconds to wait for a screen (the machine may be busy; nothing here is timed)."""
CURSOR_MOVE = re.compile(rb"(?=\x1b\[\d*;\d*H)")


def demo_in(folder: Path) -> Path:
    """A copy of the demo session without 1.3's score: kompass opens in area 1, there."""
    text, removed = re.subn(r'(?m)^"1\.3" = .*\n', "", DEMO.read_text(encoding="utf-8"), count=1)
    assert removed, "the demo has no score of 1.3"
    path = folder / DEMO.name
    path.write_text(text, encoding="utf-8")
    return path


def started(path: Path) -> PtyKompass:
    """kompass on the session at 80x24, the size read from the pty; its first screen drawn."""
    app = PtyKompass(path, env={"COLUMNS": "0", "LINES": "0"})
    assert app.wait_for("Norrköping"), f"kompass did not start:\n{app.text()[-2000:]}"
    assert app.wait_quiet(), "kompass kept writing after its first screen"
    return app


def press(app: PtyKompass, key: bytes) -> bytes:
    """Type a key; what kompass wrote until it was quiet."""
    mark = app.mark()
    app.type(key)
    assert app.wait_quiet(timeout=WAIT), "kompass kept writing"
    return bytes(app.output[mark:])


def resize(app: PtyKompass, columns: int, lines: int) -> None:
    """Resize the pty as a terminal window does (the kernel tells kompass: SIGWINCH)."""
    fcntl.ioctl(app.master, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
    assert app.wait_quiet(timeout=WAIT), "kompass kept writing after the resize"


def cells(screen: Any) -> list[list[tuple[str, str, str, bool, bool]]]:
    """Every cell: character, colours, bold, reverse."""
    return [
        [
            (c.data, c.fg, c.bg, c.bold, c.reverse)
            for c in (screen.buffer[y][x] for x in range(screen.columns))
        ]
        for y in range(screen.lines)
    ]


def shows_blank_body(stream: Any, screen: Any, written: bytes) -> int:
    """Feed what a key wrote; how many times on the way the body (between the tab line and
    the key bar) was blank: after each cursor move kompass wrote, as the terminal shows it."""
    blank = 0
    for piece in CURSOR_MOVE.split(written):
        stream.feed(piece)
        blank += all(not line.strip() for line in screen.display[2:23])
    return blank


@pytest.mark.parametrize(
    "key,area,questions",
    [(PAGE_DOWN, 2, 5), (F10, 8, 5)],
    ids=["pgdn-to-the-next-area", "f10-to-the-last-area"],
)
def test_a_first_visit_to_an_area_shows_its_rows_at_once(
    tmp_path: Path, key: bytes, area: int, questions: int
) -> None:
    """PgDn reaches an area built (hidden) while the first was shown; F10 one built when
    asked for: either way its rows come in one go, the first area shown until then."""
    with started(demo_in(tmp_path)) as app:
        screen = pyte.Screen(80, 24)
        stream = pyte.ByteStream(screen)
        stream.feed(bytes(app.output))
        assert screen.display[2].startswith(" 1 "), screen.display
        assert shows_blank_body(stream, screen, press(app, key)) == 0
        shown = "\n".join(screen.display)
        assert screen.display[2].startswith(f" {area} "), shown
        assert all(f" {area}.{n} " in shown for n in range(1, questions + 1)), shown


def test_the_screen_written_is_what_a_full_repaint_draws(tmp_path: Path) -> None:
    keys = [
        PAGE_DOWN,
        b"5",
        BACKSPACE,
        DOWN,
        DOWN,
        UP,
        F1,
        DOWN,
        ESCAPE,
        CTRL_P,
        ESCAPE,
        PAGE_DOWN,
        PAGE_DOWN,
        PAGE_UP,
        F2,
        DOWN,
    ]
    with started(demo_in(tmp_path)) as app:
        screen = pyte.Screen(80, 24)
        stream = pyte.ByteStream(screen)
        for key in keys:
            press(app, key)
        stream.feed(bytes(app.output))
        written = cells(screen)
        shown = list(screen.display)
        # A resize and back: kompass forgets what the terminal shows and draws every cell
        # again, on a terminal that starts blank here.
        resize(app, 100, 30)
        mark = app.mark()
        resize(app, 80, 24)
        repainted = pyte.Screen(80, 24)
        pyte.ByteStream(repainted).feed(bytes(app.output[mark:]))
        assert list(repainted.display) == shown
        assert cells(repainted) == written


def test_after_editor_the_whole_screen_is_drawn_again(tmp_path: Path) -> None:
    """$EDITOR draws on the terminal (here: clears it and writes a line): back in kompass,
    the screen is kompass's again, every cell, not only the cells kompass changed since."""
    editor = tmp_path / "editor.sh"
    editor.write_text("#!/bin/sh\nprintf '\\033[H\\033[2JEDITOR WAS HERE\\n'\n", encoding="utf-8")
    editor.chmod(0o755)
    with PtyKompass(demo_in(tmp_path), env={"EDITOR": str(editor), "VISUAL": ""}) as app:
        assert app.wait_for("Norrköping"), app.text()[-2000:]
        assert app.wait_quiet()
        before = pyte.Screen(80, 24)
        pyte.ByteStream(before).feed(bytes(app.output))
        press(app, CTRL_O)  # 1.3's text in the editor below the questions
        press(app, CTRL_O)  # ctrl+o again, in the editor: $EDITOR
        press(app, ESCAPE)  # the editor closed: the screen as before
        time.sleep(TOAST)  # "the text from … is taken in" goes away
        assert app.wait_quiet()
        after = pyte.Screen(80, 24)
        pyte.ByteStream(after).feed(bytes(app.output))
        shown = "\n".join(after.display)
        assert "EDITOR WAS HERE" not in shown
        assert list(after.display)[1:] == list(before.display)[1:], shown
