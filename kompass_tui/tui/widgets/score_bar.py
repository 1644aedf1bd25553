"""A percentage bar drawn with block characters, cheap enough to redraw on every keystroke."""

from __future__ import annotations

from decimal import Decimal

from rich.text import Text
from textual.content import Content
from textual.widgets import Static

_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar_text(percent: Decimal | None, width: int) -> Text:
    """A bar `width` cells wide filled to `percent` (0–100); an empty track when None."""
    if percent is None:
        return Text("·" * width, style="dim")
    eighths = int(max(Decimal(0), min(Decimal(100), percent)) * width * 8 / 100)
    full, part = divmod(eighths, 8)
    filled = "█" * full + (_EIGHTHS[part] if part and full < width else "")
    text = Text(filled, style="bold")
    text.append("░" * (width - len(filled)), style="dim")
    return text


def bar_content(percent: Decimal | None, width: int) -> Content:
    """The same bar as Textual content, in the theme's success colour."""
    text = bar_text(percent, width)
    filled = len(text.plain.rstrip("░·"))
    if percent is None:
        return Content.styled(text.plain, "dim")
    return Content.assemble((text.plain[:filled], "$success"), (text.plain[filled:], "dim"))


class ScoreBar(Static):
    """A bar showing a percentage; `show(percent)` redraws it."""

    DEFAULT_CSS = """
    ScoreBar { width: 12; height: 1; color: $success; }
    """

    def __init__(self, percent: Decimal | None = None, width: int = 12, **kwargs: object) -> None:
        self._width = width
        super().__init__(bar_text(percent, width), **kwargs)  # type: ignore[arg-type]

    def show(self, percent: Decimal | None) -> None:
        """Redraw the bar for a new percentage."""
        self.update(bar_text(percent, self._width), layout=False)  # fixed size: no reflow
