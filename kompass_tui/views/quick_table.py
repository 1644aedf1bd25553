"""A table of short texts laid out in one pass: the lines Rich's `Table` draws for it.

The report's tables (an area's questions, the results, the comparison, a table in a
report text) are a few columns of plain texts under a `SIMPLE_HEAD` rule. Rich's `Table`
measures and renders every cell through padding, line splitting and reshaping, which made
the tables most of `kompass show`'s time (#23). `QuickTable` takes the same description
(columns, rows of `Text`, row styles, sections) and, when the table needs nothing more
than that, computes the column widths with Rich's own rules and writes each row's lines
directly: the same characters and the same styles, segment for segment. Anything beyond
it (a table too wide for its columns' natural widths, tabs, styled parts of a cell that
wraps, an ASCII-only terminal) is drawn by Rich's `Table` from the same description.
`tests/test_show_layout.py` compares the two over many widths.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from math import ceil
from typing import TYPE_CHECKING, Literal, NamedTuple

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from kompass_tui.views.text_wrap import one_cell, pieces

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult
    from rich.table import Table

Justify = Literal["left", "right"]
Overflow = Literal["fold", "ellipsis"]

_HEAD_RULE = "─"
"""The line under the header of Rich's `box.SIMPLE_HEAD`, its only visible border."""


class QuickColumn:
    """A column as `Table.add_column` takes it (only what the report's tables use)."""

    __slots__ = ("header", "justify", "max_width", "min_width", "no_wrap", "overflow", "ratio")

    def __init__(
        self,
        header: Text,
        justify: Justify = "left",
        no_wrap: bool = False,
        overflow: Overflow = "ellipsis",
        ratio: int | None = None,
        min_width: int | None = None,
        max_width: int | None = None,
    ) -> None:
        self.header = header
        self.justify: Justify = justify
        self.no_wrap = no_wrap
        self.overflow: Overflow = overflow
        self.ratio = ratio
        self.min_width = min_width
        self.max_width = max_width


class QuickRow(NamedTuple):
    """A row as `Table.add_row` takes it."""

    cells: Sequence[Text]
    style: str | None = None
    end_section: bool = False


class QuickTable:
    """A table drawn as Rich's `Table(box=SIMPLE_HEAD, expand=…, pad_edge=…)` draws it.

    (Plain classes rather than dataclasses here: `kompass show` imports this module, and
    making a dataclass costs a millisecond, #23.)"""

    def __init__(
        self, columns: Sequence[QuickColumn], expand: bool = False, pad_edge: bool = True
    ) -> None:
        self.columns = columns
        self.rows: list[QuickRow] = []
        self.expand = expand
        self.pad_edge = pad_edge

    def add_row(self, *cells: Text, style: str | None = None, end_section: bool = False) -> None:
        """A row of cells, one per column."""
        self.rows.append(QuickRow(cells, style, end_section))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The table's lines at the width given."""
        lines = None
        if not (options.ascii_only or options.legacy_windows):
            lines = _Layout(self, console).lines(options.max_width)
        if lines is None:
            yield self.rich_table()
        else:
            yield from compact(lines)

    def rich_table(self) -> Table:
        """The same table as Rich's `Table`, which draws every case."""
        from rich import box
        from rich.table import Table

        table = Table(box=box.SIMPLE_HEAD, expand=self.expand, pad_edge=self.pad_edge)
        for column in self.columns:
            table.add_column(
                column.header,
                justify=column.justify,
                no_wrap=column.no_wrap,
                overflow=column.overflow,
                ratio=column.ratio,
                min_width=column.min_width,
                max_width=column.max_width,
            )
        for row in self.rows:
            table.add_row(*row.cells, style=row.style, end_section=row.end_section)
        return table


