"""Issue #11, items 1 and 3, with the real `kompass` in a pseudo-terminal.

1. Unsaved work is offered for restoring after kill -9 even when something touched the
   session file afterwards (a backup tool, `git checkout`, `touch`).
3. Two workbenches taking over one stale lock at the same instant: one becomes writable,
   the other says it could not.
"""

from __future__ import annotations

import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyte
import pytest

from kompass_tui.core.files.locks import read_lock
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.recovery import recovery_path
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.tui.screens.choice_dialog import QUESTION_SETTLE
from kompass_tui.tui.strings import tr
from tests.pty_kompass import ENTER, PtyKompass
from tests.test_tui_safety_kill import UNSAVED, fresh_session, start

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

TAKE_OVER_RUNS = 2


def title_start(key: str) -> str:
    """A fixed part of a Swedish dialog title that fits on one line: its first piece of
    ten characters or more between placeholders, at most 20 characters of it."""
    text = tr("sv", key, time="\0", name="\0", holder="\0", reason="\0", text="\0", n=2)
    pieces = [piece.strip(" ,.:") for piece in text.split("\0")]
    return next(piece for piece in pieces if len(piece) >= 10)[:20]


def read(app: PtyKompass) -> None:
    """Take the time a person takes to read a question before answering it."""
    time.sleep(QUESTION_SETTLE + 0.3)


def answer(app: PtyKompass, key: bytes, then: str, tries: int = 4) -> bool:
    """Answer the question on screen with `key`, once it has been read; as a person would,
    again if the question set the key aside (it takes keys a moment after it is drawn, and
    a loaded machine may draw it before it runs). True once `then` is shown."""
    for _ in range(tries):
        read(app)
        mark = app.mark()
        app.type(key)
        if app.wait_for(then, 5, since=mark):
            return True
    return False


def screen_shows(app: PtyKompass, needle: str, timeout: float = 5.0) -> bool:
    """Wait until the screen, read through a terminal emulator, shows `needle` (a changed
    button label reaches the terminal as the cells that differ only, not in one piece)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        screen = pyte.Screen(80, 24)
        pyte.ByteStream(screen).feed(bytes(app.output))
        if needle in "\n".join(screen.display):
            return True
        if app.process.poll() is not None:
            return False
        time.sleep(0.05)
    return False


def answer_twice(app: PtyKompass, key: bytes, armed: str, then: str, tries: int = 4) -> bool:
    """A destructive answer, as a person gives it: its key, read what its button says now
    (`armed`: "press it again to …"), the key again. True once `then` is shown."""
    for _ in range(tries):
        read(app)
        app.type(key)
        if not screen_shows(app, armed):
            continue  # set aside: the question took no keys yet
        if answer(app, key, then, tries=1):
            return True
    return False


def killed_with_unsaved_work(path: Path) -> None:
    """Type two scores, wait past the autosave, touch the session file, kill -9."""
    with start(path) as app:
        mark = app.mark()
        app.type(b"5")
        assert app.wait_for(UNSAVED, 10, since=mark)
        app.type(ENTER + b"7")
        time.sleep(2.6)  # past the autosave (at most 2 s after the first unsaved edit)
        assert recovery_path(path).exists()
        later = time.time_ns() + 5 * 10**9
        os.utime(path, ns=(later, later))  # the session file now looks newer
        app.signal(signal.SIGKILL)
        assert app.wait() == -signal.SIGKILL


def test_unsaved_work_is_offered_after_the_session_file_was_touched(tmp_path: Path) -> None:
    path = fresh_session(tmp_path / "s")
    killed_with_unsaved_work(path)
    with PtyKompass(path) as app:
        assert app.wait_for(title_start("stale_title")), app.text()[-2000:]
        mark = app.mark()
        # Take over the killed workbench's lock (two keys); its unsaved work is offered then.
        armed = tr("sv", "stale_take_over_again")
        assert answer_twice(app, b"t", armed, title_start("restore_title")), app.text()[-2000:]
        assert app.wait_for("Fråga 1.2: poäng – → 7", 5, since=mark)
        # Restore: the restored work is unsaved.
        assert answer(app, b"r", UNSAVED), app.text()[-2000:]
        app.type(b"\x13")  # ctrl+s
        deadline = time.monotonic() + 10
        while recovery_path(path).exists() and time.monotonic() < deadline:
            time.sleep(0.05)
    scores = load_session(path, Catalog.default()).session.scores
    assert scores == {"1.1": 5, "1.2": 7}
    assert not recovery_path(path).exists()


def race_take_over(path: Path) -> tuple[list[int], str]:
    """Two workbenches on one stale lock press `t` (taking over takes two keys: each
    presses it once, which arms it, then both press it again together); the pids and what
    the lock file then names."""
    apps = [PtyKompass(path), PtyKompass(path)]
    try:
        for app in apps:
            assert app.wait_for(title_start("stale_title")), app.text()[-2000:]
        for app in apps:
            app.wait_quiet(0.3)
        read(apps[0])  # both questions take keys by now
        armed = tr("sv", "stale_take_over_again")
        for app in apps:
            app.type(b"t")
            assert screen_shows(app, armed), app.text()[-2000:]
        read(apps[0])  # both armed buttons take keys by now
        marks = [app.mark() for app in apps]
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(lambda app: app.type(b"t"), apps))
        failed = title_start("take_over_failed")
        # The one that lost says so; then both have answered once neither writes more.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not any(
            failed in app.text(since=mark) for app, mark in zip(apps, marks, strict=True)
        ):
            time.sleep(0.02)
        for app in apps:
            app.wait_quiet(0.5)
        outcomes = [
            -app.process.pid if failed in app.text(since=mark) else app.process.pid
            for app, mark in zip(apps, marks, strict=True)
        ]
        holder = read_lock(path)
        return outcomes, f"{holder.pid if holder else None}"
    finally:
        for app in apps:
            app.close()


def test_two_workbenches_taking_over_one_stale_lock_make_one_writable(tmp_path: Path) -> None:
    for run in range(TAKE_OVER_RUNS):
        path = fresh_session(tmp_path / f"run-{run}")
        with start(path) as first:
            first.signal(signal.SIGKILL)
            assert first.wait() == -signal.SIGKILL
        stale = read_lock(path)
        assert stale is not None and stale.is_stale()
        outcomes, holder = race_take_over(path)
        winners = [pid for pid in outcomes if pid > 0]
        assert len(winners) == 1, outcomes
        assert holder == str(winners[0])
