"""Quick summaries of the session files in a folder, for the session picker."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from kompass_tui.core.catalog import Catalog
from kompass_tui.core.problems import KompassError, LoadError
from kompass_tui.core.scoring import session_score
from kompass_tui.core.session_io import load_session


@dataclass(frozen=True)
class SessionSummary:
    """One session file: who, when, with what, how far; or why it does not load."""

    path: Path
    municipality: str = ""
    dates: tuple[date, ...] = ()
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


def summarize(path: Path, catalog: Catalog) -> SessionSummary:
    """The summary of one session file, never raising for a broken file."""
    try:
        loaded = load_session(path, catalog)
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
        instrument_id=loaded.instrument.id,
        total=score.total,
        max=score.max,
        percent=score.percent,
        scored=score.scored,
        scorable=score.scorable,
    )


def summarize_folder(folder: Path, catalog: Catalog) -> list[SessionSummary]:
    """Summaries of every `*.toml` file in a folder, by file name."""
    return [summarize(path, catalog) for path in sorted(folder.glob("*.toml")) if path.is_file()]
