"""A comparison as tables: Markdown (GFM) for `-o`, Rich for the terminal.

Both renderers draw the same grids, built once here: areas down, evaluations across (as in
the seed's Tabell 2), then the median/mean and the maximum. With many evaluations the grid
is turned (one row per evaluation, one column per area) so it stays readable. Numbers are
rounded by the rule of `numbers` and written in the language's format (sv: 47,5).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text

from kompass_tui.core.compare.comparison import Change, Comparison, ComparisonRow
from kompass_tui.core.report.escaping import escape_inline
from kompass_tui.core.scoring.numbers import format_max, format_points, signed_points
from kompass_tui.core.visible import visible
from kompass_tui.views.visible import Visible

WIDE_AFTER = 12
"""More evaluations than this turn the table: one row per evaluation."""


@dataclass(frozen=True)
class CompareLabels:
    """The fixed words of a comparison in one language."""

    title: str
    area: str
    evaluation: str
    total: str
    median: str
    mean: str
    max: str
    change: str
    change_heading: str
    per_question: str
    question: str
    sources: str
    incomplete: str


SWEDISH = CompareLabels(
    title="Jämförelse",
    area="Område",
    evaluation="Utvärdering",
    total="Totalt",
    median="Median",
    mean="Medelvärde",
    max="Max",
    change="Förändring",
    change_heading="Förändring: {} → {}",
    per_question="Per fråga",
    question="Fråga",
    sources="Källor",
    incomplete="* Utvärderingen är inte klar; ej bedömda frågor räknas som 0.",
)
ENGLISH = CompareLabels(
    title="Comparison",
    area="Area",
    evaluation="Evaluation",
    total="Total",
    median="Median",
    mean="Mean",
    max="Max",
    change="Change",
    change_heading="Change: {} → {}",
    per_question="Per question",
    question="Question",
    sources="Sources",
    incomplete="* The evaluation is not complete; unscored questions count as 0.",
)


def compare_labels(lang: str) -> CompareLabels:
    """The labels of a language; English for a language without its own."""
    return SWEDISH if lang == "sv" else ENGLISH


@dataclass
class Grid:
    """A table as text cells: a header, body rows, and which rows are totals (bold)."""

    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    bold: set[int] = field(default_factory=set)
    """Indexes of rows shown in bold."""


def _points(value: Decimal | None, lang: str) -> str:
    return "–" if value is None else format_points(value, lang)


def _stats(row: ComparisonRow, median: bool, mean: bool, lang: str) -> list[str]:
    cells = []
    if median:
        cells.append(format_points(row.median, lang))
    if mean:
        cells.append(format_points(row.mean, lang))
    return [*cells, format_max(row.max, lang)]


def _column_label(comparison: Comparison, index: int) -> str:
    evaluation = comparison.evaluations[index]
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
    labels = compare_labels(lang)
    instrument = comparison.instrument
    stat_names = [n for n, on in ((labels.median, median), (labels.mean, mean)) if on]
    columns = [_column_label(comparison, i) for i in range(len(comparison.evaluations))]
    if len(columns) <= wide_after:
        grid = Grid([labels.area, *columns, *stat_names, labels.max])
        for row in comparison.rows:
            name = labels.total
            if row.area is not None:
                title = instrument.text(row.area.title, lang)
                name = f"{row.area.id} {title}" if titles else row.area.id
            values = [format_points(v, lang) for v in row.values]
            grid.rows.append([name, *values, *_stats(row, median, mean, lang)])
        grid.bold.add(len(grid.rows) - 1)
        return grid
    grid = Grid([labels.evaluation, *(r.area.id for r in comparison.rows if r.area), labels.total])
    for index, column in enumerate(columns):
        grid.rows.append([column, *(format_points(r.values[index], lang) for r in comparison.rows)])
    for name, on, pick in (
        (labels.median, median, lambda r: r.median),
        (labels.mean, mean, lambda r: r.mean),
        (labels.max, True, lambda r: r.max),
    ):
        if on:
            grid.bold.add(len(grid.rows))
            show = format_max if name == labels.max else format_points
            grid.rows.append([name, *(show(pick(r), lang) for r in comparison.rows)])
    return grid


def area_legend(comparison: Comparison, lang: str) -> list[str]:
    """'1 Offentlighet och demokrati' per area, for the turned table's column ids."""
    instrument = comparison.instrument
    return [f"{area.id} {instrument.text(area.title, lang)}" for area in instrument.areas]