class _Layout:
    """One rendering of a `QuickTable` (see `lines`)."""

    def __init__(self, table: QuickTable, console: Console) -> None:
        self.table = table
        self.console = console
        columns = len(table.columns)
        self.pads = []
        for index in range(columns):
            left = 0 if index == 0 and not table.pad_edge else 1
            right = 0 if index == columns - 1 and not table.pad_edge else 1
            self.pads.append((left, right))
        self.extra = 2 + columns - 1  # the edges and the dividers

    def cells(self, index: int) -> list[Text]:
        """A column's header (when shown) and cells."""
        return [self.table.columns[index].header, *(row.cells[index] for row in self.table.rows)]

    def widths(self, max_width: int) -> list[int] | None:
        """Rich's column widths (padding included), or None where Rich would have to
        narrow columns below their natural width (then Rich draws the table)."""
        table = self.table
        ranges = [self.measure(index, max_width) for index in range(len(table.columns))]
        widths = [most or 1 for _, most in ranges]
        flexible = [column.ratio is not None for column in table.columns]
        if table.expand and any(column.ratio for column in table.columns):
            fixed = [0 if flex else most for (_, most), flex in zip(ranges, flexible, strict=True)]
            minimum = [1 + sum(self.pads[i]) for i, flex in enumerate(flexible) if flex]
            ratios = [column.ratio or 0 for column in table.columns if column.ratio is not None]
            shares = iter(ratio_distribute(max_width - sum(fixed), ratios, minimum))
            widths = [
                fixed[index] + next(shares) if flex else widths[index]
                for index, flex in enumerate(flexible)
            ]
        total = sum(widths)
        if total > max_width:
            return None
        if total < max_width and table.expand:
            widths = [
                width + pad
                for width, pad in zip(
                    widths, ratio_distribute(max_width - total, widths), strict=True
                )
            ]
        return widths

    def measure(self, index: int, max_width: int) -> tuple[int, int]:
        """A column's least and most width with its padding, as `Table._measure_column`."""
        if max_width < 1:
            return 0, 0
        column = self.table.columns[index]
        padding = sum(self.pads[index])
        least = most = 0
        cells = self.cells(index)
        for cell in cells:
            if max_width - padding < 1:
                low = high = max_width
            else:
                low, high = _text_measure(cell.plain, max_width)
                low, high = min(low + padding, max_width), min(high + padding, max_width)
            least, most = max(least, low), max(most, high)
        if not cells:
            least, most = 1, max_width
        least, most = min(least, max_width), min(most, max_width)
        if column.min_width is not None:
            bound = max(0, column.min_width + padding)
            least, most = max(least, bound), max(most, bound)
        if column.max_width is not None:
            bound = column.max_width + padding
            least, most = min(least, bound), min(most, bound)
        return least, most

    def lines(self, max_width: int) -> list[Segment] | None:
        """The table's segments, or None when Rich must draw it."""
        table = self.table
        if any("\t" in cell.plain for i in range(len(table.columns)) for cell in self.cells(i)):
            return None
        widths = self.widths(max_width - self.extra)
        if widths is None:
            return None
        get_style = self.console.get_style
        new_line = Segment.line()
        space = Segment(" ")  # SIMPLE_HEAD's edges and dividers are spaces
        blank_rule = [Segment(" " * (sum(widths) + len(widths) + 1)), new_line]
        rows = [([c.header for c in table.columns], get_style("table.header"), False, True)]
        for row in table.rows:
            style = get_style(row.style) if row.style else Style.null()
            rows.append((list(row.cells), style, row.end_section, False))
        out: list[Segment] = [*blank_rule]
        for number, (cells, style, end_section, header) in enumerate(rows):
            shaped: list[list[list[Segment]]] = []
            for index, text in enumerate(cells):
                drawn = self.cell(text, index, widths[index], style)
                if drawn is None:
                    return None
                shaped.append(drawn)
            height = max(len(drawn) for drawn in shaped)
            for index, drawn in enumerate(shaped):
                filler = [[Segment(" " * widths[index], style or None)]] * (height - len(drawn))
                # A header's cells stand on the rule; a row's hang from its top.
                shaped[index] = filler + drawn if header else drawn + filler
            for line in range(height):
                out.append(space)
                for index, drawn in enumerate(shaped):
                    if index:
                        out.append(space)
                    out += drawn[line]
                out += [space, new_line]
            if header:
                out += [Segment(" " + _HEAD_RULE * (sum(widths) + len(widths) - 1) + " "), new_line]
            elif end_section and number < len(rows) - 1:
                out += blank_rule
        out += blank_rule
        return out

    def cell(self, cell: Text, index: int, width: int, style: Style) -> list[list[Segment]] | None:
        """A cell's lines at its column's width, each as Rich's padded cell draws it."""
        column = self.table.columns[index]
        left, right = self.pads[index]
        inner = width - left - right
        if inner < 1:
            return None
        base = self.console.get_style(cell.style) if cell.style else Style.null()
        texts = _cell_lines(cell.plain, inner, column, self.console)
        if cell.spans and (len(texts) != 1 or cell_len(cell.plain) > inner):
            return None  # styled parts of a wrapped or cut text: Rich places them
        pad_style = style or None
        before = [Segment(" " * left, pad_style)] if left else []
        after = [Segment(" " * right, pad_style)] if right else []
        lines = []
        for text in texts:
            if cell.spans:
                runs = _runs(cell, text, column.justify, self.console)
                content = [Segment(part, style + part_style) for part, part_style in runs]
            else:
                content = [Segment(text, style + base if (style or base) else None)]
            lines.append([*before, *content, *after])
        return lines


