"""Keys applied in the order they were typed, even when they arrive in one burst.

Over a slow SSH link several keystrokes arrive in one read. Textual forwards each to the
focused widget's queue at once, but runs bindings elsewhere: a widget's own bindings
(backspace, arrows, Enter) only after the key has bubbled up to the app, and priority
bindings (ctrl+s, F-keys) before the widget has handled the keys typed ahead of them.
So "5⌫6" could end as "5" and "7,5 ctrl+s" could save without the 5. Two remedies:

- `OrderedKeysMixin`, for inputs: runs the widget's own bindings in its key handler, in
  order, and passes on keys that reach it after focus has moved to another widget.
- `after_typing`, for priority actions: runs the action from the focused widget's queue,
  after the keys already waiting there.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from textual import events
from textual.widget import Widget

Action = TypeVar("Action", bound=Callable[..., Any])


class OrderedKeysMixin:
    """Mix into an input widget, before its class: its bindings run in typing order.

    A plain class, not a Widget subclass, so the widget's CSS and component classes are
    inherited untouched.
    """

    async def _on_key(self: Any, event: events.Key) -> None:
        top = self.app.screen
        if top is not self.screen:
            # Typed after a key that opened a dialog (ctrl+e, ctrl+o): it belongs to the
            # dialog, once the dialog is shown and has focus.
            event.stop()
            event.prevent_default()
            top.call_after_refresh(self.app.post_message, events.Key(event.key, event.character))
            return
        focused = self.screen.focused
        if focused is not None and focused is not self:
            # Typed after a key that moved focus away from us: it belongs to the new focus.
            event.stop()
            event.prevent_default()
            focused.post_message(events.Key(event.key, event.character))
            return
        for key in event.aliases:
            bindings = self._bindings.key_to_bindings.get(key)
            if bindings:
                event.stop()
                event.prevent_default()
                await self.run_action(bindings[0].action)
                return
        await super()._on_key(event)  # type: ignore[misc]


def after_typing(action: Action) -> Action:
    """Defer an action until the focused widget has handled the keys typed before it."""

    @functools.wraps(action)
    def deferred(self: Any, *args: Any) -> Any:
        return _when_settled(None, action, self, args)

    return deferred  # type: ignore[return-value]


def _when_settled(via: Widget | None, action: Callable[..., Any], owner: Any, args: tuple) -> Any:
    # Run through the focused widget's queue; if a key in that queue moved focus on (Enter
    # to the next question), the keys after it were passed to the new focus, so follow it.
    focused = owner.app.focused
    if focused is None or not focused.is_attached or focused is via:
        return action(owner, *args)
    focused.call_later(_when_settled, focused, action, owner, args)
    return None
