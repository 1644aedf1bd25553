"""The report's per-area sections in the terminal: the detailed review of an area (general
text, one sub-section per question, its summary) and its score table."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from kompass_tui.core.report.model import AreaSection, QuestionLine
from kompass_tui.core.report.practice_text import source_text
from kompass_tui.core.report.tables import Cell, ReportTable
from kompass_tui.core.texts.catalog import Texts
from kompass_tui.views.report_text_view import Hanging, text_renderable
from kompass_tui.views.style import (
    HEADING_STYLE,
    NOT_APPLICABLE_STYLE,
    NOT_SCORED_STYLE,
    TOTAL_STYLE,
    percent_style,
)

SUBHEADING_STYLE = "bold"


def area_details(area: AreaSection, words: Texts) -> list[RenderableType]:
    """An area of the detailed review; nothing for an area without text."""
    if not area.has_text:
        return []
    heading = Text(words("area_heading", id=area.id, title=area.title), style=HEADING_STYLE)
    questions = Hanging([(question.id, question.text) for question in area.questions])
    parts: list[RenderableType] = [heading, Padding(questions, (0, 0, 1, 2))]
    if area.general:
        parts += [Text(words("general"), style=SUBHEADING_STYLE), text_renderable(area.general)]
    for question in area.questions:
        if question.findings.strip():
            title = question.heading or f"{question.id} {question.text}"
            parts += [Text(title, style=SUBHEADING_STYLE), text_renderable(question.findings)]
    if area.strengths or area.improvements:
        parts.append(Text(words("area_summary", id=area.id), style=SUBHEADING_STYLE))
        parts.append(_summary_lists(area, words))
    if area.commented:
        parts.append(Text(words("comments"), style=SUBHEADING_STYLE))
        comments = Text("\n").join(_comment(q) for q in area.commented)
        parts.append(Padding(comments, (0, 0, 1, 2)))
    if area.sourced:
        parts.append(Text(words("sources"), style=SUBHEADING_STYLE))
        lines = [
            Text.assemble((f"{q.id}  ", "bold"), source_text(e, words.lang))
            for q in area.sourced
            for e in q.evidence
        ]
        parts.append(Padding(Text("\n").join(lines), (0, 0, 1, 2)))
    return parts


def area_table(model: ReportTable) -> Table:
    """An area's question table with its total row (`core/report/tables.area_table`),
    headed like the seed's last section."""
    table = Table(box=box.SIMPLE_HEAD, expand=True)
    for column in model.columns:
        if column.id == "id":
            table.add_column(Text(column.heading), no_wrap=True)
        elif column.id == "question":
            table.add_column(Text(column.heading), ratio=1, overflow="fold")
        elif column.id == "earlier":
            table.add_column(Text(column.heading), justify="right", max_width=10)
        else:
            table.add_column(column.heading, justify="right")
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


def _summary_lists(area: AreaSection, words: Texts) -> Padding:
    grid = Table.grid(expand=True, padding=(0, 2))
    grid.add_column(ratio=1)
    grid.add_column(ratio=1)
    grid.add_row(
        _bullets(words("strengths"), area.strengths, "green"),
        _bullets(words("improvements"), area.improvements, "yellow"),
    )
    return Padding(grid, (0, 0, 1, 2))


def _bullets(title: str, items: Sequence[str], style: str) -> Group:
    return Group(
        Text(title, style=f"bold {style}"), Hanging([("•", item) for item in items], style)
    )


def _comment(question: QuestionLine) -> Text:
    text = Text(f"{question.id}  ", style="bold")
    text.append(question.comment.strip())
    return text
