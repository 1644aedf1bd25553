"""The session open for editing: where the evaluator is, what is typed, and every edit.

One object owns the open session. Every change goes through its methods, which check the
change, mark the session unsaved and tell every listener what changed (`SessionChange`). Screens
only display it; they never write into the session or set `dirty` themselves. Keys change
the place and the typed entries synchronously, in the order they arrive.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Literal

from kompass_tui.core.files.locks import LockHeldError, LockInfo, SessionLock
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Area, Instrument, Question
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.problems import UsageError
from kompass_tui.core.scoring.disputes import Dispute
from kompass_tui.core.scoring.totals import SessionScore, session_score, unscored_questions
from kompass_tui.core.session.change import SessionChange
from kompass_tui.core.session.consensus_meeting import ConsensusMeeting
from kompass_tui.core.session.cursor import (
    Place,
    after_question,
    area_at,
    arrival,
    before_question,
    next_matching,
)
from kompass_tui.core.session.entry import Entry, Refusal, check_entry, edited_text, shown_score
from kompass_tui.core.session.model import Session, normalize_newlines
from kompass_tui.core.session.practice_editing import PracticeEditing
from kompass_tui.core.session.recovery import discard_recovery, pending_recovery
from kompass_tui.core.session.reevaluation import EarlierArea, EarlierQuestion, ResolvedEarlier
from kompass_tui.core.session.toml_io import LoadedSession, save_session
from kompass_tui.core.session.undo import Captured, Step, UndoHistory, write_part

TextKind = Literal["notes", "comment", "findings", "section"]
"""The texts of a session: an area's general text ("Allmänt", kept as its notes), a question's
comment and findings, and the report's own sections (by REPORT_SECTIONS key)."""
ListKind = Literal["strengths", "improvements"]


