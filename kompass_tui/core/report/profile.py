"""What the report's profile chart draws, decided once for the SVG, the Word picture, the
caption and the paragraph that describes it, so that they all say the same.

The seed's paragraph names a median on the older scale ("ett medianvärde av alla de
kommuner som utvärderats t.o.m. år 2009 … den gamla poängskalan"). When the report has a
comparison (the benchmarks kept in the session, or `export --compare FILE...`) and the
municipality's own figures on that comparison's scale, the chart draws those figures
against the median of the compared municipalities, on that scale, and its caption names
exactly whose median it is (how many, which, evaluated when). Without one it draws each
area's share of its maximum on the instrument's scale, and says that no median is drawn.
Every figure is written as the table beside it prints it (Tabell 1 and Tabell 2).
"""

from __future__ import annotations

from decimal import Decimal

from kompass_tui.core.compare.statistics import median
from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.report.comparison_rows import BenchmarkRow
from kompass_tui.core.report.model import Report
from kompass_tui.core.report.outline import (
    fill,
    profile_description,
    published_points,
    scale_points,
)
from kompass_tui.core.scoring.numbers import HUNDRED, format_number, format_percent
from kompass_tui.core.texts.catalog import text
from kompass_tui.core.texts.grammar import count_words, join_names

OLDER_AREA_MAX = Decimal(100)
"""An area's maximum on the older scale (criteria/kommunkompassen-aldre.toml: 8 x 100)."""


@lean_dataclass
class ProfileLine:
    """One bar of the profile (an area, or the total): its label, its figure and share of
    the maximum, and the median's, each written as the tables write them."""

    id: str
    label: str
    percent: Decimal | None
    value: str
    reference: Decimal | None = None
    reference_value: str = ""


@lean_dataclass
class ProfileFigure:
    """The profile chart of a report: what is drawn, on which scale, against what."""

    scale: str
    """`current` (the instrument's own) or `older`."""
    series: str
    """The municipality's bars, like `Norrköping 2010`."""
    reference: str
    """The median's bars, like `Median av 5 kommuner 2008–2009`; empty without a median."""
    areas: tuple[ProfileLine, ...]
    total: ProfileLine
    caption: str
    """Under the chart: exactly what it draws."""
    population: int = 0
    """How many municipalities the median is of (0 without a median)."""
    years: str = ""
    """When they were evaluated, like `2008–2009`."""

    @property
    def against_median(self) -> bool:
        """Whether the chart draws a median beside the municipality."""
        return bool(self.reference)


def profile_figure(report: Report) -> ProfileFigure:
    """The profile chart the report draws (see the module's docstring)."""
    compared = report.comparison
    if compared is not None and compared.others:
        own = compared.rows[-1]
        others = compared.rows[:-1]
        if own.total is not None and all(value is not None for value in own.areas):
            return _against_median(report, compared.scale, own, others)
    return _own_profile(report)


def _share(value: Decimal | None, maximum: Decimal) -> Decimal | None:
    if value is None or not maximum:
        return None
    return value * HUNDRED / maximum


def _median(values: list[Decimal | None]) -> Decimal | None:
    """The median of the known figures (`compare.statistics`, not the standard library's:
    that loads `random` and more for every Markdown export); None when none is known."""
    known = [value for value in values if value is not None]
    return median(known) if known else None


def _against_median(
    report: Report, scale: str, own: BenchmarkRow, others: tuple[BenchmarkRow, ...]
) -> ProfileFigure:
    lang = report.lang
    none = text(lang, "report.none")
    maxima = [OLDER_AREA_MAX if scale == "older" else area.max for area in report.areas]

    def shown(value: Decimal | None, computed: bool) -> str:
        if value is not None and computed:
            return scale_points(value, lang, report.whole_points)
        return published_points(value, lang, none)

    def reference_value(value: Decimal | None) -> str:
        return none if value is None else format_number(value, lang)

    lines = []
    for index, (area, maximum) in enumerate(zip(report.areas, maxima, strict=True)):
        value = own.areas[index]
        middle = _median([row.areas[index] for row in others])
        lines.append(
            ProfileLine(
                area.id,
                f"{area.id}. {area.title}",
                _share(value, maximum),
                shown(value, own.computed),
                _share(middle, maximum),
                reference_value(middle),
            )
        )
    most = sum(maxima, Decimal(0))
    middle_total = _median([row.total for row in others])
    total = ProfileLine(
        "total",
        text(lang, "report.total"),
        _share(own.total, most),
        shown(own.total, own.computed),
        _share(middle_total, most),
        reference_value(middle_total),
    )
    span = years_span(others)
    n = len(others)
    reference = text(lang, "report.chart_median", n=n, count=count_words(lang, n), years=span)
    caption = text(
        lang,
        "report.chart_caption_median",
        series=own.label,
        scale=text(lang, f"report.scale.{scale}"),
        n=n,
        count=count_words(lang, n),
        years=span,
        names=join_names(lang, [row.label for row in others]),
    )
    return ProfileFigure(scale, own.label, reference, tuple(lines), total, caption, n, span)


def years_span(rows: tuple[BenchmarkRow, ...]) -> str:
    """`2008–2009`: the years the compared results are from ('' when none is known)."""
    years = sorted({row.year for row in rows if row.year is not None})
    if not years:
        return ""
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])


def _own_profile(report: Report) -> ProfileFigure:
    lang = report.lang
    lines = tuple(
        ProfileLine(area.id, f"{area.id}. {area.title}", area.percent, format_percent(area.percent))
        for area in report.areas
    )
    points = scale_points(report.total, lang, report.whole_points)
    total = ProfileLine(
        "total",
        f"{text(lang, 'report.total')}: {points}",
        report.percent,
        format_percent(report.percent),
    )
    caption = fill(report, "chart_caption_own")
    series = " ".join(report.municipality.split())
    return ProfileFigure("current", series, "", lines, total, caption)


def figure_description(report: Report, figure: ProfileFigure) -> str:
    """The chart against the median in words: each area's figure and the median's."""
    lang = report.lang
    areas = [
        text(
            lang,
            "report.chart_area_words",
            area=line.label,
            value=line.value,
            median=line.reference_value,
        )
        for line in figure.areas
    ]
    return text(
        lang,
        "report.chart_words_median",
        series=figure.series,
        n=figure.population,
        count=count_words(lang, figure.population),
        years=figure.years,
        scale=text(lang, f"report.scale.{figure.scale}"),
        areas=join_names(lang, areas),
        total=figure.total.value,
        median=figure.total.reference_value,
    )


def chart_description(report: Report) -> str:
    """The paragraph before the chart: what it draws, in words (also where no chart is
    drawn, as in the terminal)."""
    figure = profile_figure(report)
    if figure.against_median:
        return figure_description(report, figure)
    return profile_description(report)
