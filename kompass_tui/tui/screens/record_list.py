"""A list of records over the workbench: a question's sources, the interview log.

↑/↓ choose, Enter (or e) edits the highlighted record in a form, a (or Insert) adds one
after it, d (or Delete) deletes it, Escape goes back. Which record is highlighted is the
list's own state, changed by its keys in the order they arrive; the records are the open
session's, read again whenever they change (a form above the list edits them live).
"""

from __future__ import annotations

from typing import Generic

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.widgets import Static

from kompass_tui.core.session.change import SessionChange
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.tui.keys import RECORDS, KeyAction
from kompass_tui.tui.literal import literal_content
from kompass_tui.tui.one_line import cut, joined
from kompass_tui.tui.read_only import refuse_read_only
from kompass_tui.tui.screens.base import Dialog
from kompass_tui.tui.screens.record_form import RecordForm
from kompass_tui.tui.screens.shelf import Record, Shelf
from kompass_tui.tui.widgets.key_bar import KeyBar

EDITS = ("edit_row", "add_item", "delete_item", "quote_answer")


class RecordList(Dialog[None], Generic[Record]):
    """The records on a shelf of the open session, one highlighted; subclasses say how
    each looks and which form edits them."""

    key_context = RECORDS

    def __init__(self, state: OpenSession, title: str, shelf: Shelf[Record]) -> None:
        super().__init__(state.lang)
        self.state = state
        self.title_text = title
        self.shelf = shelf
        self.row = 0
        """The highlighted record."""
        self._drawn: tuple[object, ...] = ()

    # -- what a subclass says ------------------------------------------------------------------

    def record_lines(self, record: Record, width: int) -> list[str]:
        """How one record looks, in `width` cells: a first line and details below it."""
        raise NotImplementedError

    def context_lines(self) -> list[str]:
        """Lines under the title saying whose records these are."""
        return []

    def empty_text(self) -> str:
        """What the list says while it has no records."""
        raise NotImplementedError

    def shows(self, change: SessionChange) -> bool:
        """Whether a change of the session touches these records."""
        raise NotImplementedError

    def form(self, index: int, original: Record | None) -> RecordForm[Record]:
        """The form for a new record at `index` (`original` None) or for the one there."""
        raise NotImplementedError

    # -- the list --------------------------------------------------------------------------------

    @staticmethod
    def head_and_detail(parts: list[str], detail: str, width: int) -> list[str]:
        """A record's first line of `parts` (`a · b · c`, the third cut first) and, when
        there is one, its `detail` indented below: both within `width` cells."""
        lines = [joined(parts, width, flexible=2)]
        if detail.strip():
            lines.append("  " + cut(detail, width - 2))
        return lines

    def records(self) -> list[Record]:
        """The records, in order."""
        return self.shelf.records()

    def open_form(self, index: int, *, adding: bool) -> None:
        """Edit the record at `index`, or add one there (`adding`); highlighted once kept."""
        form = self.form(index, None if adding else self.records()[index])

        def done(kept: bool | None) -> None:
            if kept:
                self.row = index

        form.on_done = done
        self.app.push_screen(form)

    def compose(self) -> ComposeResult:
        """Title, what the records belong to, the records, the keys."""
        with Vertical(classes="dialog record-list"):
            yield Static(literal_content(self.title_text, one_line=True), classes="dialog-title")
            for line in self.context_lines():
                yield Static(literal_content(line, one_line=True), classes="form-context")
            with VerticalScroll(id="records"):
                yield Static("", id="record-lines")
            yield KeyBar(self.lang)

    def on_mount(self) -> None:
        """Draw the records; follow the session from now on."""
        self.state.subscribe(self._session_changed)
        self.redraw()
        self.call_after_refresh(self.redraw)  # at the width the list was given
        self.query_one(KeyBar).show(RECORDS, self.key_enabled)

    def on_resize(self) -> None:
        """Cut the records to the new width."""
        self.call_after_refresh(self.redraw)

    def on_unmount(self) -> None:
        """Stop following the session."""
        self.state.unsubscribe(self._session_changed)

    def on_screen_resume(self) -> None:
        """Back from a form: draw what it changed."""
        self.redraw()

    def _session_changed(self, change: SessionChange) -> None:
        on_top = self.is_mounted and self.app.screen is self
        if on_top and (change.kind == "replaced" or self.shows(change)):
            self.redraw()

    def key_enabled(self, action: KeyAction) -> bool:
        """Nothing that edits while the session is read-only; no action the list lacks."""
        name = f"action_{action.action}"
        if not (hasattr(self, name) or hasattr(self.app, name)):
            return False
        return not (self.state.read_only and action.id in EDITS)

    def redraw(self) -> None:
        """Draw the records, the highlighted one marked (nothing when nothing changed)."""
        records = self.records()
        self.row = max(0, min(self.row, len(records) - 1))
        scroll = self.query_one("#records", VerticalScroll)
        width = max(20, (scroll.size.width or 72) - 2)
        key = (self.state.revision, self.row, width, len(records))
        if key == self._drawn:
            return
        self._drawn = key
        lines: list[Content] = []
        top = height = 0
        for index, record in enumerate(records):
            head, *details = self.record_lines(record, width)
            if index == self.row:
                top, height = len(lines), 1 + len(details)
                lines += [
                    Content(line.ljust(width)).stylize("reverse") for line in (head, *details)
                ]
            else:
                lines.append(Content(head))
                lines += [Content.styled(line, "$text-muted") for line in details]
        if not records:
            lines = [Content.styled(self.empty_text(), "$text-muted")]
        self.query_one("#record-lines", Static).update(Content("\n").join(lines))
        if records:
            scroll.scroll_to_region(Region(0, top, 1, height), animate=False)

    # -- keys ------------------------------------------------------------------------------------

    def action_row_down(self) -> None:
        """The next record."""
        self.row = min(self.row + 1, max(0, len(self.records()) - 1))
        self.redraw()

    def action_row_up(self) -> None:
        """The previous record."""
        self.row = max(self.row - 1, 0)
        self.redraw()

    def _writable(self) -> bool:
        return not refuse_read_only(self.app, self.state)

    def action_edit_row(self) -> None:
        """Enter: edit the highlighted record (in an empty list: add one)."""
        if not self._writable():
            return
        if self.records():
            self.open_form(self.row, adding=False)
        else:
            self.open_form(0, adding=True)

    def action_add_item(self) -> None:
        """a: add a record after the highlighted one."""
        if self._writable():
            self.open_form(self.row + 1 if self.records() else 0, adding=True)

    def action_delete_item(self) -> None:
        """d: delete the highlighted record."""
        if self._writable() and self.records():
            self.shelf.delete(self.row)
            self.redraw()

    def action_back(self) -> None:
        """Escape: back to where the list was opened."""
        self.close(None)
