"""A comparison drawn with Rich for the terminal (`kompass compare`, the picker).

The grids, their numbers and notes are built in `core/compare/` (the same ones the Markdown
shows); this module only lays them out: a Rich table, or aligned lines when long.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from kompass_tui.core.compare.comparison import Comparison
from kompass_tui.core.compare.notes import sources
from kompass_tui.core.compare.sections import first_notes, later_sections
from kompass_tui.core.compare.tables import Grid, main_grid, turned
from kompass_tui.core.texts.catalog import Texts
from kompass_tui.views.visible import Visible

LONG_GRID = 60
"""Grids with more rows than this are drawn as aligned lines, not a Rich Table (speed)."""


class _GridView:
    """A grid drawn for the width Rich offers: a Table, or aligned lines when it is long."""

    def __init__(self, grid: Grid, title: str = "", compact: Grid | None = None) -> None:
        self.grid, self.title, self.compact = grid, title, compact

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        grid = self.grid
        width = options.max_width
        if self.compact is not None and grid_width(grid) > width:
            grid = self.compact
        long = len(grid.rows) > LONG_GRID
        for index, part in enumerate(column_groups(grid, width, lines=long)):
            title = self.title if index == 0 else ""
            if index:
                yield Segment.line()
            if long:
                yield from grid_lines(part, title, width)
            else:
                yield grid_table(part, title, width)


def _narrowest(cells: list[str]) -> int:
    """The narrowest a column can be drawn: its longest word (Rich wraps at spaces)."""
    return max((len(word) for cell in cells for word in cell.split()), default=0)


def column_groups(grid: Grid, width: int, lines: bool = False) -> list[Grid]:
    """The grid split into groups of columns that each fit `width`, the first column
    (what the rows are) repeated in each; one group when it fits as it is.

    A column never gets narrower than its longest word, so a number is never split; the
    first one gets room for up to 24 characters on a line. As a Rich table a column takes
    its width plus 3 (padding and rule) and the table 1 more;
    as aligned lines (`lines`) its widest cell plus 2, and 1 more.
    """
    columns = list(zip(grid.header, *grid.rows, strict=False))
    if lines:
        need = [max((len(c) for c in column), default=0) + 2 for column in columns]
        need[0] = min(need[0], 12)  # `grid_lines` cuts the first column to what is left
    else:
        need = [_narrowest(list(column)) + 3 for column in columns]
        # The first column as `_column_widths` gives it room: its text on one line up to 24.
        full = max((len(cell) for cell in columns[0]), default=0)
        need[0] = max(min(need[0], 15), min(full, 24)) + 3
    if sum(need) + 1 <= width or len(columns) <= 2:
        return [grid]
    groups: list[list[int]] = [[]]
    used = need[0] + 1
    for index in range(1, len(columns)):
        if groups[-1] and used + need[index] > width:
            groups.append([])
            used = need[0] + 1
        groups[-1].append(index)
        used += need[index]
    return [_columns_of(grid, [0, *group]) for group in groups]


def _columns_of(grid: Grid, indexes: list[int]) -> Grid:
    return Grid(
        [grid.header[i] for i in indexes],
        [[row[i] if i < len(row) else "" for i in indexes] for row in grid.rows],
        set(grid.bold),
    )


_BOLD, _DIM, _ITALIC = Style(bold=True), Style(dim=True), Style(italic=True)


def grid_lines(grid: Grid, title: str, width: int) -> list[Segment]:
    """A long grid as aligned lines, as segments (Rich tables and wrapped text measure every
    cell, too slow for thousands of rows). The first column is cut with an ellipsis when a
    line would be wider than `width`.
    """
    widths = [len(heading) for heading in grid.header]
    for row in grid.rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=False)]
    rest = sum(w + 2 for w in widths[1:])
    widths[0] = max(8, min(widths[0], width - rest - 2))
    segments: list[Segment] = []
    if title:
        segments += [Segment(title, _ITALIC), Segment.line(), Segment.line()]
    rows = [(grid.header, _BOLD)] + [
        (row, _BOLD if i in grid.bold else None) for i, row in enumerate(grid.rows)
    ]
    for index, (cells, style) in enumerate(rows):
        first = cells[0] if len(cells[0]) <= widths[0] else cells[0][: widths[0] - 1] + "…"
        line = " " + first.ljust(widths[0])
        line += "".join("  " + c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=False))
        segments += [Segment(line.rstrip(), style), Segment.line()]
        if index == 0:
            segments += [Segment(" " + "─" * (len(line) - 1), _DIM), Segment.line()]
    return segments


def grid_table(grid: Grid, title: str = "", width: int | None = None) -> Table:
    """A grid as a Rich table; every cell is a Text, so user text is never markup.

    With `width`, every column gets a fixed width that keeps its figures whole (a heading
    wraps at its spaces, the first column's text too), the table no wider than `width`
    where its columns allow (`column_groups` makes sure they do).
    """
    table = Table(title=title or None, box=box.SIMPLE_HEAD, title_justify="left")
    widths = _column_widths(grid, width) if width is not None else None
    first = max((len(w) for row in grid.rows for w in row[0].split()), default=0)
    for index, heading in enumerate(grid.header):
        fixed = widths[index] if widths is not None else None
        if index == 0:
            table.add_column(Text(heading), min_width=min(first, 12), overflow="fold", width=fixed)
        else:
            table.add_column(Text(heading), justify="right", overflow="fold", width=fixed)
    for index, row in enumerate(grid.rows):
        style = "bold" if index in grid.bold else ""
        table.add_row(*(Text(cell) for cell in row), style=style)
    return table


def _column_widths(grid: Grid, width: int) -> list[int]:
    """Each column's width: its widest figure or heading word; then, while there is room,
    the first column up to 24 (a short row name on one line), whole headings, and the
    rest of the first column (its text wraps). The first is at least its longest word up
    to 15."""
    columns = list(zip(grid.header, *grid.rows, strict=False))
    widths = [
        max(max((len(c) for c in column[1:]), default=0), _narrowest([column[0]]))
        for column in columns
    ]
    first_full = max(len(c) for c in columns[0])
    widths[0] = min(max(_narrowest(list(columns[0])), 4), 15)
    spare = width - (3 * len(columns) + 1) - sum(widths)
    grow = max(0, min(min(first_full, 24) - widths[0], spare))
    widths[0] += grow
    spare -= grow
    for index in range(1, len(columns)):
        more = len(grid.header[index]) - widths[index]
        if 0 < more <= spare:  # only a whole heading
            widths[index] += more
            spare -= more
    widths[0] += max(0, min(first_full - widths[0], spare))
    return widths


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
    trend: bool = False,
) -> RenderableType:
    """The whole comparison for `Console.print`; `width` decides whether to add a legend."""
    words = Texts(lang, "compare.")
    name = comparison.instrument.text(comparison.instrument.name, lang)
    grid = main_grid(comparison, lang, median, mean)
    compact = (
        None if turned(comparison) else main_grid(comparison, lang, median, mean, titles=False)
    )
    parts: list[RenderableType] = [_GridView(grid, f"{words('title')} – {name}", compact)]
    legend = turned(comparison) or grid_width(grid) > width
    notes = first_notes(comparison, lang, median, mean, legend)
    notes += [f"{words('sources')}: {text} ({label})" for label, text in sources(comparison)]
    if notes:
        parts.append(Text("\n".join(notes), style="dim"))
    for section in later_sections(comparison, lang, trend):
        if section.level == 2:  # a part of the section before follows it without a gap
            parts.append(Text(""))
        parts.append(_GridView(section.grid, section.heading))
        if section.note:
            parts.append(Text(section.note, style="dim"))
    return Visible(Group(*parts))
