"""Consensus: merging independent evaluations of one municipality into one session.

The merge is the engine's (`merge.merge_independent`), from an empty base. Per question
the proposed score is the exact mean of the evaluators' scores, not rounded: two identical
sessions merge to the same scores, three evaluators at 7,25 give 7,25. A score holds at
most two decimals, so a mean with more (7, 7,25 and 7,25 give 7,1666…) is stored rounded
half-up to two (7,17); the merge keeps the exact mean (`QuestionMerge.mean`) and
`kompass consensus` lists every question so rounded, "mean 7,1666… → 7,17", for the
evaluators to confirm or change. The spread is the highest minus the lowest score.

A question goes on the list to discuss, kept in the `[consensus]` table (see `disputes`),
when its spread is above the threshold (a percentage of the question's max, 20 by
default), when the evaluators disagree on whether it applies, or when some scored it and
others left it unscored: a missing score is a disagreement, never adopted silently. The
proposal (the mean of the scores given) is stored meanwhile.

Texts that differ are kept as text disagreements holding each evaluator's version (the
text holds them one after the other until agreed); identical texts, strengths and
improvement areas are kept once. No evaluator's name is ever written into a text: who
wrote a strength or an improvement area is kept in `[consensus.written_by]`, shown in the
workbench and never printed.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from kompass_tui.core.files.toml_codec import decimals_of
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.problems import KompassError
from kompass_tui.core.scoring.disputes import ConsensusNotes
from kompass_tui.core.scoring.numbers import (
    ScoreError,
    parse_decimal,
)
from kompass_tui.core.session.earlier_link import relative_file
from kompass_tui.core.session.merge import QuestionMerge, Side, merge_independent
from kompass_tui.core.session.model import BenchmarkEntry, Session, municipality_key
from kompass_tui.core.session.toml_io import create_session_file

DEFAULT_THRESHOLD = Decimal(20)


class ConsensusError(KompassError):
    """Sessions that cannot be merged; the message says why, naming the files."""


@lean_dataclass
class Source:
    """One evaluation to merge: the session, its file and who wrote it."""

    session: Session
    file: Path
    author: str
    """The evaluators' names joined with ' & ', else the file name without `.toml`."""


def author_of(session: Session, file: Path) -> str:
    """Who wrote a session: its evaluators ('Anna & Bo'), else the file's stem."""
    names = [" ".join(name.split()) for name in session.evaluators if name.strip()]
    return " & ".join(names) if names else file.stem


def sources_for(sessions: Sequence[tuple[Session, Path]]) -> list[Source]:
    """Sources with unique authors: a repeated author gets its file name added."""
    authors = [author_of(session, file) for session, file in sessions]
    counts = Counter(authors)
    result = []
    for (session, file), author in zip(sessions, authors, strict=True):
        unique = author if counts[author] == 1 else f"{author} ({file.name})"
        result.append(Source(session, file, unique))
    return result


def parse_threshold(text: str) -> Decimal:
    """A threshold like '20', '20 %' or '12,5'; raise ScoreError unless 0-100, 2 decimals."""
    number = parse_decimal(text.strip().removesuffix("%"))
    if number.is_signed() or number > 100 or decimals_of(number) > 2:
        raise ScoreError(f"must be a percentage from 0 to 100, not {text.strip()!r}")
    return number


def check_mergeable(sources: Sequence[Source]) -> None:
    """Raise ConsensusError unless there are ≥2 sessions of one municipality and instrument."""
    if len(sources) < 2:
        raise ConsensusError(f"needs at least two sessions to merge, {len(sources)} given")
    instruments = {s.session.instrument_id for s in sources}
    if len(instruments) > 1:
        listing = ", ".join(f"{s.file} ({s.session.instrument_id})" for s in sources)
        raise ConsensusError(f"the sessions use different instruments: {listing}")
    names = {municipality_key(s.session.municipality) for s in sources}
    if len(names) > 1:
        listing = ", ".join(f"{s.file} ({s.session.municipality})" for s in sources)
        raise ConsensusError(f"the sessions evaluate different municipalities: {listing}")


@lean_dataclass(frozen=False)
class ConsensusResult:
    """The merged session, the notes for its `[consensus]` table and every question's merge."""

    session: Session
    notes: ConsensusNotes
    questions: list[QuestionMerge]
    dropped_benchmarks: list[BenchmarkEntry] = field(default_factory=list)
    """Benchmarks left out for being on another scale than the first kept."""

    @property
    def disputed(self) -> list[QuestionMerge]:
        """The questions to discuss, in instrument order."""
        return [q for q in self.questions if q.disputed]

    @property
    def rounded(self) -> list[QuestionMerge]:
        """The questions whose stored proposal is their mean rounded to two decimals."""
        return [q for q in self.questions if q.rounded]


def merge_sessions(
    sources: Sequence[Source], instrument: Instrument, threshold: Decimal = DEFAULT_THRESHOLD
) -> ConsensusResult:
    """Merge the sessions; raise ConsensusError if they are not mergeable."""
    check_mergeable(sources)
    sides = [Side(_absolute_earlier(s.session, s.file), s.author) for s in sources]
    names = [s.file.name for s in sources]
    merged, questions = merge_independent(sides, instrument, threshold, names)
    notes = merged.consensus
    assert notes is not None
    kept = {(municipality_key(b.municipality), b.year) for b in merged.benchmarks}
    dropped: list[BenchmarkEntry] = []
    for entry in (b for s in sources for b in s.session.benchmarks):
        identity = (municipality_key(entry.municipality), entry.year)
        if identity not in kept and entry not in dropped:
            dropped.append(entry)
    merged.consensus = None  # written by create_consensus_file
    return ConsensusResult(merged, notes, questions, dropped)


def _absolute_earlier(session: Session, file: Path) -> Session:
    """The session with its earlier link's path made from the merged file's folder."""
    if session.earlier is None:
        return session
    copied = copy.copy(session)
    copied.earlier = replace(session.earlier, file=str(session.earlier.path_from(file)))
    return copied


def create_consensus_file(result: ConsensusResult, instrument: Instrument, path: Path) -> None:
    """Write the merged session, its `[consensus]` table last; raise FileExistsError rather
    than overwrite."""
    rebase_earlier(result.session, path)
    result.session.consensus = result.notes
    create_session_file(result.session, instrument, path)


def rebase_earlier(session: Session, path: Path) -> None:
    """Make the merged session's earlier link relative to the file it is written to."""
    if session.earlier is not None:
        file = relative_file(Path(session.earlier.file), path)
        session.earlier = replace(session.earlier, file=file)
