"""Markdown of the report's per-area sections: the detailed review (general text, one
sub-section per question, the area's summary) and the score tables."""

from __future__ import annotations

from collections.abc import Sequence

from kompass_tui.core.formats.escaping import escape_inline, escape_list_item, escape_paragraphs
from kompass_tui.core.report.markdown_text import text_markdown
from kompass_tui.core.report.model import AreaSection, Report
from kompass_tui.core.report.practice_text import source_text
from kompass_tui.core.report.tables import Cell, ReportTable, area_table
from kompass_tui.core.texts.catalog import Texts

_DELIMITERS = {"left": "---", "right": "---:"}


def area_details(area: AreaSection, words: Texts) -> list[str]:
    """An area of the detailed review; nothing for an area without text."""
    if not area.has_text:
        return []
    blocks = [f"### {escape_inline(words('area_heading', id=area.id, title=area.title))}"]
    blocks.append("\n".join(f"- {escape_list_item(f'{q.id} {q.text}')}" for q in area.questions))
    if area.general:
        blocks += [f"#### {words('general')}", text_markdown(area.general)]
    for question in area.questions:
        if question.findings.strip():
            heading = question.heading or f"{question.id} {question.text}"
            blocks += [f"#### {escape_inline(heading)}", text_markdown(question.findings)]
    if area.strengths or area.improvements:
        blocks.append(f"#### {escape_inline(words('area_summary', id=area.id))}")
        blocks += list_block(words("strengths"), area.strengths)
        blocks += list_block(words("improvements"), area.improvements)
    if area.commented:
        items = [
            f"- **{escape_inline(q.id)}** {escape_list_item(q.comment)}" for q in area.commented
        ]
        blocks += [f"#### {words('comments')}", "\n".join(items)]
    if area.sourced:
        items = [
            f"- **{escape_inline(q.id)}** {escape_list_item(source_text(e, words.lang))}"
            for q in area.sourced
            for e in q.evidence
        ]
        blocks += [f"#### {words('sources')}", "\n".join(items)]
    return blocks


def score_tables(report: Report, words: Texts) -> list[str | ReportTable]:
    """The score table of every area, as the seed's last section prints them."""
    blocks: list[str | ReportTable] = [f"### {words('results_by_area')}", words("scores_intro")]
    for area in report.areas:
        blocks.append(area_table(report, area))
        if area.has_not_applicable:
            blocks.append(f"*{words('not_applicable_note')}*")
    return blocks


def markdown_table(model: ReportTable) -> str:
    """A report table as a GFM table under its caption: every cell escaped, totals bold,
    a question not applicable or not scored in italics, figures right-aligned."""
    header = [escape_inline(column.heading) for column in model.columns]
    align = ["right" if column.figures else "left" for column in model.columns]
    rows = [[_cell(cell, row.total) for cell in row.cells] for row in model.rows]
    if not model.caption:
        return table(header, align, rows)
    caption = f"**{escape_inline(model.caption)}**"
    if model.note:
        caption += " " + escape_paragraphs(model.note)
    return f"{caption}\n\n{table(header, align, rows)}"


def _cell(cell: Cell, total: bool) -> str:
    text = escape_inline(cell.text)
    if cell.kind in ("not_applicable", "not_scored"):
        text = f"*{text}*"
    return bold(text) if total else text


def list_block(title: str, items: Sequence[str]) -> list[str]:
    """A bold title and its bullet list; nothing without items."""
    if not items:
        return []
    return [f"**{title}**", "\n".join(f"- {escape_list_item(item)}" for item in items)]


def bold(text: str) -> str:
    """Bold Markdown, nothing for an empty cell."""
    return f"**{text}**" if text else ""


def table(header: Sequence[str], align: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A GFM table; cells must already be escaped (no raw `|` or newline)."""
    lines = [_row(header), _row([_DELIMITERS[a] for a in align])]
    lines += [_row(row) for row in rows]
    return "\n".join(lines)


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"
