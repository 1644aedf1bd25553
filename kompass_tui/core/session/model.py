"""The evaluation session: one municipality scored with one instrument."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.problems import KompassError
from kompass_tui.core.scoring.numbers import check_score
from kompass_tui.core.session.practice import (
    ANSWER,
    Action,
    Evidence,
    Interview,
    record_problems,
)

if TYPE_CHECKING:
    # Only a session that has them brings in their code (`toml_io` imports it then): the
    # quick commands on a session without a consensus or an earlier link skip it (#23).
    from kompass_tui.core.scoring.disputes import ConsensusNotes
    from kompass_tui.core.session.earlier_link import EarlierLink

ScoreState = tuple[Decimal | None, bool]
"""A question's score (None: not scored) and whether it is marked not applicable."""

SCHEMA = 2
"""The session format written. Schema 1 (before the report texts) still loads."""

REPORT_SECTIONS = (
    "about_municipality",
    "organisation",
    "evaluation",
    "results",
    "comparison",
    "closing",
)
"""The session's own texts of the report's overview section, in the order printed:
the municipality in general, its organisation, how the evaluation was done; then, around
the summary of results, the evaluators' reading of the results (after Tabell 1), the text
that introduces the comparison with other municipalities (before Tabell 2) and the text
that closes the section (after it)."""

SCALES = ("current", "older")
"""Benchmark figures are on the instrument's own scale or on the older one (see
`AreaNotes.older_scale_total`)."""

_WORD = r"[^\W_]+(?:[-'’.,:/][^\W_]+)*"
"""A word, as counted (compiled when first counted: only the workbench counts words)."""


def municipality_key(name: str) -> str:
    """What makes two municipality names the same one: case and spacing aside."""
    return " ".join(name.split()).casefold()


def normalize_newlines(text: str) -> str:
    """Texts in sessions use `\n` line endings (TOML readers normalise `\r\n` anyway)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


@lru_cache(maxsize=64)
def count_words(text: str) -> int:
    """Words in a text as a writer counts them: runs of letters and digits, so `7,5` and
    `e-tjänster` are one word each and Markdown-like marks (`-`, `|`) are none. (Cached: the
    editor counts the text being typed, and its area's, after every key; a few dozen texts
    are counted again and again, each version of the one being typed once.)"""
    return len(re.findall(_WORD, text))


@lean_dataclass(frozen=False)
class AreaNotes:
    """What the evaluators write about one area."""

    strengths: list[str] = field(default_factory=list)
    """Styrkor: one item per strength."""
    improvements: list[str] = field(default_factory=list)
    """Förbättringsområden: one item per improvement area."""
    notes: str = ""
    """The area's general text: "Allmänt", printed before the questions' findings."""
    older_scale_total: Decimal | None = None
    """The area total on the older scale, when the report gives both scales."""
    actions: list[Action] = field(default_factory=list)
    """The action plan: each action names its improvement area by its text (see
    `practice`), in the order written."""

    def actions_for(self, improvement: str) -> list[Action]:
        """The actions of the improvement area with this text, in order."""
        return [a for a in self.actions if a.improvement == improvement]


@lean_dataclass
class BenchmarkEntry:
    """A published result kept in the session for the report's comparison table."""

    municipality: str
    year: int
    scale: str = "current"
    """One of SCALES: the instrument's own scale or the older one."""
    areas: dict[str, Decimal] = field(default_factory=dict)
    """Area total per area id as published, in instrument order; an area may be missing."""
    total: Decimal | None = None
    """The total as published; None when only area totals were given."""
    source: str = ""
    """Where the figures come from (a report, a press release, a web page)."""

    @property
    def label(self) -> str:
        """The column heading of the entry, like `Borås 2008`."""
        return f"{self.municipality} {self.year}"


