"""Issue #20, acceptance, the typed-ahead column with the real `kompass` on a pty at 80x24.

For each safety question, the key that opens it and a burst of every answer's key (discard,
take over, keep both, save, yes, Enter …) go to the terminal in one write, before the
question can be drawn. The question must come up, say that it set the keys aside, and
still wait for an answer; then SIGTERM ends the program (as closing the terminal does) and
the files on disk must hold everything: the version on disk, the evaluator's work, the
recovery file found on opening. (The other columns of the matrix are pilot tests, in
tests/test_tui_safety_matrix.py; the draft question opens with Escape, which a terminal
cannot send followed by more keys without them reading as one alt-key, so it is there.)
"""

from __future__ import annotations

import signal
import time
from decimal import Decimal
from pathlib import Path

import pyte
import pytest

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.core.session.recovery import recovery_path
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.area_texts import TextRow, text_rows
from tests.pty_kompass import CTRL_Q, CTRL_S, ENTER, F3, PtyKompass
from tests.test_tui_plan import STRATEGY
from tests.test_tui_safety import change_on_disk, leave_recovery, stale_lock
from tests.test_tui_safety_kill import UNSAVED, fresh_session, start
from tests.test_tui_safety_matrix import kept_versions, latest
from tests.test_tui_safety_pty import title_start

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

BURST = ENTER + b"dtbsjyrok2" + CTRL_S + ENTER
"""Every answer's key of every question, and a score, ctrl+s and Enter."""
SET_ASIDE = "lades åt sidan"
CTRL_W = b"\x17"
DOWN = b"\x1b[B"


def screen_of(app: PtyKompass) -> str:
    """What the terminal shows now, read through a terminal emulator."""
    screen = pyte.Screen(80, 24)
    pyte.ByteStream(screen).feed(bytes(app.output))
    return "\n".join(screen.display)


def still_asking(app: PtyKompass, title: str) -> None:
    """The question is on screen with its set-aside line, and the program still runs."""
    assert app.wait_for(SET_ASIDE, 20), app.text()[-2000:]
    app.wait_quiet(0.5)
    shown = screen_of(app)
    assert title in " ".join(shown.split()), shown
    assert SET_ASIDE in shown, shown
    assert app.process.poll() is None, "the program ended: a key answered the question"


def end(app: PtyKompass) -> None:
    """SIGTERM, as closing the terminal does: the program keeps unsaved work and leaves."""
    app.signal(signal.SIGTERM)
    assert app.wait(15) is not None


def typed_five(app: PtyKompass) -> None:
    """Type 5 into 1.1 and wait until the status line says it is unsaved."""
    mark = app.mark()
    app.type(b"5")
    assert app.wait_for(UNSAVED, 10, since=mark)


def test_changed_on_disk_burst(tmp_path: Path) -> None:
    path = fresh_session(tmp_path / "s")
    with start(path) as app:
        typed_five(app)
        theirs = change_on_disk(path, "1.2", 3)
        app.type(CTRL_S + BURST)
        still_asking(app, title_start("changed_title"))
        assert path.read_bytes() == theirs and not kept_versions(path)
        end(app)
    assert path.read_bytes() == theirs
    assert latest(path).scores == {"1.1": Decimal(5)}


def test_quit_burst(tmp_path: Path) -> None:
    path = fresh_session(tmp_path / "s")
    original = path.read_bytes()
    with start(path) as app:
        typed_five(app)
        app.type(CTRL_Q + BURST)
        still_asking(app, title_start("quit_title"))
        end(app)
    assert path.read_bytes() == original  # neither saved by `s` nor …
    assert latest(path).scores == {"1.1": Decimal(5)}  # … thrown away by `d`


def test_file_gone_burst(tmp_path: Path) -> None:
    path = fresh_session(tmp_path / "s")
    with start(path) as app:
        typed_five(app)
        path.unlink()
        app.type(CTRL_S + BURST)
        still_asking(app, title_start("gone_title"))
        assert not path.exists()  # not created again by the `s` typed ahead
        end(app)
    assert latest(path).scores == {"1.1": Decimal(5)}


def test_delete_improvement_burst(tmp_path: Path, demo_copy: Path) -> None:
    catalog = Catalog.default()
    state = OpenSession.from_loaded(load_session(demo_copy, catalog), "sv")
    area = state.instrument.areas[0]
    state.go_to_area(area)
    row = text_rows(state, area).index(TextRow("improvements", 0))
    actions = len(state.session.areas["1"].actions)
    with PtyKompass(demo_copy) as app:
        assert app.wait_for("Norrköping"), app.text()[-2000:]
        time.sleep(0.3)
        app.type(F3 + CTRL_W + DOWN * row)  # to the improvement area that has actions
        app.wait_quiet(0.5)
        app.type(b"d" + BURST)
        still_asking(app, tr("sv", "delete_improvement", n=2, text="\0").split("\0")[0])
        end(app)
    notes = latest(demo_copy).areas["1"]
    assert STRATEGY in notes.improvements and len(notes.actions) == actions


@pytest.mark.parametrize("question", ["restore", "take-over"])
def test_keys_typed_while_the_program_starts_answer_nothing(tmp_path: Path, question: str) -> None:
    path = fresh_session(tmp_path / "s")
    original = path.read_bytes()
    if question == "take-over":
        stale_lock(path)
    leave_recovery(path, "1.3", 9)
    recovered = recovery_path(path).read_bytes()
    with PtyKompass(path) as app:
        app.type(BURST)  # before the program has drawn anything
        title = title_start("stale_title" if question == "take-over" else "restore_title")
        assert app.wait_for(title), app.text()[-2000:]
        app.wait_quiet(0.5)
        shown = screen_of(app)
        assert title in " ".join(shown.split()), shown
        assert app.process.poll() is None
        end(app)
    assert path.read_bytes() == original
    assert recovery_path(path).read_bytes() == recovered
