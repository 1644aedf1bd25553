"""Charts as hand-written SVG: the profile (a bar per area) and a municipality over time.

Pure text out: no Rich, no fonts or images fetched from anywhere, every text escaped and
its control characters made visible (XML has no place for them). Black text, bars told
apart by tone and outline as well as colour, so a chart stays readable printed in grey.
The report's HTML inlines these documents as they are; `core/report/charts.py` draws a
report's profile with them, `core/compare/` a reference profile and a trend.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.scoring.numbers import format_percent
from kompass_tui.core.visible import visible

FONT = "font-family=\"'DejaVu Sans', Arial, Helvetica, sans-serif\""
INK = "#111111"
MAIN = "#2f5d8a"
REFERENCE = "#c9d7e6"
GRID = "#bbbbbb"
AREA_TONES = (
    "#1b9e77",
    "#d95f02",
    "#7570b3",
    "#e7298a",
    "#66a61e",
    "#e6ab02",
    "#a6761d",
    "#666666",
)
AREA_DASHES = ("", "6 3", "2 3", "8 3 2 3", "4 4", "1 3", "10 4")
CHAR_WIDTH = 7.2
"""About how wide a character of 13 px text is, to size the label column."""
LONGEST_LABEL = 60


_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTRIBUTE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def _text(value: str) -> str:
    # Not xml.sax.saxutils: importing it loads urllib and http (20 ms for `kompass export`).
    return visible(value, one_line=True).translate(_TEXT)


def _attr(value: str) -> str:
    return '"' + visible(value, one_line=True).translate(_ATTRIBUTE) + '"'


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _share(percent: Decimal | None) -> float:
    if percent is None:
        return 0.0
    return max(0.0, min(100.0, float(percent)))


def _document(width: float, height: float, title: str, body: list[str]) -> str:
    head = (  # no XML declaration: UTF-8 is the default, and HTML inlines the <svg> as is
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_number(width)}" '
        f'height="{_number(height)}" viewBox="0 0 {_number(width)} {_number(height)}" '
        f'role="img" {FONT} font-size="13" fill="{INK}">\n'
        f"<title>{_text(title)}</title>\n"
        f'<rect width="100%" height="100%" fill="#ffffff"/>\n'
    )
    return head + "\n".join(body) + "\n</svg>\n"


@lean_dataclass
class ProfileBar:
    """One area of a profile: its label and share of the maximum, and the reference's."""

    label: str
    percent: Decimal | None
    reference: Decimal | None = None
    value: str = ""
    """Beside the bar, as the table prints it (`64`); empty: its percentage."""
    reference_value: str = ""
    """Beside the reference bar; empty: its percentage."""


def profile_chart(
    title: str,
    bars: Sequence[ProfileBar],
    total: ProfileBar | None = None,
    series: str = "",
    reference: str = "",
) -> str:
    """A bar per area of its % of the maximum, with a reference bar under each when given.

    `series` and `reference` name the two in a legend (like `Norrköping 2010` and
    `Median t.o.m. 2009`); without a reference there is no legend.
    """
    with_reference = any(bar.reference is not None for bar in bars) or bool(reference)
    longest = max((len(bar.label) for bar in bars), default=10)
    label_width = min(LONGEST_LABEL, longest) * CHAR_WIDTH + 32
    bar_width = 320.0
    left, top = label_width, 48.0
    step = 40.0 if with_reference else 26.0
    width = left + bar_width + 70
    if with_reference:  # the legend runs right of the labels: room for all of it
        names = [name for name in (series, reference) if name]
        width = max(width, left + sum(41 + len(name) * CHAR_WIDTH for name in names))
    body = [f'<text x="12" y="24" font-size="16" font-weight="bold">{_text(title)}</text>']
    if with_reference:
        body += _legend(left, 50, [(MAIN, series), (REFERENCE, reference)])
        top += 24
    rows_height = step * len(bars)
    body += _axis(left, top - 6, bar_width, rows_height + 6)
    for index, bar in enumerate(bars):
        y = top + index * step
        body.append(_label(12, y + 14, bar.label))
        body.append(_bar(left, y + 2, bar_width, bar.percent, MAIN, "profile-bar"))
        body.append(_value(left + bar_width + 8, y + 14, bar.value or format_percent(bar.percent)))
        if with_reference:
            body.append(_bar(left, y + 18, bar_width, bar.reference, REFERENCE, "reference-bar"))
            shown = bar.reference_value or format_percent(bar.reference)
            body.append(_value(left + bar_width + 8, y + 30, shown, "#444444"))
    y = top + rows_height + 22
    body += _axis_labels(left, y - 4, bar_width)
    if total is not None:
        y += 22
        body.append(_label(12, y + 14, total.label, bold=True))
        body.append(_bar(left, y + 2, bar_width, total.percent, MAIN, "total-bar"))
        shown = total.value or format_percent(total.percent)
        body.append(_value(left + bar_width + 8, y + 14, shown, bold=True))
        if with_reference and total.reference is not None:
            y += 16
            body.append(_bar(left, y + 2, bar_width, total.reference, REFERENCE, "reference-bar"))
            shown = total.reference_value or format_percent(total.reference)
            body.append(_value(left + bar_width + 8, y + 14, shown, "#444444"))
    return _document(width, y + 34, title, body)


