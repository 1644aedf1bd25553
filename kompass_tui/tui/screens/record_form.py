"""A small form for one record of the practice — a source, an action, an interview — edited
live in the session, where its `Shelf` says the records of its kind are kept.

As in the item prompt, what is typed reaches the session as it is typed (so the recovery
file keeps it, even if the terminal goes away with the form open): a new record is added as
soon as it holds something valid, and every later change replaces it. A field that holds
something that cannot be stored (a half-typed date) stores nothing: the record keeps that
field's earlier value, and the form says what is wrong; a record that cannot be made at all
(a source without a reference) leaves the session as it was. Enter keeps the record and
closes (refused while something is wrong), Escape puts back what was there before.

Text fields are one-line inputs, typed on at their end (ctrl+u clears to the left); fields
with a few options (a kind, a status, a role) are `OptionField`s, moved with ←/→ or chosen
by their first letter.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Generic

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widget import Widget
from textual.widgets import Input, Label, Static

from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.tui.keys import DIALOG, OPTION
from kompass_tui.tui.literal import edited_or_original, literal, literal_content
from kompass_tui.tui.screens.base import LiveEditDialog
from kompass_tui.tui.screens.shelf import Record, Shelf
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.option_field import OptionField
from kompass_tui.tui.widgets.steady import steady

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_day(day: date | None) -> str:
    """A record's date as its field and its list show it: `2010-01-25`, or '' for none."""
    return day.isoformat() if day is not None else ""


class FormProblem(Exception):
    """What keeps the form's record from being stored, in the interface language."""


@dataclass(frozen=True)
class FormField:
    """A row of a form: its name (the id of its row and widget) and its label."""

    name: str
    label: str


@dataclass(frozen=True)
class TextField(FormField):
    """A one-line text field: its text and the hint shown while it is empty."""

    value: str = ""
    placeholder: str = ""


@dataclass(frozen=True)
class Options(FormField):
    """A field with a few options, (value, label) each, and the one chosen."""

    options: tuple[tuple[str, str], ...]
    value: str


