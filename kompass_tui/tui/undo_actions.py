"""ctrl+z and ctrl+f: undo and redo the open session's edits, and say what was undone.

The app's `action_undo`/`action_redo` are the one place these keys run, over the workbench
and every list above it. A screen with a text of its own open (`OwnUndo`: the workbench's
editor) undoes in that text first; else the edit is put back by the open session
(`OpenSession.undo`/`redo`) and the workbench's status line says what it was
(`Ångrat: poäng på 2.1`) for a few seconds.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from textual.app import App

from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.core.session.undo import Step
from kompass_tui.tui.read_only import refuse_read_only
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.status_line import StatusLine


@runtime_checkable
class OwnUndo(Protocol):
    """A screen that may have a text open with an undo of its own."""

    def undo_own(self, *, redo: bool) -> bool:
        """Undo (or redo) in the open text; False when none is open."""


def describe_step(step: Step, lang: str) -> str:
    """What an undo step changed, in words: `poäng på 2.1`, `styrkor i område 3`."""
    return tr(lang, f"undo.{step.what}", subject=step.subject)


def undo_or_redo(app: App[int], state: OpenSession, *, redo: bool) -> None:
    """Undo (or redo) the last edit and say which, or that there was none."""
    screen = app.screen
    if isinstance(screen, OwnUndo) and screen.undo_own(redo=redo):
        return
    lang = state.lang
    if refuse_read_only(app, state):
        return
    step = state.redo() if redo else state.undo()
    if step is None:
        message = tr(lang, "nothing_to_redo" if redo else "nothing_to_undo")
    else:
        message = tr(lang, "redone" if redo else "undone", what=describe_step(step, lang))
    lines = app.screen.query(StatusLine)
    if lines:
        lines.first().show_message(message)
    else:  # a list over the workbench hides its status line
        app.notify(message, timeout=3)