def change_grids(change: Change, comparison: Comparison, lang: str) -> tuple[Grid, Grid | None]:
    """The per-area change table, and the per-question one when both are full sessions."""
    labels = compare_labels(lang)
    instrument = comparison.instrument
    before, after = change.earlier.label, change.later.label
    areas = Grid([labels.area, before, after, labels.change])
    for item in change.areas:
        name = (
            f"{item.area.id} {instrument.text(item.area.title, lang)}"
            if item.area
            else labels.total
        )
        areas.rows.append(
            [
                name,
                format_points(item.before, lang),
                format_points(item.after, lang),
                signed_points(item.change, lang),
            ]
        )
    areas.bold.add(len(areas.rows) - 1)
    if not change.questions:
        return areas, None
    questions = Grid([labels.question, before, after, labels.change, labels.max])
    for item in change.questions:
        questions.rows.append(
            [
                item.question.id,
                _points(item.before, lang),
                _points(item.after, lang),
                signed_points(item.change, lang),
                format_max(item.question.max, lang),
            ]
        )
    return areas, questions


def change_summary_grid(comparison: Comparison, lang: str) -> Grid:
    """Every change over time in one table (for many evaluations): a row per pair."""
    labels = compare_labels(lang)
    area_ids = [area.id for area in comparison.instrument.areas]
    grid = Grid([labels.change, *area_ids, labels.total])
    for change in comparison.changes:
        later = change.later.label
        name = " ".join(change.later.municipality.split())
        if later.startswith(name + " "):
            later = later[len(name) + 1 :]  # "Lund 2005 → 2009", not the name twice
        name = f"{change.earlier.label} → {later}"
        grid.rows.append([name, *(signed_points(item.change, lang) for item in change.areas)])
    return grid


def _detailed(comparison: Comparison, wide_after: int = WIDE_AFTER) -> bool:
    """Whether each change gets its own tables (per area and per question)."""
    return len(comparison.evaluations) <= wide_after


def _sources(comparison: Comparison) -> list[tuple[str, str]]:
    """Each distinct source with the evaluations it covers: ('Borås 2008, Lund 2009', text)."""
    by_source: dict[str, list[str]] = {}
    for evaluation in comparison.evaluations:
        if evaluation.source.strip():
            by_source.setdefault(evaluation.source.strip(), []).append(evaluation.label)
    return [(", ".join(labels), source) for source, labels in by_source.items()]


def _incomplete(comparison: Comparison) -> bool:
    return any(not e.complete for e in comparison.evaluations)


# Markdown


def grid_markdown(grid: Grid) -> str:
    """A grid as a GFM table; the first column left-aligned, the numbers right-aligned."""
    lines = [_md_row(grid.header, False), "| :-- |" + " --: |" * (len(grid.header) - 1)]
    lines += [_md_row(row, i in grid.bold) for i, row in enumerate(grid.rows)]
    return "\n".join(lines)


def _md_row(cells: list[str], bold: bool) -> str:
    texts = [escape_inline(c) or " " for c in cells]
    if bold:
        texts = [f"**{t}**" if t.strip() else t for t in texts]
    return "| " + " | ".join(texts) + " |"


def comparison_markdown(
    comparison: Comparison, lang: str, median: bool = False, mean: bool = False
) -> str:
    """The whole comparison as Markdown, ending with a newline."""
    labels = compare_labels(lang)
    name = comparison.instrument.text(comparison.instrument.name, lang)
    blocks = [f"# {labels.title} – {escape_inline(name)}"]
    grid = main_grid(comparison, lang, median, mean)
    blocks.append(grid_markdown(grid))
    if grid.header[0] == labels.evaluation:
        blocks.append(
            "\n".join(f"- {escape_inline(line)}" for line in area_legend(comparison, lang))
        )
    if _incomplete(comparison):
        blocks.append(escape_inline(labels.incomplete, line_start=True))
    sources = _sources(comparison)
    if sources:
        items = [f"- {escape_inline(text)} ({escape_inline(label)})" for label, text in sources]
        blocks.append(f"**{labels.sources}:**\n\n" + "\n".join(items))
    if comparison.changes and not _detailed(comparison):
        blocks.append(f"## {labels.change}")
        blocks.append(grid_markdown(change_summary_grid(comparison, lang)))
    for change in comparison.changes if _detailed(comparison) else ():
        heading = labels.change_heading.format(change.earlier.label, change.later.label)
        blocks.append(f"## {escape_inline(heading)}")
        areas, questions = change_grids(change, comparison, lang)
        blocks.append(grid_markdown(areas))
        if questions is not None:
            blocks.append(f"### {labels.per_question}")
            blocks.append(grid_markdown(questions))
    return visible("\n\n".join(blocks) + "\n")  # no escape sequences in a report file


