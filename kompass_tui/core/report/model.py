"""The report of a session as data: what every output (Markdown, terminal, chart) shows.

Built once from a session, its instrument and the exact scores; the renderers only format.
Numbers stay exact Decimals here; rounding happens when they are formatted for display.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.scoring.numbers import HUNDRED, change_between
from kompass_tui.core.scoring.totals import AreaScore, question_percent, session_score
from kompass_tui.core.session.model import AreaNotes, Session

if TYPE_CHECKING:  # the loading of earlier evaluations is not needed to build a report
    from kompass_tui.core.report.earlier import EarlierTotals

FULL = "█"
EMPTY = "░"


@dataclass(frozen=True)
class QuestionLine:
    """One row of an area's score table."""

    id: str
    text: str
    score: Decimal | None
    """The stored score; None when not yet scored."""
    max: Decimal
    """The question's maximum (left out of the area's maximum when not applicable)."""
    percent: Decimal | None
    not_applicable: bool
    comment: str
    earlier_score: Decimal | None = None
    """The earlier evaluation's score, when it is a full session that scored the question."""

    @property
    def unscored(self) -> bool:
        """Whether the question applies but has no score yet."""
        return self.score is None and not self.not_applicable


@dataclass(frozen=True)
class AreaSection:
    """One area of the report: its score table, total and what the evaluators wrote."""

    id: str
    title: str
    questions: tuple[QuestionLine, ...]
    total: Decimal
    max: Decimal
    """The area's maximum without its not-applicable questions."""
    percent: Decimal | None
    """The total's share of the scored questions' maximum (see scoring.totals)."""
    scored: int
    scorable: int
    older_scale_total: Decimal | None
    strengths: tuple[str, ...]
    improvements: tuple[str, ...]
    notes: str
    earlier_total: Decimal | None = None
    """The earlier evaluation's total of the area, when the report has one."""

    @property
    def complete(self) -> bool:
        """Whether every applicable question of the area is scored."""
        return self.scored == self.scorable

    @property
    def change(self) -> Decimal | None:
        """The total minus the earlier total, as shown; None without an earlier one."""
        return change_between(self.earlier_total, self.total)

    @property
    def has_not_applicable(self) -> bool:
        """Whether some question of the area is marked not applicable."""
        return any(q.not_applicable for q in self.questions)

    @property
    def commented(self) -> tuple[QuestionLine, ...]:
        """The questions that carry a comment."""
        return tuple(q for q in self.questions if q.comment.strip())


@dataclass(frozen=True)
class Report:
    """Everything a report of one session shows, with instrument texts in one language."""

    lang: str
    instrument_name: str
    municipality: str
    dates: tuple[date, ...]
    evaluators: tuple[str, ...]
    areas: tuple[AreaSection, ...]
    total: Decimal
    max: Decimal
    percent: Decimal | None
    scored: int
    scorable: int
    earlier: EarlierTotals | None = None
    """An earlier evaluation's totals to show beside these (change over time)."""

    @property
    def earlier_total(self) -> Decimal | None:
        """The earlier overall total; None without an earlier evaluation."""
        return None if self.earlier is None else self.earlier.total

    @property
    def change(self) -> Decimal | None:
        """The total minus the earlier total, as shown; None without an earlier evaluation."""
        return change_between(self.earlier_total, self.total)

    @property
    def has_earlier_questions(self) -> bool:
        """Whether the earlier evaluation gives question scores (a full session)."""
        return self.earlier is not None and bool(self.earlier.questions)

    @property
    def complete(self) -> bool:
        """Whether every applicable question is scored."""
        return self.scored == self.scorable

    @property
    def unscored(self) -> tuple[QuestionLine, ...]:
        """Applicable questions without a score, in instrument order."""
        return tuple(q for area in self.areas for q in area.questions if q.unscored)

    @property
    def has_older_scale(self) -> bool:
        """Whether any area carries a total on the older scale (the seed's Tabell 1)."""
        return any(a.older_scale_total is not None for a in self.areas)

    @property
    def older_scale_total(self) -> Decimal | None:
        """The sum of the areas' older-scale totals; None unless every area has one (a sum
        of some areas is no total)."""
        values = [a.older_scale_total for a in self.areas]
        if not values or any(v is None for v in values):
            return None
        return sum((v for v in values if v is not None), Decimal(0))


def build_report(
    session: Session, instrument: Instrument, lang: str, earlier: EarlierTotals | None = None
) -> Report:
    """The report of a session, with the instrument's texts in `lang`.

    With `earlier` (an earlier evaluation of the same municipality and instrument), every
    area and the total carry the earlier totals too.
    """
    score = session_score(session, instrument)
    return Report(
        lang=lang,
        instrument_name=instrument.text(instrument.name, lang),
        municipality=session.municipality,
        dates=tuple(session.dates),
        evaluators=tuple(session.evaluators),
        areas=tuple(_section(session, instrument, lang, a, earlier) for a in score.areas),
        total=score.total,
        max=score.max,
        percent=score.percent,
        scored=score.scored,
        scorable=score.scorable,
        earlier=earlier,
    )


def _section(
    session: Session,
    instrument: Instrument,
    lang: str,
    scored: AreaScore,
    earlier: EarlierTotals | None,
) -> AreaSection:
    area = scored.area
    earlier_scores = earlier.questions if earlier is not None else {}
    notes = session.areas.get(area.id) or AreaNotes()
    questions = tuple(
        QuestionLine(
            id=q.id,
            text=instrument.text(q.text, lang),
            score=session.scores.get(q.id),
            max=q.max,
            percent=question_percent(session, q),
            not_applicable=q.id in session.not_applicable,
            comment=session.comments.get(q.id, ""),
            earlier_score=earlier_scores.get(q.id),
        )
        for q in area.questions
    )
    return AreaSection(
        id=area.id,
        title=instrument.text(area.title, lang),
        questions=questions,
        total=scored.total,
        max=scored.max,
        percent=scored.percent,
        scored=scored.scored,
        scorable=scored.scorable,
        older_scale_total=notes.older_scale_total,
        strengths=tuple(s for s in notes.strengths if s.strip()),
        improvements=tuple(s for s in notes.improvements if s.strip()),
        notes=notes.notes.strip(),
        earlier_total=earlier.areas.get(area.id) if earlier is not None else None,
    )


def filled_cells(percent: Decimal | None, width: int) -> int:
    """How many of `width` bar cells the exact percentage fills (half-up, 0..width)."""
    if percent is None:
        return 0
    cells = (percent * width / HUNDRED).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return max(0, min(width, int(cells)))


def text_bar(percent: Decimal | None, width: int = 10) -> str:
    """A bar like `█████░░░░░` for a percentage; empty cells only when it is undefined."""
    filled = filled_cells(percent, width)
    return FULL * filled + EMPTY * (width - filled)
