"""The report's numbered sections and the fixed wording around its figures, shared by
every renderer so that Markdown, HTML and the terminal say the same in the same order."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from kompass_tui.core.report.labels import labels_for
from kompass_tui.core.report.model import Report
from kompass_tui.core.scoring.numbers import format_number, format_percent, format_points

OVERVIEW_TEXTS = ("about_municipality", "organisation", "evaluation")
"""The session texts that open the overview, each under its own heading."""


@dataclass(frozen=True)
class Chapter:
    """A numbered section of the report."""

    kind: str
    """`intro` (the instrument's), `overview`, `details` (per area) or `scores`."""
    number: int
    title: str
    index: int = 0
    """For an `intro` chapter: which of the instrument's sections."""


def outline(report: Report) -> tuple[Chapter, ...]:
    """The report's sections in order, numbered; the detailed review only when some area
    has text (a report of scores alone has no empty section)."""
    labels = labels_for(report.lang)
    chapters = [Chapter("intro", i + 1, intro.title, i) for i, intro in enumerate(report.intro)]
    kinds = ["overview", *(["details"] if report.has_details else []), "scores"]
    titles = {
        "overview": fill(report, labels.overview),
        "details": fill(report, labels.details, count=labels.count(len(report.areas))),
        "scores": labels.scores,
    }
    for kind in kinds:
        chapters.append(Chapter(kind, len(chapters) + 1, titles[kind]))
    return tuple(chapters)


def fill(report: Report, template: str, **values: object) -> str:
    """A label template filled with the report's municipality and instrument."""
    labels = labels_for(report.lang)
    return labels.fill(template, report.municipality, report.running_name, **values)


def overview_headings(report: Report) -> dict[str, str]:
    """The headings of the session's opening texts of the overview, by section key."""
    labels = labels_for(report.lang)
    return {
        "about_municipality": fill(report, labels.about_municipality),
        "organisation": labels.organisation,
        "evaluation": labels.evaluation,
    }


def table_1_caption(report: Report) -> str:
    """The results table's caption, like the seed's `Tabell 1 Norrköpings kommun 2010 …`."""
    labels = labels_for(report.lang)
    year = labels.table_1_year.format(report.year) if report.year else ""
    return fill(report, labels.table_1, year=year)


def table_2_caption(report: Report) -> str:
    """The comparison table's caption, like the seed's `Tabell 2 Norrköpings resultat …`."""
    labels = labels_for(report.lang)
    assert report.comparison is not None
    scale = labels.scale_names[report.comparison.scale]
    return fill(report, labels.table_2, scale=scale, count=labels.count(report.comparison.others))


def profile_description(report: Report) -> str:
    """The profile diagram in words: every area's share of its maximum, highest and lowest."""
    labels = labels_for(report.lang)
    shares = [(area, area.percent) for area in report.areas if area.percent is not None]
    parts = [f"{area.id} {area.title} {format_percent(share)}" for area, share in shares]
    text = fill(report, labels.profile_words, areas=labels.join_names(parts))
    if len(shares) > 1:
        ranked = sorted(shares, key=lambda pair: pair[1])
        lowest = [a for a, share in ranked if share == ranked[0][1]]
        highest = [a for a, share in ranked if share == ranked[-1][1]]
        if ranked[0][1] != ranked[-1][1]:
            text += " " + labels.profile_extremes.format(
                highest=labels.join_names([f"{a.id} {a.title}" for a in highest]),
                lowest=labels.join_names([f"{a.id} {a.title}" for a in lowest]),
            )
    return text


def scale_points(value: Decimal, lang: str, whole: bool) -> str:
    """Points on the instrument's own scale in a results or comparison table: whole points
    (half-up, as the seed prints them) or the report's usual points."""
    if whole:
        return format_number(value.quantize(Decimal(1), rounding=ROUND_HALF_UP), lang)
    return format_points(value, lang)


def published_points(value: Decimal | None, lang: str, none: str) -> str:
    """A figure as published or entered (older-scale totals, benchmarks): `64`, `75,5`."""
    return none if value is None else format_number(value, lang)
