"""The open session's edits of the evaluation as practised: sources, interviews, the plan.

Mixed into `OpenSession`: like every other edit, each of these checks that the session may
be changed here (`ReadOnlyError`), changes it through `Session`'s own methods (which check
the record: a ValueError for an unknown kind, a PlanError for an action without one
improvement area to belong to), marks it unsaved and signals one `SessionChange` — `evidence` with
the question, `interviews`, or `plan` with the area — that the workbench redraws from.

The earlier evaluation of a re-evaluation is found once (`find_earlier`, which only reads
files and may run off the UI thread) and kept (`show_earlier`): the workbench shows it
beside the new scores and never looks it up per key.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.change import SessionChange
from kompass_tui.core.session.editing import SessionEditing
from kompass_tui.core.session.practice import ACTION_STATUSES, ANSWER, Action, Evidence, Interview
from kompass_tui.core.session.reevaluation import (
    EarlierArea,
    EarlierQuestion,
    ResolvedEarlier,
    earlier_areas,
    earlier_questions,
    resolve_earlier,
)
from kompass_tui.core.session.undo import Captured
from kompass_tui.core.texts.catalog import text


class PracticeEditing(SessionEditing):
    """Evidence, the interview log, the action plan and the earlier evaluation of an open
    session (mixed into `OpenSession`)."""

    lang: str
    earlier: ResolvedEarlier | None
    earlier_by_question: dict[str, EarlierQuestion]
    earlier_by_area: dict[str, EarlierArea]

    if TYPE_CHECKING:

        def text_of(self, kind: Literal["findings"], key: str) -> str: ...

        def set_text(self, kind: Literal["findings"], key: str, text: str) -> None: ...

    # -- evidence ---------------------------------------------------------------------------

    def evidence_of(self, question_id: str) -> list[Evidence]:
        """A copy of a question's sources, in order."""
        return list(self.session.evidence.get(question_id, []))

    def add_evidence(self, question_id: str, evidence: Evidence, index: int | None = None) -> None:
        """Add a source to a question, at `index` (default: last)."""
        before = self._before(("evidence", question_id))
        self.session.add_evidence(question_id, evidence, index)
        self._evidence_changed(before, question_id)

    def replace_evidence(self, question_id: str, index: int, evidence: Evidence) -> None:
        """Change a question's source at `index` (nothing happens when it is the same)."""
        if self.evidence_of(question_id)[index] == evidence:
            return
        before = self._before(("evidence", question_id))
        self.session.replace_evidence(question_id, index, evidence)
        self._evidence_changed(before, question_id)

    def delete_evidence(self, question_id: str, index: int) -> None:
        """Remove a question's source at `index`."""
        before = self._before(("evidence", question_id))
        self.session.delete_evidence(question_id, index)
        self._evidence_changed(before, question_id)

    def answers_of(self, question_id: str) -> list[Evidence]:
        """The municipality's answers to a question (`kompass intake`), first to last."""
        return [e for e in self.session.evidence.get(question_id, []) if e.kind == ANSWER]

    def quote_answer(self, question_id: str, index: int = 0) -> bool:
        """Add the question's `index`th answer from the municipality to its report text,
        after a line that says whose words they are; False (nothing changed) when there
        is no such answer or the report text holds it already."""
        answers = self.answers_of(question_id)
        if not 0 <= index < len(answers):
            return False
        answer = answers[index].shows.strip()
        findings = self.text_of("findings", question_id).rstrip()
        if not answer or answer in findings:
            return False
        quote = f"{text(self.lang, 'report.answer_quote')}\n\n{answer}"
        self.set_text("findings", question_id, f"{findings}\n\n{quote}" if findings else quote)
        return True

    def _evidence_changed(self, before: Captured, question_id: str) -> None:
        change = SessionChange(
            "evidence", question_id, self.instrument.area_of_question[question_id].id
        )
        self._edited(before, "evidence", question_id, change)

    # -- the interview log --------------------------------------------------------------------

    def interview_log(self) -> list[Interview]:
        """A copy of the interview log, in order."""
        return list(self.session.interviews)

    def add_interview(self, interview: Interview, index: int | None = None) -> None:
        """Add an entry to the interview log, at `index` (default: last)."""
        before = self._before(("interviews", ""))
        self.session.add_interview(interview, index)
        self._interviews_changed(before)

    def replace_interview(self, index: int, interview: Interview) -> None:
        """Change the log's entry at `index` (nothing happens when it is the same)."""
        if self.session.interviews[index] == interview:
            return
        before = self._before(("interviews", ""))
        self.session.replace_interview(index, interview)
        self._interviews_changed(before)

    def delete_interview(self, index: int) -> None:
        """Remove the log's entry at `index`."""
        before = self._before(("interviews", ""))
        self.session.delete_interview(index)
        self._interviews_changed(before)

    def _interviews_changed(self, before: Captured) -> None:
        self._edited(before, "interviews", "", SessionChange("interviews"))

    # -- the action plan ----------------------------------------------------------------------

    def actions_of(self, area_id: str) -> list[Action]:
        """A copy of an area's actions, in the order written (each names its improvement)."""
        return list(self.session.area_notes(area_id).actions)

    def add_action(self, area_id: str, action: Action, index: int | None = None) -> None:
        """Add an action at `index` among the area's actions (default: last); PlanError
        unless its improvement text is one of the area's."""
        before = self._before(("area", area_id))
        self.session.add_action(area_id, action, index)
        self._plan_changed(before, area_id)

    def replace_action(self, area_id: str, index: int, action: Action) -> None:
        """Change the area's action at `index` (nothing happens when it is the same)."""
        if self.actions_of(area_id)[index] == action:
            return
        before = self._before(("area", area_id))
        self.session.replace_action(area_id, index, action)
        self._plan_changed(before, area_id)

    def delete_action(self, area_id: str, index: int) -> None:
        """Remove the area's action at `index`."""
        before = self._before(("area", area_id))
        self.session.delete_action(area_id, index)
        self._plan_changed(before, area_id)

    def _plan_changed(self, before: Captured, area_id: str) -> None:
        self._edited(before, "actions", area_id, SessionChange("plan", area_id=area_id))

    def next_action_status(self, area_id: str, index: int) -> str:
        """Move the action at `index` on to the next status (planned → started → done →
        dropped → planned); return the new one."""
        action = self.actions_of(area_id)[index]
        position = ACTION_STATUSES.index(action.status)
        following = ACTION_STATUSES[(position + 1) % len(ACTION_STATUSES)]
        self.replace_action(area_id, index, replace(action, status=following))
        return following

    # -- the earlier evaluation -------------------------------------------------------------

    def find_earlier(self, catalog: Catalog) -> ResolvedEarlier | None:
        """The earlier evaluation the session's `[earlier]` names (None without one), read
        from its file; changes nothing, so it may run in a worker thread."""
        return resolve_earlier(self.session, self.path, self.instrument, catalog)

    def show_earlier(self, resolved: ResolvedEarlier | None) -> None:
        """Keep the earlier evaluation found, per question and per area, for showing."""
        self.earlier = resolved
        if resolved is None:
            self.earlier_by_question, self.earlier_by_area = {}, {}
        else:
            self.earlier_by_question = earlier_questions(resolved, self.instrument)
            self.earlier_by_area = earlier_areas(resolved, self.instrument)
        self._changed(SessionChange("earlier"))
