"""Asked before quitting with unsaved changes: save, discard or cancel."""

from __future__ import annotations

from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from kompass_tui.tui.literal import literal_content
from kompass_tui.tui.strings import tr

QuitChoice = Literal["save", "discard"] | None


class QuitConfirm(ModalScreen[QuitChoice]):
    """Three choices; s saves and quits, d quits without saving, Escape stays."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [
        Binding("s", "choose('save')", show=False),
        Binding("d", "choose('discard')", show=False),
        Binding("escape", "choose(None)", show=False),
    ]

    def __init__(self, file_name: str, lang: str) -> None:
        super().__init__()
        self.file_name = file_name
        self.lang = lang

    def compose(self) -> ComposeResult:
        """The question and three buttons."""
        lang = self.lang
        with Vertical(classes="dialog"):
            title = literal_content(tr(lang, "quit_title", name=self.file_name), one_line=True)
            yield Static(title, classes="dialog-title")
            yield Button(tr(lang, "quit_save"), id="save", variant="primary")
            yield Button(tr(lang, "quit_discard"), id="discard", variant="error")
            yield Button(tr(lang, "quit_cancel"), id="cancel")

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.action_choose(event.button.id if event.button.id != "cancel" else None)

    def action_choose(self, choice: str | None) -> None:
        """Close with a choice."""
        self.dismiss(choice)  # type: ignore[arg-type]
