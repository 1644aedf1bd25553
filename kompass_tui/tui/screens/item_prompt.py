"""A one-line prompt for a strength or an improvement area, edited live in the session.

What is typed goes into the session as it is typed (so autosave keeps it, even if the
terminal goes away with the prompt open); Enter keeps it, Escape puts back what was there.
An improvement area's actions follow its text; a text that would leave them ambiguous (the
same as another improvement area's, when either has actions) is refused and said, and an
improvement area with actions is not deleted by emptying its text (d asks first).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Input, Static

from kompass_tui.core.session.model import PlanError
from kompass_tui.core.session.open_session import ListKind, OpenSession
from kompass_tui.tui.literal import edited_or_original, literal, literal_content
from kompass_tui.tui.screens.base import LiveEditDialog
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.steady import steady


class ItemPrompt(LiveEditDialog[str]):
    """Add an item at `index`, or edit the item there (`adding=False`); an added item is
    in the session once its text is not empty."""

    def __init__(
        self, state: OpenSession, kind: ListKind, area_id: str, index: int, *, adding: bool
    ) -> None:
        super().__init__(state, index, adding=adding)
        self.kind = kind
        self.area_id = area_id
        items = state.list_items(kind, area_id)
        self.original = "" if adding else items[index]
        self.problem = ""
        """What the prompt says is wrong with the text ('' when nothing is)."""

    def compose(self) -> ComposeResult:
        """A heading, the input and a hint."""
        lang = self.lang
        title = f"{tr(lang, self.kind)}: {tr(lang, 'item_add' if self.adding else 'item_edit')}"
        with Vertical(classes="dialog"):
            yield Static(literal_content(title, one_line=True), classes="dialog-title")
            yield steady(Input(literal(self.original, one_line=True), id="item-text"))
            yield Static("", id="item-problem", classes="dialog-error")
            yield Static(tr(lang, "item_help"), classes="dialog-hint")

    def first_focus(self) -> Widget | None:
        """The input, cursor at the end."""
        return self.query_one(Input)

    def field_changed(self) -> None:
        """What is typed or pasted goes into the session."""
        self._store()

    def _text(self) -> str:
        typed = self.query_one(Input).value
        return edited_or_original(self.original, typed, one_line=True).strip()

    def _store(self) -> bool:
        """Keep the text in the session; False (and said why) when it is refused."""
        text, state = self._text(), self.state
        try:
            if self.adding and not self.added:
                if text:
                    state.add_item(self.kind, self.area_id, self.index, text)
                    self.added = True
            elif self.adding and not text:
                state.delete_item(self.kind, self.area_id, self.index)
                self.added = False
            elif text:
                state.replace_item(self.kind, self.area_id, self.index, text)
        except PlanError:
            self._say(tr(self.lang, "plan_duplicate"))
            return False
        self._say("")
        return True

    def _say(self, problem: str) -> None:
        if problem != self.problem:
            self.problem = problem
            self.query_one("#item-problem", Static).update(problem)

    def _has_actions(self) -> bool:
        notes = self.state.actions_of(self.area_id) if self.kind == "improvements" else []
        items = self.state.list_items(self.kind, self.area_id)
        return any(a.improvement == items[self.index] for a in notes)

    def action_accept(self) -> None:
        """Enter: keep the text (an emptied item is deleted, unless it has actions)."""
        if not self._store():
            return
        if not self.adding and not self._text():
            if self._has_actions():
                self._say(tr(self.lang, "plan_not_emptied"))
                return
            self.state.delete_item(self.kind, self.area_id, self.index)
        self.close(self._text())

    def action_cancel(self) -> None:
        """Escape: put back what was there before."""
        if self.adding and self.added:
            self.state.delete_item(self.kind, self.area_id, self.index)
        elif not self.adding:
            self.state.replace_item(self.kind, self.area_id, self.index, self.original)
        self.close(None)