class RecordForm(LiveEditDialog[bool], Generic[Record]):
    """Add a record at `index` of its shelf (`original` None) or edit the one there;
    subclasses say which fields it has and how they make a record."""

    def __init__(
        self,
        state: OpenSession,
        title: str,
        shelf: Shelf[Record],
        index: int,
        original: Record | None,
    ) -> None:
        super().__init__(state, index, adding=original is None)
        self.title_text = title
        self.shelf = shelf
        self.original = original
        self.originals: dict[str, str] = {}
        self._values: tuple[str, ...] = ()
        self._problem = ""
        self._field_problems: list[str] = []

    # -- what a subclass says ------------------------------------------------------------------

    def fields(self) -> list[TextField | Options]:
        """The fields, in order, holding the original record's values."""
        raise NotImplementedError

    def record(self) -> Record:
        """The record the fields make now; FormProblem when they make none."""
        raise NotImplementedError

    def blank(self) -> bool:
        """Whether a new record holds nothing worth keeping yet."""
        return False

    def context_lines(self) -> list[str]:
        """Lines under the title saying what the record belongs to."""
        return []

    def values_changed(self) -> None:
        """After a change of any field, before storing (a field may show or hide)."""

    # -- the form ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        """Title, what the record belongs to, the fields, a line for problems, the keys."""
        with VerticalScroll(classes="dialog record-form"):
            yield Static(literal_content(self.title_text, one_line=True), classes="dialog-title")
            for line in self.context_lines():
                yield Static(literal_content(line, one_line=True), classes="form-context")
            for spec in self.fields():
                with Horizontal(classes="form-row", id=f"row-{spec.name}"):
                    yield Label(spec.label, classes="form-label")
                    if isinstance(spec, TextField):
                        self.originals[spec.name] = spec.value
                        shown = literal(spec.value, one_line=True)
                        yield steady(
                            Input(
                                shown,
                                placeholder=spec.placeholder,
                                id=f"f-{spec.name}",
                                compact=True,
                                # Typing goes on after the text: a field is never replaced
                                # by what lands after an asynchronous select-all (#10).
                                select_on_focus=False,
                            )
                        )
                    else:
                        yield OptionField(spec.options, spec.value, id=f"f-{spec.name}")
            yield Static("", id="form-problem", classes="dialog-error")
            yield Static(tr(self.lang, "form_help"), classes="dialog-hint")

    def on_mount(self) -> None:
        """Fields that depend on others show or hide; nothing is stored yet."""
        self.values_changed()
        self._values = self._snapshot()

    def first_focus(self) -> Widget | None:
        """The first field."""
        return self.query(".form-row > Input, .form-row > OptionField").first()

    def context(self) -> str:
        """`option` while a field of options has focus (←/→ move it), else a dialog's."""
        return OPTION if isinstance(self.focused, OptionField) else DIALOG

    def text(self, name: str) -> str:
        """What a text field holds, without surrounding spaces."""
        typed = self.query_one(f"#f-{name}", Input).value
        return edited_or_original(self.originals[name], typed, one_line=True).strip()

    def option(self, name: str) -> str:
        """The value of a field of options."""
        return self.query_one(f"#f-{name}", OptionField).value

    def show_field(self, name: str, shown: bool) -> None:
        """Enable a field, or show it disabled when it does not apply: Tab skips it, and
        every other field keeps its place (a field that may not apply comes last)."""
        self.query_one(f"#row-{name}").disabled = not shown

    def date_of(self, name: str, kept: date | None) -> date | None:
        """A date field's date (None when empty); while it is not a YYYY-MM-DD date, `kept`
        (the record's date before), and the form says so."""
        typed = self.text(name)
        if not typed:
            return None
        try:
            if _ISO_DATE.fullmatch(typed):
                return date.fromisoformat(typed)
        except ValueError:
            pass
        shown = literal(typed, one_line=True)
        self._field_problems.append(tr(self.lang, "form_bad_date", text=shown))
        return kept

    # -- keys ----------------------------------------------------------------------------------

    async def type_key(self, event: events.Key) -> None:
        """Into the focused text field; a letter on a field of options chooses by it."""
        focused = self.focused
        if isinstance(focused, OptionField):
            if event.character and event.character.isalpha():
                focused.choose_letter(event.character)
                self.field_changed()
            return
        await super().type_key(event)

    def action_next_option(self) -> None:
        """→ on a field of options: the next one."""
        self._step(1)

    def action_prev_option(self) -> None:
        """← on a field of options: the previous one."""
        self._step(-1)

    def _step(self, by: int) -> None:
        focused = self.focused
        if isinstance(focused, OptionField):
            focused.step(by)
            self.field_changed()

    def _snapshot(self) -> tuple[str, ...]:
        fields = self.query(".form-row > Input, .form-row > OptionField")
        return tuple(f.value if isinstance(f, Input | OptionField) else "" for f in fields)

    def field_changed(self) -> None:
        """After a key or a paste: keep the record as the fields make it now."""
        values = self._snapshot()
        if values == self._values:
            return  # a cursor move, not a change
        self._values = values
        self.values_changed()
        self.store()

    def _record(self) -> Record:
        """The record, with the problems of its fields noted (FormProblem: none made)."""
        self._field_problems = []
        return self.record()

    def store(self) -> None:
        """Keep what the form holds in the session, when it makes a record."""
        try:
            record = self._record()
        except FormProblem as problem:
            self.say(str(problem))
            if self.adding and self.added and self.blank():
                self.shelf.delete(self.index)
                self.added = False
            return
        waiting = self.adding and not self.added and self.blank()  # nothing to add yet
        if waiting or self._keep(record):
            self.say(self._field_problem())

    def _field_problem(self) -> str:
        return self._field_problems[0] if self._field_problems else ""

    def _keep(self, record: Record) -> bool:
        """Add the new record to its shelf, or replace it there; False (and said why) when
        the session refuses it."""
        if self.adding and not self.added:
            if not self._write(self.shelf.add, record):
                return False
            self.added = True
            return True
        return self._write(self.shelf.replace, record)

    def _write(self, write: Callable[[int, Record], None], record: Record) -> bool:
        try:
            write(self.index, record)
        except ValueError as refused:  # PlanError among them: said, never a crash
            self.say(str(refused))
            return False
        return True

    def say(self, problem: str) -> None:
        """Show what is wrong ('' when nothing is)."""
        if problem != self._problem:
            self._problem = problem
            line = self.query_one("#form-problem", Static)
            line.update(literal_content(problem, one_line=True))

    def action_accept(self) -> None:
        """Enter: keep the record and close; while something is wrong, say it and stay."""
        try:
            record = self._record()
        except FormProblem as problem:
            self.say(str(problem))
            return
        if not self._keep(record):
            return
        if self._field_problems:
            self.say(self._field_problem())
            return
        self.close(True)

    def action_cancel(self) -> None:
        """Escape: put back what was there before; a new record with something typed in
        it is thrown away only when the evaluator says so (Escape again keeps writing)."""
        if self.adding and not self.blank():
            self._ask_before_discarding()
            return
        self._put_back()

    def _ask_before_discarding(self) -> None:
        from kompass_tui.tui.screens.choice_dialog import Choice, keep_or_destroy

        lang = self.lang
        keep = Choice("keep", tr(lang, "draft_keep"), "c", confirm=None)
        discard = Choice(
            "discard",
            tr(lang, "draft_discard"),
            "d",
            "error",
            confirm=tr(lang, "draft_discard_again"),
        )
        title = tr(lang, "draft_title")
        question = keep_or_destroy("discard-draft", title, lang, keep, discard, self._put_back)
        self.app.push_screen(question)

    def _put_back(self) -> None:
        """Close, leaving the session as it was before the form opened."""
        if self.adding and self.added:
            self.shelf.delete(self.index)
        elif self.original is not None:
            self._write(self.shelf.replace, self.original)
        self.close(None)
