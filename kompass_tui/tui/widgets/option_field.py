"""A form field with a few options, chosen with ←/→ or the first letter: `‹ Dokument ›`.

Used for what a list of fixed values holds (a source's kind and status, an interviewee's
role, an action's status). It only shows its value; the form that holds it moves it on
(the key table's `next_option`/`prev_option` in the `option` context) and reads `value`.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widgets import Static


class OptionField(Static, can_focus=True):
    """One of `options` (value, label), shown between arrows."""

    DEFAULT_CSS = """
    OptionField { width: 1fr; height: 1; background: $boost; padding: 0 1; }
    OptionField:focus { background: $accent 40%; }
    """

    def __init__(self, options: Sequence[tuple[str, str]], value: str, *, id: str) -> None:
        super().__init__("", id=id)
        self.options = list(options)
        values = [v for v, _ in self.options]
        self.index = values.index(value) if value in values else 0

    @property
    def value(self) -> str:
        """The chosen option's value."""
        return self.options[self.index][0]

    def on_mount(self) -> None:
        """Show the chosen option."""
        self._show()

    def step(self, by: int) -> None:
        """The next (+1) or previous (-1) option, wrapping."""
        self.index = (self.index + by) % len(self.options)
        self._show()

    def choose_letter(self, letter: str) -> bool:
        """The next option whose label starts with `letter` (case aside); False if none."""
        wanted = letter.casefold()
        count = len(self.options)
        for offset in range(1, count + 1):
            index = (self.index + offset) % count
            if self.options[index][1].casefold().startswith(wanted):
                self.index = index
                self._show()
                return True
        return False

    def _show(self) -> None:
        label = self.options[self.index][1]
        self.update(Content.assemble(("‹ ", "$text-muted"), label, (" ›", "$text-muted")))
