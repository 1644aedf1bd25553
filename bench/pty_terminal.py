"""A program on its own pseudo-terminal, everything it writes read and timestamped.

The terminal is what an SSH login usually has: 80x24, TERM=xterm-256color and no
COLORTERM (so 256 colours, not 24-bit), no TEXTUAL_* settings. A key's update is all the
program writes after the key until QUIET passes without output; the first screen is what
it writes until its ready text is on screen and QUIET has passed.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import signal
import statistics
import struct
import subprocess
import termios
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

SIZE = (80, 24)
QUIET = 0.1
"""Time without output that ends an update (and the first screen)."""
START_TIMEOUT = 30.0
KEY_TIMEOUT = 2.0
"""A key that causes no output within this long caused no update."""

UP, DOWN, TAB, SHIFT_TAB = b"\x1b[A", b"\x1b[B", b"\t", b"\x1b[Z"
BACKSPACE, CTRL_Q = b"\x7f", b"\x11"

_ESCAPE_SEQUENCE = (
    rb"\x1b(?:\[[0-9;?<>=$ ]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|.)"
)
_ESCAPE = re.compile(_ESCAPE_SEQUENCE)
_TOKEN = re.compile(rb"\x1b\[(\d*)(?:;\d*)?H|" + _ESCAPE_SEQUENCE + rb"|\n|\r|[^\x1b\r\n]+")
"""A cursor move to a row (group 1), another escape sequence, a newline, a return or text."""


class Update(NamedTuple):
    """The output one key caused, and when its last byte came after the key."""

    output: bytes
    seconds: float | None

    @property
    def size(self) -> int:
        """Bytes written."""
        return len(self.output)


class Terminal:
    """A command on its own pseudo-terminal, its output read and timestamped all the time."""

    def __init__(self, command: Sequence[str], cwd: Path | None = None) -> None:
        columns, lines = SIZE
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
        self.started = time.monotonic()
        try:
            self.process = subprocess.Popen(
                list(command),
                stdin=slave,
                stdout=slave,
                stderr=slave,
                env=terminal_environment(),
                cwd=cwd,
                start_new_session=True,
            )
        finally:
            os.close(slave)
        self.chunks: list[tuple[float, int]] = []
        self.output = bytearray()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            now = time.monotonic()
            with self._lock:
                self.chunks.append((now, len(chunk)))
                self.output += chunk

    def _snapshot(self) -> tuple[int, float | None]:
        with self._lock:
            return len(self.chunks), self.chunks[-1][0] if self.chunks else None

    def _since(self, count: int, offset: int) -> tuple[list[tuple[float, int]], bytes]:
        with self._lock:
            return self.chunks[count:], bytes(self.output[offset:])

    def wait_ready(self, text: str) -> float:
        """Seconds from start to the last byte of the first screen showing `text`."""
        deadline = self.started + START_TIMEOUT
        seen = False
        while time.monotonic() < deadline:
            time.sleep(0.005)
            if self.process.poll() is not None:
                break
            if not seen:
                with self._lock:
                    seen = text in visible_text(bytes(self.output))
                continue
            _, last = self._snapshot()
            if last is not None and time.monotonic() - last >= QUIET:
                return last - self.started
        tail = visible_text(bytes(self.output[-2000:]))
        raise RuntimeError(f"no first screen with {text!r} after {START_TIMEOUT:.0f} s: {tail!r}")

    def wait_shown(self, text: str) -> float:
        """Seconds from start to the output that first shows `text` (more may follow)."""
        deadline = self.started + START_TIMEOUT
        while time.monotonic() < deadline:
            time.sleep(0.005)
            with self._lock:
                if text in visible_text(bytes(self.output)):
                    return self.chunks[-1][0] - self.started
            if self.process.poll() is not None:
                break
        tail = visible_text(bytes(self.output[-2000:]))
        raise RuntimeError(f"{text!r} not shown after {START_TIMEOUT:.0f} s: {tail!r}")

    def resize(self, columns: int, lines: int, quiet: float = QUIET) -> Update:
        """Resize the terminal as a terminal emulator does (the window size, then SIGWINCH
        to the program); wait until the redraw has settled."""
        with self._lock:
            count, offset = len(self.chunks), len(self.output)
        fcntl.ioctl(self.master, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
        sent = time.monotonic()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGWINCH)
        return self._settled(count, offset, sent, quiet)

    def press(self, key: bytes, quiet: float = QUIET) -> Update:
        """Type a key; wait until its update has settled (`quiet` without output)."""
        with self._lock:
            count, offset = len(self.chunks), len(self.output)
        sent = time.monotonic()
        os.write(self.master, key)
        return self._settled(count, offset, sent, quiet)

    def _settled(self, count: int, offset: int, sent: float, quiet: float) -> Update:
        # A whole screen (a longer quiet) may take longer to begin on a loaded machine.
        timeout = KEY_TIMEOUT if quiet <= QUIET else 5 * KEY_TIMEOUT
        while True:
            time.sleep(0.002)
            now = time.monotonic()
            new, output = self._since(count, offset)
            if new and now - new[-1][0] >= quiet:
                return Update(output, new[-1][0] - sent)
            if not new and now - sent >= timeout:
                return Update(b"", None)

    def idle_rate(self, windows: int) -> float:
        """Bytes per second written while nothing is typed: the median of `windows`
        one-second windows, so that a late piece of start-up in one of them does not count."""
        rates = []
        for _ in range(windows):
            count, _ = self._snapshot()
            time.sleep(1.0)
            with self._lock:
                rates.append(sum(size for _, size in self.chunks[count:]))
        return float(statistics.median(rates))

    def settle(self, quiet: float, limit: float) -> None:
        """Wait until nothing has been written for `quiet` seconds, or `limit` has passed."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            time.sleep(0.01)
            _, last = self._snapshot()
            if last is None or time.monotonic() - last >= quiet:
                return

    def quit(self) -> float:
        """Type ctrl+q; seconds until the process has ended."""
        sent = time.monotonic()
        os.write(self.master, CTRL_Q)
        try:
            self.process.wait(START_TIMEOUT)
        except subprocess.TimeoutExpired as late:
            raise RuntimeError("did not quit on ctrl+q") from late
        return time.monotonic() - sent

    def close(self) -> None:
        """Kill the process if it still runs, and close the terminal."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)
        with contextlib.suppress(OSError):
            os.close(self.master)
        self._reader.join(2)


def terminal_environment() -> dict[str, str]:
    """The environment of an SSH login's terminal, the same for every app measured."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("TEXTUAL") and name not in ("COLORTERM", "NO_COLOR", "FORCE_COLOR")
    }
    # The size comes from the terminal itself (as over SSH), not from COLUMNS and LINES,
    # which would pin it: a resize would then change nothing.
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    env.update(TERM="xterm-256color")
    return env


def visible_text(output: bytes) -> str:
    """The text of terminal output without its escape sequences."""
    return _ESCAPE.sub(b"", output).decode("utf-8", "replace")


def rows_written(output: bytes) -> set[int]:
    """The screen rows (from 1) that output writes characters to: the cursor followed
    through its moves (CSI row;col H) and newlines."""
    row, rows = 1, set()
    for token in _TOKEN.finditer(output):
        if token[1] is not None:
            row = int(token[1] or 1)
        elif token[0] == b"\n":
            row += 1
        elif token[0][:1] not in (b"\x1b", b"\r"):
            rows.add(row)
    return rows
