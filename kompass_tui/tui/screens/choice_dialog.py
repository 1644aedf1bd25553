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

Nothing destructive is one key away: an answer that discards, overwrites, deletes or takes
over something (`Choice.confirm` is set) takes two deliberate keys. Its key, Enter on its
button or a click arms it: focus moves to its button, which now says what a second press
does ("Press d again to quit without saving"); only then its key again, Enter or a click
answers. The armed button is a question of its own: keys arriving before it has been on
screen for `QUESTION_SETTLE` seconds (a double tap, a held key, a burst) are set aside and
put the question back as it opened. Another answer's key is that answer; any other key
(Escape, Tab …) puts the question back as it opened, the harmless default focused.

`SettlingDialog` holds that waiting and setting aside for any dialog whose next key answers
something it has just shown: the export prompt's "Enter again to overwrite" uses it too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import KW_ONLY, dataclass

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Static

from kompass_tui.tui.key_router import KeyRouter
from kompass_tui.tui.keys import CHOICE
from kompass_tui.tui.literal import literal_content
from kompass_tui.tui.screens.base import Dialog, Result
from kompass_tui.tui.strings import tr

QUESTION_SETTLE = 0.4
"""Seconds a question is on screen before keys answer it. Keys arriving sooner were typed
before it could be seen: those typed ahead in a burst behind the key that opened it, and
those typed while the program started, which the terminal delivers only once it runs (a
person reads a question, over SSH sees it a round trip late, and only then answers)."""


@dataclass(frozen=True)
class Choice:
    """One answer: what the dialog gives, its button label and its keys (comma-separated).

    Every choice says whether it is destructive (`confirm`, which has no default, so that no
    dialog forgets it)."""

    answer: str
    label: str
    key: str
    variant: str = "default"
    _: KW_ONLY
    confirm: str | None
    """None for a harmless answer, which its key gives at once. For one that discards,
    overwrites, deletes or takes over something: what its button says once a first key
    armed it ("Press d again to …"); a second key answers it."""

    @property
    def destructive(self) -> bool:
        """Whether the answer discards, overwrites, deletes or takes over something."""
        return self.confirm is not None


class SettlingDialog(Dialog[Result]):
    """A dialog whose next key answers something it has just shown: keys count only once
    that has been on screen for `QUESTION_SETTLE` seconds; those arriving sooner (typed
    ahead, a double tap, a held key, a burst) are set aside, and a line says how many.

    The line is the dialog's `Static` with the class `set-aside` (hidden until then)."""

    set_aside: int = 0
    """Keys typed before what they would answer was on screen, set aside unanswered."""

    def hold_keys(self) -> None:
        """What the next key answers has just changed: keys wait until it has been on
        screen for `QUESTION_SETTLE` seconds; those that came sooner are then set aside
        (`keys_set_aside`)."""
        if QUESTION_SETTLE > 0:
            self.keys_ready = False
            self.call_after_refresh(self.set_timer, QUESTION_SETTLE, self._held_settled)

    def _held_settled(self) -> None:
        if self.closed:
            return
        if self._count_set_aside():
            self.keys_set_aside()
        self.keys_ready = True
        router = getattr(self.app, "router", None)
        if isinstance(router, KeyRouter):
            self.app.call_later(router.drain)

    def keys_set_aside(self) -> None:
        """Keys came before what they would answer could be read (a dialog puts itself
        back as it was before the key that changed it)."""

    def _count_set_aside(self) -> int:
        """Set aside the keys waiting now, say how many so far; how many now."""
        router = getattr(self.app, "router", None)
        waiting = router.set_aside() if isinstance(router, KeyRouter) else 0
        if waiting:
            self.set_aside += waiting
            line = self.query_one(".set-aside", Static)
            line.update(tr(self.lang, "set_aside", n=self.set_aside))
            line.display = True
        return waiting


