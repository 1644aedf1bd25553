"""The report's chapters in the terminal: their blocks (`core/report/blocks.py`: headings,
texts, lists) as Rich renderables, and an area's score table."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from kompass_tui.core.report import blocks
from kompass_tui.core.report.tables import Cell, ReportTable
from kompass_tui.views.quick_table import QuickColumn, QuickTable
from kompass_tui.views.report_text_view import Hanging, text_renderable
from kompass_tui.views.style import (
    HEADING_STYLE,
    NOT_APPLICABLE_STYLE,
    NOT_SCORED_STYLE,
    TOTAL_STYLE,
    percent_style,
)

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
        return [Text(block.text, style=HEADING_STYLE if area else SUBHEADING_STYLE)]
    if isinstance(block, blocks.ReportText):
        return [text_renderable(block.text)]
    if isinstance(block, blocks.Paragraphs):
        # A table's own top edge is the blank line between them.
        above_table = isinstance(following, blocks.Table)
        return [Text(block.text) if above_table else Padding(Text(block.text), (0, 0, 1, 0))]
    if isinstance(block, blocks.Note):
        return [Text(block.text, style="dim italic")]
    if isinstance(block, blocks.Footnote):
        return [Text(f"{block.mark} {block.text}", style="dim")]
    if isinstance(block, blocks.QuestionList):
        return [Padding(Hanging(list(block.questions)), (0, 0, 1, 2))]
    if isinstance(block, blocks.Labelled):
        lines = [Text.assemble((f"{id}  ", "bold"), text) for id, text in block.items]
        return [Padding(Text("\n").join(lines), (0, 0, 1, 2))]
    if isinstance(block, blocks.BulletLists):
        return [_side_by_side(block.lists)]
    if isinstance(block, blocks.Bullets):
        return [_bullets(block, "green")]
    if isinstance(block, blocks.Table):
        return [tables(block.table)]
    return [Text("")]  # the chart's place


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


def _side_by_side(lists: Sequence[blocks.Bullets]) -> Padding:
    grid = Table.grid(expand=True, padding=(0, 2))
    for _ in lists:
        grid.add_column(ratio=1)
    styles = (_LIST_STYLES[index % len(_LIST_STYLES)] for index in range(len(lists)))
    grid.add_row(*(_bullets(listed, style) for listed, style in zip(lists, styles, strict=True)))
    return Padding(grid, (0, 0, 1, 2))


def _bullets(listed: blocks.Bullets, style: str) -> Group:
    return Group(
        Text(listed.title, style=f"bold {style}"),
        Hanging([("•", item) for item in listed.items], style),
    )
