"""A comparison as grids of text cells: what the Markdown and the terminal both draw.

Areas run down and evaluations across, as in the seed's Tabell 2, with the median, mean,
n and maximum at the right; with many evaluations the grid is turned (one row per
evaluation). Published figures print as published (`72`, `61,5`); session figures by the
points rule (`47,5`, `14,0`); a median or mean of published figures with the decimals it
needs, at least one, half-up; percentages whole, half-up.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from kompass_tui.core.compare.comparison import AreaChange, Comparison, ComparisonRow
from kompass_tui.core.compare.evaluation import Evaluation
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.scoring.numbers import (
    format_figure,
    format_max,
    format_percent,
    signed_figure,
)
from kompass_tui.core.texts.catalog import Texts, text

WIDE_AFTER = 12
"""More evaluations than this turn the table: one row per evaluation."""
UNKNOWN = "–"
DIFFERENT_MAXIMA = "‡"


@lean_dataclass(frozen=False)
class Grid:
    """A table as text cells: a header, body rows, and which rows are totals (bold)."""

    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    bold: set[int] = field(default_factory=set)
    """Indexes of rows shown in bold."""


def figure_cell(evaluation: Evaluation, value: Decimal | None, lang: str) -> str:
    """One evaluation's figure: as published, or by the points rule; `–` when unknown."""
    if value is None:
        return UNKNOWN
    return format_figure(value, evaluation.published, lang)


def reference_published(comparison: Comparison, row: ComparisonRow) -> bool:
    """Whether every figure behind a row's median and mean is a published one (then they
    are shown as published figures are; else by the points rule)."""
    return all(
        evaluation.published
        for evaluation, value in zip(comparison.evaluations, row.values, strict=True)
        if value is not None and comparison.population.includes(evaluation.year)
    )


def _stat_cell(value: Decimal | None, row: ComparisonRow, published: bool, lang: str) -> str:
    if value is None:
        return UNKNOWN
    return format_percent(value) if row.by_percent else format_figure(value, published, lang)


def max_cell(row: ComparisonRow, lang: str) -> str:
    """The row's maximum, or the range `17,5–20` when the evaluations' maxima differ."""
    span = row.max_range
    if span is None:
        return UNKNOWN
    low, high = span
    if low == high:
        return format_max(low, lang)
    return f"{format_max(low, lang)}–{format_max(high, lang)}"


def change_cell(change: AreaChange | None, lang: str) -> str:
    """A change: `+35` in the figures' precision, or `+4 %-enh.` between different maxima."""
    if change is None or change.change is None:
        return UNKNOWN if change is not None else ""
    if change.by_percent:
        points = text(lang, "compare.percent_points")
        return f"{signed_figure(change.change, True, lang)} {points}"
    return signed_figure(change.change, change.published, lang)


def rank_cell(rank: int | None, n: int) -> str:
    """`2/6`: the place among the n evaluations that have the figure."""
    return UNKNOWN if rank is None else f"{rank}/{n}"


def _row_name(comparison: Comparison, row: ComparisonRow, lang: str, titles: bool) -> str:
    words = Texts(lang, "compare.")
    if row.area is None:
        name = words("total")
    else:
        title = comparison.instrument.text(row.area.title, lang)
        name = f"{row.area.id} {title}" if titles else row.area.id
    return f"{name} {DIFFERENT_MAXIMA}" if row.by_percent else name


def _column_label(evaluation: Evaluation) -> str:
    return evaluation.label if evaluation.complete else f"{evaluation.label} *"


def main_grid(
    comparison: Comparison,
    lang: str,
    median: bool,
    mean: bool,
    wide_after: int = WIDE_AFTER,
    titles: bool = True,
) -> Grid:
    """The comparison table: areas x evaluations, or turned when there are many.

    Without `titles` the areas are named by id only (for a narrow terminal; the caller
    then shows `area_legend`).
    """
    if len(comparison.evaluations) > wide_after:
        return _turned_grid(comparison, lang, median, mean)
    words = Texts(lang, "compare.")
    stats = [n for n, on in ((words("median"), median), (words("mean"), mean)) if on]
    stats += ["n"] if stats else []
    columns = [_column_label(e) for e in comparison.evaluations]
    grid = Grid([words("area"), *columns, *stats, words("max")])
    for row in comparison.rows:
        values = [
            figure_cell(e, v, lang) for e, v in zip(comparison.evaluations, row.values, strict=True)
        ]
        grid.rows.append(
            [
                _row_name(comparison, row, lang, titles),
                *values,
                *_stats(comparison, row, median, mean, lang),
                max_cell(row, lang),
            ]
        )
    grid.bold.add(len(grid.rows) - 1)
    shares = [format_percent(e.percent) for e in comparison.evaluations]
    grid.rows.append([words("percent_of_max"), *shares, *[""] * len(stats), ""])
    return grid


