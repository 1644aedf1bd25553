"""The report's chapters in the terminal: their blocks (`core/report/blocks.py`: headings,
texts, lists) as Rich renderables, and an area's score table."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.segment import Segment
from rich.text import Text

from kompass_tui.core.report import blocks
from kompass_tui.core.report.tables import Cell, ReportTable
from kompass_tui.views.quick_table import QuickColumn, QuickTable, compact, ratio_distribute
from kompass_tui.views.report_text_view import Hanging, text_renderable
from kompass_tui.views.style import (
    HEADING_STYLE,
    NOT_APPLICABLE_STYLE,
    NOT_SCORED_STYLE,
    TOTAL_STYLE,
    percent_style,
)
from kompass_tui.views.text_wrap import wrap_plain

SUBHEADING_STYLE = "bold"


def block_renderables(
    chapter: Sequence[blocks.Block], kind: str, tables: Callable[[ReportTable], RenderableType]
) -> list[RenderableType]:
    """A chapter's blocks (`core/report/blocks.py`) in the terminal: an area's heading
    (level 3 in the detailed review) in the heading style, other headings in bold, an
    area's strengths and improvements side by side; `tables` draws a report table (with
    its caption). The chart's place is a blank line: the diagram is described in words."""
    parts: list[RenderableType] = []
    for index, block in enumerate(chapter):
        following = chapter[index + 1] if index + 1 < len(chapter) else None
        parts += _block(block, kind, following, tables)
    return parts


def _block(
    block: blocks.Block,
    kind: str,
    following: blocks.Block | None,
    tables: Callable[[ReportTable], RenderableType],
) -> list[RenderableType]:
    if isinstance(block, blocks.Heading):
        area = block.level == 3 and kind == "details"
        return [Line(block.text, HEADING_STYLE if area else SUBHEADING_STYLE)]
    if isinstance(block, blocks.ReportText):
        return [text_renderable(block.text)]
    if isinstance(block, blocks.Paragraphs):
        # A table's own top edge is the blank line between them.
        above_table = isinstance(following, blocks.Table)
        return [Line(block.text) if above_table else Paragraph(block.text)]
    if isinstance(block, blocks.Note):
        return [Line(block.text, "dim italic")]
    if isinstance(block, blocks.Footnote):
        return [Line(f"{block.mark} {block.text}", "dim")]
    if isinstance(block, blocks.QuestionList):
        return [Indented(Hanging(list(block.questions)))]
    if isinstance(block, blocks.Labelled):
        lines = [Text.assemble((f"{id}  ", "bold"), text) for id, text in block.items]
        return [Padding(Text("\n").join(lines), (0, 0, 1, 2))]
    if isinstance(block, blocks.BulletLists):
        return [_side_by_side(block.lists)]
    if isinstance(block, blocks.Bullets):
        return [_bullets(block, "green")]
    if isinstance(block, blocks.Table):
        return [tables(block.table)]
    return [Line("")]  # the chart's place


def area_table(model: ReportTable) -> QuickTable:
    """An area's question table with its total row (`core/report/tables.area_table`),
    headed like the seed's last section."""
    columns = []
    for column in model.columns:
        heading = Text(column.heading)
        if column.id == "id":
            columns.append(QuickColumn(heading, no_wrap=True))
        elif column.id == "question":
            columns.append(QuickColumn(heading, ratio=1, overflow="fold"))
        elif column.id == "earlier":
            columns.append(QuickColumn(heading, justify="right", max_width=10))
        else:
            columns.append(QuickColumn(heading, justify="right"))
    table = QuickTable(columns, expand=True)
    for index, row in enumerate(model.rows):
        table.add_row(
            *(table_cell(cell) for cell in row.cells),
            end_section=index == len(model.rows) - 2,
            style=TOTAL_STYLE if row.total else None,
        )
    return table


_CELL_STYLES = {"not_applicable": NOT_APPLICABLE_STYLE, "not_scored": NOT_SCORED_STYLE}


def table_cell(cell: Cell, percent_colour: bool = True) -> Text:
    """A cell of a report table: a percentage coloured by its value (unless told not to),
    a change by its shown sign, a question not applicable or not scored in its style."""
    if cell.kind == "percent":
        return Text(cell.text, style=percent_style(cell.value) if percent_colour else "none")
    if cell.kind == "change":
        # Styled by the shown sign, so a change that rounds to ±0,0 is not coloured.
        return Text(cell.text, style={"+": "green", "-": "red"}.get(cell.text[:1], "dim"))
    return Text(cell.text, style=_CELL_STYLES.get(cell.kind, ""))


_LIST_STYLES = ("green", "yellow")
"""The strengths' colour and the improvements'."""


def _side_by_side(lists: Sequence[blocks.Bullets]) -> SideBySide:
    styles = [_LIST_STYLES[index % len(_LIST_STYLES)] for index in range(len(lists))]
    return SideBySide(list(zip(lists, styles, strict=True)))


