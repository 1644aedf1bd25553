"""The profile chart: a bar per area of its share of the maximum, exported as SVG by Rich.

The SVG loads nothing from the network: Rich's template asks a CDN for its web font, and
those sources are taken out, so the chart uses a local monospace font.
"""

from __future__ import annotations

import io
import re

from rich.console import Console, Group
from rich.table import Table
from rich.terminal_theme import DEFAULT_TERMINAL_THEME
from rich.text import Text

from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.report.labels import labels_for
from kompass_tui.core.report.model import Report, build_report
from kompass_tui.core.scoring.numbers import format_percent, format_points
from kompass_tui.core.session.model import Session
from kompass_tui.core.visible import visible
from kompass_tui.views.style import HEADING_STYLE, TOTAL_STYLE, bar_text, percent_style
from kompass_tui.views.visible import Visible

CHART_BAR_WIDTH = 40
CHART_WIDTH = 100
_REMOTE_FONT = re.compile(r',\s*url\("[a-z]+://[^"]*"\)\s*format\("[^"]*"\)')


def profile_chart(report: Report) -> Group:
    """The chart as a Rich renderable: a heading, one bar per area and the total."""
    labels = labels_for(report.lang)
    heading = Text(report.municipality, style=HEADING_STYLE)
    heading.append(f" – {labels.chart_title}", style=HEADING_STYLE)
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column(justify="right", no_wrap=True)
    for area in report.areas:
        grid.add_row(
            Text(f"{area.id}. {area.title}"),
            bar_text(area.percent, CHART_BAR_WIDTH),
            Text(format_percent(area.percent), style=percent_style(area.percent)),
        )
    half = CHART_BAR_WIDTH // 2
    axis = Text(f"{'0 %':<{half - 2}}{'50 %':^4}{'100 %':>{CHART_BAR_WIDTH - half - 2}}", "dim")
    grid.add_row(Text(""), axis, Text(""))
    total = Text(f"{labels.total}: {format_points(report.total, report.lang)}", TOTAL_STYLE)
    percent = Text(format_percent(report.percent), TOTAL_STYLE)
    grid.add_row(total, bar_text(report.percent, CHART_BAR_WIDTH), percent)
    return Group(heading, Text(""), grid)


def profile_svg(report: Report, printable: bool = False) -> str:
    """The profile chart as an SVG document; `printable` draws it dark on white, for paper."""
    console = Console(
        record=True,
        width=CHART_WIDTH,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        legacy_windows=False,
    )
    console.print(Visible(profile_chart(report)))  # control characters are not valid XML
    labels = labels_for(report.lang)
    title = visible(f"{report.municipality} – {labels.chart_title}")
    if printable:
        svg = console.export_svg(title=title, theme=DEFAULT_TERMINAL_THEME)
    else:
        svg = console.export_svg(title=title)
    return _REMOTE_FONT.sub("", svg)


def build_svg(session: Session, instrument: Instrument, lang: str) -> str:
    """The profile chart of a session as an SVG document."""
    return profile_svg(build_report(session, instrument, lang))
