"""The workbench's consensus actions: go to the next question to discuss, settle one.

A mixin of `WorkbenchScreen`. A merged session (`kompass consensus`) lists the questions the
evaluators scored too differently; typing the agreed score and pressing Enter, or ctrl+y on
the score as it stands, settles one: it leaves the list and, once saved, the file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kompass_tui.tui.dispute_text import next_disputed, open_disputes
from kompass_tui.tui.key_order import after_typing
from kompass_tui.tui.messages import DisputeSettled, JumpToQuestion
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.dispute_list import DisputeList

if TYPE_CHECKING:
    from kompass_tui.tui.screens.workbench import WorkbenchScreen

DISPUTE_ACTIONS = ("next_dispute",)
"""Actions shown only while the session has questions to discuss."""


class DisputeActions:
    """ctrl+n goes to the next question to discuss; ctrl+y settles the focused one."""

    def has_disputes(self: WorkbenchScreen) -> bool:
        """Whether questions are left to discuss."""
        return bool(open_disputes(self.state.session))

    @after_typing
    async def action_next_dispute(self: WorkbenchScreen) -> None:
        """Go to the next question to discuss after the focused one."""
        row = self.focused_row()
        order = [q.id for q in self.state.instrument.questions]
        qid = next_disputed(self.state.session, order, row.question.id if row else None)
        if qid is None:
            self.notify(tr(self.state.lang, "no_disputes"))
            return
        await self.go_to(self.state.instrument.area_of_question[qid], qid)

    @after_typing
    def action_settle(self: WorkbenchScreen) -> None:
        """Settle the focused question with the score in its field."""
        row = self.focused_row()
        if row is None:
            return
        problem = row.settle_problem()
        if problem:
            self.notify(problem, severity="warning")
            return
        row.settle()

    def on_dispute_settled(self: WorkbenchScreen, event: DisputeSettled) -> None:
        """Update the list, the status line and the footer after a settlement."""
        left = len(open_disputes(self.state.session))
        for listing in self.query(DisputeList):
            listing.refresh_disputes()
        self.refresh_status()
        self.refresh_bindings()
        self.notify(tr(self.state.lang, "settled", qid=event.question_id, n=left), timeout=3)

    async def on_jump_to_question(self: WorkbenchScreen, event: JumpToQuestion) -> None:
        """Go to a question chosen in the list of questions to discuss."""
        area = self.state.instrument.area_of_question[event.question_id]
        await self.go_to(area, event.question_id)