class ChoiceDialog(SettlingDialog[str]):
    """A title, scrollable detail lines and one button per choice; Escape gives `escape`."""

    key_context = CHOICE
    DEFAULT_CSS = """
    ChoiceDialog { align: center middle; background: $background 60%; }
    ChoiceDialog .choice-details { height: auto; max-height: 10; margin-bottom: 1; }
    ChoiceDialog Button { width: 100%; margin-bottom: 1; }
    ChoiceDialog Button.-armed { text-style: bold; }
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
        self.choice_of = {c.answer: c for c in choices}
        self.choice_of_key = {k.strip(): c for c in choices for k in c.key.split(",")}
        for harmless in (self.default, escape):
            if harmless is not None and self.choice_of[harmless].destructive:
                raise ValueError(f"{name}: Enter or Escape would answer {harmless!r}")
        self.armed: Choice | None = None
        """The destructive answer a first key chose: a second one gives it."""

    def compose(self) -> ComposeResult:
        """Title, details and buttons."""
        with Vertical(classes="dialog"):
            yield Static(literal_content(self.title_text), classes="dialog-title")
            if self.details:
                with VerticalScroll(classes="choice-details"):
                    yield Static(literal_content("\n".join(self.details)))
            yield Static("", classes="choice-set-aside set-aside")
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
        self._count_set_aside()
        super()._become_ready()

    async def take_key(self, event: events.Key) -> None:
        """A choice's own key answers (a destructive one: arms it, or answers when armed);
        while one is armed, Enter answers it and any other key puts the question back."""
        choice = self.choice_of_key.get(event.character or event.key)
        armed = self.armed
        if armed is not None and choice is not armed and event.key != "enter":
            self._disarm()
            if choice is None:
                return  # Escape, Tab or any other key: only the question back as it opened
        if choice is not None:
            self._answer(choice)
            return
        await super().take_key(event)

    async def type_key(self, event: events.Key) -> None:
        """Keys that are neither answers nor the dialog's own keys do nothing here."""

    async def take_paste(self, text: str) -> None:
        """A paste answers nothing."""

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A click on a button (none while the question takes no keys)."""
        choice = self.choice_of.get((event.button.id or "").removeprefix("choice-"))
        if choice is None or not self.keys_ready:
            return
        if self.armed is not None and choice is not self.armed:
            self._disarm()
        self._answer(choice)

    def action_choose(self) -> None:
        """Enter: the focused button's answer."""
        focused = self.focused
        if isinstance(focused, Button):
            choice = self.choice_of.get((focused.id or "").removeprefix("choice-"))
            if choice is not None:
                self._answer(choice)

    def action_cancel(self) -> None:
        """Escape: the escape answer, when the dialog has one (when an answer is armed,
        Escape only puts the question back: `take_key`)."""
        if self.escape_answer is not None:
            self.close(self.escape_answer)

    # -- two keys for a destructive answer ---------------------------------------------------

    def _answer(self, choice: Choice) -> None:
        """Give a harmless answer, or the armed one; arm a destructive one."""
        if not choice.destructive or choice is self.armed:
            self.close(choice.answer)
        else:
            self._arm(choice)

    def _arm(self, choice: Choice) -> None:
        """The first key of a destructive answer: its button says what the second does,
        and takes keys once it has been on screen for `QUESTION_SETTLE` seconds."""
        self.armed = choice
        button = self.query_one(f"#choice-{choice.answer}", Button)
        button.label = literal_content(choice.confirm or choice.label)
        button.add_class("-armed")
        self.set_focus(button)
        self.hold_keys()

    def keys_set_aside(self) -> None:
        """Keys that arrived while the armed button was not yet readable answer nothing:
        they are set aside, and the question is put back as it opened."""
        self._disarm()

    def _disarm(self) -> None:
        """Put the question back as it opened: the armed button's own label, the harmless
        default focused."""
        armed, self.armed = self.armed, None
        if armed is not None:
            button = self.query_one(f"#choice-{armed.answer}", Button)
            button.label = literal_content(armed.label)
            button.remove_class("-armed")
        self.set_focus(self.first_focus())


def keep_or_destroy(
    name: str, title: str, lang: str, keep: Choice, destroy: Choice, then: Callable[[], None]
) -> ChoiceDialog:
    """A question of two answers: `keep` (its key, Enter or Escape: nothing happens) or
    `destroy`, which discards or deletes something and so takes two keys; `then` runs
    after it."""
    if keep.destructive or not destroy.destructive:
        raise ValueError(f"{name}: keep {keep.answer!r} or destroy {destroy.answer!r}?")

    def answered(answer: str | None) -> None:
        if answer == destroy.answer:
            then()

    return ChoiceDialog(name, title, [], [keep, destroy], lang, answered, escape=keep.answer)
