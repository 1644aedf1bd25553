"""Safe file names proposed from municipality names."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_FOLD = str.maketrans(
    {
        "å": "a",
        "ä": "a",
        "ö": "o",
        "Å": "a",
        "Ä": "a",
        "Ö": "o",
        "æ": "ae",
        "Æ": "ae",
        "ø": "o",
        "Ø": "o",
        "ß": "ss",
    }
)


def slug(name: str) -> str:
    """A lowercase ASCII slug: `Norrköping` → `norrkoping`, `Upplands Väsby` → `upplands-vasby`."""
    folded = unicodedata.normalize("NFKD", name.translate(_FOLD))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")[:60].strip("-")


def session_file_name(municipality: str, year: int | None = None) -> str:
    """A session file name from a municipality (and year): `norrkoping-2010.toml`."""
    base = slug(municipality) or "session"
    return f"{base}-{year}.toml" if year else f"{base}.toml"


def free_session_path(folder: Path, municipality: str, year: int | None = None) -> Path:
    """A path inside `folder` for a new session that does not exist yet (`-2`, `-3`, …)."""
    name = session_file_name(municipality, year)
    candidate = folder / name
    stem = name.removesuffix(".toml")
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.toml"
        number += 1
    return candidate
