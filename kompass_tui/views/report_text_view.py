"""Report texts (see core/report/text_blocks) as Rich renderables: paragraphs, bullet lists
and tables. Every line goes into a `Text`, never into markup, so `[bold]` stays as typed."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from kompass_tui.core.report.text_blocks import Block, BulletList, Paragraph, parse_text

BULLETS = ("•", "◦", "▪")


def text_renderable(text: str) -> Group:
    """A report text as blocks with a blank line between them."""
    parts: list[RenderableType] = []
    for block in parse_text(text):
        parts.append(Padding(block_renderable(block), (0, 0, 1, 0)))
    return Group(*parts)


def block_renderable(block: Block) -> RenderableType:
    """One block of a report text."""
    if isinstance(block, Paragraph):
        return Text("\n").join(Text(line) for line in block.lines)
    if isinstance(block, BulletList):
        # A grid keeps an item's wrapped lines under its text, not under the bullet.
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(ratio=1)
        for item in block.items:
            indent = "  " * (item.level - 1)
            bullet = Text(f"{indent}{BULLETS[(item.level - 1) % len(BULLETS)]}")
            grid.add_row(bullet, Text("\n").join(Text(line) for line in item.lines))
        return grid
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    for cell, align in zip(block.header, block.align, strict=True):
        table.add_column(Text(cell), justify="right" if align == "right" else "left")
    for row in block.rows:
        table.add_row(*(Text(cell) for cell in row))
    return table
