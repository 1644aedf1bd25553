"""What comparisons read of session files, kept between runs in the user's cache folder,
never beside the sessions.

Finding the part of a session file that lists it (`session_index.listed_part`: everything
but its texts) is most of the reading when a thousand files are compared. The part found
is kept in `$XDG_CACHE_HOME/kompass/listed` (else `~/.cache/kompass/listed`), one entry per
file name, together with the SHA-256 of the file's bytes it was found in: a file whose
bytes changed in any way (even within one second, even to the same size) is read anew,
and the entry replaced. An entry also holds the SHA-256 of the part it keeps, so one read
while another kompass writes it, cut short by a crash of the machine or garbled is never
used (it is written in place, unsynced: a rename and a sync per entry would cost more
than they save). Without a cache folder one can write in,
every file is read as before: the cache only saves time. What is kept is parsed and
checked like the file itself each time.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from kompass_tui import __version__
from kompass_tui.core.compare import session_index
from kompass_tui.core.compare.session_index import listed_part
from kompass_tui.core.files import toml_skim


def _rules() -> bytes:
    """A fingerprint of the code that finds a listed part (and of kompass's version), so an
    entry another kompass made is not used when that code changed."""
    digest = hashlib.sha256(__version__.encode())
    for module in (session_index, toml_skim):
        with contextlib.suppress(OSError):  # no source beside the module: the version alone
            digest.update(Path(module.__file__ or "").read_bytes())
    return digest.hexdigest()[:16].encode()


FORMAT = b"kompass listed part 1 " + _rules() + b"\n"
"""The first line of every entry; another (a kompass that lists files otherwise) is not used."""
_DIGEST = 32
_MAX_ENTRY = 4 * 1024 * 1024
_NOTHING = b"-"
"""The entry of a file whose listed part cannot be found: the whole file is read."""


def cache_folder() -> Path | None:
    """The folder of the entries; None when the environment names none (XDG's rule: a
    relative `$XDG_CACHE_HOME` is ignored)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        home = os.path.expanduser("~")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "kompass" / "listed"


class ListedCache:
    """The listed parts of files, from the cache when the file's bytes are the same."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._usable = folder is not None
        self._folder_made = False

    @classmethod
    def default(cls) -> ListedCache:
        """The user's cache (see `cache_folder`)."""
        return cls(cache_folder())

    def listed(self, path: Path, raw: bytes) -> bytes | None:
        """`listed_part(raw)` of the file at `path`."""
        if not self._usable or self.folder is None:
            return listed_part(raw)
        digest = hashlib.sha256(raw).digest()
        entry = self.folder / (hashlib.sha256(os.fsencode(os.path.abspath(path))).hexdigest())
        kept = _read_entry(entry, digest)
        if kept is not None:
            return None if kept == _NOTHING else kept
        head = listed_part(raw)
        self._write_entry(entry, digest, _NOTHING if head is None else head)
        return head

    def _write_entry(self, entry: Path, digest: bytes, part: bytes) -> None:
        data = FORMAT + digest + hashlib.sha256(part).digest() + part
        try:
            if not self._folder_made:
                entry.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                self._folder_made = True
            flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
            descriptor = os.open(entry, flags, 0o600)
            try:
                os.write(descriptor, data)
            finally:
                os.close(descriptor)
        except OSError:
            self._usable = False  # no cache here: read every file as before


def _read_entry(entry: Path, digest: bytes) -> bytes | None:
    """The part an entry keeps for a file with `digest`, or None (no entry, another file's
    bytes, not whole)."""
    try:
        with open(entry, "rb") as handle:
            data = handle.read(_MAX_ENTRY + 1)
    except OSError:
        return None
    if len(data) > _MAX_ENTRY:
        return None
    start = len(FORMAT) + 2 * _DIGEST
    if not data.startswith(FORMAT) or data[len(FORMAT) : len(FORMAT) + _DIGEST] != digest:
        return None
    part = data[start:]
    if hashlib.sha256(part).digest() != data[start - _DIGEST : start]:
        return None
    return part
