"""A question's sources (ctrl+u on its score field): the list, and the form for one source.

Each source says where a finding comes from (an interview, a document, the website or
something else), its reference (a title and date, a URL, or for an interview the role of
who said it — never a name), what it shows, and whether it shows practice in place or only
a plan (Kommunkompassen counts practice). The question's marks line counts them.
"""

from __future__ import annotations

from kompass_tui.core.session.change import SessionChange
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.core.session.practice import (
    ANSWER,
    EVIDENCE_KINDS,
    EVIDENCE_STATUSES,
    ROLES,
    Evidence,
)
from kompass_tui.core.texts.catalog import text
from kompass_tui.tui.keys import KeyAction
from kompass_tui.tui.literal import literal_content
from kompass_tui.tui.one_line import cut
from kompass_tui.tui.screens.record_form import FormProblem, Options, RecordForm, TextField, iso_day
from kompass_tui.tui.screens.record_list import RecordList
from kompass_tui.tui.screens.shelf import Shelf
from kompass_tui.tui.strings import tr


def kind_name(kind: str, lang: str) -> str:
    """A source's kind as the report names it: `Dokument`."""
    return text(lang, f"report.source.{kind}")


def status_name(status: str, lang: str) -> str:
    """Practice in place or only a plan, as the report says it: `endast plan`."""
    return text(lang, f"report.evidence.{status}")


def role_options(lang: str) -> tuple[tuple[str, str], ...]:
    """An interviewee's role, or none recorded, as options of a form."""
    roles = tuple((role, text(lang, f"report.role.{role}", n=1)) for role in ROLES)
    return (("", tr(lang, "role_unrecorded")), *roles)


def sources_of(state: OpenSession, question_id: str) -> Shelf[Evidence]:
    """A question's sources in the open session."""
    edits = (state.add_evidence, state.replace_evidence, state.delete_evidence)
    return Shelf.keyed(question_id, state.evidence_of, *edits)


class EvidenceList(RecordList[Evidence]):
    """The sources of one question."""

    def __init__(self, state: OpenSession, question_id: str) -> None:
        title = tr(state.lang, "evidence_title", qid=question_id)
        super().__init__(state, title, sources_of(state, question_id))
        self.question_id = question_id

    def context_lines(self) -> list[str]:
        """The question's text, its first line."""
        question = self.state.instrument.question_by_id[self.question_id]
        return [cut(self.state.text(question.text), 72)]

    def empty_text(self) -> str:
        """No sources yet."""
        return tr(self.lang, "evidence_empty")

    def record_lines(self, record: Evidence, width: int) -> list[str]:
        """`Dokument · Informationsplan, antagen 2002 · endast plan`, what it shows below."""
        lang = self.lang
        role = text(lang, f"report.role.{record.role}", n=1) if record.role else ""
        parts = [kind_name(record.kind, lang), role, record.reference, iso_day(record.date)]
        if record.status:  # the municipality's answer is unjudged until an evaluator says
            parts.append(status_name(record.status, lang))
        return self.head_and_detail(parts, record.shows, width)

    def action_edit_row(self) -> None:
        """Enter: the municipality's answer in full (its words are not edited here), any
        other source in its form."""
        records = self.records()
        if records and records[self.row].kind == ANSWER:
            from kompass_tui.tui.screens.reading import ReadingScreen

            answer = records[self.row]
            when = iso_day(answer.date)
            title = tr(
                self.lang, "answer_heading", qid=self.question_id, file=answer.reference, date=when
            )
            self.app.push_screen(ReadingScreen(title, literal_content(answer.shows), self.lang))
            return
        super().action_edit_row()

    def key_enabled(self, action: KeyAction) -> bool:
        """q only where the question has an answer from the municipality to quote."""
        if action.id == "quote_answer" and not self.state.answers_of(self.question_id):
            return False
        return super().key_enabled(action)

    def action_quote_answer(self) -> None:
        """q: the highlighted answer of the municipality into the question's report text."""
        from kompass_tui.tui.answer_actions import quote_answer

        records = self.records()
        if not records or records[self.row].kind != ANSWER:
            self.notify(tr(self.lang, "answer_only"), severity="warning")
            return
        if self._writable():
            index = sum(1 for r in records[: self.row] if r.kind == ANSWER)
            quote_answer(self, self.state, self.question_id, index)

    def shows(self, change: SessionChange) -> bool:
        """A change of this question's sources."""
        return change.kind == "evidence" and change.question_id == self.question_id

    def form(self, index: int, original: Evidence | None) -> EvidenceForm:
        """The form for a new source at `index`, or for the one there."""
        return EvidenceForm(self.state, self.question_id, index, original)


class EvidenceForm(RecordForm[Evidence]):
    """One source of a question: kind, status, reference, role, date, what it shows."""

    def __init__(
        self, state: OpenSession, question_id: str, index: int, original: Evidence | None
    ) -> None:
        key = "evidence_add" if original is None else "evidence_edit"
        title = tr(state.lang, key, qid=question_id)
        super().__init__(state, title, sources_of(state, question_id), index, original)
        self.question_id = question_id

    def fields(self) -> list[TextField | Options]:
        """Kind and status (options), reference, date, shows, role (interviews only)."""
        lang, old = self.lang, self.original or Evidence("document", "practice")
        return [
            Options(
                "kind",
                tr(lang, "form_kind"),
                tuple((k, kind_name(k, lang)) for k in EVIDENCE_KINDS if k != ANSWER),
                old.kind,
            ),
            Options(
                "status",
                tr(lang, "form_status"),
                tuple((s, status_name(s, lang)) for s in EVIDENCE_STATUSES),
                old.status,
            ),
            TextField(
                "reference",
                tr(lang, "form_reference"),
                old.reference,
                tr(lang, "form_reference_hint"),
            ),
            TextField("date", tr(lang, "form_date"), iso_day(old.date), tr(lang, "form_date_hint")),
            TextField("shows", tr(lang, "form_shows"), old.shows, tr(lang, "form_shows_hint")),
            # Last, so that the fields before it keep their order whatever the kind.
            Options("role", tr(lang, "form_role"), role_options(lang), old.role),
        ]

    def values_changed(self) -> None:
        """Only an interview has a role (for other kinds it is shown disabled)."""
        self.show_field("role", self.option("kind") == "interview")

    def record(self) -> Evidence:
        """The source the fields make."""
        kind = self.option("kind")
        role = self.option("role") if kind == "interview" else ""
        reference = self.text("reference")
        if not reference and not role:
            raise FormProblem(tr(self.lang, "form_needs_reference"))
        when = self.date_of("date", self.original.date if self.original else None)
        return Evidence(kind, self.option("status"), reference, role, when, self.text("shows"))

    def blank(self) -> bool:
        """Nothing typed that a new source would keep."""
        role = self.option("kind") == "interview" and self.option("role")
        return not (self.text("reference") or self.text("shows") or self.text("date") or role)
