"""A modal question with a few answers, each on a button and a key: the safety dialogs.

Used before quitting with unsaved work, when the file changed on disk, to restore unsaved
work, and to take over a stale lock. Every text that may come from a file is shown through
`literal`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Static

from kompass_tui.tui.keys import CHOICE
from kompass_tui.tui.literal import literal_content
from kompass_tui.tui.screens.base import Dialog


@dataclass(frozen=True)
class Choice:
    """One answer: what the dialog gives, its button label and its keys (comma-separated)."""

    answer: str
    label: str
    key: str
    variant: str = "default"


class ChoiceDialog(Dialog[str]):
    """A title, scrollable detail lines and one button per choice; Escape gives `escape`."""

    key_context = CHOICE
    DEFAULT_CSS = """
    ChoiceDialog { align: center middle; background: $background 60%; }
    ChoiceDialog .choice-details { height: auto; max-height: 10; margin-bottom: 1; }
    ChoiceDialog Button { width: 100%; margin-bottom: 1; }
    """

    def __init__(
        self,
        name: str,
        title: str,
        details: list[str],
        choices: list[Choice],
        lang: str,
        on_done: Callable[[str | None], None] | None = None,
        *,
        escape: str | None = None,
    ) -> None:
        super().__init__(lang, on_done, name=name)
        self.title_text = title
        self.details = details
        self.choices = choices
        self.escape_answer = escape
        self.answer_of_key = {k.strip(): c.answer for c in choices for k in c.key.split(",")}

    def compose(self) -> ComposeResult:
        """Title, details and buttons."""
        with Vertical(classes="dialog"):
            yield Static(literal_content(self.title_text), classes="dialog-title")
            if self.details:
                with VerticalScroll(classes="choice-details"):
                    yield Static(literal_content("\n".join(self.details)))
            for choice in self.choices:
                yield Button(
                    literal_content(choice.label),
                    id=f"choice-{choice.answer}",
                    variant=choice.variant,  # type: ignore[arg-type]
                    compact=True,
                )

    def first_focus(self) -> Widget | None:
        """The first answer, so Enter picks it."""
        return self.query(Button).first()

    async def take_key(self, event: events.Key) -> None:
        """A choice's own key answers at once; the others as in every dialog."""
        answer = self.answer_of_key.get(event.character or event.key)
        if answer is not None:
            self.close(answer)
            return
        await super().take_key(event)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A click on a button."""
        self.close((event.button.id or "").removeprefix("choice-"))

    def action_choose(self) -> None:
        """Enter: the focused button's answer."""
        focused = self.focused
        if isinstance(focused, Button):
            self.close((focused.id or "").removeprefix("choice-"))

    def action_cancel(self) -> None:
        """Escape: the escape answer, when the dialog has one."""
        if self.escape_answer is not None:
            self.close(self.escape_answer)

    def before_save(self) -> None:
        """ctrl+s while asked: nothing to keep; the question stays open."""