@lean_dataclass(frozen=False)
class Session:
    """One evaluation: who was evaluated, by whom, and every score and note."""

    instrument_id: str
    """The id of the instrument scored with, e.g. `kommunkompassen-2010`."""
    municipality: str
    dates: list[date] = field(default_factory=list)
    """The days of the evaluation (interviews), in order."""
    evaluators: list[str] = field(default_factory=list)
    affiliation: str = ""
    """The evaluators' organisation, printed under their names on the title page."""
    scores: dict[str, Decimal] = field(default_factory=dict)
    """Score per question id; a question that is absent is not yet scored (unlike 0)."""
    comments: dict[str, str] = field(default_factory=dict)
    """Comment or evidence per question id."""
    findings: dict[str, str] = field(default_factory=dict)
    """The report's text per question id: what the evaluators found (section 4)."""
    report_sections: dict[str, str] = field(default_factory=dict)
    """The session's own report texts by REPORT_SECTIONS key."""
    not_applicable: set[str] = field(default_factory=set)
    """Question ids that do not apply; they leave their area's maximum."""
    areas: dict[str, AreaNotes] = field(default_factory=dict)
    """Notes per area id; every area of the instrument has an entry."""
    benchmarks: list[BenchmarkEntry] = field(default_factory=list)
    """Other municipalities' published results, for the report's comparison table."""
    structure: str = ""
    """The instrument's structure fingerprint when the session was last saved."""
    wording: str = ""
    """The instrument's wording fingerprint when the session was last saved."""
    consensus: ConsensusNotes | None = None
    """For a session merged by `kompass consensus`: the questions left to discuss."""
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)
    """The sources behind each question's score, by question id; no empty lists."""
    interviews: list[Interview] = field(default_factory=list)
    """The interview log: who was interviewed, by role, in the order written."""
    earlier: EarlierLink | None = None
    """The evaluation this one re-evaluates (`kompass new --from`), if any."""

    def area_notes(self, area_id: str) -> AreaNotes:
        """The notes of an area, created empty when missing."""
        return self.areas.setdefault(area_id, AreaNotes())

    def set_score(self, instrument: Instrument, question_id: str, score: Decimal | None) -> None:
        """Store a checked score, or clear it with None."""
        question = instrument.question_by_id[question_id]
        if score is None:
            self.scores.pop(question_id, None)
        else:
            self.scores[question_id] = check_score(score, question.max)

    def score_state(self, question_id: str) -> ScoreState:
        """A question's score (None: not scored) and whether it is marked not applicable."""
        return self.scores.get(question_id), question_id in self.not_applicable

    def set_not_applicable(self, question_id: str, value: bool) -> None:
        """Mark or unmark a question as not applicable (a kept score is then ignored)."""
        if value:
            self.not_applicable.add(question_id)
        else:
            self.not_applicable.discard(question_id)

    def set_comment(self, question_id: str, text: str) -> None:
        """Store a question's comment; an empty text removes it."""
        _set_text(self.comments, question_id, text)

    def set_findings(self, question_id: str, text: str) -> None:
        """Store a question's findings text for the report; an empty text removes it."""
        _set_text(self.findings, question_id, text)

    def set_area_notes(self, area_id: str, text: str) -> None:
        """Store an area's general text ("Allmänt"); an empty text clears it."""
        self.area_notes(area_id).notes = normalize_newlines(text) if text.strip() else ""

    def set_report_section(self, key: str, text: str) -> None:
        """Store one of the REPORT_SECTIONS texts; an empty text removes it."""
        if key not in REPORT_SECTIONS:
            raise KeyError(f"unknown report section {key!r} (known: {', '.join(REPORT_SECTIONS)})")
        _set_text(self.report_sections, key, text)

    # -- evidence, interviews and the action plan -----------------------------------------

    def add_evidence(self, question_id: str, evidence: Evidence, index: int | None = None) -> None:
        """Add a source to a question, at `index` (default: last); the municipality's
        answers stay first, before every other source."""
        _refuse(evidence)
        items = self.evidence.setdefault(question_id, [])
        at = len(items) if index is None else max(0, min(index, len(items)))
        answers = next((i for i, e in enumerate(items) if e.kind != ANSWER), len(items))
        items.insert(min(at, answers) if evidence.kind == ANSWER else max(at, answers), evidence)

    def replace_evidence(self, question_id: str, index: int, evidence: Evidence) -> None:
        """Change a question's source at `index` (IndexError if there is none)."""
        _refuse(evidence)
        self.evidence.get(question_id, [])[index] = evidence

    def delete_evidence(self, question_id: str, index: int) -> Evidence:
        """Remove a question's source at `index` and return it (IndexError if none)."""
        items = self.evidence.get(question_id, [])
        removed = items.pop(index)
        if not items:
            self.evidence.pop(question_id, None)
        return removed

    def add_interview(self, interview: Interview, index: int | None = None) -> None:
        """Add an entry to the interview log, at `index` (default: last)."""
        _refuse(interview)
        items = self.interviews
        items.insert(len(items) if index is None else max(0, min(index, len(items))), interview)

    def replace_interview(self, index: int, interview: Interview) -> None:
        """Change the interview log's entry at `index` (IndexError if there is none)."""
        _refuse(interview)
        self.interviews[index] = interview

    def delete_interview(self, index: int) -> Interview:
        """Remove the interview log's entry at `index` and return it."""
        return self.interviews.pop(index)

    def add_action(self, area_id: str, action: Action, index: int | None = None) -> None:
        """Add an action to the area's plan, at `index` among all its actions (default:
        last). Raises PlanError unless its improvement text is one of the area's."""
        notes = self.area_notes(area_id)
        _refuse(action)
        _check_improvement(notes, action.improvement, area_id)
        items = notes.actions
        items.insert(len(items) if index is None else max(0, min(index, len(items))), action)

    def replace_action(self, area_id: str, index: int, action: Action) -> None:
        """Change the area's action at `index` (PlanError as for add_action)."""
        notes = self.area_notes(area_id)
        _refuse(action)
        _check_improvement(notes, action.improvement, area_id)
        notes.actions[index] = action

    def delete_action(self, area_id: str, index: int) -> Action:
        """Remove the area's action at `index` and return it."""
        return self.area_notes(area_id).actions.pop(index)

    def add_improvement(self, area_id: str, index: int, text: str) -> None:
        """Insert an improvement area; PlanError when the same text is already there and
        carries actions (they would no longer know which one they belong to)."""
        notes = self.area_notes(area_id)
        text = normalize_newlines(text)
        if text in notes.improvements and notes.actions_for(text):
            raise PlanError(_duplicate(area_id, text))
        notes.improvements.insert(max(0, min(index, len(notes.improvements))), text)

    def replace_improvement(self, area_id: str, index: int, text: str) -> None:
        """Change an improvement area's text; its actions follow it to the new text.
        PlanError when another improvement of the area has the new text and either
        carries actions."""
        notes = self.area_notes(area_id)
        old, text = notes.improvements[index], normalize_newlines(text)
        if text == old:
            return
        others = [t for i, t in enumerate(notes.improvements) if i != index]
        if text in others and (notes.actions_for(text) or notes.actions_for(old)):
            raise PlanError(_duplicate(area_id, text))
        notes.improvements[index] = text
        if old not in others:  # a duplicate left behind keeps the actions it shares
            notes.actions = [
                replace(a, improvement=text) if a.improvement == old else a for a in notes.actions
            ]

    def delete_improvement(self, area_id: str, index: int) -> list[Action]:
        """Remove an improvement area with its actions; return the actions removed."""
        notes = self.area_notes(area_id)
        text = notes.improvements.pop(index)
        if text in notes.improvements:  # an identical text remains: the actions stay its
            return []
        removed = notes.actions_for(text)
        notes.actions = [a for a in notes.actions if a.improvement != text]
        return removed

    def area_word_count(self, instrument: Instrument, area_id: str) -> int:
        """Words written about an area: its general text, findings, strengths and
        improvement areas (what the report prints in the area's section)."""
        notes = self.areas.get(area_id) or AreaNotes()
        texts = [notes.notes, *notes.strengths, *notes.improvements]
        texts += [self.findings.get(q.id, "") for q in instrument.area_by_id[area_id].questions]
        return sum(count_words(text) for text in texts)


