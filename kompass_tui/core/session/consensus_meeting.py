"""The open session's consensus meeting: the agenda of disagreements, settled one by one.

Mixed into `OpenSession`. Settling stores the agreed score or text through the session's
own setters, drops the disagreement and adds a line to the consensus log (who, when,
why), then signals one `dispute` SessionChange with the question and area, which the workbench
redraws from. The log is kept in the session file and never printed in the report.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from kompass_tui.core.files.git_run import user_name
from kompass_tui.core.scoring.disputes import Settlement
from kompass_tui.core.scoring.numbers import check_score
from kompass_tui.core.session.agenda import AgendaItem, AreaAgreement, agenda, agreement, text_at
from kompass_tui.core.session.agenda import area_of as _area_of
from kompass_tui.core.session.agenda import text_place as _text_place
from kompass_tui.core.session.change import SessionChange
from kompass_tui.core.session.editing import SessionEditing
from kompass_tui.core.session.model import normalize_newlines


def now() -> str:
    """The time a settlement is logged: local, to the minute, with its offset."""
    return datetime.now().astimezone().isoformat(timespec="minutes")


class ConsensusMeeting(SessionEditing):
    """The agenda and its settling (mixed into `OpenSession`)."""

    who: str

    def settler(self) -> str:
        """Who settles, as the log names them: `who` when set, else git's user.name for
        the session's folder, else the login name (looked up once, when first needed)."""
        if not self.who:
            self.who = user_name(self.path.parent)
        return self.who

    def agenda(self) -> list[AgendaItem]:
        """What is open, in the order to take it."""
        return agenda(self.session.consensus, self.instrument)

    def open_count(self) -> int:
        """How many disagreements are open."""
        notes = self.session.consensus
        return notes.open_count if notes is not None else 0

    def agreement(self) -> list[AreaAgreement]:
        """Per area, how many disagreements were settled and how many are open."""
        return agreement(self.session.consensus, self.instrument)

    def written_by(self, place: str, text: str) -> tuple[str, ...]:
        """Who wrote a strength or an improvement area of a merged session (`place` like
        `areas.1.strengths`); empty when not recorded."""
        notes = self.session.consensus
        return notes.authors_of(place, text) if notes is not None else ()

    def text_at(self, place: str) -> str:
        """The text a text disagreement is about, as it stands."""
        return text_at(self.session, place)

    def settle_score(self, question_id: str, score: Decimal | None, reason: str) -> None:
        """Agree on a question's score (None: not applicable): store it, log why, drop the
        disagreement. ValueError when there is none to settle, or the score is out of range."""
        notes = self.session.consensus
        if notes is None or question_id not in notes.disputes:
            raise ValueError(f"{question_id}: no disagreement to settle")
        question = self.instrument.question_by_id[question_id]
        if score is not None:
            score = check_score(score, question.max)
        before = self._before(("score", question_id), ("dispute", question_id))
        session = self.session
        session.set_not_applicable(question_id, score is None)
        session.set_score(self.instrument, question_id, score)
        notes.settle(question_id)
        notes.log.append(
            Settlement(
                question_id,
                _one_line(reason),
                self.settler(),
                now(),
                score=score,
                not_applicable=score is None,
            )
        )
        change = SessionChange("dispute", question_id, _area_of(question_id, self.instrument))
        self._edited(before, "settle", question_id, change)

    def settle_text(self, place: str, text: str, reason: str) -> None:
        """Agree on a text: store it, log why, drop the disagreement (ValueError when there
        is none to settle)."""
        notes = self.session.consensus
        if notes is None or place not in notes.texts:
            raise ValueError(f"{place}: no disagreement to settle")
        text = normalize_newlines(text).strip("\n")
        kind, key = _text_place(place)
        text_part = _UNDO_PARTS.get(kind)
        text_parts = ((text_part, key),) if text_part is not None else ()
        before = self._before(("dispute", place), *text_parts)
        session = self.session
        if kind == "municipality":
            session.municipality = text or session.municipality
        elif kind == "affiliation":
            session.affiliation = text
        elif kind == "report":
            session.set_report_section(key, text)
        elif kind == "notes":
            session.set_area_notes(key, text)
        elif kind == "findings":
            session.set_findings(key, text)
        else:
            session.set_comment(key, text)
        del notes.texts[place]
        notes.log.append(Settlement(place, _one_line(reason), self.settler(), now(), text=text))
        question = key if key in self.instrument.question_by_id else ""
        area_id = _area_of(place, self.instrument)
        self._edited(before, "settle", question or place, SessionChange("text", question, area_id))
        self._changed(SessionChange("dispute", question, area_id))

    def log_settled(self, question_id: str) -> None:
        """Log a question settled by its score as it stands (Enter or ctrl+y on it)."""
        notes = self.session.consensus
        if notes is None:
            return
        score = self.session.scores.get(question_id)
        not_applicable = question_id in self.session.not_applicable
        notes.log.append(
            Settlement(
                question_id,
                "",
                self.settler(),
                now(),
                score=None if not_applicable else score,
                not_applicable=not_applicable,
            )
        )


_UNDO_PARTS = {
    "findings": "findings",
    "comments": "comment",
    "notes": "notes",
    "report": "section",
    "municipality": "identity",
    "affiliation": "identity",
}
"""The undo part (`core/session/undo.py`) that holds a text of each kind of place."""


def _one_line(text: str) -> str:
    return " ".join(text.split())
