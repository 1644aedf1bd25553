"""Atomic file writes: a temp file in the same folder, fsync, then `os.replace`."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

BACKUP_SUFFIX = ".bak"


def backup_path(path: Path) -> Path:
    """Where the previous version of a file is kept: `name.toml.bak` beside it."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def write_text_atomic(path: Path, text: str, keep_backup: bool = False) -> None:
    """Replace `path` with `text` so that readers see the old or the new file, never half.

    With `keep_backup`, the version being replaced is kept as `backup_path(path)`, itself
    written atomically, so a crash at any moment leaves a whole file under each name.
    """
    if keep_backup and path.is_file():
        write_bytes_atomic(backup_path(path), path.read_bytes())
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically: temp file in the same folder, fsync, rename."""
    import tempfile  # only when writing: it costs start-up time of read-only commands

    folder = path.parent if str(path.parent) else Path(".")
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, _mode_for(path))
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _fsync_folder(folder)


def _mode_for(path: Path) -> int:
    # Keep an existing file's permissions; a new file gets the usual umask-based mode
    # instead of mkstemp's private 0600.
    try:
        return os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def create_text_exclusive(path: Path, text: str) -> None:
    """Write a new file atomically, refusing (FileExistsError) if `path` already exists."""
    import tempfile

    folder = path.parent if str(path.parent) else Path(".")
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, _mode_for(path))
        # A hard link fails if the name exists, so two writers cannot both create it.
        os.link(temp_name, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
    _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not every platform allows opening a folder.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
