"""Messages the workbench's widgets send up to the screen."""

from __future__ import annotations

from textual.message import Message


class ScoreChanged(Message):
    """A question's stored score or not-applicable mark changed."""

    def __init__(self, question_id: str) -> None:
        self.question_id = question_id
        super().__init__()


class NotesChanged(Message):
    """A comment, a list item or an area's notes changed."""


class JumpToArea(Message):
    """The user asked to go to an area (from the overview)."""

    def __init__(self, area_id: str) -> None:
        self.area_id = area_id
        super().__init__()


class JumpToQuestion(Message):
    """The user asked to go to a question (from the list of questions to discuss)."""

    def __init__(self, question_id: str) -> None:
        self.question_id = question_id
        super().__init__()


class ScoreConfirmed(Message):
    """Enter (or Down) left a score field: the score typed there is meant."""

    def __init__(self, question_id: str) -> None:
        self.question_id = question_id
        super().__init__()


class DisputeSettled(Message):
    """A question to discuss got its agreed score and left the list."""

    def __init__(self, question_id: str) -> None:
        self.question_id = question_id
        super().__init__()
