"""The one path every edit of the open session takes: refuse when the session is open
elsewhere, capture the parts the edit touches, then record the step for undo, mark the
session unsaved and signal what changed.

The base of `OpenSession` and of the parts mixed into it (`PracticeEditing`,
`ConsensusMeeting`), so that an edit says only what it changes; the attributes below are
`OpenSession`'s fields.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kompass_tui.core.files.locks import LockInfo
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.session.change import ReadOnlyError, SessionChange
from kompass_tui.core.session.model import Session
from kompass_tui.core.session.undo import Captured, Part, UndoHistory


class SessionEditing:
    """Checking, recording and signalling the edits of an open session."""

    session: Session
    instrument: Instrument
    path: Path
    history: UndoHistory
    lock_holder: LockInfo | None
    revision: int
    _dirty: bool
    _listeners: list[Callable[[SessionChange], None]]

    @property
    def read_only(self) -> bool:
        """Whether another process holds the file open, so nothing may be changed here."""
        return self.lock_holder is not None

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(f"{self.path}: open in another kompass")

    def _before(self, *parts: Part) -> Captured:
        """The parts an edit is about to touch, as they are now (ReadOnlyError first when
        the session may not be changed here)."""
        self._check_writable()
        return self.history.capture(self.session, parts)

    def _edited(
        self, before: Captured, what: str, subject: str, change: SessionChange, *, merge: str = ""
    ) -> None:
        """An edit is done: keep it as an undo step (`what` and `subject` name it, see
        `core/session/undo.py`), mark the session unsaved and signal `change`."""
        self.history.record(self.session, before, what, subject, change, merge=merge)
        self._changed(change, edit=True)

    def _changed(self, change: SessionChange, *, edit: bool = False) -> None:
        """Tell every listener what changed (`edit`: the session is unsaved now)."""
        if edit:
            self._dirty = True
        self.revision += 1
        for listener in list(self._listeners):
            listener(change)
