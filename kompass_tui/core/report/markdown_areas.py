"""Markdown of the report's blocks (`blocks.py`): headings, texts, lists and tables."""

from __future__ import annotations

from collections.abc import Sequence

from kompass_tui.core.formats.escaping import escape_inline, escape_list_item, escape_paragraphs
from kompass_tui.core.report import blocks
from kompass_tui.core.report.markdown_text import text_markdown
from kompass_tui.core.report.tables import Cell, ReportTable

_DELIMITERS = {"left": "---", "right": "---:"}


def block_parts(block: blocks.Block) -> list[str | ReportTable | blocks.ChartPlace]:
    """A block as Markdown blocks (a table and the chart's place as they are, for the
    renderer to format); "" for a blank text."""
    if isinstance(block, blocks.Heading):
        return [f"{'#' * block.level} {escape_inline(block.text)}"]
    if isinstance(block, blocks.ReportText):
        return [text_markdown(block.text)]
    if isinstance(block, blocks.Paragraphs):
        return [escape_paragraphs(block.text)]
    if isinstance(block, blocks.Note):
        return [f"*{escape_inline(block.text)}*"]
    if isinstance(block, blocks.Footnote):
        return [f"{escape_inline(block.mark)} {escape_inline(block.text)}"]
    if isinstance(block, blocks.QuestionList):
        return ["\n".join(f"- {escape_list_item(f'{id} {text}')}" for id, text in block.questions)]
    if isinstance(block, blocks.Labelled):
        items = (f"- **{escape_inline(id)}** {escape_list_item(text)}" for id, text in block.items)
        return ["\n".join(items)]
    if isinstance(block, blocks.Bullets):
        return [*list_block(block.title, block.items)]
    if isinstance(block, blocks.BulletLists):
        return [part for listed in block.lists for part in list_block(listed.title, listed.items)]
    if isinstance(block, blocks.Table):
        return [block.table]
    return [block]


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
    listed = "\n".join(f"- {escape_list_item(item)}" for item in items)
    return [f"**{escape_inline(title)}**", listed]


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