def _text_measure(plain: str, max_width: int) -> tuple[int, int]:
    """`Text.__rich_measure__` and `Measurement.get` of a plain text: its longest word and
    its longest line, within `max_width`."""
    measure = len if one_cell(plain) else cell_len  # one-cell text: as wide as long
    most = max(map(measure, plain.splitlines()), default=0)
    least = max(map(measure, plain.split()), default=most)
    least = min(max(0, least), most)
    most = max(0, max(least, most))
    least, most = min(least, max_width), min(most, max_width)
    if most < 1:
        return 0, 0
    return least, most


def _cell_lines(plain: str, width: int, column: QuickColumn, console: Console) -> list[str]:
    """A cell's text wrapped and justified as `Text.wrap` does in a table's cell."""
    if "\n" not in plain and len(plain) <= width and one_cell(plain):  # most cells: it fits
        if column.justify == "right":
            plain = plain.rstrip()
            return [" " * (width - len(plain)) + plain]
        return [plain + " " * (width - len(plain))]
    lines: list[str] = []
    for line in plain.split("\n"):
        parts = [line] if column.no_wrap else pieces(line, width, column.overflow)
        for part in parts:
            if len(part) > width:  # spaces beyond the width go
                stripped = part.rstrip()
                excess = len(part) - width
                part = part[: len(part) - min(len(part) - len(stripped), excess)]
            if column.justify == "right":
                part = part.rstrip()
            length = cell_len(part)
            if length > width:
                if column.overflow == "ellipsis":
                    part = set_cell_size(part, width - 1) + "…"
                else:
                    part = set_cell_size(part, width)
                length = width
            if length < width:
                padding = " " * (width - length)
                part = padding + part if column.justify == "right" else part + padding
            lines.append(part)
    return lines


def _runs(cell: Text, line: str, justify: Justify, console: Console) -> Iterator[tuple[str, Style]]:
    """The styled runs of a one-line cell padded to `line`, as `Text.render` cuts them."""
    shift = len(line) - len(cell.plain) if justify == "right" else 0
    text = Text(line, style=cell.style)
    for span in cell.spans:
        text.stylize(span.style, span.start + shift, span.end + shift)
    for segment in Text("\n").join([text]).render(console):
        yield segment.text, segment.style or Style.null()


def ratio_distribute(total: int, ratios: list[int], minimums: list[int] | None = None) -> list[int]:
    """`total` shared out by `ratios`, each share at least its minimum: Rich's own
    `rich._ratio.ratio_distribute`, step for step (its module imports `fractions`, which
    `kompass show` has no other use for, #23). `tests/test_show_layout.py` checks that
    the two agree."""
    if minimums:
        ratios = [ratio if least else 0 for ratio, least in zip(ratios, minimums, strict=True)]
    total_ratio = sum(ratios)
    remaining = total
    shares = []
    for ratio, least in zip(ratios, minimums or [0] * len(ratios), strict=True):
        share = max(least, ceil(ratio * remaining / total_ratio)) if total_ratio > 0 else remaining
        shares.append(share)
        total_ratio -= ratio
        remaining -= share
    return shares


def compact(segments: Iterable[Segment]) -> list[Segment]:
    """Segments with each run of unstyled ones joined into one: they print the same, and
    Rich passes every segment through each renderable that holds it (#23)."""
    joined: list[Segment] = []
    plain: list[str] = []
    for segment in segments:
        if segment.style or segment.control:
            if plain:
                joined.append(Segment("".join(plain)))
                plain.clear()
            joined.append(segment)
        else:
            plain.append(segment.text)
    if plain:
        joined.append(Segment("".join(plain)))
    return joined
