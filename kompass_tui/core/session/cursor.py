"""Where the evaluator is in an open session, and where each navigation key leads.

The place is model state, not widget focus: keys that move it are applied in the order they
arrive, whether or not the part of the screen showing the new place has been built yet.
Everything here is a pure function of the instrument and the session.
"""

from __future__ import annotations

from typing import Final, Literal

from kompass_tui.core.instrument.criteria import Area, Instrument
from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.session.model import Session

OVERVIEW: Final = "overview"
QUESTION: Final = "question"
TEXTS: Final = "texts"
REPORT: Final = "report"
PlaceKind = Literal["overview", "question", "texts", "report"]
"""Where the evaluator is; the workbench's key contexts are these same names
(`tui/keys.py` takes them from here)."""


@lean_dataclass
class Place:
    """The overview, a question, an area's texts and lists, or the report's own texts.

    The overview, the texts and the report have a highlighted `row`."""

    kind: PlaceKind
    question_id: str = ""
    """The current question (kind "question")."""
    area_id: str = ""
    """The area shown (kinds "question" and "texts")."""
    row: int = 0
    """The highlighted row: of the overview, or of the area's texts and lists."""

    @classmethod
    def overview(cls, row: int = 0) -> Place:
        """The overview, its `row` highlighted."""
        return cls("overview", row=row)

    @classmethod
    def question(cls, instrument: Instrument, question_id: str) -> Place:
        """A question, in its area."""
        return cls("question", question_id, instrument.area_of_question[question_id].id)

    @classmethod
    def texts(cls, area_id: str, row: int = 0) -> Place:
        """An area's texts and lists, `row` highlighted."""
        return cls("texts", area_id=area_id, row=row)

    @classmethod
    def report(cls, row: int = 0) -> Place:
        """The report's own texts (the last tab), `row` highlighted."""
        return cls("report", row=row)

    def area_index(self, instrument: Instrument) -> int:
        """The tab shown: 0 the overview, the areas from 1, then the report's texts."""
        if self.kind == OVERVIEW:
            return 0
        if self.kind == REPORT:
            return len(instrument.areas) + 1
        return [a.id for a in instrument.areas].index(self.area_id) + 1


def unscored_in(session: Session, area: Area) -> list[str]:
    """An area's applicable questions without a score, in order."""
    return [
        q.id
        for q in area.questions
        if q.id not in session.scores and q.id not in session.not_applicable
    ]


def arrival(session: Session, instrument: Instrument, area: Area) -> Place:
    """Where going to an area lands: its first unscored question, else its first question."""
    unscored = unscored_in(session, area)
    return Place.question(instrument, unscored[0] if unscored else area.questions[0].id)


def area_at(session: Session, instrument: Instrument, index: int) -> Place:
    """The place of tab `index` (0 the overview, the areas, the report), wrapping around."""
    index %= len(instrument.areas) + 2
    if index == 0:
        return Place.overview()
    if index == len(instrument.areas) + 1:
        return Place.report()
    return arrival(session, instrument, instrument.areas[index - 1])


def after_question(instrument: Instrument, question_id: str) -> Place:
    """Enter on a question: the next one in the whole instrument; after the last, the overview."""
    order = instrument.questions
    position = [q.id for q in order].index(question_id)
    if position + 1 < len(order):
        return Place.question(instrument, order[position + 1].id)
    return Place.overview()


def before_question(instrument: Instrument, question_id: str) -> Place:
    """Up on a question: the previous one in the whole instrument (the first stays)."""
    order = [q.id for q in instrument.questions]
    position = order.index(question_id)
    return Place.question(instrument, order[max(0, position - 1)])


def next_matching(order: list[str], wanted: set[str], after: str | None) -> str | None:
    """The first id of `order` in `wanted` after `after` (wrapping), or the first one."""
    candidates = [qid for qid in order if qid in wanted]
    if not candidates:
        return None
    if after is None or after not in order:
        return candidates[0]
    position = order.index(after)
    later = [qid for qid in candidates if order.index(qid) > position]
    return (later or candidates)[0]
