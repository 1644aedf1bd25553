"""A comparison: evaluations on one instrument, in year order, with rank, median and change.

Every number stays an exact Decimal; only the tables round. Where the evaluations of a row
have different maxima (a not-applicable question, an area mapped from another instrument),
the row's rank, median, mean and change use percentages of each one's own maximum, so a
question left out does not show up as a difference.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import cached_property
from itertools import pairwise
from pathlib import Path

from kompass_tui.core.compare.evaluation import (
    Evaluation,
    LoadedEvaluations,
    Progress,
    evaluation_from_session,
    load_evaluations,
    unique_labels,
)
from kompass_tui.core.compare.mapping import AreaMapping
from kompass_tui.core.compare.scales import ComparisonError, place_on_one_instrument
from kompass_tui.core.compare.statistics import (
    Population,
    Statistic,
    mean,
    median,
    ranks,
    statistic,
)
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Area, Instrument, Question
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.scoring.numbers import change_between, round_percent
from kompass_tui.core.session.model import Session, municipality_key

# Also importable from here, where they lived before the split into evaluation, scales and
# statistics (the workbench imports some of them from here).
__all__ = [
    "ComparisonError",
    "Evaluation",
    "evaluation_from_session",
    "load_evaluations",
    "mean",
    "median",
]


@lean_dataclass
class ComparisonRow:
    """One row: an area (or the total, `area` None) across the evaluations."""

    area: Area | None
    values: tuple[Decimal | None, ...]
    """Per evaluation; None where the figure is not known."""
    maxima: tuple[Decimal | None, ...]
    """Each evaluation's maximum for the row; None where the figure is not known."""
    percents: tuple[Decimal | None, ...]
    """Each value as an exact percentage of what it could be (its own maximum; for a
    session not completely scored, what its scored questions can give)."""
    by_percent: bool
    """The known maxima differ: rank, median, mean and change use percentages."""
    ranks: tuple[int | None, ...]
    ranked: int
    """How many evaluations are ranked (n): those with the figure."""
    reference: Statistic | None
    """Median and mean (points, or percent when `by_percent`) over the reference population;
    None when no evaluation of the population has the figure."""

    @property
    def max(self) -> Decimal | None:
        """The one maximum every known figure shares; None when they differ or none is known."""
        known = {m for m in self.maxima if m is not None}
        return known.pop() if len(known) == 1 else None

    @property
    def max_range(self) -> tuple[Decimal, Decimal] | None:
        """The smallest and largest maximum of the known figures."""
        known = [m for m in self.maxima if m is not None]
        return (min(known), max(known)) if known else None

    @property
    def median(self) -> Decimal | None:
        """The reference median, or None."""
        return None if self.reference is None else self.reference.median

    @property
    def mean(self) -> Decimal | None:
        """The reference mean, or None."""
        return None if self.reference is None else self.reference.mean


@lean_dataclass
class AreaChange:
    """How an area's figure (or the total, `area` None) changed between two evaluations."""

    area: Area | None
    before: Decimal | None
    after: Decimal | None
    before_percent: Decimal | None = None
    after_percent: Decimal | None = None
    by_percent: bool = False
    """The maxima differ: the change is in percentage points."""
    published: bool = False
    """Both figures are published ones: shown as printed (`+35`), else by the points rule."""

    @property
    def change(self) -> Decimal | None:
        """After minus before, between the figures as shown (points, or whole percentages
        when the maxima differ), so the shown figures subtract to it; None if one is unknown."""
        if self.by_percent:
            if self.before_percent is None or self.after_percent is None:
                return None
            return Decimal(round_percent(self.after_percent) - round_percent(self.before_percent))
        return change_between(self.before, self.after)


@lean_dataclass
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


@lean_dataclass
class EvaluationChange:
    """Change over time: consecutive evaluations of the same municipality."""

    earlier: Evaluation
    later: Evaluation
    areas: tuple[AreaChange, ...]
    """Per area, then the overall total last."""
    instrument: Instrument = field(compare=False, repr=False)

    @cached_property
    def questions(self) -> tuple[QuestionChange, ...]:
        """Per question when both are full sessions on the instrument, else empty.

        Worked out when first asked for: a long comparison shows no question tables.
        """
        earlier, later = self.earlier, self.later
        if earlier.session is None or later.session is None or earlier.via or later.via:
            return ()
        return tuple(question_changes(earlier.session, later.session, self.instrument))

    @property
    def total(self) -> AreaChange:
        """The change of the overall total."""
        return self.areas[-1]


@lean_dataclass
class Comparison:
    """The whole comparison: evaluations in order, a row per area plus the total, changes."""

    instrument: Instrument
    evaluations: tuple[Evaluation, ...]
    rows: tuple[ComparisonRow, ...]
    changes: tuple[EvaluationChange, ...]
    population: Population = field(default_factory=Population)
    """Which evaluations the median and mean are taken over."""

    @property
    def total_row(self) -> ComparisonRow:
        """The last row: the overall totals."""
        return self.rows[-1]

    def change_column(self) -> list[EvaluationChange | None]:
        """Per evaluation, the change from its municipality's previous evaluation, if any."""
        by_later = {id(change.later): change for change in self.changes}
        return [by_later.get(id(e)) for e in self.evaluations]


_SWEDISH_LETTERS = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y"})


def municipality_sort_key(name: str) -> str:
    """Names in Swedish alphabetical order (å, ä, ö after z), case and spacing aside."""
    return municipality_key(name).translate(_SWEDISH_LETTERS)