@lean_dataclass(frozen=False)
class OpenSession(PracticeEditing, ConsensusMeeting):
    """A loaded session being edited in one language (its evidence, interview log, action
    plan and earlier evaluation through `PracticeEditing`)."""

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
    place: Place = field(default_factory=Place.overview)
    entries: dict[str, Entry] = field(default_factory=dict)
    """Fields whose text differs from the stored score, by question id."""
    earlier: ResolvedEarlier | None = None
    """The evaluation this one re-evaluates, once found (`show_earlier`)."""
    earlier_by_question: dict[str, EarlierQuestion] = field(default_factory=dict)
    earlier_by_area: dict[str, EarlierArea] = field(default_factory=dict)
    revision: int = 0
    """Counts changes: anything showing the session is stale when this moved on."""
    history: UndoHistory = field(default_factory=UndoHistory)
    """The edits that can be undone and redone (in memory: kept by a save, not a restart)."""
    base: Session | None = field(default=None, repr=False)
    """The session as loaded or last saved: the common ancestor when the file changed on
    disk and the two versions are merged (`merge_from_disk`)."""
    who: str = ""
    """Who is editing, as the consensus log names them."""
    _dirty: bool = False
    _listeners: list[Callable[[SessionChange], None]] = field(default_factory=list, repr=False)

    @classmethod
    def from_loaded(cls, loaded: LoadedSession, lang: str | None) -> OpenSession:
        """Wrap a loaded session, at its first unscored question (else the overview)."""
        instrument = loaded.instrument
        # A language the instrument has, or one kompass speaks (its texts then in the
        # instrument's default); the command line refuses any other.
        try:
            chosen = instrument.language(lang)
        except UsageError:
            chosen = instrument.default_language
        warnings = [str(w) for w in loaded.warnings]
        opened = cls(
            loaded.session, instrument, loaded.path, chosen, warnings=warnings, digest=loaded.digest
        )
        opened.place = opened.start_place()
        opened.base = copy.deepcopy(loaded.session)
        return opened

    # -- the change signal --------------------------------------------------------------------

    def subscribe(self, listener: Callable[[SessionChange], None]) -> None:
        """Call `listener` after every change."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[SessionChange], None]) -> None:
        """Stop calling `listener`."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    @property
    def dirty(self) -> bool:
        """Whether there are unsaved changes."""
        return self._dirty

    # -- reading ------------------------------------------------------------------------------

    def text(self, texts: dict[str, str]) -> str:
        """An instrument text in the current language."""
        return self.instrument.text(texts, self.lang)

    def area_label(self, area: Area) -> str:
        """A tab label: the area number and its short title."""
        return f"{area.id} {self.text(area.short)}"

    def score(self) -> SessionScore:
        """The session's current totals."""
        return session_score(self.session, self.instrument)

    @property
    def question(self) -> Question | None:
        """The current question, if the place is one."""
        if self.place.kind != "question":
            return None
        return self.instrument.question_by_id[self.place.question_id]

    @property
    def area(self) -> Area | None:
        """The area shown, if any."""
        return self.instrument.area_by_id.get(self.place.area_id)

    def field_text(self, question_id: str) -> str:
        """What a question's score field shows: the entry being typed, else the stored score."""
        entry = self.entries.get(question_id)
        if entry is not None and not entry.left:
            return entry.text
        return shown_score(self.session.scores.get(question_id), self.lang)

    def field_error(self, question_id: str) -> Refusal | None:
        """Why a question's field text is not stored (None when it is)."""
        entry = self.entries.get(question_id)
        return entry.error if entry is not None else None

    def refused_text(self, question_id: str) -> str | None:
        """The text typed into a question's field, refused and left (None if there is none):
        the field shows the score that counts, this text only the refusal's message."""
        entry = self.entries.get(question_id)
        return entry.text if entry is not None and entry.left else None

    def field_fresh(self, question_id: str) -> bool:
        """Whether the next character typed replaces the field's text."""
        entry = self.entries.get(question_id)
        return entry is None or entry.fresh

    def start_place(self) -> Place:
        """Where opening lands: the first unscored question, else the overview."""
        unscored = unscored_questions(self.session, self.instrument)
        if not unscored:
            return Place.overview()
        return Place.question(self.instrument, unscored[0].id)

    # -- moving -------------------------------------------------------------------------------

    def go(self, place: Place) -> None:
        """Move to a place; the field left keeps an invalid entry, flagged, and nothing else."""
        if place == self.place:
            return
        left = self.place.question_id if self.place.kind == "question" else ""
        if left:
            entry = self.entries.get(left)
            if entry is not None and entry.valid:
                del self.entries[left]
            elif entry is not None:
                entry.fresh = entry.left = True
        self.place = place
        self.history.seal()
        self._changed(SessionChange("place", left, place.area_id))

    def go_area(self, index: int) -> None:
        """Show tab `index`: 0 the overview, then the areas from 1 (wrapping)."""
        self.go(area_at(self.session, self.instrument, index))

    def step_area(self, step: int) -> None:
        """The next (+1) or previous (-1) tab."""
        self.go_area(self.place.area_index(self.instrument) + step)

    def go_to_area(self, area: Area) -> None:
        """An area's first unscored question, else its first question."""
        self.go(arrival(self.session, self.instrument, area))

    def go_to_question(self, question_id: str) -> None:
        """A given question."""
        self.go(Place.question(self.instrument, question_id))

    def next_question(self) -> None:
        """The next question in the whole instrument; after the last one, the overview."""
        if self.place.kind == "question":
            self.go(after_question(self.instrument, self.place.question_id))

    def previous_question(self) -> None:
        """The previous question in the whole instrument."""
        if self.place.kind == "question":
            self.go(before_question(self.instrument, self.place.question_id))

    def next_unscored(self) -> bool:
        """The next unscored question after the current one (wrapping); False if none."""
        wanted = {q.id for q in unscored_questions(self.session, self.instrument)}
        return self._next_of(wanted)

    def next_disputed(self) -> bool:
        """The next question to discuss after the current one (wrapping); False if none."""
        return self._next_of(set(self.open_disputes()))

    def _next_of(self, wanted: set[str]) -> bool:
        order = [q.id for q in self.instrument.questions]
        current = self.place.question_id or None
        target = next_matching(order, wanted - {current} if len(wanted) > 1 else wanted, current)
        if target is None:
            return False
        self.go_to_question(target)
        return True

    def highlight(self, row: int) -> None:
        """Highlight another row of the overview, the area's texts or the report's texts."""
        if self.place.kind in ("overview", "texts", "report") and row != self.place.row:
            self.go(Place(self.place.kind, self.place.question_id, self.place.area_id, row))

    # -- typing a score -----------------------------------------------------------------------

    def type_key(self, key: str, character: str | None) -> bool:
        """Apply one key to the current question's field; False if it does not edit a field."""
        question = self.question
        if question is None:
            return False
        entry = self.entries.get(question.id)
        if entry is None or entry.left:  # a refused text left behind is not edited on
            stored = self.session.scores.get(question.id)
            entry = Entry(shown_score(stored, self.lang), stored)
        text = edited_text(entry, key, character)
        if text is None:
            return False
        before = self._before(("score", question.id))
        entry.text, entry.fresh = text, False
        self.entries[question.id] = entry
        self._apply_entry(question, entry)  # signals the entry and the score
        change = SessionChange("score", question.id, self.place.area_id)
        merge = f"score:{question.id}"
        self.history.record(self.session, before, "score", question.id, change, merge=merge)
        return True

    def type_text(self, text: str) -> None:
        """Characters as if typed one by one (a paste): Enter and Tab move to the next field."""
        for character in normalize_newlines(text):
            if character in "\n\t":
                self.confirm()
            else:
                self.type_key(character, character)

    def _apply_entry(self, question: Question, entry: Entry) -> None:
        not_applicable = question.id in self.session.not_applicable
        value, entry.error = check_entry(entry.text, question.max, not_applicable)
        target = entry.original if entry.error else value
        if not_applicable:
            target = self.session.scores.get(question.id)
        self._changed(SessionChange("entry", question.id, self.place.area_id))
        if self.session.scores.get(question.id) != target:
            self.session.set_score(self.instrument, question.id, target)
            self._changed(SessionChange("score", question.id, self.place.area_id), edit=True)

    def confirm(self) -> None:
        """Enter: a score typed on a question to discuss settles it; then the next question."""
        question = self.question
        if question is None:
            return
        entry = self.entries.get(question.id)
        typed = entry is not None and not entry.fresh and entry.valid
        if typed and question.id in self.open_disputes() and not self.settle_problem(question.id):
            self.settle(question.id)
        self.next_question()

    # -- other edits ----------------------------------------------------------------------------

    def set_score(self, question_id: str, score: Decimal | None) -> None:
        """Store a checked score, or clear it (None)."""
        before = self._before(("score", question_id))
        if self.session.scores.get(question_id) == score:
            return
        self.session.set_score(self.instrument, question_id, score)
        self.entries.pop(question_id, None)
        area_id = self.instrument.area_of_question[question_id].id
        self._edited(before, "score", question_id, SessionChange("score", question_id, area_id))

    def toggle_not_applicable(self, question_id: str) -> None:
        """Mark a question not applicable, or applicable again (its typed entry is rechecked)."""
        before = self._before(("score", question_id))
        value = question_id not in self.session.not_applicable
        self.session.set_not_applicable(question_id, value)
        area_id = self.instrument.area_of_question[question_id].id
        change = SessionChange("question", question_id, area_id)
        self._changed(change, edit=True)
        entry = self.entries.get(question_id)
        if entry is not None and entry.left:
            del self.entries[question_id]  # refused and left: nothing unseen gets stored
            self._changed(SessionChange("entry", question_id, area_id))
        elif entry is not None:
            self._apply_entry(self.instrument.question_by_id[question_id], entry)
            if entry.valid and not value:
                self.entries.pop(question_id, None)
        self.history.record(self.session, before, "not_applicable", question_id, change)

    def text_of(self, kind: TextKind, key: str) -> str:
        """A text of the session (see TextKind); '' when there is none."""
        session = self.session
        if kind == "notes":
            return session.area_notes(key).notes
        if kind == "section":
            return session.report_sections.get(key, "")
        texts = session.comments if kind == "comment" else session.findings
        return texts.get(key, "")

    def set_text(self, kind: TextKind, key: str, text: str) -> None:
        """Store a text (an empty one removes it); nothing happens when it is unchanged."""
        if normalize_newlines(text) == self.text_of(kind, key):
            return
        before = self._before((kind, key))
        session = self.session
        if kind == "notes":
            session.set_area_notes(key, text)
            change = SessionChange("text", area_id=key)
        elif kind == "section":
            session.set_report_section(key, text)
            change = SessionChange("report")
        else:
            (session.set_comment if kind == "comment" else session.set_findings)(key, text)
            change = SessionChange("text", key, self.instrument.area_of_question[key].id)
        self._edited(before, kind, key, change, merge=f"text:{kind}:{key}")

    def area_words(self, area: Area) -> int:
        """Words written about an area: its general text, findings and lists."""
        return self.session.area_word_count(self.instrument, area.id)

    def list_items(self, kind: ListKind, area_id: str) -> list[str]:
        """A copy of an area's strengths or improvement areas."""
        return list(getattr(self.session.area_notes(area_id), kind))

    def add_item(self, kind: ListKind, area_id: str, index: int, text: str) -> None:
        """Insert an item at `index` (an empty text adds nothing)."""
        text = normalize_newlines(text.strip())
        if not text:
            return
        before = self._before(("area", area_id))
        if kind == "improvements":  # PlanError when its actions would become ambiguous
            self.session.add_improvement(area_id, index, text)
        else:
            items: list[str] = getattr(self.session.area_notes(area_id), kind)
            items.insert(max(0, min(index, len(items))), text)
        self._edited(before, kind, area_id, SessionChange("list", area_id=area_id))

    def replace_item(self, kind: ListKind, area_id: str, index: int, text: str) -> None:
        """Change the item at `index`; an empty text deletes it."""
        text = normalize_newlines(text.strip())
        items: list[str] = getattr(self.session.area_notes(area_id), kind)
        if not 0 <= index < len(items) or items[index] == text:
            return
        if not text:
            self.delete_item(kind, area_id, index)
            return
        before = self._before(("area", area_id))
        if kind == "improvements":  # the improvement's actions follow it to the new text
            self.session.replace_improvement(area_id, index, text)
        else:
            items[index] = text
        self._edited(before, kind, area_id, SessionChange("list", area_id=area_id))

    def delete_item(self, kind: ListKind, area_id: str, index: int) -> None:
        """Remove the item at `index`; an improvement area goes with its actions (ask first
        when `session.area_notes(area_id).actions_for(text)` has any)."""
        items: list[str] = getattr(self.session.area_notes(area_id), kind)
        if not 0 <= index < len(items):
            return
        before = self._before(("area", area_id))
        if kind == "improvements":
            self.session.delete_improvement(area_id, index)
        else:
            del items[index]
        self._edited(before, kind, area_id, SessionChange("list", area_id=area_id))

    # -- disputes after a consensus -------------------------------------------------------------

    def open_disputes(self) -> dict[str, Dispute]:
        """The questions still to discuss, by id (empty when none)."""
        consensus = self.session.consensus
        return consensus.disputes if consensus is not None else {}

    def settle_problem(self, question_id: str) -> str:
        """Why a question cannot be settled now: 'not_disputed', 'needs_score' or ''."""
        if question_id not in self.open_disputes():
            return "not_disputed"
        session = self.session
        agreed = question_id in session.scores or question_id in session.not_applicable
        if self.field_error(question_id) or not agreed:
            return "needs_score"
        return ""

    def settle(self, question_id: str) -> bool:
        """Take the stored score (or not applicable) as agreed and drop the dispute."""
        consensus = self.session.consensus
        if consensus is None or self.settle_problem(question_id):
            return False
        before = self._before(("dispute", question_id))
        consensus.settle(question_id)
        self.log_settled(question_id)
        area_id = self.instrument.area_of_question[question_id].id
        self._edited(before, "settle", question_id, SessionChange("dispute", question_id, area_id))
        return True

    # -- undo and redo ----------------------------------------------------------------------------

    def undo(self) -> Step | None:
        """Put back what the last edit changed; the step undone (None: nothing to undo)."""
        self._check_writable()
        step = self.history.take_undo()
        if step is not None:
            self._put_back(step.before, step.change)
        return step

    def redo(self) -> Step | None:
        """Do again the last edit undone; the step redone (None: nothing to redo)."""
        self._check_writable()
        step = self.history.take_redo()
        if step is not None:
            self._put_back(step.after, step.change)
        return step

    def _put_back(self, parts: Captured, change: SessionChange) -> None:
        for part, value in parts:
            write_part(self.session, self.instrument, part, value)
            if part[0] == "score":
                self.entries.pop(part[1], None)  # the field shows the stored score again
        self._changed(change, edit=True)

    # -- language ---------------------------------------------------------------------------------

    def cycle_language(self) -> None:
        """Switch to the instrument's next language (from one kompass speaks but the
        instrument has no texts in, `--lang nb`: to the instrument's first)."""
        languages = self.instrument.languages
        after = languages.index(self.lang) + 1 if self.lang in languages else 0
        self.lang = languages[after % len(languages)]
        self._changed(SessionChange("lang"))

    # -- the file -------------------------------------------------------------------------------

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
        self._changed(SessionChange("saved"))

    def release(self) -> None:
        """Give up our lock, if we hold one."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def save(self, *, overwrite: bool = False) -> None:
        """Write the session atomically, mark it saved and drop the recovery file.

        Raises ExternalChangeError when the file changed on disk since it was loaded or
        saved, unless `overwrite`.
        """
        self._check_writable()
        expected = None if overwrite or not self.digest else self.digest
        self.digest = save_session(self.session, self.instrument, self.path, expected)
        self.base = copy.deepcopy(self.session)
        self._dirty = False
        discard_recovery(self.path)
        self._changed(SessionChange("saved"))

    def discard(self) -> None:
        """Forget the unsaved changes (quitting without saving): their recovery file goes."""
        if self.read_only:
            return
        self._dirty = False
        discard_recovery(self.path)
        self._changed(SessionChange("saved"))

    def merge_from_disk(self, theirs: LoadedSession, mine: str, other: str) -> int:
        """Merge the version on disk into this one, three ways from the version loaded or
        last saved (`kompass merge`'s engine): a change on one side is taken, the same
        change once, different changes kept as disagreements to settle (named `mine` and
        `other`). The result is unsaved and will save over the disk's version, which it
        holds. Returns how many disagreements are open now."""
        from kompass_tui.core.session.merge import Side, merge_three  # not before it is used

        self._check_writable()
        if theirs.instrument.id != self.instrument.id:
            raise ValueError("the version on disk is of another instrument")
        when = datetime.now().isoformat(timespec="seconds")
        merged = merge_three(
            self.base,
            Side(self.session, mine, when),
            Side(theirs.session, other, when),
            self.instrument,
        )
        self.session = merged
        self.digest = theirs.digest
        self.base = copy.deepcopy(theirs.session)
        self.entries.clear()
        self.history.clear()
        self._dirty = True
        self._changed(SessionChange("replaced"), edit=True)
        return self.open_count()

    def replace_session(self, loaded: LoadedSession, *, dirty: bool) -> None:
        """Edit another version of the file from now on: restored or reloaded from disk."""
        self.session = loaded.session
        self.instrument = loaded.instrument
        if not dirty:
            self.digest = loaded.digest
            self.base = copy.deepcopy(loaded.session)
        self.entries.clear()
        self.history.clear()
        self._dirty = dirty
        if self.place.kind == "question" and self.place.question_id not in (
            self.instrument.question_by_id
        ):
            self.place = self.start_place()
        self._changed(SessionChange("replaced"), edit=dirty)
