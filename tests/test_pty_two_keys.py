"""Nothing destructive is one key away, on the real `kompass` in a pseudo-terminal at 80x24.

The quit question with unsaved work, once it has been on screen long enough to take keys:
a burst of `dd` (a double tap, a held key) arms "quit without saving" and sets the second
key aside, since it came before the armed button could be read; one `d` only arms it; `d`,
read what the button says now, `d` quits without saving. The screen is read through a
terminal emulator (pyte), the work from the files. (The pilot tests of every question:
tests/test_tui_two_keys.py.)
"""

from __future__ import annotations

import signal
import time
from decimal import Decimal
from pathlib import Path

import pyte
import pytest

from kompass_tui.core.session.recovery import recovery_path
from kompass_tui.tui.strings import tr
from tests.pty_kompass import CTRL_Q, PtyKompass
from tests.test_tui_safety_kill import UNSAVED, fresh_session, start
from tests.test_tui_safety_matrix import latest
from tests.test_tui_safety_pty import read, screen_shows, title_start

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

ARMED = tr("sv", "quit_discard_again")
"""What the button says once `d` armed it: "Tryck d igen för att avsluta utan att spara"."""
DISCARD = tr("sv", "quit_discard")
SET_ASIDE = "1 tangent som skrevs innan frågan visades lades åt sidan"


def screen_of(app: PtyKompass) -> str:
    """What the terminal shows now."""
    screen = pyte.Screen(80, 24)
    pyte.ByteStream(screen).feed(bytes(app.output))
    return "\n".join(screen.display)


def still_there(app: PtyKompass, path: Path, original: bytes) -> None:
    """The program still asks; the session file is as it was; the work is kept."""
    assert app.process.poll() is None, "the program ended: one key answered"
    assert title_start("quit_title") in " ".join(screen_of(app).split())
    assert path.read_bytes() == original
    assert recovery_path(path).exists()
    assert latest(path).scores == {"1.1": Decimal(5)}


def test_one_d_at_the_quit_question_keeps_the_work_two_deliberate_ones_discard_it(
    tmp_path: Path,
) -> None:
    path = fresh_session(tmp_path / "s")
    original = path.read_bytes()
    with start(path) as app:
        mark = app.mark()
        app.type(b"5")
        assert app.wait_for(UNSAVED, 10, since=mark), app.text()[-2000:]
        time.sleep(2.6)  # past the autosave: the work is in the recovery file
        assert recovery_path(path).exists()
        app.type(CTRL_Q)
        assert screen_shows(app, DISCARD, 10), screen_of(app)
        read(app)  # the question takes keys by now

        app.type(b"dd")  # a burst: the second d comes before the armed button is read
        assert screen_shows(app, SET_ASIDE, 10), screen_of(app)
        app.wait_quiet(0.5)
        shown = screen_of(app)
        assert DISCARD in shown and ARMED not in shown, shown  # back as it opened
        still_there(app, path, original)

        app.type(b"d")  # one key: armed, nothing more
        assert screen_shows(app, ARMED, 10), screen_of(app)
        time.sleep(1.0)
        app.wait_quiet(0.5)
        still_there(app, path, original)

        app.type(b"d")  # read, then the second deliberate key
        assert app.wait(15) == 0, screen_of(app)
    assert path.read_bytes() == original
    assert not recovery_path(path).exists()  # the unsaved work was discarded, on purpose
