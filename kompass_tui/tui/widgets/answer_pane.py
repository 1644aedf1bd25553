"""The municipality's answer to the current question, in a pane under the area (ctrl+x).

Read while scoring: the pane follows the question the evaluator is on and shows every
answer taken in for it (`kompass intake`), each under a line naming its file and the day it
was taken in. It draws from the open session and never edits it.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from kompass_tui.core.session.change import SessionChange
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.tui.literal import literal, literal_content
from kompass_tui.tui.strings import tr

REDRAWN_BY = ("place", "evidence", "replaced", "lang")


class AnswerPane(VerticalScroll):
    """The current question's answers from the municipality; hidden until asked for."""

    DEFAULT_CSS = """
    AnswerPane {
        height: auto;
        max-height: 45%;
        border-top: solid $accent;
        padding: 0 1;
        scrollbar-size-vertical: 1;
    }
    """

    def __init__(self, state: OpenSession) -> None:
        super().__init__(id="answer-pane")
        self.state = state
        self.can_focus = False  # the score field keeps the keys

    def compose(self) -> ComposeResult:
        """One text, redrawn as the evaluator moves."""
        yield Static("", id="answer-pane-text")

    def on_mount(self) -> None:
        """Draw the current question's answers; follow the session from now on."""
        self.state.subscribe(self._changed)
        self.show_answers()

    def on_unmount(self) -> None:
        """Stop following."""
        self.state.unsubscribe(self._changed)

    def _changed(self, change: SessionChange) -> None:
        if self.display and change.kind in REDRAWN_BY:
            self.show_answers()

    def show_answers(self) -> None:
        """The answers of the question the evaluator is on (nothing off the questions)."""
        state = self.state
        question = state.question if state.place.kind == "question" else None
        if question is None:
            self.query_one("#answer-pane-text", Static).update("")
            return
        answers = state.answers_of(question.id)
        if not answers:
            none = tr(state.lang, "answer_none", qid=literal(question.id, one_line=True))
            content = Content.styled(none, "$text-muted")
        else:
            parts = []
            for answer in answers:
                when = answer.date.isoformat() if answer.date is not None else ""
                heading = tr(
                    state.lang,
                    "answer_heading",
                    qid=literal(question.id, one_line=True),
                    file=literal(answer.reference, one_line=True),
                    date=when,
                )
                parts.append(Content.styled(heading, "bold $text-accent"))
                parts.append(literal_content(answer.shows))
            content = Content("\n").join(parts)
        self.query_one("#answer-pane-text", Static).update(content)
        self.scroll_home(animate=False)
