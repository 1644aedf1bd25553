"""The open session the workbench edits: the core objects plus saved/unsaved state."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kompass_tui.core.criteria import Area, Instrument, Question
from kompass_tui.core.scoring import SessionScore, session_score, unscored_questions
from kompass_tui.core.session import Session
from kompass_tui.core.session_io import LoadedSession, save_session


@dataclass
class OpenSession:
    """A loaded session being edited in one language."""

    session: Session
    instrument: Instrument
    path: Path
    lang: str
    dirty: bool = False
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_loaded(cls, loaded: LoadedSession, lang: str | None) -> OpenSession:
        """Wrap a loaded session; the language defaults to the instrument's own."""
        instrument = loaded.instrument
        chosen = lang if lang in instrument.languages else instrument.default_language
        warnings = [str(w) for w in loaded.warnings]
        return cls(loaded.session, instrument, loaded.path, chosen, warnings=warnings)

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

    def save(self) -> None:
        """Write the session atomically and mark it saved."""
        save_session(self.session, self.instrument, self.path)
        self.dirty = False
