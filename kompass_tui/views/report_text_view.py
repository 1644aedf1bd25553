"""Report texts (see core/report/text_blocks) as Rich renderables: paragraphs, bullet lists
and tables. Every line goes into a `Text`, never into markup, so `[bold]` stays as typed.

A report is mostly such texts (the demo's: some 400 paragraphs and lists), so a text is
one renderable that wraps its paragraphs and lists itself, line by line, rather than a
group of padded paragraphs and two-column grids: Rich measured and padded each of those
anew, which was most of `kompass show`'s time. The lines are the same: a paragraph
wrapped to the width, a list item's wrapped lines under its text (not under the bullet),
a blank line after each block, every line as wide as the space given.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.text import Text

from kompass_tui.core.report.text_blocks import Block, BulletList, Paragraph, parse_text
from kompass_tui.views.quick_table import QuickColumn, QuickTable
from kompass_tui.views.text_wrap import Overflow, wrap_plain

__all__ = ["Hanging", "Overflow", "TextBlocks", "block_renderable", "text_renderable", "wrap_plain"]

BULLETS = ("•", "◦", "▪")


def text_renderable(text: str) -> TextBlocks:
    """A report text as blocks with a blank line between them."""
    return TextBlocks(parse_text(text))


class TextBlocks:
    """The blocks of a report text, each followed by a blank line."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.blocks = blocks

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Each block's lines at the width given, then a blank line: the unstyled lines
        of paragraphs and lists as one segment (Rich handles each segment)."""
        width = options.max_width
        blank = " " * width + "\n"
        new_line = Segment.line()
        plain: list[str] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                lines = wrap_plain("\n".join(block.lines), width, "fold", console)
                plain += [line + "\n" for line in lines]
            elif isinstance(block, BulletList):
                for parts in Hanging(_items(block)).lines(console, width):
                    plain.append("".join(part.text for part in parts) + "\n")
            else:
                if plain:
                    yield Segment("".join(plain))
                    plain.clear()
                for line in console.render_lines(block_renderable(block), options, pad=True):
                    yield from line
                    yield new_line
            plain.append(blank)
        if plain:
            yield Segment("".join(plain))


class Hanging:
    """Rows of a short lead (a bullet, a question's id) and a text beside it, the text's
    wrapped lines under its start: what a two-column `Table.grid(padding=(0, 1))` with a
    `no_wrap` lead column shows, without a table's measuring of every cell. Every line is
    as wide as the space given."""

    def __init__(self, rows: Sequence[tuple[str, str]], lead_style: str = "") -> None:
        self.rows = rows
        self.lead_style = lead_style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Each row's text wrapped beside its lead."""
        new_line = Segment.line()
        for line in self.lines(console, options.max_width):
            yield from line
            yield new_line

    def lines(self, console: Console, total: int) -> list[list[Segment]]:
        """The rows' lines at the width `total`, without their line ends."""
        if not self.rows:
            return []
        lead_width = min(max(cell_len(lead) for lead, _ in self.rows), total)
        width = max(total - lead_width - 1, 1)
        under, gap = Segment(" " * lead_width), Segment(" ")
        style = console.get_style(self.lead_style) if self.lead_style else None
        lines = []
        for lead, body in self.rows:
            leads = wrap_plain(lead, lead_width, "ellipsis", console)
            for index, line in enumerate(wrap_plain(body, width, "ellipsis", console)):
                first = Segment(leads[index], style) if index < len(leads) else under
                lines.append([first, gap, Segment(line)])
        return lines

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        """As wide as the widest lead, a space and the longest word (at the least) or the
        longest line (at the most)."""
        lead = max((cell_len(lead) for lead, _ in self.rows), default=0) + 1
        words = [cell_len(word) for _, body in self.rows for word in body.split()]
        lines = [cell_len(line) for _, body in self.rows for line in body.split("\n")]
        least, most = lead + max(words, default=0), lead + max(lines, default=0)
        return Measurement(least, most).clamp(max_width=options.max_width)


def _joined(lines: Sequence[str]) -> Text:
    return Text("\n".join(lines))


def _items(block: BulletList) -> list[tuple[str, str]]:
    rows = []
    for item in block.items:
        indent = "  " * (item.level - 1)
        rows.append((f"{indent}{BULLETS[(item.level - 1) % len(BULLETS)]}", "\n".join(item.lines)))
    return rows


def block_renderable(block: Block) -> RenderableType:
    """One block of a report text."""
    if isinstance(block, Paragraph):
        return _joined(block.lines)
    if isinstance(block, BulletList):
        return Hanging(_items(block))
    columns = [
        QuickColumn(Text(cell), justify="right" if align == "right" else "left")
        for cell, align in zip(block.header, block.align, strict=True)
    ]
    table = QuickTable(columns, pad_edge=False)
    for row in block.rows:
        table.add_row(*(Text(cell) for cell in row))
    return table