def _stats(
    comparison: Comparison, row: ComparisonRow, median: bool, mean: bool, lang: str
) -> list[str]:
    published = reference_published(comparison, row)
    cells = []
    if median:
        cells.append(_stat_cell(row.median, row, published, lang))
    if mean:
        cells.append(_stat_cell(row.mean, row, published, lang))
    if median or mean:
        cells.append(str(row.reference.n if row.reference else 0))
    return cells


def _turned_grid(comparison: Comparison, lang: str, median: bool, mean: bool) -> Grid:
    words = Texts(lang, "compare.")
    ids = [
        f"{r.area.id} {DIFFERENT_MAXIMA}" if r.by_percent else r.area.id
        for r in comparison.rows
        if r.area is not None
    ]
    total = comparison.total_row
    total_name = f"{words('total')} {DIFFERENT_MAXIMA}" if total.by_percent else words("total")
    header = [words("evaluation"), *ids, total_name, words("percent_of_max"), words("rank")]
    grid = Grid([*header, words("change")])
    changes = comparison.change_column()
    for index, evaluation in enumerate(comparison.evaluations):
        cells = [figure_cell(evaluation, r.values[index], lang) for r in comparison.rows]
        change = changes[index]
        grid.rows.append(
            [
                _column_label(evaluation),
                *cells,
                format_percent(evaluation.percent),
                rank_cell(total.ranks[index], total.ranked),
                change_cell(change.total if change else None, lang),
            ]
        )
    statistics: tuple[tuple[str, bool, Callable[[ComparisonRow], Decimal | None]], ...] = (
        (words("median"), median, lambda r: r.median),
        (words("mean"), mean, lambda r: r.mean),
    )
    for name, on, pick in statistics:
        if on:
            grid.bold.add(len(grid.rows))
            cells = [
                _stat_cell(pick(r), r, reference_published(comparison, r), lang)
                for r in comparison.rows
            ]
            grid.rows.append([name, *cells, "", "", ""])
    if median or mean:
        counts = [str(r.reference.n if r.reference else 0) for r in comparison.rows]
        grid.rows.append(["n", *counts, "", "", ""])
    grid.bold.add(len(grid.rows))
    grid.rows.append([words("max"), *(max_cell(r, lang) for r in comparison.rows), "", "", ""])
    return grid


def turned(comparison: Comparison, wide_after: int = WIDE_AFTER) -> bool:
    """Whether the main grid has one row per evaluation."""
    return len(comparison.evaluations) > wide_after


def summary_grid(comparison: Comparison, lang: str) -> Grid:
    """One row per evaluation: total, maximum, % of max, rank on the total (k/n), change."""
    words = Texts(lang, "compare.")
    total = comparison.total_row
    grid = Grid(
        [
            words("evaluation"),
            words("total"),
            words("max"),
            words("percent_of_max"),
            words("rank"),
            words("change"),
        ]
    )
    changes = comparison.change_column()
    for index, evaluation in enumerate(comparison.evaluations):
        change = changes[index]
        grid.rows.append(
            [
                _column_label(evaluation),
                figure_cell(evaluation, evaluation.total, lang),
                format_max(evaluation.max, lang) if evaluation.total is not None else UNKNOWN,
                format_percent(evaluation.percent),
                rank_cell(total.ranks[index], total.ranked),
                change_cell(change.total if change else None, lang),
            ]
        )
    return grid


def rank_grid(comparison: Comparison, lang: str, wide_after: int = WIDE_AFTER) -> Grid:
    """Ranks per area and on the total (`k/n`), areas down or, with many, turned."""
    words = Texts(lang, "compare.")
    if turned(comparison, wide_after):
        ids = [r.area.id if r.area else words("total") for r in comparison.rows]
        grid = Grid([words("evaluation"), *ids])
        for index, evaluation in enumerate(comparison.evaluations):
            cells = [rank_cell(r.ranks[index], r.ranked) for r in comparison.rows]
            grid.rows.append([_column_label(evaluation), *cells])
        return grid
    columns = [_column_label(e) for e in comparison.evaluations]
    grid = Grid([words("rank"), *columns])
    for row in comparison.rows:
        name = _row_name(comparison, row, lang, titles=False)
        grid.rows.append([name, *(rank_cell(k, row.ranked) for k in row.ranks)])
    grid.bold.add(len(grid.rows) - 1)
    return grid


def area_legend(comparison: Comparison, lang: str) -> list[str]:
    """'1 Offentlighet och demokrati' per area, for the grids that name areas by id."""
    instrument = comparison.instrument
    return [f"{area.id} {instrument.text(area.title, lang)}" for area in instrument.areas]
