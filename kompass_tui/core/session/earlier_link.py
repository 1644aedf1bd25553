"""The earlier evaluation a re-evaluation starts from, as the new session records it.

`kompass new FILE --from EARLIER.toml` starts a new evaluation of the same municipality
and writes `[earlier]` into it: the earlier file's path relative to the new one, the
SHA-256 of its bytes then, its year label and its area totals. The path lets kompass show
the earlier scores, strengths, improvement areas and plan beside the new ones; the kept
totals keep the report's comparison meaningful when the earlier file has moved or gone,
and the digest tells when it was changed since.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

from kompass_tui.core.lean_dataclasses import field, lean_dataclass


@lean_dataclass
class EarlierLink:
    """What a session records of the evaluation it re-evaluates."""

    file: str
    """The earlier session file, relative to this session's folder, `/`-separated."""
    digest: str = ""
    """SHA-256 (hex) of the earlier file's bytes when this session was started."""
    label: str = ""
    """How reports name it, like `2010` (the year of its first date)."""
    areas: dict[str, Decimal] = field(default_factory=dict)
    """Its area totals then, by area id in instrument order."""
    complete: bool = True
    """Whether every applicable question of it was scored."""

    def path_from(self, session_path: Path) -> Path:
        """Where the earlier file is, for a session stored at `session_path`."""
        return session_path.parent / Path(*self.file.split("/"))


def relative_file(earlier: Path, session_path: Path) -> str:
    """The earlier file's path as `[earlier] file` records it: relative to the session's
    folder, with `/` between parts (the same on every system)."""
    start = session_path.resolve().parent
    relative = os.path.relpath(earlier.resolve(), start)
    return Path(relative).as_posix()
