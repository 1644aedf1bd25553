"""Comparing evaluations: areas x evaluations with median and mean, and change over time.

An evaluation is a full session or a benchmark record, reduced to its area totals. Every
number stays an exact Decimal: the median of an even count is the mean of the middle two,
and a mean that does not terminate is carried to 28 significant digits, far below what
the display rule (one decimal, half-up) can see. Only the renderers round.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Context, Decimal
from itertools import pairwise
from pathlib import Path

from kompass_tui.core.compare.benchmark import BenchmarkRecord, is_benchmark_data, parse_benchmarks
from kompass_tui.core.files.toml_reading import read_toml
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Area, Instrument, Question
from kompass_tui.core.problems import KompassError, LoadError, Problem
from kompass_tui.core.scoring.totals import session_score
from kompass_tui.core.session.model import Session, municipality_key
from kompass_tui.core.session.toml_io import parse_session

_ZERO = Decimal(0)
# Division in a fixed context, so a caller's decimal settings cannot change results.
_DIVISION = Context(prec=28)


class ComparisonError(KompassError):
    """Evaluations that cannot be compared; the message says why, naming the files."""


@dataclass(frozen=True)
class Evaluation:
    """One column of a comparison: who, when, with which instrument, and the area totals."""

    label: str
    """The column heading, like `Norrköping 2010`; unique within one comparison."""
    municipality: str
    year: int | None
    instrument_id: str
    areas: dict[str, Decimal]
    """Area total per area id (unscored questions count 0, as in the session's report)."""
    file: Path
    session: Session | None = None
    """The full session when the evaluation comes from a session file."""
    first_date: date | None = None
    complete: bool = True
    """False for a session with unscored questions."""
    source: str = ""
    """Where a benchmark record's figures come from."""
    record_key: str = ""
    """For a benchmark record, its key path in the file, like `records[2]`."""

    @property
    def total(self) -> Decimal:
        """The overall total: the sum of the area totals."""
        return sum(self.areas.values(), _ZERO)

    @property
    def where(self) -> str:
        """The file, and for a benchmark record its key path, for messages."""
        return f"{self.file}: {self.record_key}" if self.record_key else str(self.file)


def evaluation_from_session(session: Session, instrument: Instrument, file: Path) -> Evaluation:
    """A session as a comparison column."""
    score = session_score(session, instrument)
    first = min(session.dates) if session.dates else None
    return Evaluation(
        label=_label(session.municipality, first.year if first else None),
        municipality=session.municipality,
        year=first.year if first else None,
        instrument_id=instrument.id,
        areas={a.area.id: a.total for a in score.areas},
        file=file,
        session=session,
        first_date=first,
        complete=score.complete,
    )


def evaluation_from_record(record: BenchmarkRecord, file: Path, index: int) -> Evaluation:
    """A benchmark record (the `index`-th of its file) as a comparison column."""
    return Evaluation(
        label=_label(record.municipality, record.year),
        municipality=record.municipality,
        year=record.year,
        instrument_id=record.instrument_id,
        areas=dict(record.areas),
        file=file,
        source=record.source,
        record_key=f"records[{index}]",
    )


@dataclass
class LoadedEvaluations:
    """Everything loaded for a comparison: the columns, their instruments and any warnings."""

    evaluations: list[Evaluation]
    instruments: dict[str, Instrument]
    warnings: list[Problem]


def load_evaluations(paths: Sequence[Path], catalog: Catalog) -> LoadedEvaluations:
    """Load session and benchmark files in order; raise LoadError with every file's problems."""
    result = LoadedEvaluations([], {}, [])
    problems: list[Problem] = []
    for path in paths:
        try:
            data = read_toml(path)
            if is_benchmark_data(data):
                benchmarks = parse_benchmarks(data, path, catalog)
                result.instruments.update(benchmarks.instruments)
                result.evaluations.extend(
                    evaluation_from_record(record, path, index)
                    for index, record in enumerate(benchmarks.records)
                )
            else:
                loaded = parse_session(data, path, catalog)
                result.instruments[loaded.instrument.id] = loaded.instrument
                result.warnings.extend(loaded.warnings)
                result.evaluations.append(
                    evaluation_from_session(loaded.session, loaded.instrument, path)
                )
        except LoadError as failure:
            problems.extend(failure.problems)
    if problems:
        raise LoadError(problems)
    return result


def _label(municipality: str, year: int | None) -> str:
    name = " ".join(municipality.split())
    return f"{name} {year}" if year else name


def repeated_file(paths: Sequence[Path]) -> Path | None:
    """The first file named twice (the same file by another path counts too), or None."""
    seen: set[Path] = set()
    for path in paths:
        key = path.resolve()
        if key in seen:
            return path
        seen.add(key)
    return None


def check_comparable(evaluations: Sequence[Evaluation]) -> str:
    """The one instrument id all evaluations share; raise ComparisonError otherwise."""
    if len(evaluations) < 2:
        raise ComparisonError(
            f"nothing to compare: {len(evaluations)} evaluation given, at least 2 are needed"
        )
    by_instrument: dict[str, list[str]] = {}
    for evaluation in evaluations:
        files = by_instrument.setdefault(evaluation.instrument_id, [])
        if str(evaluation.file) not in files:
            files.append(str(evaluation.file))
    if len(by_instrument) > 1:
        parts = "; ".join(f"{i}: {', '.join(files)}" for i, files in by_instrument.items())
        raise ComparisonError(
            "cannot compare evaluations made with different instruments "
            f"(their scales differ) — {parts}"
        )
    return evaluations[0].instrument_id


def unique_labels(evaluations: Sequence[Evaluation]) -> list[Evaluation]:
    """The evaluations with labels made unique by adding the file name where they repeat."""
    counts: dict[str, int] = {}
    for evaluation in evaluations:
        counts[evaluation.label] = counts.get(evaluation.label, 0) + 1
    result: list[Evaluation] = []
    seen: set[str] = set()
    for evaluation in evaluations:
        label = evaluation.label
        if counts[label] > 1:
            label = f"{label} ({evaluation.file.stem})"
        candidate, number = label, 2
        while candidate in seen:
            candidate, number = f"{label} #{number}", number + 1
        seen.add(candidate)
        result.append(_replace_label(evaluation, candidate))
    return result


def _replace_label(evaluation: Evaluation, label: str) -> Evaluation:
    if label == evaluation.label:
        return evaluation
    return replace(evaluation, label=label)


def median(values: Sequence[Decimal]) -> Decimal:
    """The exact median; for an even count the mean of the middle two values."""
    if not values:
        raise ValueError("median of no values")
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return _DIVISION.divide(ordered[middle - 1] + ordered[middle], Decimal(2))


def mean(values: Sequence[Decimal]) -> Decimal:
    """The mean, exact when it terminates, else to 28 significant digits."""
    if not values:
        raise ValueError("mean of no values")
    return _DIVISION.divide(sum(values, _ZERO), Decimal(len(values)))


@dataclass(frozen=True)
class ComparisonRow:
    """One row of the table: an area (or the total, `area` None) across the evaluations."""

    area: Area | None
    values: tuple[Decimal, ...]
    max: Decimal
    median: Decimal
    mean: Decimal


@dataclass(frozen=True)
class AreaChange:
    """How an area's total (or the overall total, `area` None) changed between two."""

    area: Area | None
    before: Decimal
    after: Decimal

    @property
    def change(self) -> Decimal:
        """After minus before."""
        return self.after - self.before


@dataclass(frozen=True)
class QuestionChange:
    """How one question's score changed; None where a side is unscored or not applicable."""

    question: Question
    before: Decimal | None
    after: Decimal | None

    @property
    def change(self) -> Decimal | None:
        """After minus before, when both are scored."""
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class Change:
    """Change over time: an earlier and a later evaluation of the same municipality."""

    earlier: Evaluation
    later: Evaluation
    areas: tuple[AreaChange, ...]
    """Per area, then the overall total last."""
    questions: tuple[QuestionChange, ...]
    """Per question when both are full sessions, else empty."""


@dataclass(frozen=True)
class Comparison:
    """The whole comparison: columns, one row per area plus the total, and the changes."""

    instrument: Instrument
    evaluations: tuple[Evaluation, ...]
    rows: tuple[ComparisonRow, ...]
    changes: tuple[Change, ...]

    @property
    def total_row(self) -> ComparisonRow:
        """The last row: the overall totals."""
        return self.rows[-1]


def build_comparison(evaluations: Sequence[Evaluation], instrument: Instrument) -> Comparison:
    """Compare evaluations made with `instrument`; raise ComparisonError if they cannot be."""
    check_comparable(evaluations)
    if evaluations[0].instrument_id != instrument.id:
        raise ComparisonError(
            f"the evaluations use {evaluations[0].instrument_id!r}, not {instrument.id!r}"
        )
    columns = tuple(unique_labels(evaluations))
    rows = [
        _row(area, tuple(e.areas.get(area.id, _ZERO) for e in columns), area.max)
        for area in instrument.areas
    ]
    rows.append(_row(None, tuple(e.total for e in columns), instrument.max))
    changes = tuple(
        change_between(earlier, later, instrument) for earlier, later in change_pairs(columns)
    )
    return Comparison(instrument, columns, tuple(rows), changes)


def _row(area: Area | None, values: tuple[Decimal, ...], maximum: Decimal) -> ComparisonRow:
    return ComparisonRow(area, values, maximum, median(values), mean(values))


def change_pairs(evaluations: Sequence[Evaluation]) -> list[tuple[Evaluation, Evaluation]]:
    """Consecutive evaluations of each municipality, oldest first (by year, then date)."""
    groups: dict[str, list[tuple[int, Evaluation]]] = {}
    for index, evaluation in enumerate(evaluations):
        key = municipality_key(evaluation.municipality)
        groups.setdefault(key, []).append((index, evaluation))
    pairs: list[tuple[Evaluation, Evaluation]] = []
    for members in groups.values():
        members.sort(key=lambda item: (_when(item[1]), item[0]))
        pairs.extend((a[1], b[1]) for a, b in pairwise(members))
    return pairs


def _when(evaluation: Evaluation) -> date:
    if evaluation.first_date is not None:
        return evaluation.first_date
    return date(evaluation.year, 1, 1) if evaluation.year else date.min


def change_between(earlier: Evaluation, later: Evaluation, instrument: Instrument) -> Change:
    """The change per area and total, and per question when both are full sessions."""
    areas = [
        AreaChange(area, earlier.areas.get(area.id, _ZERO), later.areas.get(area.id, _ZERO))
        for area in instrument.areas
    ]
    areas.append(AreaChange(None, earlier.total, later.total))
    questions: tuple[QuestionChange, ...] = ()
    if earlier.session is not None and later.session is not None:
        questions = tuple(question_changes(earlier.session, later.session, instrument))
    return Change(earlier, later, tuple(areas), questions)


def question_changes(
    earlier: Session, later: Session, instrument: Instrument
) -> list[QuestionChange]:
    """Every question's score before and after, in instrument order."""
    return [
        QuestionChange(question, _score(earlier, question), _score(later, question))
        for question in instrument.questions
    ]


def _score(session: Session, question: Question) -> Decimal | None:
    if question.id in session.not_applicable:
        return None
    return session.scores.get(question.id)
