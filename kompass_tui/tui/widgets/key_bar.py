"""The line of keys at the bottom: the actions of the current place, from the key table.

Drawn once per change of place (not per keystroke), as short as it can be read at 80
columns: `⏎ Nästa  ^o Text … ^s Spara  F1 Hjälp`. It always ends with save and help; the
place's own keys come first, and what does not fit is left out from the least important
end. When keys are left out, help says so (`F1 Hjälp…`): F1 lists everything.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len
from textual.content import Content
from textual.widgets import Static

from kompass_tui.tui.keys import KeyAction, in_context, label, short_key
from kompass_tui.tui.laid_out import laid_out_width
from kompass_tui.tui.strings import tr

LAST = ("save", "help")
"""The keys the bar always ends with, in this order (save only where it can run)."""


def bar_actions(context: str, enabled: Callable[[KeyAction], bool]) -> list[KeyAction]:
    """The bar's actions in a context, most important first: the place's own keys, then
    those that work in more places; each once, only those `enabled` allows."""
    seen: set[str] = set()
    actions: list[KeyAction] = []
    for action in sorted(in_context(context), key=lambda a: len(a.contexts)):
        if action.bar and action.id not in seen and enabled(action):
            seen.add(action.id)
            actions.append(action)
    return actions


def fit_bar(actions: list[KeyAction], lang: str, width: int) -> list[tuple[str, str]]:
    """(key, label) pairs that fit in `width` cells: as many of the first actions as fit,
    then save and help; help reads `Hjälp…` when keys were left out."""
    last = [a for name in LAST for a in actions if a.id == name]
    first = [a for a in actions if a.id not in LAST]

    def cost(pairs: list[tuple[str, str]]) -> int:
        return sum(cell_len(k) + 1 + cell_len(t) for k, t in pairs) + 2 * max(0, len(pairs) - 1)

    def pair(action: KeyAction, more: bool = False) -> tuple[str, str]:
        text = tr(lang, "b.help_more") if more else label(action, lang)
        return short_key(action.keys[0]), text

    shown: list[tuple[str, str]] = []
    for action in first:
        if cost([*shown, pair(action), *(pair(a, True) for a in last)]) > width:
            break
        shown.append(pair(action))
    more = len(shown) < len(first)
    return shown + [pair(a, more and a.id == "help") for a in last]


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
        width = max(0, laid_out_width(self) - 2)
        offered = bar_actions(self._bar_context, self._enabled)
        parts = fit_bar(offered, self.lang, width)
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
