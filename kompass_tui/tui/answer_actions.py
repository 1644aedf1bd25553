"""The workbench's keys for the municipality's answer: the pane (ctrl+x), and quoting it
into the question's report text (`q` on the answer in the list of sources, ctrl+u)."""

from __future__ import annotations

from textual.screen import Screen
from textual.widget import Widget

from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.tui.literal import literal
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.editor_panel import EditorPanel


def quote_answer(screen: Widget, state: OpenSession, question_id: str, index: int) -> None:
    """Quote the question's `index`th answer into its report text and say so."""
    qid = literal(question_id, one_line=True)
    if state.quote_answer(question_id, index):
        screen.notify(tr(state.lang, "answer_quoted", qid=qid), timeout=3)
    elif state.answers_of(question_id):
        screen.notify(tr(state.lang, "answer_not_quoted", qid=qid), severity="warning")
    else:
        screen.notify(tr(state.lang, "answer_none", qid=qid), severity="warning")


class AnswerActions:
    """Mixed into the workbench screen (whose `state` is the open session)."""

    state: OpenSession

    def action_answer(self) -> None:
        """ctrl+x: the pane with the municipality's answer, shown or hidden."""
        from kompass_tui.tui.widgets.answer_pane import AnswerPane  # not before it is used

        assert isinstance(self, Screen)
        panes = self.query(AnswerPane)
        if panes:
            pane = panes.first()
            pane.display = not pane.display
            if pane.display:
                pane.show_answers()
        else:
            self.mount(AnswerPane(self.state), before=self.query_one(EditorPanel))