def _label(x: float, y: float, text: str, bold: bool = False) -> str:
    shown = text if len(text) <= LONGEST_LABEL else text[: LONGEST_LABEL - 1] + "…"
    weight = ' font-weight="bold"' if bold else ""
    return f'<text x="{_number(x)}" y="{_number(y)}"{weight}>{_text(shown)}</text>'


def _value(x: float, y: float, text: str, fill: str = INK, bold: bool = False) -> str:
    weight = ' font-weight="bold"' if bold else ""
    return f'<text x="{_number(x)}" y="{_number(y)}" fill="{fill}"{weight}>{_text(text)}</text>'


def _bar(x: float, y: float, full: float, percent: Decimal | None, fill: str, kind: str) -> str:
    length = full * _share(percent) / 100
    data = "" if percent is None else f' data-percent="{_number(float(percent))}"'
    return (
        f'<rect class="{kind}" x="{_number(x)}" y="{_number(y)}" width="{_number(length)}" '
        f'height="14" fill="{fill}" stroke="{INK}" stroke-width="0.6"{data}/>'
    )


def _axis(x: float, y: float, width: float, height: float) -> list[str]:
    lines = []
    for step in range(0, 101, 25):
        gx = x + width * step / 100
        lines.append(
            f'<line x1="{_number(gx)}" y1="{_number(y)}" x2="{_number(gx)}" '
            f'y2="{_number(y + height)}" stroke="{GRID}" stroke-width="0.8"/>'
        )
    return lines


def _axis_labels(x: float, y: float, width: float) -> list[str]:
    return [
        f'<text x="{_number(x + width * step / 100)}" y="{_number(y)}" font-size="11" '
        f'text-anchor="middle" fill="#444444">{step} %</text>'
        for step in range(0, 101, 25)
    ]


def _legend(x: float, y: float, items: list[tuple[str, str]]) -> list[str]:
    parts, offset = [], x
    for colour, name in items:
        if not name:
            continue
        parts.append(
            f'<rect x="{_number(offset)}" y="{_number(y - 10)}" width="12" height="12" '
            f'fill="{colour}" stroke="{INK}" stroke-width="0.6"/>'
        )
        parts.append(f'<text x="{_number(offset + 17)}" y="{_number(y)}">{_text(name)}</text>')
        offset += 17 + len(name) * CHAR_WIDTH + 24
    return parts


@lean_dataclass
class TrendPoint:
    """One evaluation in a series: when, its total's share and how the total reads."""

    when: date
    label: str
    """Under the point: the year, like `2009`."""
    percent: Decimal | None
    value: str = ""
    """Beside the point: the total as shown in the tables, like `615`."""
    areas: dict[str, Decimal | None] = field(default_factory=dict)
    """Each area's % of its maximum, by area id (absent or None: unknown)."""


@lean_dataclass
class TrendSeries:
    """One municipality over time."""

    name: str
    points: tuple[TrendPoint, ...]


def trend_chart(
    title: str,
    series: Sequence[TrendSeries],
    area_names: Sequence[tuple[str, str]] = (),
    total_name: str = "Total",
) -> str:
    """A panel per municipality: its total (and each area, thinner) in % of max over time.

    Every evaluation is one `circle` of class `total-point`; `area_names` (id, name) picks
    and names the area lines; `total_name` names the total's line in the legend.
    """
    panel_width, panel_height, left = 560.0, 220.0, 56.0
    legend_height = 18.0 * (len(area_names) + 1)
    width = left + panel_width + 40
    body = [f'<text x="12" y="24" font-size="16" font-weight="bold">{_text(title)}</text>']
    y = 44.0
    for one in series:
        body += _panel(one, left, y, (panel_width, panel_height), area_names, total_name)
        y += panel_height + 70 + legend_height
    return _document(width, y, title, body)


