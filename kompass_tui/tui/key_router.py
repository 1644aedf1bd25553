"""Keys applied one at a time, in the order they arrive, to the screen on top.

Textual hands each key to the focused widget's own queue and runs bindings elsewhere, so
keys that arrive together (a burst over SSH, a paste) can be handled out of order, or by a
widget that no longer has focus, or by a screen that is not mounted yet. kompass takes keys
before that: the app gives every key and paste to `KeyRouter.take`, which applies it to the
screen on top right away, synchronously, while the app's queue waits. A screen that is not
ready (just pushed, not yet mounted and focused) gets its keys when it is: until then they
wait here, in order, and so does every key behind them.

Screens that take part implement `KeyedScreen`; Textual's own screens (the command palette)
get keys the usual way.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeGuard, runtime_checkable

from textual import events
from textual.widget import Widget
from textual.widgets import Input

if TYPE_CHECKING:
    from textual.widgets import TextArea


@runtime_checkable
class KeyedScreen(Protocol):
    """A screen that takes its keys from the router."""

    keys_ready: bool
    """Mounted and focused: keys can be applied now."""

    async def take_key(self, event: events.Key) -> None:
        """Apply one key now."""

    async def take_paste(self, text: str) -> None:
        """Apply pasted text now."""


class KeyRouter:
    """The app's single queue of keys."""

    def __init__(
        self, top: Callable[[], Widget], on_error: Callable[[BaseException], None]
    ) -> None:
        self.top = top
        """The screen on top now."""
        self.on_error = on_error
        """Called with an unexpected error raised while a key was applied."""
        self.pending: deque[events.Key | events.Paste] = deque()
        self.busy = False

    async def take(self, event: events.Key | events.Paste) -> bool:
        """Apply or queue a key for the screen on top; False if that screen takes keys itself."""
        if not isinstance(self.top(), KeyedScreen) and not self.pending:
            return False
        self.pending.append(event)
        await self.drain()
        return True

    def set_aside(self) -> int:
        """Drop every waiting key (typed before a safety question was on screen); how many."""
        count = len(self.pending)
        self.pending.clear()
        return count

    async def drain(self) -> None:
        """Apply waiting keys in order while the screen on top is ready for them."""
        if self.busy:
            return  # the drain in progress takes this key in its turn
        self.busy = True
        try:
            while self.pending:
                screen = self.top()
                if not isinstance(screen, KeyedScreen):
                    # Textual's own screen (the command palette): it takes keys itself.
                    target = screen.app.focused or screen
                    while self.pending:
                        target.post_message(self.pending.popleft())
                    return
                if not screen.keys_ready:
                    return  # resumed when the screen is ready
                event = self.pending.popleft()
                try:
                    if isinstance(event, events.Paste):
                        await screen.take_paste(event.text)
                    else:
                        await screen.take_key(event)
                except Exception as error:
                    self.pending.clear()
                    self.on_error(error)
                    return
        finally:
            self.busy = False


def _is_text_area(widget: object) -> TypeGuard[TextArea]:
    """Whether a widget is a text area, without importing TextArea and its document model
    before one was made (not before the first frame): none can be one before."""
    module = sys.modules.get("textual.widgets._text_area")
    return module is not None and isinstance(widget, module.TextArea)


async def type_into(widget: Widget | None, event: events.Key) -> None:
    """Apply a key to a text field now, as Textual would, without going through its queue.

    Printable characters (and Enter in a text area) are inserted at the cursor; every other
    key runs the binding the field (or its screen) has for it, such as backspace or the arrows.
    """
    if widget is None:
        return
    if _is_text_area(widget) and not widget.read_only:
        insert = "\n" if event.key == "enter" else event.character
        if insert is not None and (insert == "\n" or insert.isprintable()):
            widget.replace(insert, *widget.selection, maintain_selection_offset=False)
            return
    if isinstance(widget, Input) and event.is_printable and event.character is not None:
        start, end = widget.selection
        if start == end:
            widget.insert_text_at_cursor(event.character)
        else:
            widget.replace(event.character, *sorted((start, end)))
        return
    active = widget.screen.active_bindings
    for key in event.aliases:
        binding = active.get(key)
        if binding is not None and binding.enabled:
            await widget.app.run_action(binding.binding.action, binding.node)
            return


def paste_into(widget: Widget | None, text: str) -> None:
    """Insert pasted text into a text field now (the first line only, in a one-line field)."""
    if _is_text_area(widget) and not widget.read_only:
        widget.replace(text, *widget.selection, maintain_selection_offset=False)
    elif isinstance(widget, Input) and text:
        line = text.splitlines()[0]
        start, end = widget.selection
        if start == end:
            widget.insert_text_at_cursor(line)
        else:
            widget.replace(line, *sorted((start, end)))
