"""Safe file names for new sessions, proposed from the municipality's name.

Proposed names are lowercase ASCII (`Norrköping` → `norrkoping-2010.toml`): they survive
every terminal, file system and git checkout (macOS stores å/ä/ö decomposed, which makes
git see renamed files), and can never leave their folder.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_FOLD = str.maketrans(
    {"æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "ß": "ss", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l"}
)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_MAX_STEM = 60


def slug(name: str) -> str:
    """Lowercase ASCII letters, digits and dashes: `Upplands Väsby` → `upplands-vasby`."""
    folded = unicodedata.normalize("NFKD", name.translate(_FOLD))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii").lower()
    return _NOT_SLUG.sub("-", ascii_only).strip("-")[:_MAX_STEM].strip("-")


def propose_file_name(municipality: str, year: int | None = None) -> str:
    """A session file name from a municipality (and year): `norrkoping-2010.toml`."""
    stem = slug(municipality) or "session"
    return f"{stem}-{year}.toml" if year is not None else f"{stem}.toml"


def is_safe_file_name(name: str) -> bool:
    """Whether a typed file name stays in its folder, is not hidden and ends in .toml."""
    return (
        name.endswith(".toml")
        and len(name) > len(".toml")
        and not any(c in name for c in "/\\\0")
        and ".." not in name
        and not name.startswith(".")
        and name == name.strip()
        and name.isprintable()
    )


def free_session_path(folder: Path, municipality: str, year: int | None = None) -> Path:
    """A path inside `folder` that does not exist yet (`-2`, `-3`, … added when needed)."""
    name = propose_file_name(municipality, year)
    candidate = folder / name
    stem = name.removesuffix(".toml")
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.toml"
        number += 1
    return candidate
