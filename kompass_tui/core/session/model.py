"""The evaluation session: one municipality scored with one instrument."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.scoring.disputes import ConsensusNotes
from kompass_tui.core.scoring.numbers import check_score

SCHEMA = 1


def municipality_key(name: str) -> str:
    """What makes two municipality names the same one: case and spacing aside."""
    return " ".join(name.split()).casefold()


def normalize_newlines(text: str) -> str:
    """Texts in sessions use `\n` line endings (TOML readers normalise `\r\n` anyway)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass
class AreaNotes:
    """What the evaluators write about one area."""

    strengths: list[str] = field(default_factory=list)
    """Styrkor: one item per strength."""
    improvements: list[str] = field(default_factory=list)
    """Förbättringsområden: one item per improvement area."""
    notes: str = ""
    """Free text about the area."""
    older_scale_total: Decimal | None = None
    """The area total on the older scale, when the report gives both scales."""


@dataclass
class Session:
    """One evaluation: who was evaluated, by whom, and every score and note."""

    instrument_id: str
    """The id of the instrument scored with, e.g. `kommunkompassen-2010`."""
    municipality: str
    dates: list[date] = field(default_factory=list)
    """The days of the evaluation (interviews), in order."""
    evaluators: list[str] = field(default_factory=list)
    scores: dict[str, Decimal] = field(default_factory=dict)
    """Score per question id; a question that is absent is not yet scored (unlike 0)."""
    comments: dict[str, str] = field(default_factory=dict)
    """Comment or evidence per question id."""
    not_applicable: set[str] = field(default_factory=set)
    """Question ids that do not apply; they leave their area's maximum."""
    areas: dict[str, AreaNotes] = field(default_factory=dict)
    """Notes per area id; every area of the instrument has an entry."""
    structure: str = ""
    """The instrument's structure fingerprint when the session was last saved."""
    wording: str = ""
    """The instrument's wording fingerprint when the session was last saved."""
    consensus: ConsensusNotes | None = None
    """For a session merged by `kompass consensus`: the questions left to discuss."""

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

    def set_not_applicable(self, question_id: str, value: bool) -> None:
        """Mark or unmark a question as not applicable (a kept score is then ignored)."""
        if value:
            self.not_applicable.add(question_id)
        else:
            self.not_applicable.discard(question_id)

    def set_comment(self, question_id: str, text: str) -> None:
        """Store a question's comment; an empty text removes it."""
        if text.strip():
            self.comments[question_id] = normalize_newlines(text)
        else:
            self.comments.pop(question_id, None)


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
