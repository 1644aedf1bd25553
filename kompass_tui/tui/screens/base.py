"""What every kompass screen shares: keys from the router, the key table, one way to close.

`KeyedScreenMixin` takes keys from the app's `KeyRouter`: it becomes ready once mounted and
focused (keys typed before that wait), looks each key up in `tui/keys.py` for the screen's
current context and runs the action, or types it into the focused field.

`Dialog` is the base of every modal: one style sheet, Escape to cancel, the interface
language, and `close`, which can run only once — a second Enter or Escape typed fast never
pops another screen — and hands the result over at once, not later.

`LiveEditDialog` is the base of the dialogs that edit one entry of the session as it is
typed (a strength or improvement area, a source, an interview, an action).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from textual import events
from textual.app import SystemCommand
from textual.screen import ModalScreen, Screen
from textual.widget import Widget

from kompass_tui.tui.key_router import paste_into, type_into
from kompass_tui.tui.keys import DIALOG, KeyAction, find
from kompass_tui.tui.kompass_app import kompass_app

if TYPE_CHECKING:
    from kompass_tui.core.session.open_session import OpenSession

Result = TypeVar("Result")


class KeyedScreenMixin(Screen[None]):
    """The base of kompass's screens (before a Screen class): keys in order, from the key
    table."""

    key_context: ClassVar[str] = DIALOG
    keys_ready: bool = False

    def first_focus(self) -> Widget | None:
        """The widget that has focus when the screen opens (None: the screen itself)."""
        return None

    def on_mount(self) -> None:
        """Become ready for keys after the first paint, with the first widget focused."""
        self.call_after_refresh(self._become_ready)

    def _become_ready(self) -> None:
        widget = self.first_focus()
        if widget is not None:
            self.set_focus(widget)
        self.keys_ready = True
        self.app.call_later(kompass_app(self.app).router.drain)

    def context(self) -> str:
        """The key table context the screen is in now."""
        return self.key_context

    def key_enabled(self, action: KeyAction) -> bool:
        """Whether an action can run now (a screen may refuse some)."""
        return True

    def palette_extras(self) -> Iterable[SystemCommand]:
        """Commands the palette offers beyond the key table (none by default)."""
        return ()

    async def take_key(self, event: events.Key) -> None:
        """Run the key's action in the current context, or type it into the focused field."""
        action = find(event.aliases, self.context())
        if action is not None and self.key_enabled(action):
            await self.run_key(action)
            return
        await self.type_key(event)

    async def type_key(self, event: events.Key) -> None:
        """A key no action takes: into the focused field."""
        await type_into(self.focused, event)

    async def take_paste(self, text: str) -> None:
        """Pasted text: into the focused field."""
        paste_into(self.focused, text)

    async def run_key(self, action: KeyAction) -> None:
        """Run an action: the screen's `action_<name>`, else the app's."""
        name = f"action_{action.action}"
        target = self if hasattr(self, name) else self.app
        method: Callable[..., Any] = getattr(target, name)
        result = method() if action.argument is None else method(action.argument)
        if inspect.isawaitable(result):
            await result


class Dialog(KeyedScreenMixin, ModalScreen[None], Generic[Result]):
    """A modal with a result: `close(result)` hands it to `on_done` and pops the dialog."""

    CSS_PATH = "dialogs.tcss"
    key_context = DIALOG

    def __init__(
        self, lang: str, on_done: Callable[[Result | None], None] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.lang = lang
        self.on_done = on_done
        self.closed = False

    def close(self, result: Result | None) -> None:
        """Close once, now: pop the dialog, then give `on_done` the result."""
        if self.closed or self.app.screen is not self:
            return
        self.closed = True
        self.app.pop_screen()
        if self.on_done is not None:
            self.on_done(result)

    async def type_key(self, event: events.Key) -> None:
        """A key no action takes: into the focused field, then `field_changed`."""
        await super().type_key(event)
        self.field_changed()

    async def take_paste(self, text: str) -> None:
        """Pasted text: into the focused field, then `field_changed`."""
        await super().take_paste(text)
        self.field_changed()

    def field_changed(self) -> None:
        """After a key or a paste went into the focused field (a dialog may follow what
        is typed: check it, or keep it in the session)."""

    def action_cancel(self) -> None:
        """Escape: close without a result."""
        self.close(None)

    def action_next_field(self) -> None:
        """Tab: the next field."""
        self.focus_next()

    def action_prev_field(self) -> None:
        """Shift+Tab: the previous field."""
        self.focus_previous()

    def before_save(self) -> None:
        """ctrl+s while the dialog is open: keep what it holds (a dialog may override)."""


class LiveEditDialog(Dialog[Result]):
    """Edits the entry at `index` of the open session, a new one (`adding`) or the one
    there, as it is typed: what is typed is in the session at once (so autosave keeps it),
    Escape puts back what was there before."""

    def __init__(self, state: OpenSession, index: int, *, adding: bool) -> None:
        super().__init__(state.lang)
        self.state = state
        self.index = index
        self.adding = adding
        self.added = False
        """Whether an added entry is in the session yet."""

    def before_save(self) -> None:
        """ctrl+s with the dialog open: the entry is in the session already; keep editing."""
