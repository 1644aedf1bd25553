"""Only regular files are read or written, and never more of them than a limit.

A named pipe (FIFO) blocks a reader forever, a device like `/dev/zero` never ends, and a
sparse file can claim gigabytes: every file kompass reads is checked for its type and size
before a byte is read, and read with a bound. Paths are resolved through symbolic links
before writing, so a link keeps pointing at the file it names.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

MAX_FILE_BYTES = 4 * 1024 * 1024
"""The largest file kompass reads: far above any session, instrument or benchmark file."""


class NotRegularFileError(OSError):
    """A path names a folder, a named pipe, a device or a socket where a file is wanted."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(errno.EINVAL, f"is {kind}, not a regular file", str(path))
        self.kind = kind


class FileTooLargeError(OSError):
    """A file is larger than kompass reads."""

    def __init__(self, path: Path, limit: int) -> None:
        super().__init__(errno.EFBIG, f"is larger than {describe_size(limit)}", str(path))
        self.limit = limit


def describe_size(size: int) -> str:
    """`4 MB`, `512 KB` or `100 bytes`: a limit as a person reads it."""
    for unit, factor in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= factor and size % factor == 0:
            return f"{size // factor} {unit}"
    return f"{size} bytes"


def kind_of(mode: int) -> str:
    """What a file of this `st_mode` is, for messages: `a named pipe (FIFO)`."""
    kinds = (
        (stat.S_ISREG, "a regular file"),
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISLNK, "a symbolic link"),
    )
    return next((name for test, name in kinds if test(mode)), "a special file")


def real_path(path: Path) -> Path:
    """The file a path names once every symbolic link is followed (it need not exist).

    Writing, locking and the backup and recovery files go by this path, so that saving
    through `link.toml → real/target.toml` changes the target, not the link.
    """
    return Path(os.path.realpath(path))


def read_regular(path: Path, limit: int = MAX_FILE_BYTES, *, follow_symlinks: bool = True) -> bytes:
    """A regular file's bytes, at most `limit` of them.

    Raises NotRegularFileError for anything but a regular file (without opening a FIFO,
    which would block), FileTooLargeError when the file is larger than `limit` (without
    reading it), and the usual OSError (FileNotFoundError, PermissionError, ...).
    Without `follow_symlinks`, a symbolic link is itself refused.
    """
    info = os.stat(path, follow_symlinks=follow_symlinks)
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFileError(path, kind_of(info.st_mode))
    if info.st_size > limit:
        raise FileTooLargeError(path, limit)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP and not follow_symlinks:
            raise NotRegularFileError(path, "a symbolic link") from None
        raise
    try:
        # The name may have been swapped for a FIFO between the check and the open.
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):
            raise NotRegularFileError(path, kind_of(opened.st_mode))
        chunks: list[bytes] = []
        left = limit + 1  # one byte more than allowed tells a file that grew meanwhile
        while left > 0:
            chunk = os.read(fd, min(left, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise FileTooLargeError(path, limit)
    return data


def regular_or_missing(path: Path) -> str:
    """'' when `path` is a regular file or does not exist; else what it is (`a folder`)."""
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return ""
    except (OSError, ValueError):
        return ""  # unreadable: writing it will say why
    return "" if stat.S_ISREG(info.st_mode) else kind_of(info.st_mode)
