"""Quick summaries of the session files in a folder, for the session picker."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from kompass_tui.core.files.toml_reading import parse_toml_bytes, read_file_bytes
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import KompassError, LoadError
from kompass_tui.core.scoring.totals import session_score
from kompass_tui.core.session.toml_io import LoadedSession, parse_session


@dataclass(frozen=True)
class SessionSummary:
    """One session file: who, when, with what, how far; or why it does not load."""

    path: Path
    municipality: str = ""
    dates: tuple[date, ...] = ()
    evaluators: tuple[str, ...] = ()
    instrument_id: str = ""
    total: Decimal = Decimal(0)
    max: Decimal = Decimal(0)
    percent: Decimal | None = None
    scored: int = 0
    scorable: int = 0
    problems: list[str] = field(default_factory=list)
    """Why the file cannot be loaded; empty when it loads."""

    @property
    def ok(self) -> bool:
        """Whether the file loads."""
        return not self.problems


# Tables a session file keeps after its scores (see session_io): the picker does not show
# them, so it does not parse them; opening the session reads and checks the whole file.
_NOT_LISTED = (
    b"\n[comments]",
    b"\n[report]",
    b"\n[areas.",
    b"\n[findings]",
    b"\n[[benchmarks]]",
    b"\n[consensus",
)


def listed_part(raw: bytes) -> bytes | None:
    """The part of a session file the picker shows (up to the notes), or None to read all.

    None when the scores do not come before the notes, as in a file arranged by hand.
    """
    cut = min((i for mark in _NOT_LISTED if (i := raw.find(mark)) != -1), default=-1)
    if cut == -1:
        return None
    head = raw[:cut]
    return head if b"\n[scores]" in head else None


def _load_listed(path: Path, catalog: Catalog) -> LoadedSession:
    raw = read_file_bytes(path)
    head = listed_part(raw)
    if head is not None:
        try:
            return parse_session(parse_toml_bytes(head, str(path)), path, catalog)
        except LoadError:
            pass  # report what the whole file says
    return parse_session(parse_toml_bytes(raw, str(path)), path, catalog)


def summarize(path: Path, catalog: Catalog) -> SessionSummary:
    """The summary of one session file, never raising for a broken file."""
    try:
        loaded = _load_listed(path, catalog)
    except LoadError as failure:
        return SessionSummary(path, problems=[str(p) for p in failure.problems])
    except (KompassError, OSError, ValueError) as failure:
        return SessionSummary(path, problems=[f"{path}: {failure}"])
    session = loaded.session
    score = session_score(session, loaded.instrument)
    return SessionSummary(
        path=path,
        municipality=session.municipality,
        dates=tuple(session.dates),
        evaluators=tuple(session.evaluators),
        instrument_id=loaded.instrument.id,
        total=score.total,
        max=score.max,
        percent=score.percent,
        scored=score.scored,
        scorable=score.scorable,
    )


def session_files(folder: Path) -> list[Path]:
    """The `*.toml` files of a folder, by name: what the picker lists."""
    return sorted(path for path in folder.glob("*.toml") if path.is_file())