class PlanError(KompassError, ValueError):
    """An edit that would leave an action without one improvement area to belong to."""


def _duplicate(area_id: str, text: str) -> str:
    return (
        f"area {area_id} already has the improvement area {text!r} with actions; "
        "two with the same text would leave the actions ambiguous"
    )


def _check_improvement(notes: AreaNotes, text: str, area_id: str) -> None:
    count = notes.improvements.count(text)
    if count != 1:
        found = "none" if count == 0 else f"{count}"
        raise PlanError(f"area {area_id}: {found} improvement areas have the text {text!r}")


def _refuse(record: Evidence | Interview | Action) -> None:
    """A record with a problem is not stored: ValueError `field: what is wrong`."""
    problems = record_problems(record)
    if problems:
        field_name, what = problems[0]
        raise ValueError(f"{field_name}: {what}")


def _set_text(texts: dict[str, str], key: str, text: str) -> None:
    if text.strip():
        texts[key] = normalize_newlines(text)
    else:
        texts.pop(key, None)


def new_session(
    instrument: Instrument,
    municipality: str,
    dates: list[date] | None = None,
    evaluators: list[str] | None = None,
) -> Session:
    """A new, empty session for an instrument, with an empty notes entry per area."""
    return Session(
        instrument_id=instrument.id,
        municipality=municipality,
        dates=list(dates or []),
        evaluators=list(evaluators or []),
        areas={area.id: AreaNotes() for area in instrument.areas},
        structure=instrument.structure_fingerprint,
        wording=instrument.wording_fingerprint,
    )
