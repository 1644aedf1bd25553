"""The report's numbered sections and the fixed wording around its figures, shared by
every renderer so that Markdown, HTML and the terminal say the same in the same order."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.report.model import Report
from kompass_tui.core.scoring.numbers import format_number, format_percent, format_points
from kompass_tui.core.texts.catalog import Texts, has_language, text
from kompass_tui.core.texts.grammar import count_words, genitive, join_names

OVERVIEW_TEXTS = ("about_municipality", "organisation", "evaluation")
"""The session texts that open the overview, each under its own heading."""


@lean_dataclass
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
    chapters = [Chapter("intro", i + 1, intro.title, i) for i, intro in enumerate(report.intro)]
    kinds = ["overview", *(["details"] if report.has_details else []), "scores"]
    areas = len(report.areas)
    titles = {
        "overview": fill(report, "overview"),
        "details": fill(report, "details", n=areas, count=count_words(report.lang, areas)),
        "scores": report_words(report.lang)("scores"),
    }
    for kind in kinds:
        chapters.append(Chapter(kind, len(chapters) + 1, titles[kind]))
    return tuple(chapters)


def report_words(lang: str) -> Texts:
    """The report's own words in a language (`report.` in the catalog)."""
    return Texts(lang, "report.")


def earlier_heading(words: Texts, label: str) -> str:
    """The earlier evaluation's column heading, like `Tidigare (2008)`."""
    return words("earlier_in", label=label) if label else words("earlier")


def fill(report: Report, key: str, **values: object) -> str:
    """A report text filled with the report's municipality and instrument (as they are
    and in the genitive) and any other value."""
    lang = report.lang
    return text(
        lang,
        f"report.{key}",
        municipality=report.municipality,
        genitive=genitive(lang, report.municipality),
        instrument=report.running_name,
        instrument_genitive=genitive(lang, report.running_name),
        **values,
    )


def wording_note(report: Report) -> str:
    """The one line that says the report's own words are in English, for a language the
    catalog has no texts in; empty otherwise."""
    if has_language(report.lang):
        return ""
    return text(report.lang, "report.wording_fallback", language=report.lang)


def overview_headings(report: Report) -> dict[str, str]:
    """The headings of the session's opening texts of the overview, by section key."""
    words = report_words(report.lang)
    return {
        "about_municipality": fill(report, "about_municipality"),
        "organisation": words("organisation"),
        "evaluation": words("evaluation"),
    }


def table_1_caption(report: Report) -> str:
    """The results table's caption, like the seed's `Tabell 1 Norrköpings kommun 2010 …`."""
    return fill(report, "table_1", year=f" {report.year}" if report.year else "")


def table_2_caption(report: Report) -> str:
    """The comparison table's caption, like the seed's `Tabell 2 Norrköpings resultat …`."""
    assert report.comparison is not None
    scale = text(report.lang, f"report.scale.{report.comparison.scale}")
    others = report.comparison.others
    return fill(report, "table_2", scale=scale, n=others, count=count_words(report.lang, others))


def profile_description(report: Report) -> str:
    """The profile diagram in words: every area's share of its maximum, highest and lowest."""
    lang = report.lang
    shares = [(area, area.percent) for area in report.areas if area.percent is not None]
    parts = [f"{area.id} {area.title} {format_percent(share)}" for area, share in shares]
    described = fill(report, "profile_words", areas=join_names(lang, parts))
    if len(shares) > 1:
        ranked = sorted(shares, key=lambda pair: pair[1])
        lowest = [a for a, share in ranked if share == ranked[0][1]]
        highest = [a for a, share in ranked if share == ranked[-1][1]]
        if ranked[0][1] != ranked[-1][1]:
            described += " " + text(
                lang,
                "report.profile_extremes",
                highest=join_names(lang, [f"{a.id} {a.title}" for a in highest]),
                lowest=join_names(lang, [f"{a.id} {a.title}" for a in lowest]),
            )
    return described


def scale_points(value: Decimal, lang: str, whole: bool) -> str:
    """Points on the instrument's own scale in a results or comparison table: whole points
    (half-up, as the seed prints them) or the report's usual points."""
    if whole:
        return format_number(value.quantize(Decimal(1), rounding=ROUND_HALF_UP), lang)
    return format_points(value, lang)


def published_points(value: Decimal | None, lang: str, none: str) -> str:
    """A figure as published or entered (older-scale totals, benchmarks): `64`, `75,5`."""
    return none if value is None else format_number(value, lang)
