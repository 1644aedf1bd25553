"""A modal question with a few answers, each on a button and a key: the safety dialogs.

Used when the file changed on disk, to restore unsaved work, and to take over a stale lock.
Every text that may come from a file is shown through `literal`.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from kompass_tui.tui.literal import literal_content


@dataclass(frozen=True)
class Choice:
    """One answer: what `dismiss` returns, its button label and its key."""

    answer: str
    label: str
    key: str
    variant: str = "default"


class ChoiceDialog(ModalScreen[str | None]):
    """A title, scrollable detail lines and one button per choice; Escape gives `escape`."""

    CSS_PATH = "dialogs.tcss"
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
        *,
        escape: str | None = None,
    ) -> None:
        super().__init__(name=name)
        self.title_text = title
        self.details = details
        self.choices = choices
        self.escape_answer = escape
        keys = [(c.key, c.answer) for c in choices]
        if escape is not None:
            keys.append(("escape", escape))
        for key, answer in keys:
            self._bindings.bind(key, f"choose('{answer}')", show=False)

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

    def on_mount(self) -> None:
        """Focus the first answer, so Enter picks it."""
        self.query(Button).first().focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.action_choose((event.button.id or "").removeprefix("choice-"))

    def action_choose(self, answer: str) -> None:
        """Close with an answer."""
        self.dismiss(answer)
