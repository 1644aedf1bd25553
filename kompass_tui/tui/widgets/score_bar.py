"""A percentage bar, cheap to redraw on every keystroke and cheap to send over SSH.

The bar is spaces on a coloured background (one byte a cell) with one eighth-block glyph at
its tip, not a row of block glyphs (three bytes a cell in UTF-8): a digit typed sends about a
third of the bytes it would.
"""

from __future__ import annotations

from decimal import Decimal

from textual.content import Content
from textual.widgets import Static

_EIGHTHS = " ▏▎▍▌▋▊▉"
FILLED = "on $success"
TRACK = "on $panel-lighten-1"
TIP = "$success on $panel-lighten-1"


def bar_content(percent: Decimal | None, width: int) -> Content:
    """A bar `width` cells wide filled to `percent` (0–100); the bare track when None."""
    if percent is None:
        return Content.styled(" " * width, TRACK)
    eighths = int(max(Decimal(0), min(Decimal(100), percent)) * width * 8 / 100)
    full, part = divmod(eighths, 8)
    tip = _EIGHTHS[part] if part and full < width else ""
    rest = width - full - len(tip)
    return Content.assemble((" " * full, FILLED), (tip, TIP), (" " * rest, TRACK))


class ScoreBar(Static):
    """A bar showing a percentage; `show(percent)` redraws it."""

    DEFAULT_CSS = """
    ScoreBar { width: 12; height: 1; }
    """

    def __init__(self, percent: Decimal | None = None, width: int = 12, **kwargs: object) -> None:
        self._width = width
        super().__init__(bar_content(percent, width), **kwargs)  # type: ignore[arg-type]

    def show(self, percent: Decimal | None) -> None:
        """Redraw the bar for a new percentage."""
        self.update(bar_content(percent, self._width), layout=False)  # fixed size: no reflow
