"""What a comparison's tables need said under them: population, caveats, sources."""

from __future__ import annotations

from kompass_tui.core.compare.comparison import Comparison
from kompass_tui.core.compare.statistics import Population
from kompass_tui.core.compare.tables import figure_cell
from kompass_tui.core.scoring.numbers import format_max
from kompass_tui.core.texts.catalog import Texts


def population_note(population: Population, lang: str) -> str:
    """Which evaluations the median and mean are taken over."""
    return span_words(population, lang, "population", "population_all")


def span_words(population: Population, lang: str, stem: str, everyone: str) -> str:
    """The catalog's `compare.<stem>_between`, `_since` or `_until` for a span of years;
    `compare.<everyone>` for all evaluations."""
    words = Texts(lang, "compare.")
    since, until = population.since, population.until
    if since is not None and until is not None:
        return words(f"{stem}_between", since=since, until=until)
    if since is not None:
        return words(f"{stem}_since", since=since)
    if until is not None:
        return words(f"{stem}_until", until=until)
    return words(everyone)


def caveats(comparison: Comparison, lang: str) -> list[str]:
    """Every note a reader needs to read the figures right, in a fixed order."""
    words = Texts(lang, "compare.")
    notes: list[str] = []
    if any(row.by_percent for row in comparison.rows):
        notes.append(words("by_percent"))
    if any(not e.complete for e in comparison.evaluations):
        notes.append(words("incomplete"))
    for evaluation in comparison.evaluations:
        if evaluation.area_sum is not None and evaluation.total is not None:
            notes.append(
                words(
                    "printed_total",
                    label=evaluation.label,
                    total=figure_cell(evaluation, evaluation.total, lang),
                    sum=figure_cell(evaluation, evaluation.area_sum, lang),
                )
            )
    older = [e.label for e in comparison.evaluations if e.via == "older scale"]
    if older:
        notes.append(words("older_scale", labels=", ".join(older)))
    editions = [e for e in comparison.evaluations if e.edition]
    if editions:
        names = ", ".join(dict.fromkeys(e.edition for e in editions))
        notes.append(
            words(
                "edition",
                labels=", ".join(e.label for e in editions),
                editions=names,
                max=format_max(comparison.instrument.max, lang),
            )
        )
    by_mapping: dict[str, list[str]] = {}
    for evaluation in comparison.evaluations:
        if evaluation.via.startswith("mapping "):
            by_mapping.setdefault(evaluation.via.removeprefix("mapping "), []).append(
                evaluation.label
            )
    for file, mapped in by_mapping.items():
        notes.append(words("mapping", labels=", ".join(mapped), file=file))
    return notes


def sources(comparison: Comparison) -> list[tuple[str, str]]:
    """Each distinct source with the evaluations it covers: ('Borås 2008, Lund 2009', text)."""
    by_source: dict[str, list[str]] = {}
    for evaluation in comparison.evaluations:
        if evaluation.source.strip():
            by_source.setdefault(evaluation.source.strip(), []).append(evaluation.label)
    return [(", ".join(labels), source) for source, labels in by_source.items()]
