"""The report's per-area sections in the terminal: the detailed review of an area (general
text, one sub-section per question, its summary) and its score table."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from kompass_tui.core.report.model import AreaSection, QuestionLine
from kompass_tui.core.report.practice_text import source_text
from kompass_tui.core.scoring.numbers import format_max, format_percent, format_points
from kompass_tui.core.texts.catalog import Texts
from kompass_tui.views.report_text_view import text_renderable
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
    questions = Table.grid(padding=(0, 1))
    questions.add_column(no_wrap=True)
    questions.add_column(ratio=1)
    for question in area.questions:
        questions.add_row(Text(question.id), Text(question.text))
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


def area_table(area: AreaSection, lang: str, earlier_label: str | None = None) -> Table:
    """An area's question table with its total row, headed like the seed's last section.

    With `earlier_label` (the heading of an earlier full session), a column shows its scores.
    """
    words = Texts(lang, "report.")
    table = Table(box=box.SIMPLE_HEAD, expand=True)
    table.add_column(Text(area.id), no_wrap=True)
    table.add_column(Text(area.title), ratio=1, overflow="fold")
    table.add_column(words("achieved"), justify="right")
    table.add_column(words("max"), justify="right")
    table.add_column(words("percent"), justify="right")
    if earlier_label is not None:
        table.add_column(Text(earlier_label), justify="right", max_width=10)
    for index, question in enumerate(area.questions):
        cells = _question_cells(question, lang, words)
        if earlier_label is not None:
            cells.append(optional_points(question.earlier_score, lang, words))
        table.add_row(*cells, end_section=index == len(area.questions) - 1)
    total = [
        Text(""),
        Text(words("area_total", id=area.id)),
        Text(format_points(area.total, lang)),
        Text(format_max(area.max, lang)),
        Text(format_percent(area.percent), style=percent_style(area.percent)),
    ]
    if earlier_label is not None:
        total.append(optional_points(area.earlier_total, lang, words))
    table.add_row(*total, style=TOTAL_STYLE)
    return table


def optional_points(value: Decimal | None, lang: str, words: Texts) -> Text:
    """Points, or the dash for a figure that is not known."""
    return Text(words("none") if value is None else format_points(value, lang))


def _question_cells(question: QuestionLine, lang: str, words: Texts) -> list[Text]:
    maximum = format_max(question.max, lang)
    if question.not_applicable:
        achieved = Text(words("not_applicable"), style=NOT_APPLICABLE_STYLE)
        maximum = f"({maximum})"
    elif question.score is None:
        achieved = Text(words("not_scored"), style=NOT_SCORED_STYLE)
    else:
        achieved = Text(format_points(question.score, lang))
    percent = Text(format_percent(question.percent), style=percent_style(question.percent))
    return [Text(question.id), Text(question.text), achieved, Text(maximum), percent]


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
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for item in items:
        grid.add_row(Text("•", style=style), Text(item))
    return Group(Text(title, style=f"bold {style}"), grid)


def _comment(question: QuestionLine) -> Text:
    text = Text(f"{question.id}  ", style="bold")
    text.append(question.comment.strip())
    return text
