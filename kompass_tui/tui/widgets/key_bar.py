"""The line of keys at the bottom: the actions of the current place, from the key table.

Drawn once per change of place (not per keystroke), as short as it can be read at 80
columns: `⏎ Nästa  ^g Obesvarad  ^o Text …`. What does not fit is left out from the end;
F1 lists everything.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.content import Content
from textual.widgets import Static

from kompass_tui.tui.keys import KeyAction, in_context, label, short_key


class KeyBar(Static):
    """One line: key and label of each action the key table marks for the bar."""

    DEFAULT_CSS = """
    KeyBar { dock: bottom; height: 1; background: $panel; color: $foreground; padding: 0 1; }
    """

    def __init__(self, lang: str) -> None:
        super().__init__("")
        self.lang = lang
        self._shown: tuple[str, ...] = ()
        self._bar_context = ""
        self._enabled: Callable[[KeyAction], bool] = lambda action: True

    def show(self, context: str, enabled: Callable[[KeyAction], bool]) -> None:
        """Show the keys of a context, leaving out the actions `enabled` refuses."""
        self._bar_context, self._enabled = context, enabled
        self._draw()

    def on_resize(self) -> None:
        """Fit the keys to the new width."""
        self._draw()

    def _draw(self) -> None:
        width = max(0, self.size.width - 2) or 78
        parts: list[tuple[str, str]] = []
        used = 0
        seen: set[str] = set()
        # The place's own keys first, then those that work in more places.
        for action in sorted(in_context(self._bar_context), key=lambda a: len(a.contexts)):
            if not action.bar or action.id in seen or not self._enabled(action):
                continue
            seen.add(action.id)
            key, text = short_key(action.keys[0]), label(action, self.lang)
            cost = len(key) + 1 + len(text) + (2 if parts else 0)
            if used + cost > width:
                break
            parts.append((key, text))
            used += cost
        shown = tuple(f"{k} {t}" for k, t in parts)
        if shown == self._shown:
            return
        self._shown = shown
        pieces: list[Content | tuple[str, str] | str] = []
        for index, (key, text) in enumerate(parts):
            if index:
                pieces.append("  ")
            pieces.append((key, "bold $text-accent"))
            pieces.append(f" {text}")
        self.update(Content.assemble(*pieces), layout=False)
