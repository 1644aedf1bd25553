"""The open session the workbench edits: the core objects plus saved/unsaved state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kompass_tui.core.files.locks import LockHeldError, LockInfo, SessionLock
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Area, Instrument, Question
from kompass_tui.core.scoring.totals import SessionScore, session_score, unscored_questions
from kompass_tui.core.session.model import Session
from kompass_tui.core.session.recovery import discard_recovery, pending_recovery
from kompass_tui.core.session.toml_io import LoadedSession, save_session


@dataclass
class OpenSession:
    """A loaded session being edited in one language."""

    session: Session
    instrument: Instrument
    path: Path
    lang: str
    warnings: list[str] = field(default_factory=list)
    digest: str = ""
    """Digest of the file as loaded or last saved; a save refuses when the file differs."""
    lock: SessionLock | None = None
    """Our lock on the file, when we hold it."""
    lock_holder: LockInfo | None = None
    """Who else holds the file open: then the session is read-only here."""
    recovery: LoadedSession | None = None
    """Unsaved work found in the recovery file on opening, to offer for restoring."""
    on_edit: Callable[[], None] | None = field(default=None, repr=False, compare=False)
    """Called whenever the session is marked changed (autosave to the recovery file)."""
    _dirty: bool = field(default=False, repr=False)

    @classmethod
    def from_loaded(cls, loaded: LoadedSession, lang: str | None) -> OpenSession:
        """Wrap a loaded session; the language defaults to the instrument's own."""
        instrument = loaded.instrument
        chosen = lang if lang in instrument.languages else instrument.default_language
        warnings = [str(w) for w in loaded.warnings]
        return cls(
            loaded.session, instrument, loaded.path, chosen, warnings=warnings, digest=loaded.digest
        )

    @property
    def dirty(self) -> bool:
        """Whether there are unsaved changes."""
        return self._dirty

    @dirty.setter
    def dirty(self, value: bool) -> None:
        self._dirty = value
        if value and self.on_edit is not None:
            self.on_edit()

    @property
    def read_only(self) -> bool:
        """Whether another process holds the file open, so nothing may be changed here."""
        return self.lock_holder is not None

    def claim(self, catalog: Catalog) -> None:
        """Lock the file, or note who holds it; look for unsaved work to offer restoring."""
        try:
            self.lock = SessionLock.acquire(self.path)
        except LockHeldError as held:
            self.lock_holder = held.holder
            return
        except OSError as failure:
            # A folder we may not write in: saving will say so; nothing to lock or recover.
            self.warnings.append(f"{self.path}: no lock: {failure.strerror or failure}")
            return
        self.recovery = pending_recovery(self.path, catalog)

    def take_over(self, catalog: Catalog) -> None:
        """Replace a stale lock with ours (LockHeldError if it is held after all)."""
        if self.lock_holder is None:
            return
        self.lock = SessionLock.take_over(self.path, self.lock_holder)
        self.lock_holder = None
        self.recovery = pending_recovery(self.path, catalog)

    def release(self) -> None:
        """Give up our lock, if we hold one."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def text(self, texts: dict[str, str]) -> str:
        """An instrument text in the current language."""
        return self.instrument.text(texts, self.lang)

    def area_label(self, area: Area) -> str:
        """A tab label: the area number and its short title."""
        return f"{area.id} {self.text(area.short)}"

    def score(self) -> SessionScore:
        """The session's current totals."""
        return session_score(self.session, self.instrument)

    def next_unscored(self, after: str | None = None) -> Question | None:
        """The first unscored question after a question id (wrapping), or the first one."""
        unscored = unscored_questions(self.session, self.instrument)
        if not unscored:
            return None
        if after is None:
            return unscored[0]
        order = [q.id for q in self.instrument.questions]
        position = order.index(after)
        later = [q for q in unscored if order.index(q.id) > position]
        return (later or unscored)[0]

    def save(self, *, overwrite: bool = False) -> None:
        """Write the session atomically, mark it saved and drop the recovery file.

        Raises ExternalChangeError when the file changed on disk since it was loaded or
        saved, unless `overwrite`.
        """
        expected = None if overwrite or not self.digest else self.digest
        self.digest = save_session(self.session, self.instrument, self.path, expected)
        self.dirty = False
        discard_recovery(self.path)

    def replace_session(self, loaded: LoadedSession, *, dirty: bool) -> None:
        """Edit another version of the file from now on: restored or reloaded from disk."""
        self.session = loaded.session
        self.instrument = loaded.instrument
        self.dirty = dirty