def _bullets(listed: blocks.Bullets, style: str) -> Group:
    return Group(
        Text(listed.title, style=f"bold {style}"),
        Hanging([("•", item) for item in listed.items], style),
    )


class SideBySide:
    """Bullet lists side by side in columns of equal share, two cells apart, indented by
    two and followed by a blank line: the lines of `Padding(Table.grid(expand=True,
    padding=(0, 2)), (0, 0, 1, 2))` with a `ratio=1` column per list, written directly
    (Rich's grid measured and padded every line anew). Where the columns would be too
    narrow for that, Rich's grid draws them."""

    def __init__(self, lists: Sequence[tuple[blocks.Bullets, str]]) -> None:
        self.lists = lists

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The lists' lines side by side at the width given."""
        lines = self.lines(console, options.max_width)
        if lines is None:
            yield self.rich_grid()
            return
        new_line = Segment.line()
        indent = Segment("  ")
        segments = [part for line in lines for part in (indent, *line, new_line)]
        yield from compact(segments)
        yield Segment(" " * options.max_width + "\n")

    def lines(self, console: Console, width: int) -> list[list[Segment]] | None:
        """The lines without indent and line end, or None when Rich must lay them out."""
        inner = width - 2
        count = len(self.lists)
        if inner < 1 or not count:
            return None
        minimum = [3] * (count - 1) + [1]  # a column's one cell and the gap after it
        widths = ratio_distribute(inner, [1] * count, minimum)
        if sum(widths) != inner:
            return None
        columns: list[list[list[Segment]]] = []
        for index, ((listed, style), column_width) in enumerate(
            zip(self.lists, widths, strict=True)
        ):
            gap = [] if index == count - 1 else [Segment("  ")]
            text_width = column_width - len(gap) * 2
            if text_width < 1 or any("\t" in item for item in (listed.title, *listed.items)):
                return None
            hanging = Hanging([("•", item) for item in listed.items], style)
            if listed.items and text_width < 3:  # the bullet, its gap and a cell of text
                return None
            title_style = console.get_style(f"bold {style}")
            column = [
                [Segment(line, title_style), *gap]
                for line in wrap_plain(listed.title, text_width, "ellipsis", console)
            ]
            column += [[*line, *gap] for line in hanging.lines(console, text_width)]
            columns.append(column)
        height = max(len(column) for column in columns)
        for column, column_width in zip(columns, widths, strict=True):
            column += [[Segment(" " * column_width)]] * (height - len(column))
        return [[part for column in columns for part in column[row]] for row in range(height)]

    def rich_grid(self) -> Padding:
        """The same lists in Rich's grid, which lays out every case."""
        from rich.table import Table

        grid = Table.grid(expand=True, padding=(0, 2))
        for _ in self.lists:
            grid.add_column(ratio=1)
        grid.add_row(*(_bullets(listed, style) for listed, style in self.lists))
        return Padding(grid, (0, 0, 1, 2))


class Line:
    """A text in a style, wrapped to the width, its lines not padded: what `Text(text,
    style=style)` prints, without Rich's `Text` machinery for each heading and note."""

    __slots__ = ("style", "text")

    def __init__(self, text: str, style: str = "") -> None:
        self.text = text
        self.style = style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The text's lines at the width given."""
        if "\t" in self.text:  # Rich expands tabs into parts of their own
            yield Text(self.text, style=self.style)
            return
        lines = wrap_plain(self.text, options.max_width, "fold", console, pad=False)
        new_line = Segment.line()
        if not self.style:  # one segment, as Rich's `Text` gives (the workbench draws it)
            yield Segment("\n".join(lines))
            yield new_line
            return
        style = console.get_style(self.style)
        for line in lines:
            if line:
                yield Segment(line, style)
            yield new_line


class Paragraph:
    """Plain running text, its lines padded to the width, then a blank line: what
    `Padding(Text(text), (0, 0, 1, 0))` prints."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The text's lines and a blank line, as one segment."""
        width = options.max_width
        lines = wrap_plain(self.text, width, "fold", console)
        yield Segment("".join(line + "\n" for line in lines) + " " * width + "\n")


class Indented:
    """Rows beside their leads (`Hanging`) indented by two, then a blank line: what
    `Padding(Hanging(rows), (0, 0, 1, 2))` prints."""

    __slots__ = ("hanging",)

    def __init__(self, hanging: Hanging) -> None:
        self.hanging = hanging

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The rows' lines, each after two spaces, and a blank line."""
        width = options.max_width
        leads = [lead for lead, _ in self.hanging.rows]
        if width - 2 < max(map(cell_len, leads), default=0) + 2:
            yield Padding(self.hanging, (0, 0, 1, 2))  # too narrow: let Rich cut the lines
            return
        indent, new_line = Segment("  "), Segment.line()
        lines = self.hanging.lines(console, width - 2)
        yield from compact(part for line in lines for part in (indent, *line, new_line))
        yield Segment(" " * width + "\n")
