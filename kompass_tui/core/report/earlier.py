"""The earlier evaluation a report can show beside its own totals: change over time (#5).

The earlier one is a session file or a benchmark record of the same municipality, on the
same instrument (or another edition of it: its total only). A benchmark file may hold many
records; the one chosen is the latest of the municipality from a year before the
session's first date.

A record may give only its total (a press release): then the report's total has an
earlier figure and a change (later total minus earlier total), and its areas have none.
A record with some areas gives those areas a change; without a printed total, and unless
every area is given, the total has no change.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from kompass_tui.core.compare.evaluation import Evaluation, load_evaluations
from kompass_tui.core.compare.scales import ComparisonError, place_evaluation
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.problems import Problem
from kompass_tui.core.session.model import Session, municipality_key
from kompass_tui.core.session.reevaluation import ResolvedEarlier

_ZERO = Decimal(0)


class EarlierError(ComparisonError):
    """An earlier evaluation that cannot go into the report; the message says why."""


@lean_dataclass
class EarlierTotals:
    """What the report shows of the earlier evaluation: its label and exact totals."""

    label: str
    """How the columns name it, like `2008`; empty when its year is unknown."""
    areas: dict[str, Decimal]
    """Area total per area id, for the areas known (unscored questions count 0, as in the
    report); empty for a record with only a total."""
    questions: dict[str, Decimal] = field(default_factory=dict)
    """Score per scored, applicable question; empty for a benchmark record."""
    given_total: Decimal | None = None
    """The overall total as the evaluation gives it (a record's printed total); None to
    take the sum of `areas`."""
    every_area: bool = True
    """False when `areas` lacks some area (a record that printed only some): without a
    given total there is then no total."""
    published: bool = False
    """The figures are as printed (a record): shown with the decimals they need (`461`)."""
    complete: bool = True
    """False for a session with unscored questions: the change then lacks their points."""

    @property
    def total(self) -> Decimal | None:
        """The earlier overall total: as given, else the sum of the areas when all are known."""
        if self.given_total is not None:
            return self.given_total
        return sum(self.areas.values(), _ZERO) if self.every_area else None


@lean_dataclass
class LoadedEarlier:
    """The chosen earlier evaluation, its totals for the report and any loading warnings."""

    evaluation: Evaluation
    totals: EarlierTotals
    warnings: list[Problem]


def earlier_totals_of(evaluation: Evaluation) -> EarlierTotals:
    """The totals of an evaluation, labelled by its year, for the later one's report."""
    questions: dict[str, Decimal] = {}
    if evaluation.session is not None:
        session = evaluation.session
        questions = {
            question_id: score
            for question_id, score in session.scores.items()
            if question_id not in session.not_applicable
        }
    label = str(evaluation.year) if evaluation.year else ""
    return EarlierTotals(
        label=label,
        areas=dict(evaluation.areas),
        questions=questions,
        given_total=evaluation.total,
        every_area=evaluation.total is not None,
        published=evaluation.published,
        complete=evaluation.complete,
    )


def load_earlier(
    path: Path, session: Session, instrument: Instrument, session_path: Path, catalog: Catalog
) -> LoadedEarlier:
    """Load the earlier evaluation of `session` from a session or benchmark file.

    Raises LoadError when the file does not load, EarlierError when it holds no evaluation
    that can be compared with the session (the session itself, another municipality or
    instrument, a later year).
    """
    if path.resolve() == session_path.resolve():
        raise EarlierError(f"{path}: is the session itself, not an earlier evaluation")
    loaded = load_evaluations([path], catalog)
    known = dict(loaded.instruments)
    placed = [place_evaluation(e, instrument, known, catalog, {}) or e for e in loaded.evaluations]
    evaluation = choose_earlier(placed, session, instrument, path)
    warnings = list(loaded.warnings)
    if evaluation.edition:
        warnings.append(
            Problem(
                evaluation.where,
                "",
                f"another edition of the instrument ({evaluation.edition}): only its total "
                f"is compared, on the same {instrument.max}-point scale",
                "warning",
            )
        )
    return LoadedEarlier(evaluation, earlier_totals_of(evaluation), warnings)


def choose_earlier(
    evaluations: Sequence[Evaluation], session: Session, instrument: Instrument, path: Path
) -> Evaluation:
    """The evaluation, of those one file holds, to show as the session's earlier one.

    One evaluation must match the session's municipality and instrument and not be later.
    Of several records, the latest matching one from a year before the session's first
    date is chosen. Raises EarlierError saying why none fits.
    """
    first = min(session.dates) if session.dates else None
    if len(evaluations) == 1:
        evaluation = evaluations[0]
        _check_same(evaluation, session, instrument)
        if first is not None and _later_than(evaluation, first):
            raise EarlierError(
                f"{evaluation.where}: {evaluation.label} is later than the session "
                f"({first.isoformat()}), not earlier"
            )
        return evaluation
    if first is None:
        raise EarlierError(
            f"{path}: holds {len(evaluations)} records, and the session has no date to tell "
            "which is earlier; give a file with one record"
        )
    candidates = [
        e
        for e in evaluations
        if e.instrument_id == instrument.id
        and not e.via
        and municipality_key(e.municipality) == municipality_key(session.municipality)
        and e.year is not None
        and e.year < first.year
    ]
    if not candidates:
        raise EarlierError(
            f"{path}: no record of {session.municipality} with {instrument.id} "
            f"from a year before {first.year}"
        )
    return max(candidates, key=lambda e: e.year or 0)


def _check_same(evaluation: Evaluation, session: Session, instrument: Instrument) -> None:
    if evaluation.instrument_id != instrument.id or evaluation.via:
        raise EarlierError(
            f"{evaluation.where}: uses the instrument {evaluation.instrument_id}, the session "
            f"{instrument.id}; their scales differ, so the totals cannot be compared"
        )
    if municipality_key(evaluation.municipality) != municipality_key(session.municipality):
        raise EarlierError(
            f"{evaluation.where}: is an evaluation of {evaluation.municipality}, "
            f"not of {session.municipality}"
        )


def _later_than(evaluation: Evaluation, first: date) -> bool:
    if evaluation.first_date is not None:
        return evaluation.first_date > first
    return evaluation.year is not None and evaluation.year > first.year


def totals_of_resolved(resolved: ResolvedEarlier) -> EarlierTotals:
    """The totals of the evaluation a session re-evaluates (see `reevaluation`): its file's
    scores when it loads, else the area totals kept in the session."""
    questions: dict[str, Decimal] = {}
    if resolved.session is not None:
        old = resolved.session
        questions = {q: s for q, s in old.scores.items() if q not in old.not_applicable}
    return EarlierTotals(
        label=resolved.label,
        areas=dict(resolved.areas),
        questions=questions,
        complete=resolved.complete,
    )
