"""Consensus: merging independent evaluations of one municipality into one session.

Per question the proposed score is the exact mean of the evaluators' scores, not rounded:
two identical sessions merge to the same scores, three evaluators at 7,25 give 7,25. A
score holds at most two decimals, so a mean with more (7, 7,25 and 7,25 give 7,1666…) is
stored rounded half-up to two (7,17); the merge keeps the exact mean (`QuestionMerge.mean`)
and `kompass consensus` lists every question so rounded, "mean 7,1666… → 7,17", for the
evaluators to confirm or change. The spread is the highest minus the lowest score.

A question goes on the list to discuss, kept in the `[consensus]` table (see `disputes`),
when its spread is above the threshold (a percentage of the question's max, 20 by
default), when the evaluators disagree on whether it applies, or when some scored it and
others left it unscored: a missing score is a disagreement, never adopted silently. The
proposal (the mean of the scores given) is stored meanwhile.
Strengths, improvements, notes and comments are merged without duplicates, each followed
by its author(s): "text (Anna)", "text (Anna, Bo)". Findings, report texts, benchmarks,
evidence, interviews and actions are merged as `consensus_texts` says.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from kompass_tui.core.files.toml_codec import decimals_of
from kompass_tui.core.instrument.criteria import Instrument, Question
from kompass_tui.core.problems import KompassError
from kompass_tui.core.scoring.disputes import ConsensusNotes, Dispute, is_too_far
from kompass_tui.core.scoring.numbers import (
    ScoreError,
    parse_decimal,
    shown_points,
)
from kompass_tui.core.scoring.totals import combine
from kompass_tui.core.session.consensus_texts import (
    merge_paragraphs,
    merge_texts,
    merge_texts_into,
    rebase_earlier,
)
from kompass_tui.core.session.model import AreaNotes, BenchmarkEntry, Session, municipality_key
from kompass_tui.core.session.toml_io import create_session_file

DEFAULT_THRESHOLD = Decimal(20)


class ConsensusError(KompassError):
    """Sessions that cannot be merged; the message says why, naming the files."""


@dataclass(frozen=True)
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


def mean_score(scores: Sequence[Decimal]) -> Decimal:
    """The exact mean of scores (to 28 significant digits when it does not terminate)."""
    return combine("mean", scores)


def proposed_score(scores: Sequence[Decimal], maximum: Decimal) -> Decimal:
    """The score to store: the exact mean, or half-up to two decimals when it has more
    (a score holds at most two); within 0..maximum."""
    return _proposed(mean_score(scores), maximum)


def _proposed(mean: Decimal, maximum: Decimal) -> Decimal:
    return min(shown_points(mean), maximum)


@dataclass(frozen=True)
class QuestionMerge:
    """How one question was merged."""

    question: Question
    scores: dict[str, Decimal]
    """Each author's score (authors who marked it not applicable are left out)."""
    not_applicable: tuple[str, ...]
    """Authors who marked it not applicable."""
    proposed: Decimal | None
    """The score stored: the mean, to two decimals at most; None when nobody scored it."""
    spread: Decimal | None
    """Highest minus lowest score; None when nobody scored it."""
    disputed: bool
    unscored: tuple[str, ...] = ()
    """Authors who left it unscored (and did not mark it not applicable)."""
    mean: Decimal | None = None
    """The exact mean of the scores; None when nobody scored it."""

    @property
    def rounded(self) -> bool:
        """Whether the stored proposal differs from the exact mean (more than 2 decimals)."""
        return self.mean is not None and self.proposed != self.mean


@dataclass
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
    first = sources[0].session
    evaluators: list[str] = []
    for source in sources:
        evaluators += [e for e in source.session.evaluators if e not in evaluators]
    dates = sorted({d for s in sources for d in s.session.dates})
    merged = Session(instrument.id, first.municipality, dates, evaluators)
    notes = ConsensusNotes(threshold, [s.file.name for s in sources])
    merges = [_merge_question(q, sources, threshold) for q in instrument.questions]
    for merge in merges:
        qid = merge.question.id
        if merge.proposed is not None:
            merged.scores[qid] = merge.proposed
        elif merge.not_applicable and len(merge.not_applicable) == len(sources):
            merged.not_applicable.add(qid)
        if merge.disputed:
            spread = merge.spread if merge.spread is not None else Decimal(0)
            notes.disputes[qid] = Dispute(
                spread, dict(merge.scores), list(merge.not_applicable), list(merge.unscored)
            )
        comment = merge_paragraphs([(s.session.comments.get(qid, ""), s.author) for s in sources])
        if comment:
            merged.comments[qid] = comment
    for area in instrument.areas:
        merged.areas[area.id] = _merge_area(area.id, sources)
    texts = merge_texts_into(merged, sources, instrument)
    return ConsensusResult(merged, notes, merges, texts.dropped)


def _merge_question(
    question: Question, sources: Sequence[Source], threshold: Decimal
) -> QuestionMerge:
    scores: dict[str, Decimal] = {}
    not_applicable: list[str] = []
    unscored: list[str] = []
    for source in sources:
        if question.id in source.session.not_applicable:
            not_applicable.append(source.author)
        elif question.id in source.session.scores:
            scores[source.author] = source.session.scores[question.id]
        else:
            unscored.append(source.author)
    proposed = spread = mean = None
    if scores:
        mean = mean_score(list(scores.values()))
        proposed = _proposed(mean, question.max)
        spread = max(scores.values()) - min(scores.values())
    too_far = spread is not None and is_too_far(spread, question.max, threshold)
    split_on_applying = bool(not_applicable) and len(not_applicable) < len(sources)
    # Blank beside a score (or beside not applicable) is a disagreement; blank everywhere
    # is just not scored yet.
    split_on_scoring = bool(unscored) and len(unscored) < len(sources)
    disputed = too_far or split_on_applying or split_on_scoring
    return QuestionMerge(
        question,
        scores,
        tuple(not_applicable),
        proposed,
        spread,
        disputed,
        tuple(unscored),
        mean,
    )


def _merge_area(area_id: str, sources: Sequence[Source]) -> AreaNotes:
    pairs = [(s.author, s.session.areas.get(area_id, AreaNotes())) for s in sources]
    older = {n.older_scale_total for _, n in pairs if n.older_scale_total is not None}
    return AreaNotes(
        strengths=merge_texts([(t, author) for author, n in pairs for t in n.strengths]),
        improvements=merge_texts([(t, author) for author, n in pairs for t in n.improvements]),
        notes=merge_paragraphs([(n.notes, author) for author, n in pairs]),
        older_scale_total=older.pop() if len(older) == 1 else None,
    )


def create_consensus_file(result: ConsensusResult, instrument: Instrument, path: Path) -> None:
    """Write the merged session, its `[consensus]` table last; raise FileExistsError rather
    than overwrite."""
    rebase_earlier(result.session, path)
    result.session.consensus = result.notes
    create_session_file(result.session, instrument, path)