# Rich


LONG_GRID = 60
"""Grids with more rows than this are drawn as aligned lines, not a Rich Table (speed)."""


class _GridView:
    """A grid drawn for the width Rich offers: a Table, or aligned lines when it is long."""

    def __init__(self, grid: Grid, title: str = "", compact: Grid | None = None) -> None:
        self.grid, self.title, self.compact = grid, title, compact

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        grid = self.grid
        if self.compact is not None and grid_width(grid) > options.max_width:
            grid = self.compact
        if len(grid.rows) > LONG_GRID:
            yield grid_lines(grid, self.title, options.max_width)
        else:
            yield grid_table(grid, self.title)


def grid_lines(grid: Grid, title: str, width: int) -> Text:
    """A long grid as aligned lines (Rich tables measure every cell, too slow for 500 rows).

    The first column is cut with an ellipsis when the line would be wider than `width`.
    """
    widths = [len(heading) for heading in grid.header]
    for row in grid.rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=False)]
    rest = sum(w + 2 for w in widths[1:])
    widths[0] = max(8, min(widths[0], width - rest - 2))
    text = Text()
    if title:
        text.append(title + "\n\n", style="italic")
    rows = [(grid.header, "bold")] + [
        (row, "bold" if i in grid.bold else "") for i, row in enumerate(grid.rows)
    ]
    for index, (cells, style) in enumerate(rows):
        first = cells[0] if len(cells[0]) <= widths[0] else cells[0][: widths[0] - 1] + "…"
        line = " " + first.ljust(widths[0])
        line += "".join("  " + c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=False))
        text.append(line + "\n", style=style)
        if index == 0:
            text.append(" " + "─" * (len(line) - 1) + "\n", style="dim")
    text.rstrip()
    return text


def grid_table(grid: Grid, title: str = "") -> Table:
    """A grid as a Rich table; every cell is a Text, so user text is never markup."""
    table = Table(title=title or None, box=box.SIMPLE_HEAD, title_justify="left")
    first = max((len(w) for row in grid.rows for w in row[0].split()), default=0)
    for index, heading in enumerate(grid.header):
        if index == 0:
            table.add_column(Text(heading), min_width=min(first, 12), overflow="fold")
        else:
            table.add_column(Text(heading), justify="right", overflow="fold")
    for index, row in enumerate(grid.rows):
        style = "bold" if index in grid.bold else ""
        table.add_row(*(Text(cell) for cell in row), style=style)
    return table


def grid_width(grid: Grid) -> int:
    """About how many cells a grid needs as a Rich table (headings may wrap at spaces)."""
    widths = [max((len(w) for w in heading.split()), default=0) for heading in grid.header]
    for row in grid.rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=False)]
    return sum(w + 2 for w in widths) + 2


def comparison_renderable(
    comparison: Comparison,
    lang: str,
    median: bool = False,
    mean: bool = False,
    width: int = 80,
) -> RenderableType:
    """The whole comparison for `Console.print`; `width` decides whether to add a legend."""
    labels = compare_labels(lang)
    name = comparison.instrument.text(comparison.instrument.name, lang)
    grid = main_grid(comparison, lang, median, mean)
    compact = main_grid(comparison, lang, median, mean, titles=False)
    title = f"{labels.title} – {name}"
    turned = grid.header[0] == labels.evaluation
    parts: list[RenderableType] = [_GridView(grid, title, compact)]
    notes: list[str] = []
    if turned or grid_width(grid) > width:
        notes += area_legend(comparison, lang)
    if _incomplete(comparison):
        notes.append(labels.incomplete)
    notes += [f"{labels.sources}: {text} ({label})" for label, text in _sources(comparison)]
    if notes:
        parts.append(Text("\n".join(notes), style="dim"))
    if comparison.changes and not _detailed(comparison):
        parts.append(Text(""))
        parts.append(_GridView(change_summary_grid(comparison, lang), labels.change))
    for change in comparison.changes if _detailed(comparison) else ():
        heading = labels.change_heading.format(change.earlier.label, change.later.label)
        areas, questions = change_grids(change, comparison, lang)
        parts.append(Text(""))
        parts.append(grid_table(areas, heading))
        if questions is not None:
            parts.append(grid_table(questions, labels.per_question))
    return Visible(Group(*parts))
