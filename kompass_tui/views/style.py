"""Colours shared by the terminal view and the SVG chart (Rich style names)."""

from __future__ import annotations

from decimal import Decimal

from rich.text import Text

from kompass_tui.core.report.model import EMPTY, FULL, filled_cells

EMPTY_STYLE = "grey42"
TOTAL_STYLE = "bold"
HEADING_STYLE = "bold cyan"
NOTICE_STYLE = "bold yellow"
NOT_APPLICABLE_STYLE = "italic grey62"
NOT_SCORED_STYLE = "italic yellow"


def percent_style(percent: Decimal | None) -> str:
    """A colour for a share of the maximum: red below 40 %, yellow below 60 %, else green."""
    if percent is None:
        return EMPTY_STYLE
    if percent < 40:
        return "red"
    if percent < 60:
        return "yellow"
    return "green"


def bar_text(percent: Decimal | None, width: int) -> Text:
    """A coloured bar for a percentage, filled from the exact value."""
    filled = filled_cells(percent, width)
    bar = Text(FULL * filled, style=percent_style(percent))
    bar.append(EMPTY * (width - filled), style=EMPTY_STYLE)
    return bar
