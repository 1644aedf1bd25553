"""The report of a session as data: what every output (Markdown, HTML, terminal, chart)
shows, in the order of the seed report: the instrument's introduction, the overview with
the results and comparisons, every area's texts, the score tables.

Built once from a session, its instrument and the exact scores; the renderers only format.
Numbers stay exact Decimals here; rounding happens when they are formatted for display.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, TypedDict

from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.instrument.report_texts import IntroSection
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.report.comparison_rows import BenchmarkRow, ComparisonTable, comparison_table
from kompass_tui.core.scoring.numbers import HUNDRED, change_between
from kompass_tui.core.scoring.totals import (
    AreaScore,
    SessionScore,
    question_percent,
    session_score,
)
from kompass_tui.core.session.model import AreaNotes, BenchmarkEntry, Session
from kompass_tui.core.session.practice import Evidence, InterviewCount, interview_counts

if TYPE_CHECKING:  # the loading of earlier evaluations is not needed to build a report
    from kompass_tui.core.report.earlier import EarlierTotals

FULL = "█"
EMPTY = "░"


@lean_dataclass
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
    """The evaluators' private comment: empty unless the report was built with `comments`."""
    earlier_score: Decimal | None = None
    """The earlier evaluation's score, when it is a full session that scored the question."""
    heading: str = ""
    """The instrument's short heading for the question's findings ("Strategi")."""
    findings: str = ""
    """What the evaluators found, the report's sub-section of the question."""
    evidence: tuple[Evidence, ...] = ()
    """The question's sources, when the report lists them (`--sources`); else empty."""

    @property
    def unscored(self) -> bool:
        """Whether the question applies but has no score yet."""
        return self.score is None and not self.not_applicable


@lean_dataclass
class Result:
    """A result as the report shows it, an area's or the whole report's: its points, the
    most they can be, their share and how many of its questions are scored (taken from
    `scoring.totals`' AreaScore and SessionScore)."""

    total: Decimal
    max: Decimal
    """The maximum without the not-applicable questions."""
    percent: Decimal | None
    """The total's share of the scored questions' maximum (see scoring.totals)."""
    scored: int
    """Applicable questions with a score."""
    scorable: int
    """Applicable questions."""

    @property
    def complete(self) -> bool:
        """Whether every applicable question is scored."""
        return self.scored == self.scorable


class ResultFields(TypedDict):
    """A `Result`'s fields by name: what `result_of` takes from a score."""

    total: Decimal
    max: Decimal
    percent: Decimal | None
    scored: int
    scorable: int


def result_of(score: AreaScore | SessionScore) -> ResultFields:
    """A score's result, as the keywords that make a `Result` (an area or the report)."""
    return ResultFields(
        total=score.total,
        max=score.max,
        percent=score.percent,
        scored=score.scored,
        scorable=score.scorable,
    )


@lean_dataclass
class AreaSection(Result):
    """One area of the report: its score table, result and what the evaluators wrote."""

    id: str
    title: str
    questions: tuple[QuestionLine, ...]
    older_scale_total: Decimal | None
    strengths: tuple[str, ...]
    improvements: tuple[str, ...]
    general: str
    """The area's general text ("Allmänt")."""
    earlier_total: Decimal | None = None
    """The earlier evaluation's total of the area, when the report has one."""

    @property
    def has_text(self) -> bool:
        """Whether the area has anything for the detailed review (section 4) to print."""
        return bool(
            self.general
            or self.strengths
            or self.improvements
            or any(q.findings or q.comment.strip() or q.evidence for q in self.questions)
        )

    @property
    def sourced(self) -> tuple[QuestionLine, ...]:
        """The questions whose sources the report lists."""
        return tuple(q for q in self.questions if q.evidence)

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


@lean_dataclass
class Report(Result):
    """Everything a report of one session shows, with instrument texts in one language;
    its result is the session's overall one."""

    lang: str
    instrument_name: str
    municipality: str
    dates: tuple[date, ...]
    evaluators: tuple[str, ...]
    areas: tuple[AreaSection, ...]
    earlier: EarlierTotals | None = None
    """An earlier evaluation's totals to show beside these (change over time)."""
    running_name: str = ""
    """The instrument as running text calls it ("Kommunkompassen")."""
    affiliation: str = ""
    """The evaluators' organisation, for the title page."""
    intro: tuple[IntroSection[str], ...] = ()
    """The instrument's opening sections (the seed's sections 1 and 2)."""
    texts: dict[str, str] = field(default_factory=dict)
    """The session's own texts of the overview, by REPORT_SECTIONS key; blank ones absent."""
    older_scale_note: str = ""
    """What the results table says when it shows the older scale too."""
    comparison: ComparisonTable | None = None
    """The comparison with other municipalities (the seed's Tabell 2), when there is one."""
    whole_points: bool = True
    """Whether the results and comparison tables print the instrument's scale in whole
    points, as the seed does; False prints the exact figures."""
    interviews: tuple[InterviewCount, ...] = ()
    """People interviewed per role, from the interview log, for the overview."""
    open_disagreements: int = 0
    """Disagreements between the evaluators not yet settled: while there are any, the
    report is preliminary and says so on its first page."""

    @property
    def year(self) -> int | None:
        """The year of the evaluation: of its first day; None without dates."""
        return min(self.dates).year if self.dates else None

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

    @property
    def has_details(self) -> bool:
        """Whether any area has text for the detailed review (section 4)."""
        return any(area.has_text for area in self.areas)


