"""A small modal asking for one line of text: a strength or an improvement."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from kompass_tui.tui.literal import edited_or_original, literal
from kompass_tui.tui.strings import tr


class ItemPrompt(ModalScreen[str | None]):
    """Edit one item; Enter keeps the text, Escape cancels."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel")]

    def __init__(self, heading: str, text: str, lang: str) -> None:
        super().__init__()
        self.heading = heading
        self.text = text
        self.lang = lang

    def compose(self) -> ComposeResult:
        """A heading, the input and a hint."""
        with Vertical(classes="dialog"):
            yield Static(self.heading, classes="dialog-title")
            yield Input(literal(self.text, one_line=True), id="item-text")
            yield Static(tr(self.lang, "item_help"), classes="dialog-hint")

    @on(Input.Submitted)
    def _keep(self, event: Input.Submitted) -> None:
        self.dismiss(edited_or_original(self.text, event.value, one_line=True))

    def action_cancel(self) -> None:
        """Close without changing anything."""
        self.dismiss(None)
