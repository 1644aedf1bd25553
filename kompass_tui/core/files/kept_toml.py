"""Instrument files parsed once: what `tomllib` made of a file's bytes, kept in the user's
cache folder under their SHA-256, never beside the file (#23).

Every command and the workbench read an instrument, and `tomllib` (pure Python) takes
some 3-4 ms of CPU to parse the bundled one, though instruments hardly ever change. So
the parsed data is kept as JSON, which Python parses in C in a tenth of that, in
`$XDG_CACHE_HOME/kompass/parsed` (else `~/.cache/kompass/parsed`): one file per SHA-256
of an instrument file's bytes. A file whose bytes changed in any way is parsed anew (its
digest names another entry). Only data JSON gives back unchanged is kept (strings,
integers, booleans, arrays and tables: no decimals or dates), and what is kept is checked
against a SHA-256 of its own, so an entry cut short or garbled, or another kompass's, is
not used. Without a cache folder one can write in, every file is parsed as before: the
cache only saves time. What it gives is validated like a file just parsed, each time.
"""

from __future__ import annotations

import contextlib
import json
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

from kompass_tui.core.files.atomic import replace_name_atomic
from kompass_tui.core.files.digest import sha256_hex
from kompass_tui.core.files.regular import MAX_FILE_BYTES, read_regular
from kompass_tui.core.files.toml_reading import parse_toml_bytes, read_file_bytes

FORMAT = b"kompass parsed TOML 1\n"
"""The first line of every entry; then the SHA-256 of the rest (hex, a line), the JSON."""
_DIGEST_LINE = 65


def cache_home() -> Path | None:
    """`$XDG_CACHE_HOME/kompass`, else `~/.cache/kompass`; None when the environment names
    no absolute folder (XDG's rule: a relative `$XDG_CACHE_HOME` is ignored)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        home = os.path.expanduser("~")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "kompass"


def read_toml_kept(path: Path, folder: Path | None = None) -> dict[str, Any]:
    """A TOML file's data, as `read_toml` gives it (LoadError naming the file on failure),
    from the entry kept for its bytes in `folder` (by default the user's, see above) when
    there is one, else parsed and kept."""
    raw = read_file_bytes(path)
    if folder is None:
        home = cache_home()
        folder = None if home is None else home / "parsed"
    if folder is None:
        return parse_toml_bytes(raw, str(path))
    entry = folder / f"{sha256_hex(raw)}.json"
    kept = _read_entry(entry)
    if kept is not None:
        return kept
    data = parse_toml_bytes(raw, str(path))
    if _plain(data):
        _write_entry(entry, data)
    return data


def _read_entry(entry: Path) -> dict[str, Any] | None:
    """The data kept in an entry; None when there is none or it is not whole and ours."""
    try:
        raw = read_regular(entry, MAX_FILE_BYTES)
    except (OSError, ValueError):
        return None
    start = len(FORMAT) + _DIGEST_LINE
    body = raw[start:]
    if not raw.startswith(FORMAT) or raw[len(FORMAT) : start] != sha256_hex(body).encode() + b"\n":
        return None
    try:
        data = json.loads(body, parse_float=Decimal)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, nested too deep
        return None
    return data if isinstance(data, dict) else None


def _write_entry(entry: Path, data: dict[str, Any]) -> None:
    """Keep `data` in `entry`, written whole (not synced: an entry cut short does not check
    out and costs one parse)."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    content = FORMAT + sha256_hex(body).encode() + b"\n" + body
    with contextlib.suppress(OSError):  # no cache here: parse as before
        entry.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        replace_name_atomic(entry, content, 0o600, durable=False)


def _plain(value: object) -> bool:
    """Whether JSON gives `value` back unchanged: strings, integers, booleans, and arrays
    and tables of them (not TOML's decimals, dates or times)."""
    if isinstance(value, str | int):  # bool is an int
        return True
    if isinstance(value, list):
        return all(_plain(item) for item in value)
    if isinstance(value, dict):
        return all(isinstance(key, str) and _plain(item) for key, item in value.items())
    return False
