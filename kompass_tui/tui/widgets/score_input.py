"""The score field of a question: Enter/Down go to the next question, Up to the previous."""

from __future__ import annotations

from textual.widgets import Input

from kompass_tui.tui.keys import SCORE_INPUT_BINDINGS


class ScoreInput(Input):
    """A one-line input for a score; the question row checks and stores what is typed."""

    BINDINGS = SCORE_INPUT_BINDINGS

    def __init__(self, question_id: str, value: str, placeholder: str) -> None:
        super().__init__(
            value=value,
            placeholder=placeholder,
            max_length=8,
            compact=True,
            id=f"score-{question_id.replace('.', '_')}",
        )
        self.question_id = question_id

    def action_next_question(self) -> None:
        """Move to the next question (or what follows the last one)."""
        self.screen.focus_next()

    def action_prev_question(self) -> None:
        """Move to the previous question."""
        self.screen.focus_previous()
