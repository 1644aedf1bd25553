"""Atomic file writes: a temp file in the same folder, fsync, then `os.replace`.

Writes go to the file a path names after following symbolic links (`regular.real_path`),
so a link is never replaced by a copy; a name that holds anything but a regular file (a
folder, a FIFO, a device) is refused rather than replaced.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from kompass_tui.core.files.regular import (
    NotRegularFileError,
    read_regular,
    real_path,
    regular_or_missing,
)

BACKUP_SUFFIX = ".bak"


def backup_path(path: Path) -> Path:
    """Where the previous version of a file is kept: `name.toml.bak` beside the real file."""
    real = real_path(path)
    return real.with_name(real.name + BACKUP_SUFFIX)


def file_mode(path: Path) -> int | None:
    """The permission bits of an existing file (through links), or None if it is missing."""
    try:
        return os.stat(path).st_mode & 0o777
    except (OSError, ValueError):
        return None


def write_text_atomic(
    path: Path, text: str, keep_backup: bool = False, mode: int | None = None
) -> None:
    """Replace `path` with `text` so that readers see the old or the new file, never half.

    With `keep_backup`, the version being replaced is kept as `backup_path(path)`, itself
    written atomically and with the same permissions, so a crash at any moment leaves a
    whole file under each name. `mode` as in `write_bytes_atomic`.
    """
    real = real_path(path)
    if keep_backup:
        old_mode = file_mode(real)
        if old_mode is not None and not regular_or_missing(real):
            write_bytes_atomic(backup_path(real), read_regular(real), mode=old_mode)
    write_bytes_atomic(real, text.encode("utf-8"), mode=mode)


def write_bytes_atomic(path: Path, data: bytes, mode: int | None = None) -> None:
    """Replace `path` (through links) with `data` atomically: temp file, fsync, rename.

    The file gets `mode` when given, else the replaced file's permissions, else the usual
    umask-based ones. Raises NotRegularFileError when the name holds a folder, FIFO,
    device or socket.
    """
    real = real_path(path)
    _refuse_special(real)
    replace_name_atomic(real, data, _mode_for(real) if mode is None else mode)


def replace_name_atomic(path: Path, data: bytes, mode: int, *, durable: bool = True) -> None:
    """Put a new file with `data` and `mode` under the name `path`, whatever the name held
    (a symbolic link is replaced, not followed): temp file in the same folder, rename.
    Not `durable`: neither the file nor its folder is synced to disk (a cache's file, which
    is checked when read: one cut short by a crash of the machine costs one slower run,
    while waiting for the disk would cost more than the cache saves)."""
    folder = path.parent if str(path.parent) else Path(".")
    temp_name = _written_temp_file(folder, path.name, data, mode, durable=durable)
    try:
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    if durable:
        _fsync_folder(folder)


def create_text_exclusive(path: Path, text: str, mode: int | None = None) -> None:
    """Write a new file atomically, refusing (FileExistsError) if `path` already exists."""
    create_bytes_exclusive(path, text.encode("utf-8"), mode)


def create_bytes_exclusive(
    path: Path, data: bytes, mode: int | None = None, *, durable: bool = True
) -> None:
    """Write a new file whole, refusing (FileExistsError) if the name exists in any form.

    The data goes to a temp file first and is linked into place, so a reader never sees
    the file half-written and two writers cannot both create it. A symbolic link at
    `path` counts as existing (even a dangling one): it is never followed. Not `durable`:
    neither the file nor its folder is synced to disk (a file that matters only while
    its writer runs, like a lock, need not outlive a crash of the machine; waiting for
    the disk would only delay its writer).
    """
    folder = path.parent if str(path.parent) else Path(".")
    temp_name = _written_temp_file(
        folder, path.name, data, _mode_for(path) if mode is None else mode, durable=durable
    )
    try:
        # A hard link fails if the name exists, so two writers cannot both create it.
        os.link(temp_name, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
    if durable:
        _fsync_folder(folder)


def _written_temp_file(
    folder: Path, name: str, data: bytes, mode: int, *, durable: bool = True
) -> str:
    """A temp file in `folder` holding `data` (on disk, fsynced, when `durable`) with
    `mode`: its name. Removed again if writing it fails."""
    fd, temp_name = _temp_file(folder, name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    return temp_name


def _temp_file(folder: Path, name: str) -> tuple[int, str]:
    """A new, private (0600) temp file `.NAME.<random>.tmp` in `folder`: its descriptor and
    path. What `tempfile.mkstemp` does, without importing `tempfile` (and `random`,
    `shutil`) into every command that writes a file."""
    for _ in range(100):
        candidate = os.path.join(folder, f".{name}.{os.urandom(6).hex()}.tmp")
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            return os.open(candidate, flags, 0o600), candidate
        except FileExistsError:
            continue
    raise FileExistsError(f"{folder}: no free temp file name for {name}")


def _refuse_special(path: Path) -> None:
    kind = regular_or_missing(path)
    if kind:
        raise NotRegularFileError(path, kind)


def _mode_for(path: Path) -> int:
    # Keep an existing file's permissions; a new file gets the usual umask-based mode
    # instead of mkstemp's private 0600.
    existing = file_mode(path)
    if existing is not None:
        return existing
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


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
