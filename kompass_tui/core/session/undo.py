"""Undo and redo of the open session's edits: what each edit changed, before and after.

`OpenSession` records every edit as a `Step`: the parts of the session it touched (a
`Part`: a question's score and not-applicable mark, one text, an area's notes and lists and
actions, a question's sources, the interview log, a question to discuss), each as it was
before and after. Undoing puts the parts back as they were before; redoing as they were
after. A part is copied when an edit is recorded, never per keystroke drawn, so undo adds
nothing to what the screen sends.

Typing makes one step per pause: a text typed without a pause of `PAUSE` seconds is one
step, and so is a score typed in one visit of its field (`seal` ends the visit).

The history lives in memory only: it survives a save, not a restart.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from copy import deepcopy
from dataclasses import replace

from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.scoring.disputes import ConsensusNotes
from kompass_tui.core.session.change import SessionChange
from kompass_tui.core.session.model import AreaNotes, Session

PAUSE = 2.0
"""Seconds without typing after which the next keystroke in a text starts a new step."""

LIMIT = 500
"""Steps kept; the oldest go first."""

Part = tuple[str, str]
"""A part of the session: ("score", question id), ("comment"|"findings", question id),
("notes", area id) (an area's general text), ("section", report section key),
("area", area id) (its lists, actions and text), ("evidence", question id),
("interviews", ""), ("dispute", question id or place) (the consensus notes as a whole:
disagreements and the log of what was agreed)."""

Captured = tuple[tuple[Part, object], ...]
"""Parts of the session with their values at one moment (before or after an edit)."""


def read_part(session: Session, part: Part) -> object:
    """A copy of a part as it is now."""
    kind, key = part
    if kind == "score":
        return session.score_state(key)
    if kind == "comment":
        return session.comments.get(key, "")
    if kind == "findings":
        return session.findings.get(key, "")
    if kind == "notes":
        return session.area_notes(key).notes
    if kind == "section":
        return session.report_sections.get(key, "")
    if kind == "area":
        return deepcopy(session.area_notes(key))
    if kind == "evidence":
        return list(session.evidence.get(key, []))
    if kind == "interviews":
        return list(session.interviews)
    if kind == "dispute":  # the whole consensus: its disagreements and what was agreed
        return deepcopy(session.consensus)
    if kind == "identity":
        return (session.municipality, session.affiliation)
    raise ValueError(f"unknown part of a session: {kind!r}")


def write_part(session: Session, instrument: Instrument, part: Part, value: object) -> None:
    """Put a part back as `read_part` returned it."""
    kind, key = part
    if kind == "score":
        assert isinstance(value, tuple)
        score, not_applicable = value
        session.set_not_applicable(key, bool(not_applicable))
        session.set_score(instrument, key, score)
    elif kind == "comment":
        session.set_comment(key, str(value))
    elif kind == "findings":
        session.set_findings(key, str(value))
    elif kind == "notes":
        session.area_notes(key).notes = str(value)
    elif kind == "section":
        session.set_report_section(key, str(value))
    elif kind == "area":
        assert isinstance(value, AreaNotes)
        session.areas[key] = deepcopy(value)
    elif kind == "identity":
        assert isinstance(value, tuple)
        session.municipality, session.affiliation = value
    elif kind == "evidence":
        assert isinstance(value, list)
        if value:
            session.evidence[key] = list(value)
        else:
            session.evidence.pop(key, None)
    elif kind == "interviews":
        assert isinstance(value, list)
        session.interviews[:] = value
    elif kind == "dispute":
        assert value is None or isinstance(value, ConsensusNotes)
        session.consensus = deepcopy(value)


@lean_dataclass
class Step:
    """One edit as it can be undone: what it was, the parts it touched before and after."""

    what: str
    """The kind of edit, for saying what was undone: score, not_applicable, comment,
    findings, notes, section, strengths, improvements, actions, evidence, interviews,
    settle."""
    subject: str
    """The question id, area id or report section the edit was about."""
    change: SessionChange
    """The signal the edit sent (sent again when it is undone or redone)."""
    before: Captured
    after: Captured
    at: float = 0.0
    """When it was last extended (for one step per pause in typing)."""
    merge: str = ""
    """Steps with the same non-empty `merge` key join while typing goes on."""


@lean_dataclass(frozen=False)
class UndoHistory:
    """The steps that can be undone and those undone that can be redone."""

    clock: Callable[[], float] = time.monotonic
    done: list[Step] = field(default_factory=list)
    undone: list[Step] = field(default_factory=list)
    _sealed: bool = True

    def capture(self, session: Session, parts: tuple[Part, ...]) -> Captured:
        """The parts an edit is about to touch, as they are now."""
        return tuple((part, read_part(session, part)) for part in parts)

    def record(
        self,
        session: Session,
        before: Captured,
        what: str,
        subject: str,
        change: SessionChange,
        *,
        merge: str = "",
    ) -> None:
        """An edit is done: keep it as a step (joined to the last one while typing goes on)."""
        after = tuple((part, read_part(session, part)) for part, _ in before)
        if after == before:
            return
        now = self.clock()
        last = self.done[-1] if self.done else None
        joins = (
            merge
            and last is not None
            and last.merge == merge
            and not self._sealed
            and (not merge.startswith("text:") or now - last.at < PAUSE)
        )
        if joins and last is not None and after == last.before:
            self.done.pop()  # typed and taken back again: nothing left to undo
        elif joins and last is not None:
            self.done[-1] = replace(last, after=after, at=now)
        else:
            self.done.append(Step(what, subject, change, before, after, now, merge))
            del self.done[:-LIMIT]
        self._sealed = False
        self.undone.clear()

    def seal(self) -> None:
        """The field or text was left: the next keystroke starts a new step."""
        self._sealed = True

    def take_undo(self) -> Step | None:
        """The step to undo now (moved to the redo list), if any."""
        if not self.done:
            return None
        step = self.done.pop()
        self.undone.append(step)
        self._sealed = True
        return step

    def take_redo(self) -> Step | None:
        """The step to redo now (moved back to the undo list), if any."""
        if not self.undone:
            return None
        step = self.undone.pop()
        self.done.append(step)
        self._sealed = True
        return step

    def clear(self) -> None:
        """Forget everything (another version of the session is edited now)."""
        self.done.clear()
        self.undone.clear()
        self._sealed = True
