"""A modal question with a few answers, each on a button and a key: the safety dialogs.

Used before quitting with unsaved work, when the file changed on disk, to restore unsaved
work, to take over a stale lock and before deleting what has actions. Every text that may
come from a file is shown through `literal`.

Such a question cannot be answered by accident (#20):

- keys typed before it is on screen (a burst behind the key that opened it, keys typed
  while the program started) never answer it: keys arriving before it has been on screen
  for `QUESTION_SETTLE` seconds are set aside, and it says how many;
- the answer focused at first (the one Enter picks) is `default`, which the caller chooses
  among the answers that neither discard nor overwrite anything;
- keys that are not answers do nothing here (no text to type into, no app binding).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Static

from kompass_tui.tui.key_router import KeyRouter
from kompass_tui.tui.keys import CHOICE
from kompass_tui.tui.literal import literal_content
from kompass_tui.tui.screens.base import Dialog
from kompass_tui.tui.strings import tr

QUESTION_SETTLE = 0.4
"""Seconds a question is on screen before keys answer it. Keys arriving sooner were typed
before it could be seen: those typed ahead in a burst behind the key that opened it, and
those typed while the program started, which the terminal delivers only once it runs (a
person reads a question, over SSH sees it a round trip late, and only then answers)."""


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
    ChoiceDialog .choice-set-aside { color: $text-warning; margin-bottom: 1; display: none; }
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
        default: str | None = None,
    ) -> None:
        super().__init__(lang, on_done, name=name)
        self.title_text = title
        self.details = details
        self.choices = choices
        self.escape_answer = escape
        self.default = default if default is not None else choices[0].answer
        """The answer focused at first: Enter picks it (never one that discards)."""
        self.answer_of_key = {k.strip(): c.answer for c in choices for k in c.key.split(",")}
        self.set_aside = 0
        """Keys typed before the question was on screen, set aside unanswered."""

    def compose(self) -> ComposeResult:
        """Title, details and buttons."""
        with Vertical(classes="dialog"):
            yield Static(literal_content(self.title_text), classes="dialog-title")
            if self.details:
                with VerticalScroll(classes="choice-details"):
                    yield Static(literal_content("\n".join(self.details)))
            yield Static("", classes="choice-set-aside")
            for choice in self.choices:
                yield Button(
                    literal_content(choice.label),
                    id=f"choice-{choice.answer}",
                    variant=choice.variant,  # type: ignore[arg-type]
                    compact=True,
                )

    AUTO_FOCUS = None
    """No answer looks chosen until the question takes keys: then the default does."""

    def first_focus(self) -> Widget | None:
        """The default answer, so Enter picks it."""
        return self.query_one(f"#choice-{self.default}", Button)

    def _become_ready(self) -> None:
        """Drawn: keys still wait (and more may arrive) until the question has been on
        screen for `QUESTION_SETTLE` seconds; then all of them are set aside, and counted."""
        if QUESTION_SETTLE > 0:
            self.set_timer(QUESTION_SETTLE, self._settled)
        else:
            self._settled()

    def _settled(self) -> None:
        router = getattr(self.app, "router", None)
        waiting = router.set_aside() if isinstance(router, KeyRouter) else 0
        if waiting:
            self.set_aside += waiting
            line = self.query_one(".choice-set-aside", Static)
            line.update(tr(self.lang, "set_aside", n=self.set_aside))
            line.display = True
        super()._become_ready()

    async def take_key(self, event: events.Key) -> None:
        """A choice's own key answers at once; the others as in every dialog."""
        answer = self.answer_of_key.get(event.character or event.key)
        if answer is not None:
            self.close(answer)
            return
        await super().take_key(event)

    async def type_key(self, event: events.Key) -> None:
        """Keys that are neither answers nor the dialog's own keys do nothing here."""

    async def take_paste(self, text: str) -> None:
        """A paste answers nothing."""

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
