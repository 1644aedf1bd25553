"""Anything Rich renders, with every control character in its text made visible.

The text rule is `core.visible.visible`; this applies it segment by segment to what Rich
renders, after Rich has laid it out (its own cursor moves are left alone). Runs of text
without a style leave as one segment: they print the same, and Rich's printing works per
segment (a report is thousands of them, #23).
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.segment import Segment

from kompass_tui.core.visible import visible


class Visible:
    """A Rich renderable shown with every control character in its text made visible."""

    def __init__(self, renderable: RenderableType) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Render the wrapped renderable, then make its text harmless segment by segment."""
        plain: list[str] = []
        for segment in console.render(self.renderable, options):
            if not segment.style and not segment.control and segment.text:
                plain.append(segment.text)  # made visible as one run (character by character)
                continue
            if plain:
                yield Segment(visible("".join(plain)))
                plain.clear()
            if segment.control or not segment.text:
                yield segment  # Rich's own cursor moves, not text from a session; or empty
                continue
            shown = visible(segment.text)
            yield segment if shown is segment.text else Segment(shown, segment.style)
        if plain:
            yield Segment(visible("".join(plain)))
