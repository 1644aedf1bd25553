"""Locks for shared hosts: one workbench writes a session at a time.

A lock is a small file `.NAME.toml.lock` beside the session, created exclusively, holding
who holds it (user, host, pid, start time). A lock whose process is gone on this host is
stale and may be taken over.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import secrets
import socket
import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import tomli_w

from kompass_tui.core.files.atomic import write_bytes_atomic

LOCK_SUFFIX = ".lock"


def lock_path(path: Path) -> Path:
    """The lock file of a session: hidden, in the same folder."""
    return path.with_name(f".{path.name}{LOCK_SUFFIX}")


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock."""

    user: str
    host: str
    pid: int
    started: str
    token: str = ""
    """Random, so two locks taken by one process in one second still differ."""

    @classmethod
    def mine(cls) -> LockInfo:
        """The lock this process would hold."""
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = str(os.getuid()) if hasattr(os, "getuid") else "?"
        started = datetime.now().astimezone().isoformat(timespec="seconds")
        return cls(user, socket.gethostname(), os.getpid(), started, secrets.token_hex(8))

    def is_stale(self) -> bool:
        """Whether the holder is a process on this host that no longer runs."""
        return self.host == socket.gethostname() and not _process_alive(self.pid)

    def describe(self) -> str:
        """`user@host (pid 123, since 2026-11-26T10:00:00+01:00)`."""
        return f"{self.user}@{self.host} (pid {self.pid}, since {self.started})"

    def to_bytes(self) -> bytes:
        """The lock file's content."""
        fields = {
            "user": self.user,
            "host": self.host,
            "pid": self.pid,
            "started": self.started,
            "token": self.token,
        }
        return tomli_w.dumps(fields).encode("utf-8")


class LockHeldError(Exception):
    """The session is open in another process."""

    def __init__(self, path: Path, holder: LockInfo) -> None:
        self.path = path
        self.holder = holder
        super().__init__(f"{path}: open in another kompass: {holder.describe()}")


def read_lock(path: Path) -> LockInfo | None:
    """The holder of a session's lock, or None if it is not locked."""
    try:
        raw = lock_path(path).read_bytes()
    except FileNotFoundError:
        return None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
        fields = (data["user"], data["host"], data["pid"], data["started"], data.get("token", ""))
        user, host, pid, started, token = fields
        return LockInfo(str(user), str(host), int(pid), str(started), str(token))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError):
        # A lock we cannot read (cut short by a crash) has no live holder we can name.
        return LockInfo("?", socket.gethostname(), 0, "?")


class SessionLock:
    """A held lock on a session file; release it when the workbench closes."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        self.path = path
        self.info = info

    @classmethod
    def acquire(cls, path: Path) -> SessionLock:
        """Lock a session, or raise LockHeldError naming who holds it."""
        info = LockInfo.mine()
        target = lock_path(path)
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            holder = read_lock(path)
            if holder is None:  # released between our attempt and the read
                return cls.acquire(path)
            raise LockHeldError(path, holder) from None
        with os.fdopen(fd, "wb") as handle:
            handle.write(info.to_bytes())
            handle.flush()
            os.fsync(handle.fileno())
        return cls(path, info)

    @classmethod
    def take_over(cls, path: Path, stale: LockInfo) -> SessionLock:
        """Replace a stale lock with ours; raise LockHeldError if it is not stale (any more)."""
        current = read_lock(path)
        if current is not None and (current != stale or not current.is_stale()):
            raise LockHeldError(path, current)
        info = LockInfo.mine()
        write_bytes_atomic(lock_path(path), info.to_bytes())
        return cls(path, info)

    def release(self) -> None:
        """Remove the lock file if it is still ours."""
        if read_lock(self.path) == self.info:
            with contextlib.suppress(FileNotFoundError):
                lock_path(self.path).unlink()


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True
