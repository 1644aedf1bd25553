"""ctrl+e and a typed-ahead Enter never write over an export that exists, on the real
`kompass` in a pseudo-terminal at 80x24.

The report beside the session exists (exported earlier, edited by hand since). ctrl+e Enter
Enter typed in one go (before the prompt is on screen): the first Enter only arms, the
second came before "Tryck Enter igen …" could be read and is set aside; the file keeps its
bytes. The same for a double tap at the prompt on screen. Then Enter, read what the line
says, Enter: written over, on purpose. The screen is read through a terminal emulator
(pyte), the file from disk. (The pilot tests: tests/test_tui_export_overwrite.py.)
"""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest

from kompass_tui.tui.strings import tr
from tests.pty_kompass import ENTER, ESCAPE
from tests.test_pty_two_keys import screen_of
from tests.test_tui_safety_kill import fresh_session, start
from tests.test_tui_safety_pty import read, screen_shows

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

CTRL_E = b"\x05"
HAND_EDITED = b"# Testby\n\nOur own edits, hours of them.\n"


def test_ctrl_e_and_a_burst_of_enters_leave_an_existing_export_untouched(
    tmp_path: Path,
) -> None:
    path = fresh_session(tmp_path / "s")
    report = path.with_suffix(".md")  # the name the prompt proposes
    report.write_bytes(HAND_EDITED)
    exists = tr("sv", "export_exists", name=report.name)
    armed = tr("sv", "export_overwrite_again", name=report.name)
    with start(path) as app:
        app.type(CTRL_E + ENTER + ENTER)  # typed ahead: before the prompt is on screen
        assert screen_shows(app, "1 tangent som skrevs innan", 15), screen_of(app)
        app.wait_quiet(0.5)
        shown = screen_of(app)
        assert exists in shown and armed not in shown, shown  # back as it opened
        assert report.read_bytes() == HAND_EDITED

        read(app)
        app.type(ENTER + ENTER)  # a double tap at the prompt on screen
        assert screen_shows(app, "2 tangenter som skrevs innan", 15), screen_of(app)
        app.wait_quiet(0.5)
        assert armed not in screen_of(app), screen_of(app)
        assert report.read_bytes() == HAND_EDITED

        read(app)
        app.type(ENTER)  # one Enter: armed, nothing more
        assert screen_shows(app, armed, 15), screen_of(app)
        time.sleep(1.0)
        app.wait_quiet(0.5)
        assert armed in screen_of(app) and report.read_bytes() == HAND_EDITED

        app.type(ESCAPE)  # back as it opened
        assert screen_shows(app, exists, 15) and armed not in screen_of(app), screen_of(app)
        read(app)
        app.type(ENTER)
        assert screen_shows(app, armed, 15), screen_of(app)
        read(app)  # read what the line says, then the second deliberate Enter
        app.type(ENTER)
        assert screen_shows(app, "Rapporten skrevs till", 15), screen_of(app)
    written = report.read_text(encoding="utf-8")
    assert written != HAND_EDITED.decode() and "Testby" in written
