"""Go to an area by its number (`g` on the overview or an area's texts): for any number of areas.

F3 … F10 reach the first eight areas; this prompt reaches every one.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Input, Static

from kompass_tui.tui.screens.base import Dialog
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.steady import steady


class JumpPrompt(Dialog[int]):
    """Type an area's position (1 … n) and Enter."""

    def __init__(self, count: int, lang: str, on_done: Callable[[int | None], None]) -> None:
        super().__init__(lang, on_done)
        self.count = count

    def compose(self) -> ComposeResult:
        """Title, the number and a line for problems."""
        with Vertical(classes="dialog"):
            yield Static(tr(self.lang, "jump_title", n=self.count), classes="dialog-title")
            yield steady(Input(id="jump-number", restrict=r"[0-9]*", max_length=3))
            yield Static("", id="jump-problem", classes="dialog-error", markup=False)

    def first_focus(self) -> Widget | None:
        """The number."""
        return self.query_one(Input)

    async def type_key(self, event: events.Key) -> None:
        """Digits only."""
        if event.character is None or event.character.isdigit() or not event.is_printable:
            await super().type_key(event)

    def action_accept(self) -> None:
        """Enter: go there, when there is such an area."""
        text = self.query_one(Input).value
        if text.isdigit() and 1 <= int(text) <= self.count:
            self.close(int(text))
        else:
            self.query_one("#jump-problem", Static).update(
                tr(self.lang, "jump_range", n=self.count)
            )
