"""What comparisons read of session files, kept between runs in the user's cache folder,
never beside the sessions.

Finding the part of a session file that lists it (`session_index.listed_part`: everything
but its texts) is most of the reading when a thousand files are compared. The parts found
are kept in `$XDG_CACHE_HOME/kompass/listed` (else `~/.cache/kompass/listed`), one file
per folder of sessions, each part under the file's name together with the SHA-256 of the
file's bytes it was found in: a file whose bytes changed in any way (even within one
second, even to the same size) is read anew, and its part replaced. A folder's file is
written once at the end of a run that found something new (`save`), to a temporary file
renamed over the old one, and holds the SHA-256 of all it keeps, so one cut short by a
crash of the machine or garbled is never used. Without a cache folder one can write in,
every file is read as before: the cache only saves time. What is kept is parsed and
checked like the file itself each time.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import struct
from pathlib import Path

from kompass_tui import __version__
from kompass_tui.core.compare import session_index
from kompass_tui.core.compare.session_index import listed_part
from kompass_tui.core.files import toml_skim
from kompass_tui.core.files.atomic import replace_name_atomic
from kompass_tui.core.files.kept_toml import cache_home
from kompass_tui.core.lean_dataclasses import field, lean_dataclass


@functools.cache
def file_format() -> bytes:
    """The first line of every folder's file, with a fingerprint of the code that finds a
    listed part (and of kompass's version): a file another kompass made (one that lists
    files otherwise) is not used. Worked out when the cache is first used, not on import
    (`consensus` imports this module's neighbours)."""
    digest = hashlib.sha256(__version__.encode())
    for module in (session_index, toml_skim):
        with contextlib.suppress(OSError):  # no source beside the module: the version alone
            digest.update(Path(module.__file__ or "").read_bytes())
    return b"kompass listed parts 2 " + digest.hexdigest()[:16].encode() + b"\n"


_DIGEST = 32
_MAX_FILE = 256 * 1024 * 1024
_NOTHING = b"-"
"""What is kept for a file whose listed part cannot be found: the whole file is read."""
_SIZES = struct.Struct("<II")
"""Before each entry: the length of the file's name and of its part."""


def cache_folder() -> Path | None:
    """The folder of the entries; None when the environment names none (XDG's rule: a
    relative `$XDG_CACHE_HOME` is ignored)."""
    home = cache_home()
    return None if home is None else home / "listed"


@lean_dataclass(frozen=False)
class _Folder:
    """What is kept of one folder of sessions: by file name, (SHA-256 of its bytes, part)."""

    kept: Path
    entries: dict[bytes, tuple[bytes, bytes]] = field(default_factory=dict)
    new: set[bytes] = field(default_factory=set)
    """The names whose entries this run found (kept whatever else happened to the folder)."""


class ListedCache:
    """The listed parts of files, from the cache when the file's bytes are the same; call
    `save` when done to keep what was found."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._usable = folder is not None
        self._folders: dict[str, _Folder] = {}

    @classmethod
    def default(cls) -> ListedCache:
        """The user's cache (see `cache_folder`)."""
        return cls(cache_folder())

    def listed(self, path: Path, raw: bytes) -> bytes | None:
        """`listed_part(raw)` of the file at `path`."""
        if not self._usable or self.folder is None:
            return listed_part(raw)
        where, name = os.path.split(os.path.abspath(path))
        kept = self._folders.get(where)
        if kept is None:
            digest_of_folder = hashlib.sha256(os.fsencode(where)).hexdigest()
            kept = self._folders[where] = _Folder(self.folder / digest_of_folder)
            kept.entries = _read_folder(kept.kept)
        digest = hashlib.sha256(raw).digest()
        key = os.fsencode(name)
        entry = kept.entries.get(key)
        if entry is not None and entry[0] == digest:
            return None if entry[1] == _NOTHING else entry[1]
        head = listed_part(raw)
        kept.entries[key] = (digest, _NOTHING if head is None else head)
        kept.new.add(key)
        return head

    def save(self) -> None:
        """Write the file of every folder in which something new was found. Entries of
        files no longer there are left out."""
        for where, kept in self._folders.items():
            if not kept.new or not self._usable:
                continue
            entries = {
                name: entry
                for name, entry in kept.entries.items()
                if name in kept.new or os.path.exists(os.path.join(os.fsencode(where), name))
            }
            self._write_folder(kept.kept, entries)
            kept.new.clear()

    def _write_folder(self, target: Path, entries: dict[bytes, tuple[bytes, bytes]]) -> None:
        chunks = []
        for name, (digest, part) in entries.items():
            chunks += [_SIZES.pack(len(name), len(part)), name, digest, part]
        body = b"".join(chunks)
        data = file_format() + hashlib.sha256(body).digest() + body
        try:
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            # Not synced: a cache file cut short by a crash of the machine does not check
            # out (its digest), so it costs one slower run.
            replace_name_atomic(target, data, 0o600, durable=False)
        except OSError:
            self._usable = False  # no cache here: read every file as before


def _read_folder(kept: Path) -> dict[bytes, tuple[bytes, bytes]]:
    """The entries kept for a folder; none when there is no file, or it is another
    kompass's, not whole or garbled."""
    try:
        with open(kept, "rb") as handle:
            data = handle.read(_MAX_FILE + 1)
    except OSError:
        return {}
    head = file_format()
    start = len(head) + _DIGEST
    if len(data) > _MAX_FILE or not data.startswith(head):
        return {}
    body = memoryview(data)[start:]
    if hashlib.sha256(body).digest() != data[len(head) : start]:
        return {}
    entries: dict[bytes, tuple[bytes, bytes]] = {}
    position, end = start, len(data)
    try:
        while position < end:
            name_length, part_length = _SIZES.unpack_from(data, position)
            position += _SIZES.size
            name = data[position : position + name_length]
            position += name_length
            digest = data[position : position + _DIGEST]
            position += _DIGEST
            entries[name] = (digest, data[position : position + part_length])
            position += part_length
    except struct.error:
        return {}
    if position != end:
        return {}
    return entries
