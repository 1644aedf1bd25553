"""Locks for shared hosts: one workbench writes a session at a time.

A lock is a small file `.NAME.toml.lock` beside the session (beside the real file when
the session is reached through a symbolic link, so a link and its target share one lock),
holding who holds it (user, host, pid, start time, a random token). It is created whole
and exclusively: written to a temp file and hard-linked into place, so no opener ever
reads it half-written and two openers cannot both create it. A lock whose process is
gone on this host is stale and may be taken over; taking over is just as exclusive (see
`SessionLock.take_over`).
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import os
import socket
import stat
import tomllib
from datetime import datetime
from pathlib import Path

from kompass_tui.core.files.atomic import (
    create_bytes_exclusive,
    file_mode,
    replace_name_atomic,
)
from kompass_tui.core.files.regular import (
    FileTooLargeError,
    NotRegularFileError,
    kind_of,
    read_regular,
    real_path,
)
from kompass_tui.core.files.toml_codec import toml_text
from kompass_tui.core.lean_dataclasses import lean_dataclass

LOCK_SUFFIX = ".lock"
CLAIM_SUFFIX = ".claim"
MAX_LOCK_BYTES = 4096
ATTEMPTS = 20
"""How often to retry when a lock or claim vanishes between two steps (a racing release)."""


def lock_path(path: Path) -> Path:
    """The lock file of a session: hidden, beside the real file."""
    real = real_path(path)
    return real.with_name(f".{real.name}{LOCK_SUFFIX}")


@lean_dataclass
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
        return cls(user, socket.gethostname(), os.getpid(), started, os.urandom(8).hex())

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
        return toml_text(fields).encode("utf-8")


class LockHeldError(Exception):
    """The session is open in another process."""

    def __init__(self, path: Path, holder: LockInfo) -> None:
        self.path = path
        self.holder = holder
        super().__init__(f"{path}: open in another kompass: {holder.describe()}")


def read_lock(path: Path) -> LockInfo | None:
    """The holder of a session's lock, or None if it is not locked."""
    try:
        state = _state(lock_path(path))
    except OSError:
        # A lock we may not read belongs to someone we cannot name: never stale.
        return LockInfo("?", "?", 0, "?")
    return None if state is None else _parse(state)


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
        for _ in range(ATTEMPTS):
            try:
                # Not synced to disk: a lock matters only while its process runs, and
                # after a crash of the machine that process is gone (its lock, if any
                # survived, is stale). Creating it exclusively needs no sync.
                create_bytes_exclusive(target, info.to_bytes(), _lock_mode(path), durable=False)
            except FileExistsError:
                holder = read_lock(path)
                if holder is None:  # released between our attempt and the read
                    continue
                raise LockHeldError(path, holder) from None
            return cls(path, info)
        raise LockHeldError(path, read_lock(path) or _garbled())

    @classmethod
    def take_over(cls, path: Path, stale: LockInfo) -> SessionLock:
        """Replace a stale lock with ours; raise LockHeldError if it is not stale (any more)
        or another kompass takes it over at the same time.

        Of any number of processes taking over one stale lock at once exactly one wins:
        each first creates a claim file named after the stale lock's content, exclusively
        (see `_swap`), and only the one that created it replaces the lock.
        """
        target = lock_path(path)
        try:
            state = _state(target)
        except OSError:
            raise LockHeldError(path, read_lock(path) or _garbled()) from None
        if state is None:  # released meanwhile: an ordinary lock will do
            return cls.acquire(path)
        current = _parse(state)
        if current != stale or not current.is_stale():
            raise LockHeldError(path, current)
        info = LockInfo.mine()
        if not _swap(target, state, info.to_bytes(), _lock_mode(path)):
            raise LockHeldError(path, read_lock(path) or current)
        return cls(path, info)

    def release(self) -> None:
        """Remove the lock file if it is still ours."""
        if read_lock(self.path) == self.info:
            with contextlib.suppress(FileNotFoundError):
                lock_path(self.path).unlink()


def _swap(target: Path, expected: bytes, replacement: bytes, mode: int, depth: int = 0) -> bool:
    """Replace the file `target` holding `expected` by one holding `replacement`; True if
    this process did it, False if `target` changed or another process is doing it.

    The exclusive step is creating `target.HASH.claim` (HASH of `expected`) by a hard link.
    A claim left by a process that died before it finished is itself taken over the same
    way, one level down.
    """
    if depth > 3:
        return False
    digest = hashlib.sha256(expected).hexdigest()[:16]
    claim = target.with_name(f"{target.name}.{digest}{CLAIM_SUFFIX}")
    mine = LockInfo.mine().to_bytes()
    for _ in range(ATTEMPTS):
        try:
            create_bytes_exclusive(claim, mine, mode)
            break
        except FileExistsError:
            held = _state(claim)
            if held is None:  # its maker finished meanwhile: try again
                continue
            if not _parse(held).is_stale() or not _swap(claim, held, mine, mode, depth + 1):
                return False
            break
    else:
        return False
    try:
        if _state(target) != expected:
            return False
        replace_name_atomic(target, replacement, mode)
        return True
    finally:
        if _state(claim) == mine:
            with contextlib.suppress(FileNotFoundError):
                claim.unlink()


def _state(path: Path) -> bytes | None:
    """What the name `path` holds, to compare before replacing it: a regular file's bytes,
    else a description of what is there (a link, a FIFO); None if nothing is."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    if stat.S_ISREG(info.st_mode):
        try:
            return read_regular(path, MAX_LOCK_BYTES, follow_symlinks=False)
        except FileNotFoundError:
            return None
        except (FileTooLargeError, NotRegularFileError):
            pass  # swapped meanwhile, or not a lock: describe it
    return f"{kind_of(info.st_mode)} {info.st_ino} {info.st_mtime_ns}".encode()


def _parse(state: bytes) -> LockInfo:
    try:
        data = tomllib.loads(state.decode("utf-8"))
        fields = (data["user"], data["host"], data["pid"], data["started"], data.get("token", ""))
        user, host, pid, started, token = fields
        return LockInfo(str(user), str(host), int(pid), str(started), str(token))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError):
        return _garbled()


def _garbled() -> LockInfo:
    # A lock we cannot make sense of (not a lock file at all) has no live holder we can
    # name: it reads as stale on this host.
    return LockInfo("?", socket.gethostname(), 0, "?")


def _lock_mode(path: Path) -> int:
    """The session's permissions (without execute bits): a private session, a private lock."""
    mode = file_mode(real_path(path))
    if mode is None:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
    return mode & 0o666


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
