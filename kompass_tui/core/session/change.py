"""What an edit of the open session changed (`SessionChange`), and the refusal to edit a session
open elsewhere: shared by `OpenSession` and its editing of the practice records."""

from __future__ import annotations

from typing import Literal

from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.problems import KompassError

ChangeKind = Literal[
    "place",
    "entry",
    "score",
    "question",
    "text",
    "report",
    "list",
    "dispute",
    "evidence",
    "interviews",
    "plan",
    "earlier",
    "saved",
    "replaced",
    "lang",
]
"""`evidence`: a question's sources; `interviews`: the interview log; `plan`: an area's
actions; `earlier`: the earlier evaluation was found (not an edit)."""


@lean_dataclass
class SessionChange:
    """What one edit changed, so that views redraw only that."""

    kind: ChangeKind
    question_id: str = ""
    area_id: str = ""


class ReadOnlyError(KompassError):
    """The session is open in another process: nothing may be changed here."""
