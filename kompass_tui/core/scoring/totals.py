"""Exact scoring with Decimal: area and overall results, their maxima, percentages, progress.

Three kinds of question, three rules (the README's "Scoring rules" says the same):

- A question marked not applicable leaves everything: the result, the maximum, the
  count of questions to score.
- An unscored question is not 0. It stays in the maximum (`max`: what the area can
  reach once every question is scored) and is counted in `scorable`, but it is left out
  of the result and of the percentage, which is the result's share of `scored_max`, the
  maximum of the scored questions alone. `scored` of `scorable` says how far it has come.
- A scored question counts with its score.

How scores combine follows the instrument's `aggregate`: with `sum` an area's result is
the sum of its scores and the total the sum of the areas; with `mean` (CAF) an area's
result is the mean of its scores and the total the mean of the areas' results, each mean
taken over what is scored only. Every figure is exact; only display rounds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from decimal import Context, Decimal
from typing import Protocol

from kompass_tui.core.instrument.criteria import Aggregate, Area, Instrument, Question
from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.scoring.numbers import percent


class Scored(Protocol):
    """What totals read of a session (`core.session.model.Session` is one): its scores by
    question id and the questions marked not applicable. Scoring sits below sessions."""

    @property
    def scores(self) -> Mapping[str, Decimal]: ...

    @property
    def not_applicable(self) -> Set[str]: ...


ZERO = Decimal(0)
# Division in a fixed context, so a caller's decimal settings cannot change results.
_DIVISION = Context(prec=28)


class _Share:
    """What an area's and a session's result say alike: the share and whether complete."""

    total: Decimal
    scored_max: Decimal
    scored: int
    scorable: int

    @property
    def percent(self) -> Decimal | None:
        """The result's exact share of `scored_max`; None when nothing is scored."""
        return percent(self.total, self.scored_max)

    @property
    def complete(self) -> bool:
        """Whether every applicable question is scored."""
        return self.scored == self.scorable


@lean_dataclass
class AreaScore(_Share):
    """An area's result, its maxima and how many of its questions are scored."""

    area: Area
    total: Decimal
    """The area's result from its scored, applicable questions (0 when none is scored)."""
    max: Decimal
    """The most the result can be: applicable questions only (sum: their maxima added;
    mean: the questions' one maximum). 0 when no question applies."""
    scored_max: Decimal
    """The most the scored questions can give, as `max` but of the scored ones only."""
    scored: int
    """Applicable questions with a score."""
    scorable: int
    """Applicable questions."""


@lean_dataclass
class SessionScore(_Share):
    """The overall result of a session: per area and in total, with the same fields."""

    areas: tuple[AreaScore, ...]
    total: Decimal
    """The overall result (sum: the areas' results added; mean: their mean over the areas
    with a scored question)."""
    max: Decimal
    """The most the total can be, without not-applicable questions."""
    scored_max: Decimal
    """The most the scored questions can give."""
    scored: int
    scorable: int


def combine(aggregate: Aggregate, values: Sequence[Decimal]) -> Decimal:
    """Results combined by an instrument's rule: their sum, or their exact mean; 0 if none.

    Use it for any set of area results, e.g. a benchmark record's area totals.
    """
    if not values:
        return ZERO
    added = sum(values, ZERO)
    if aggregate == "sum":
        return added
    return _DIVISION.divide(added, Decimal(len(values)))


def question_percent(session: Scored, question: Question) -> Decimal | None:
    """A question's score as a percentage of its maximum; None if unscored or not applicable."""
    score = session.scores.get(question.id)
    if score is None or question.id in session.not_applicable:
        return None
    return percent(score, question.max)


def area_score(session: Scored, area: Area) -> AreaScore:
    """The result, maxima and progress of one area, by its instrument's `aggregate`."""
    aggregate = area.aggregate
    applicable = [q for q in area.questions if q.id not in session.not_applicable]
    scored = [q for q in applicable if q.id in session.scores]
    total = combine(aggregate, [session.scores[q.id] for q in scored])
    return AreaScore(
        area=area,
        total=total,
        max=_maximum(aggregate, applicable),
        scored_max=_maximum(aggregate, scored),
        scored=len(scored),
        scorable=len(applicable),
    )


def _maximum(aggregate: Aggregate, questions: Sequence[Question]) -> Decimal:
    if not questions:
        return ZERO
    if aggregate == "sum":
        return sum((q.max for q in questions), ZERO)
    return max(q.max for q in questions)  # one maximum for all (checked on loading)


def session_score(session: Scored, instrument: Instrument) -> SessionScore:
    """Every area's result and the overall result of a session."""
    aggregate = instrument.aggregate
    areas = tuple(area_score(session, area) for area in instrument.areas)
    if aggregate == "sum":
        total = sum((a.total for a in areas), ZERO)
        maximum = sum((a.max for a in areas), ZERO)
        scored_max = sum((a.scored_max for a in areas), ZERO)
    else:
        total = combine(aggregate, [a.total for a in areas if a.scored])
        maximum = max((a.max for a in areas), default=ZERO)
        scored_max = max((a.scored_max for a in areas), default=ZERO)
    return SessionScore(
        areas=areas,
        total=total,
        max=maximum,
        scored_max=scored_max,
        scored=sum(a.scored for a in areas),
        scorable=sum(a.scorable for a in areas),
    )


def unscored_questions(session: Scored, instrument: Instrument) -> list[Question]:
    """Applicable questions without a score, in instrument order."""
    return [
        q
        for q in instrument.questions
        if q.id not in session.scores and q.id not in session.not_applicable
    ]
