"""Exact scoring with Decimal: question, area and overall totals, percentages and progress.

Questions marked not applicable leave their area's maximum (and the instrument's), as
scoring bodies do. Unscored questions count 0 points but stay in the maximum, so an
incomplete evaluation shows what it has achieved so far out of everything it can reach;
`scored` and `scorable` tell how far it has come.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kompass_tui.core.instrument.criteria import Area, Instrument, Question
from kompass_tui.core.scoring.numbers import percent
from kompass_tui.core.session.model import Session

ZERO = Decimal(0)


@dataclass(frozen=True)
class AreaScore:
    """An area's total, maximum and progress."""

    area: Area
    total: Decimal
    max: Decimal
    scored: int
    scorable: int

    @property
    def percent(self) -> Decimal | None:
        """Exact percentage of the maximum, None when every question is not applicable."""
        return percent(self.total, self.max)

    @property
    def complete(self) -> bool:
        """Whether every applicable question is scored."""
        return self.scored == self.scorable


@dataclass(frozen=True)
class SessionScore:
    """The overall result of a session: per area and in total."""

    areas: tuple[AreaScore, ...]
    total: Decimal
    max: Decimal
    scored: int
    scorable: int

    @property
    def percent(self) -> Decimal | None:
        """Exact percentage of the instrument's maximum."""
        return percent(self.total, self.max)

    @property
    def complete(self) -> bool:
        """Whether every applicable question is scored."""
        return self.scored == self.scorable


def question_percent(session: Session, question: Question) -> Decimal | None:
    """A question's score as a percentage of its maximum; None if unscored or not applicable."""
    score = session.scores.get(question.id)
    if score is None or question.id in session.not_applicable:
        return None
    return percent(score, question.max)


def area_score(session: Session, area: Area) -> AreaScore:
    """Total, maximum and progress of one area."""
    total = ZERO
    maximum = ZERO
    scored = scorable = 0
    for question in area.questions:
        if question.id in session.not_applicable:
            continue
        maximum += question.max
        scorable += 1
        score = session.scores.get(question.id)
        if score is not None:
            total += score
            scored += 1
    return AreaScore(area, total, maximum, scored, scorable)


def session_score(session: Session, instrument: Instrument) -> SessionScore:
    """Every area's score and the overall total of a session."""
    areas = tuple(area_score(session, area) for area in instrument.areas)
    return SessionScore(
        areas=areas,
        total=sum((a.total for a in areas), ZERO),
        max=sum((a.max for a in areas), ZERO),
        scored=sum(a.scored for a in areas),
        scorable=sum(a.scorable for a in areas),
    )


def unscored_questions(session: Session, instrument: Instrument) -> list[Question]:
    """Applicable questions without a score, in instrument order."""
    return [
        q
        for q in instrument.questions
        if q.id not in session.scores and q.id not in session.not_applicable
    ]
