"""The tab line under the status line: the overview and every area, the shown one marked.

A plain line of text, not Textual's tabs: it redraws only when the shown tab or the width
changes. When the full labels do not fit, the other areas show only their number; when even
that does not fit (many areas), the line shows the tabs around the shown one.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from kompass_tui.tui.laid_out import laid_out_width
from kompass_tui.tui.literal import literal


class TabBar(Static):
    """`show(labels, active)` draws the tabs; labels[0] is the overview."""

    DEFAULT_CSS = """
    TabBar { height: 1; background: $surface; padding: 0 1; text-wrap: nowrap; }
    """

    def __init__(self) -> None:
        super().__init__("")
        self.labels: list[str] = []
        self.active = 0
        self._drawn: tuple[object, ...] = ()

    def show(self, labels: list[str], active: int) -> None:
        """Draw the tabs with `active` marked."""
        self.labels, self.active = labels, active
        self._draw()

    def on_resize(self) -> None:
        """Fit the labels to the new width."""
        self._draw()

    def _draw(self) -> None:
        width = max(10, laid_out_width(self) - 2)
        key = (tuple(self.labels), self.active, width)
        if key == self._drawn or not self.labels:
            return
        self._drawn = key
        texts = [literal(label, one_line=True) for label in self.labels]
        if _width(texts) > width:
            texts = [
                t if i in (0, self.active) else t.split(" ", 1)[0] for i, t in enumerate(texts)
            ]
        first, last = 0, len(texts)
        while _width(texts[first:last]) > width and last - first > 1:
            # Keep the shown tab in view: drop tabs from the end further from it.
            if self.active - first > last - 1 - self.active:
                first += 1
            else:
                last -= 1
        pieces: list[Content | tuple[str, str] | str] = []
        if first:
            pieces.append(("‹ ", "dim"))
        for index in range(first, last):
            if index > first:
                pieces.append(("│", "dim"))
            if index == self.active:
                pieces.append((f" {texts[index]} ", "bold reverse $accent"))
            else:
                pieces.append(f" {texts[index]} ")
        if last < len(texts):
            pieces.append((" ›", "dim"))
        self.update(Content.assemble(*pieces), layout=False)


def _width(texts: list[str]) -> int:
    return sum(len(t) + 3 for t in texts)