def _panel(
    series: TrendSeries,
    left: float,
    top: float,
    size: tuple[float, float],
    area_names: Sequence[tuple[str, str]],
    total_name: str,
) -> list[str]:
    width, height = size
    parts = [
        f'<g class="trend" data-municipality={_attr(series.name)}>',
        f'<text x="{_number(left)}" y="{_number(top + 4)}" font-weight="bold">'
        f"{_text(series.name)}</text>",
    ]
    plot_top = top + 16
    for step in range(0, 101, 25):
        gy = plot_top + height * (100 - step) / 100
        parts.append(
            f'<line x1="{_number(left)}" y1="{_number(gy)}" x2="{_number(left + width)}" '
            f'y2="{_number(gy)}" stroke="{GRID}" stroke-width="0.8"/>'
        )
        parts.append(
            f'<text x="{_number(left - 6)}" y="{_number(gy + 4)}" font-size="11" '
            f'text-anchor="end" fill="#444444">{step} %</text>'
        )
    xs = _positions([p.when for p in series.points], left + 30, width - 60)
    drawn: list[tuple[int, str, str]] = []
    for index, (area_id, name) in enumerate(area_names):
        tone, dash = AREA_TONES[index % len(AREA_TONES)], AREA_DASHES[index % len(AREA_DASHES)]
        points = [
            (x, plot_top + height * (100 - _share(p.areas.get(area_id))) / 100)
            for x, p in zip(xs, series.points, strict=True)
            if p.areas.get(area_id) is not None
        ]
        if not points:
            continue
        drawn.append((index, area_id, name))
        if len(points) > 1:
            dashes = f' stroke-dasharray="{dash}"' if dash else ""
            parts.append(
                f'<polyline class="area-line" data-area={_attr(area_id)} fill="none" '
                f'stroke="{tone}" stroke-width="1.4"{dashes} points="{_points(points)}"/>'
            )
        parts += [
            f'<rect class="area-point" data-area={_attr(area_id)} x="{_number(x - 2)}" '
            f'y="{_number(y - 2)}" width="4" height="4" fill="{tone}"/>'
            for x, y in points
        ]
    totals = [
        (x, plot_top + height * (100 - _share(p.percent)) / 100)
        for x, p in zip(xs, series.points, strict=True)
        if p.percent is not None
    ]
    if len(totals) > 1:
        parts.append(
            f'<polyline class="total-line" fill="none" stroke="{INK}" stroke-width="2.4" '
            f'points="{_points(totals)}"/>'
        )
    for x, point in zip(xs, series.points, strict=True):
        bottom = plot_top + height
        parts.append(
            f'<text x="{_number(x)}" y="{_number(bottom + 16)}" font-size="11" '
            f'text-anchor="middle">{_text(point.label)}</text>'
        )
        if point.percent is None:
            continue
        y = plot_top + height * (100 - _share(point.percent)) / 100
        parts.append(
            f'<circle class="total-point" cx="{_number(x)}" cy="{_number(y)}" r="4" '
            f'fill="{INK}" data-label={_attr(point.label)} '
            f'data-percent="{_number(float(point.percent))}" data-value={_attr(point.value)}/>'
        )
        caption = f"{point.value} ({format_percent(point.percent)})" if point.value else ""
        parts.append(
            f'<text x="{_number(x)}" y="{_number(y - 9)}" font-size="11" '
            f'text-anchor="middle">{_text(caption or format_percent(point.percent))}</text>'
        )
    legend_y = plot_top + height + 38
    parts.append(
        f'<line x1="{_number(left)}" y1="{_number(legend_y - 4)}" x2="{_number(left + 28)}" '
        f'y2="{_number(legend_y - 4)}" stroke="{INK}" stroke-width="2.4"/>'
    )
    parts.append(
        f'<text x="{_number(left + 36)}" y="{_number(legend_y)}" font-size="11">'
        f"{_text(total_name)}</text>"
    )
    for row, (index, area_id, name) in enumerate(drawn, 1):
        tone, dash = AREA_TONES[index % len(AREA_TONES)], AREA_DASHES[index % len(AREA_DASHES)]
        dashes = f' stroke-dasharray="{dash}"' if dash else ""
        y = legend_y + 18 * row
        parts.append(
            f'<line x1="{_number(left)}" y1="{_number(y - 4)}" x2="{_number(left + 28)}" '
            f'y2="{_number(y - 4)}" stroke="{tone}" stroke-width="1.4"{dashes}/>'
        )
        parts.append(
            f'<text x="{_number(left + 36)}" y="{_number(y)}" font-size="11">'
            f"{_text(f'{area_id} {name}')}</text>"
        )
    parts.append("</g>")
    return parts


def _positions(days: Sequence[date], start: float, span: float) -> list[float]:
    """x of each date, proportional to time; evenly spread when all fall on one day."""
    if not days:
        return []
    ordinals = [d.toordinal() if d != date.min else 0 for d in days]
    low, high = min(ordinals), max(ordinals)
    if high == low or 0 in ordinals:
        if len(days) == 1:
            return [start + span / 2]
        return [start + span * i / (len(days) - 1) for i in range(len(days))]
    return [start + span * (o - low) / (high - low) for o in ordinals]


def _points(points: Sequence[tuple[float, float]]) -> str:
    return " ".join(f"{_number(x)},{_number(y)}" for x, y in points)
