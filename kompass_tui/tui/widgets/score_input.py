"""The score field of a question: Enter/Down go to the next question, Up to the previous."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Input

from kompass_tui.tui.key_order import OrderedKeysMixin
from kompass_tui.tui.keys import SCORE_INPUT_BINDINGS
from kompass_tui.tui.messages import ScoreConfirmed


class ScoreInput(OrderedKeysMixin, Input):
    """A one-line input for a score; the question row checks and stores what is typed."""

    BINDINGS = SCORE_INPUT_BINDINGS

    def __init__(
        self,
        question_id: str,
        value: str,
        placeholder: str,
        on_value: Callable[[str], None] | None = None,
    ) -> None:
        self._on_value = on_value
        super().__init__(
            value=value,
            placeholder=placeholder,
            max_length=8,
            compact=True,
            id=f"score-{question_id.replace('.', '_')}",
        )
        self.question_id = question_id

    def _watch_value(self, value: str) -> None:
        # The row stores the score right here, not when Input.Changed reaches it, so an
        # action deferred until after this key (ctrl+s, ctrl+q) sees the new score.
        super()._watch_value(value)
        if self._on_value is not None and self.is_mounted:
            self._on_value(value)

    def action_next_question(self) -> None:
        """Confirm the score typed here and move to the next question (or what follows)."""
        self.post_message(ScoreConfirmed(self.question_id))
        self.screen.focus_next()

    def action_prev_question(self) -> None:
        """Move to the previous question."""
        self.screen.focus_previous()