def in_year_order(evaluations: Sequence[Evaluation]) -> list[Evaluation]:
    """By year (unknown last), then municipality, then date; stable for the rest."""
    return sorted(
        evaluations,
        key=lambda e: (e.year is None, e.year or 0, municipality_sort_key(e.municipality), e.when),
    )


def build_comparison(
    evaluations: Sequence[Evaluation],
    instrument: Instrument,
    keep_order: bool = False,
    population: Population | None = None,
) -> Comparison:
    """Compare evaluations already on `instrument`; raise ComparisonError if they are not.

    Year order unless `keep_order`; the median and mean are over `population`.
    """
    if len(evaluations) < 2:
        raise ComparisonError(
            f"nothing to compare: {len(evaluations)} evaluation given, at least 2 are needed"
        )
    strangers = sorted({e.instrument_id for e in evaluations if e.instrument_id != instrument.id})
    if strangers:
        raise ComparisonError(
            f"the evaluations use {', '.join(map(repr, strangers))}, not {instrument.id!r}"
        )
    population = population or Population()
    ordered = list(evaluations) if keep_order else in_year_order(evaluations)
    columns = tuple(unique_labels(ordered))
    members = [population.includes(e.year) for e in columns]
    rows = [
        _row(
            area,
            [e.areas.get(area.id) for e in columns],
            [e.area_max.get(area.id) for e in columns],
            [e.area_percent(area.id) for e in columns],
            members,
        )
        for area in instrument.areas
    ]
    totals = [e.total for e in columns]
    total_maxima = [None if e.total is None else e.max for e in columns]
    rows.append(_row(None, totals, total_maxima, [e.percent for e in columns], members))
    changes = tuple(
        evaluation_change(earlier, later, instrument) for earlier, later in change_pairs(columns)
    )
    return Comparison(instrument, columns, tuple(rows), changes, population)


def _row(
    area: Area | None,
    values: list[Decimal | None],
    maxima: list[Decimal | None],
    percents: list[Decimal | None],
    members: list[bool],
) -> ComparisonRow:
    by_percent = len({m for m in maxima if m is not None}) > 1
    measure = percents if by_percent else values
    reference = statistic([v for v, member in zip(measure, members, strict=True) if member])
    return ComparisonRow(
        area=area,
        values=tuple(values),
        maxima=tuple(maxima),
        percents=tuple(percents),
        by_percent=by_percent,
        ranks=tuple(ranks(measure)),
        ranked=sum(v is not None for v in measure),
        reference=reference,
    )


def change_pairs(evaluations: Sequence[Evaluation]) -> list[tuple[Evaluation, Evaluation]]:
    """Consecutive evaluations of each municipality, oldest first (by year, then date)."""
    groups: dict[str, list[tuple[int, Evaluation]]] = {}
    for index, evaluation in enumerate(evaluations):
        groups.setdefault(municipality_key(evaluation.municipality), []).append((index, evaluation))
    pairs: list[tuple[Evaluation, Evaluation]] = []
    for members in groups.values():
        members.sort(key=lambda item: (item[1].when, item[0]))
        pairs.extend((a[1], b[1]) for a, b in pairwise(members))
    return pairs


def evaluation_change(
    earlier: Evaluation, later: Evaluation, instrument: Instrument
) -> EvaluationChange:
    """The change per area and of the total, and per question when both are full sessions."""
    published = earlier.published and later.published
    areas = [
        _change(
            area,
            (
                earlier.areas.get(area.id),
                earlier.area_max.get(area.id),
                earlier.area_percent(area.id),
            ),
            (later.areas.get(area.id), later.area_max.get(area.id), later.area_percent(area.id)),
            published,
        )
        for area in instrument.areas
    ]
    total = _change(
        None,
        (earlier.total, earlier.max, earlier.percent),
        (later.total, later.max, later.percent),
        published,
    )
    areas.append(total)
    return EvaluationChange(earlier, later, tuple(areas), instrument)


def _change(
    area: Area | None,
    before: tuple[Decimal | None, Decimal | None, Decimal | None],
    after: tuple[Decimal | None, Decimal | None, Decimal | None],
    published: bool,
) -> AreaChange:
    (b, b_max, b_share), (a, a_max, a_share) = before, after
    differ = b is not None and a is not None and b_max != a_max
    return AreaChange(area, b, a, b_share, a_share, by_percent=differ, published=published)


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


@lean_dataclass(frozen=False)
class LoadedComparison:
    """A comparison of files, with the loading warnings to show."""

    comparison: Comparison
    loaded: LoadedEvaluations


def compare_files(
    paths: Sequence[Path],
    catalog: Catalog,
    *,
    on: str | None = None,
    mappings: Sequence[AreaMapping] = (),
    keep_order: bool = False,
    population: Population | None = None,
    progress: Progress | None = None,
) -> LoadedComparison:
    """Load session and benchmark files and compare them: what `kompass compare` does.

    Raises LoadError when a file does not load, ComparisonError when the evaluations
    cannot be compared. `progress(done, of)` is called after each file (for a worker).
    """
    loaded = load_evaluations(paths, catalog, progress)
    placed = place_on_one_instrument(
        loaded.evaluations, loaded.instruments, catalog, on=on, mappings=mappings
    )
    comparison = build_comparison(placed.evaluations, placed.instrument, keep_order, population)
    return LoadedComparison(comparison, loaded)
