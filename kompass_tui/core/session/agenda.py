"""The consensus meeting's agenda: what the evaluators still disagree on, in the order to
take it, and how much of each area they have agreed.

Score disagreements come first, the largest spread (as a share of the question's
maximum) first; a question one evaluator left unscored is one of them. Text disagreements
follow, in the order of the report. Each is settled once: the agreed score or text and a
one-line reason go into the session's consensus log (`disputes.Settlement`), which the
report never prints.
"""

from __future__ import annotations

from decimal import Decimal

from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.scoring.disputes import ConsensusNotes, Dispute, TextDispute
from kompass_tui.core.session.model import REPORT_SECTIONS, Session

TEXT_KINDS = ("municipality", "affiliation", "report", "notes", "findings", "comments")
"""The kinds of text place, as `disputes` names them (`findings.1.1`)."""


@lean_dataclass
class AgendaItem:
    """One open disagreement."""

    place: str
    """A question id (a score), or a text's place (`findings.1.1`)."""
    area_id: str
    """The area it belongs to ('' for the report's own texts, the name, the affiliation)."""
    score: Dispute | None = None
    text: TextDispute | None = None
    share: Decimal = Decimal(0)
    """A score's spread as a share of the question's maximum (0 to 1)."""

    @property
    def is_score(self) -> bool:
        """Whether it is a score to agree on (else a text)."""
        return self.score is not None


@lean_dataclass
class AreaAgreement:
    """How much of one area the evaluators have agreed."""

    area_id: str
    agreed: int
    """Disagreements settled (in the consensus log)."""
    open: int
    """Disagreements still open."""


def text_place(place: str) -> tuple[str, str]:
    """A text's place as (kind, key): `findings.1.1` → (`findings`, `1.1`)."""
    kind, _, key = place.partition(".")
    return kind, key


def text_at(session: Session, place: str) -> str:
    """The text at a text disagreement's place, as the session holds it now."""
    kind, key = text_place(place)
    if kind == "municipality":
        return session.municipality
    if kind == "affiliation":
        return session.affiliation
    if kind == "report":
        return session.report_sections.get(key, "")
    if kind == "notes":
        notes = session.areas.get(key)
        return notes.notes if notes is not None else ""
    texts = session.findings if kind == "findings" else session.comments
    return texts.get(key, "")


def area_of(place: str, instrument: Instrument) -> str:
    """The area a place belongs to; '' for the report's own texts."""
    if place in instrument.question_by_id:
        return instrument.area_of_question[place].id
    kind, key = text_place(place)
    if kind == "notes":
        return key
    if kind in ("findings", "comments") and key in instrument.question_by_id:
        return instrument.area_of_question[key].id
    return ""


def agenda(notes: ConsensusNotes | None, instrument: Instrument) -> list[AgendaItem]:
    """Every open disagreement, in the order to take them."""
    if notes is None:
        return []
    scores = []
    for question_id, dispute in notes.disputes.items():
        question = instrument.question_by_id[question_id]
        share = dispute.spread / question.max if question.max else Decimal(0)
        scores.append(
            AgendaItem(question_id, area_of(question_id, instrument), dispute, None, share)
        )
    order = {q.id: index for index, q in enumerate(instrument.questions)}
    scores.sort(key=lambda item: (-item.share, order.get(item.place, 0)))
    texts = [
        AgendaItem(place, area_of(place, instrument), None, dispute)
        for place, dispute in notes.texts.items()
    ]
    texts.sort(key=lambda item: _text_order(item.place, instrument))
    return scores + texts


def _text_order(place: str, instrument: Instrument) -> tuple[int, int, int]:
    kind, key = text_place(place)
    areas = [a.id for a in instrument.areas]
    questions = [q.id for q in instrument.questions]
    if kind in ("municipality", "affiliation"):
        return (0, TEXT_KINDS.index(kind), 0)
    if kind == "report":
        return (1, REPORT_SECTIONS.index(key) if key in REPORT_SECTIONS else 0, 0)
    area = area_of(place, instrument)
    area_index = areas.index(area) if area in areas else 0
    if kind == "notes":
        return (2 + area_index, 0, 0)
    index = questions.index(key) if key in questions else 0
    return (2 + area_index, 1 + index, TEXT_KINDS.index(kind) if kind in TEXT_KINDS else 0)


def agreement(notes: ConsensusNotes | None, instrument: Instrument) -> list[AreaAgreement]:
    """Per area (in instrument order, then the report's own texts as area ''), how many
    disagreements were settled and how many are open; areas with none left out."""
    if notes is None:
        return []
    settled: dict[str, set[str]] = {}
    for settlement in notes.log:
        settled.setdefault(area_of(settlement.place, instrument), set()).add(settlement.place)
    still: dict[str, int] = {}
    for item in agenda(notes, instrument):
        still[item.area_id] = still.get(item.area_id, 0) + 1
    result = []
    for area_id in [*(a.id for a in instrument.areas), ""]:
        open_here = still.get(area_id, 0)
        agreed = len(settled.get(area_id, set()))
        if agreed or open_here:
            result.append(AreaAgreement(area_id, agreed, open_here))
    return result