def build_report(
    session: Session,
    instrument: Instrument,
    lang: str,
    earlier: EarlierTotals | None = None,
    benchmarks: Sequence[BenchmarkEntry] | None = None,
    whole_points: bool = True,
    sources: bool = False,
    comments: bool = False,
) -> Report:
    """The report of a session, with the instrument's texts in `lang`.

    With `earlier` (an earlier evaluation of the same municipality and instrument), every
    area and the total carry the earlier totals too. `benchmarks` replace the ones kept in
    the session for the comparison table; `whole_points=False` prints exact figures there
    and in the results table, as does an earlier evaluation (its change needs them).
    `sources` lists every question's evidence in its area's section.

    The evaluators' comments are private: this is the one place that lets them into a
    report (Markdown, HTML, Word, `show`, every renderer of this model), and only with
    `comments` (`--comments`).
    """
    score = session_score(session, instrument)
    areas = tuple(
        _section(session, instrument, lang, a, earlier, sources, comments) for a in score.areas
    )
    entries = session.benchmarks if benchmarks is None else list(benchmarks)
    report_texts = instrument.report
    return Report(
        lang=lang,
        instrument_name=instrument.text(instrument.name, lang),
        municipality=session.municipality,
        dates=tuple(session.dates),
        evaluators=tuple(session.evaluators),
        areas=areas,
        **result_of(score),
        earlier=earlier,
        running_name=(
            instrument.text(report_texts.name, lang)
            if report_texts.name
            else instrument.text(instrument.name, lang)
        ),
        affiliation=session.affiliation.strip(),
        intro=tuple(
            IntroSection(instrument.text(s.title, lang).strip(), instrument.text(s.text, lang))
            for s in report_texts.sections
        ),
        texts={k: v for k, v in session.report_sections.items() if v.strip()},
        older_scale_note=(
            instrument.text(report_texts.older_scale_note, lang)
            if report_texts.older_scale_note
            else ""
        ),
        comparison=comparison_table(
            entries, [a.id for a in areas], _own_rows(session, areas, score.total)
        ),
        whole_points=whole_points and earlier is None,
        interviews=tuple(interview_counts(session.interviews)),
        open_disagreements=session.consensus.open_count if session.consensus else 0,
    )


def _own_rows(
    session: Session, areas: Sequence[AreaSection], total: Decimal
) -> dict[str, BenchmarkRow]:
    """The municipality's own row of a comparison on each scale: exact on its own scale
    (the total as the instrument aggregates it), the older-scale totals as entered (a
    total only when every area has one)."""
    name = " ".join(session.municipality.split())
    label = f"{name} {min(session.dates).year}" if session.dates else name
    older = tuple(a.older_scale_total for a in areas)
    known = [value for value in older if value is not None]
    older_total = sum(known, Decimal(0)) if len(known) == len(older) else None
    current = tuple(a.total for a in areas)
    return {
        "current": BenchmarkRow(label, current, total, computed=True),
        "older": BenchmarkRow(label, older, older_total),
    }


def _section(
    session: Session,
    instrument: Instrument,
    lang: str,
    scored: AreaScore,
    earlier: EarlierTotals | None,
    sources: bool = False,
    comments: bool = False,
) -> AreaSection:
    area = scored.area
    private = session.comments if comments else {}
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
            comment=private.get(q.id, ""),
            earlier_score=earlier_scores.get(q.id),
            heading=instrument.text(q.heading, lang).strip() if q.heading else "",
            findings=session.findings.get(q.id, ""),
            evidence=tuple(session.evidence.get(q.id, ())) if sources else (),
        )
        for q in area.questions
    )
    return AreaSection(
        id=area.id,
        title=instrument.text(area.title, lang),
        questions=questions,
        **result_of(scored),
        older_scale_total=notes.older_scale_total,
        strengths=tuple(s for s in notes.strengths if s.strip()),
        improvements=tuple(s for s in notes.improvements if s.strip()),
        general=notes.notes if notes.notes.strip() else "",
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
