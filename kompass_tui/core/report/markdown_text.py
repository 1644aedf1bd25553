"""Report texts (see text_blocks) as Markdown: their lists and tables as Markdown lists and
tables, every typed character escaped so that it renders literally."""

from __future__ import annotations

from kompass_tui.core.formats.escaping import escape_inline, escape_line, escape_list_item
from kompass_tui.core.report.text_blocks import Block, BulletList, Paragraph, parse_text

_DELIMITERS = {"left": "---", "right": "---:"}


def text_markdown(text: str) -> str:
    """A report text as Markdown blocks separated by blank lines ("" for a blank text)."""
    return "\n\n".join(block_markdown(block) for block in parse_text(text))


def block_markdown(block: Block) -> str:
    """One block of a report text as Markdown."""
    if isinstance(block, Paragraph):
        return "\\\n".join(escape_line(line) for line in block.lines)
    if isinstance(block, BulletList):
        items = []
        for item in block.items:
            indent = "  " * (item.level - 1)
            content = escape_list_item("\n".join(item.lines), indent=len(indent) + 2)
            items.append(f"{indent}- {content}")
        return "\n".join(items)
    delimiter = "| " + " | ".join(_DELIMITERS[a] for a in block.align) + " |"
    return "\n".join([_row(block.header), delimiter, *(_row(row) for row in block.rows)])


def _row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(escape_inline(cell) for cell in cells) + " |"
