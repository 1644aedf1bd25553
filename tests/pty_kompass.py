"""The real `kompass` in a pseudo-terminal, for tests that kill it or close its terminal."""

from __future__ import annotations

import builtins
import contextlib
import fcntl
import os
import select
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path
from types import TracebackType

F3 = b"\x1bOR"
ENTER = b"\r"
CTRL_S = b"\x13"
CTRL_Q = b"\x11"
CTRL_G = b"\x07"
CTRL_T = b"\x14"
PAGE_DOWN = b"\x1b[6~"
ESCAPE = b"\x1b"
START_TIMEOUT = 20.0


# Run in the child, in its own session: make the pty its controlling terminal (as in a real
# terminal or SSH login, so that closing the master sends SIGHUP), then become `kompass`.
# A shim that execs, rather than a preexec_fn, which is unsafe while the tests run threads.
_SHIM = (
    "import fcntl, os, sys, termios; fcntl.ioctl(0, termios.TIOCSCTTY, 0); "
    "os.execv(sys.executable, [sys.executable, *sys.argv[1:]])"
)


class PtyKompass:
    """`python -m kompass_tui FILE` on a pty sized 80x24; its output is read all the time."""

    def __init__(
        self,
        path: Path,
        *args: str,
        size: tuple[int, int] = (80, 24),
        env: dict[str, str] | None = None,
        program: tuple[str, ...] = ("-m", "kompass_tui"),
    ) -> None:
        columns, lines = size
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
        size_env = {"COLUMNS": str(columns), "LINES": str(lines)}
        environment = dict(os.environ, TERM="xterm-256color", **size_env)
        environment.pop("TEXTUAL", None)
        environment.update(env or {})
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", _SHIM, *program, str(path), *args],
                stdin=slave,
                stdout=slave,
                stderr=slave,
                env=environment,
                cwd=path.parent,
                start_new_session=True,
            )
        finally:
            os.close(slave)
        self.output = bytearray()
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        # Keep draining the terminal so the app never blocks writing to it. Never block in
        # read(): a thread blocked there holds the master open after close(), and then the
        # kernel does not hang the terminal up (an idle app writes nothing to wake it).
        master = self.master
        while not self._closing.is_set():
            try:
                ready, _, _ = select.select([master], [], [], 0.05)
                chunk = os.read(master, 65536) if ready else b"-"
            except OSError:
                return
            if not chunk:
                return
            if ready:
                with self._lock:
                    self.output += chunk

    def text(self, since: int = 0) -> str:
        """Everything written so far (from byte `since`), decoded leniently."""
        with self._lock:
            return self.output[since:].decode("utf-8", "replace")

    def wait_for(self, needle: str, timeout: float = START_TIMEOUT, since: int = 0) -> bool:
        """Wait until the output (from byte `since`) contains `needle`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                seen = self.output[since:].decode("utf-8", "replace")
            if needle in seen:
                return True
            if self.process.poll() is not None:
                return False
            time.sleep(0.02)
        return False

    def mark(self) -> int:
        """The current length of the output, for `wait_for(since=...)`."""
        with self._lock:
            return len(self.output)

    def type(self, data: bytes) -> float:
        """Send keys; returns when they were sent (time.monotonic)."""
        os.write(self.master, data)
        return time.monotonic()

    def type_keys(self, keys: list[bytes], per_second: float | None = None) -> None:
        """Send keys one by one at `per_second`, or all in one write (a burst) when None."""
        if per_second is None:
            self.type(b"".join(keys))
            return
        pause = 1.0 / per_second
        for key in keys:
            self.type(key)
            time.sleep(pause)

    def paste(self, text: str) -> None:
        """Paste text the way a terminal with bracketed paste does."""
        self.type(b"\x1b[200~" + text.encode("utf-8") + b"\x1b[201~")

    def wait_quiet(self, quiet: float = 0.5, timeout: float = 30.0) -> bool:
        """Wait until the app has written nothing for `quiet` seconds."""
        deadline = time.monotonic() + timeout
        last = self.mark()
        since = time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.05)
            now = self.mark()
            if now != last:
                last, since = now, time.monotonic()
            elif time.monotonic() - since >= quiet:
                return True
        return False

    def signal(self, signum: int) -> None:
        """Send a signal to the app's process."""
        with contextlib.suppress(ProcessLookupError):
            self.process.send_signal(signum)

    def wait(self, timeout: float = 10.0) -> int | None:
        """Wait for the process to end; its exit code, or None if it is still running.
        Once it ended, what it wrote last (a line after leaving the alternate screen) is
        read too: the reader stops at the terminal's end, or after 2 s."""
        try:
            code = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            return None
        self._reader.join(2)
        return code

    def hang_up(self) -> None:
        """Close the terminal, as closing the window or losing SSH does."""
        self._closing.set()
        self._reader.join(2)
        with contextlib.suppress(OSError):
            os.close(self.master)
        self.master = -1

    def close(self) -> None:
        """Kill the process if it still runs and close the terminal."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)
        self._closing.set()
        self._reader.join(2)
        if self.master >= 0:
            with contextlib.suppress(OSError):
                os.close(self.master)
            self.master = -1

    def __enter__(self) -> PtyKompass:
        return self

    def __exit__(
        self,
        kind: builtins.type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
