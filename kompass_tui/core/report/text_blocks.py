"""The structure of a report text: paragraphs, bullet lists and tables, nothing more.

The texts a session writes for its report (the municipality, findings per question, ...)
and the instrument's introduction are plain text with three kinds of structure, read here
once for every renderer (Markdown, HTML, the terminal):

- a blank line separates paragraphs; a line break inside a paragraph is kept;
- a line starting with `- ` is a list item (indent it two spaces per level to nest it,
  at most three levels); a line right after an item, without a marker, continues it;
- lines starting with `|` are a table when the second of them is a delimiter row like
  `|---|---:|` (`:` on the right aligns right); the first row is the header.

Everything else prints as typed: `*`, `_`, `#`, `>`, `<b>`, links and `[bold]` are text.
"""

from __future__ import annotations

import math
import re

from kompass_tui.core.lean_dataclasses import lean_dataclass

_ITEM = re.compile(r"( *)- +(\S.*)")
_DELIMITER_CELL = re.compile(r":?-+:?")
MAX_LEVEL = 3


@lean_dataclass
class Paragraph:
    """Lines of running text, printed with their line breaks."""

    lines: tuple[str, ...]


@lean_dataclass
class ListItem:
    """One bullet: its nesting level (1 is the outermost) and its lines."""

    level: int
    lines: tuple[str, ...]


@lean_dataclass
class BulletList:
    """Consecutive list items."""

    items: tuple[ListItem, ...]


@lean_dataclass
class TextTable:
    """A table typed with pipes: header cells, alignment per column and the rows."""

    header: tuple[str, ...]
    align: tuple[str, ...]
    """`left` or `right` per column."""
    rows: tuple[tuple[str, ...], ...]


Block = Paragraph | BulletList | TextTable


def parse_text(text: str) -> tuple[Block, ...]:
    """The blocks of a report text, in order; blank lines only separate them."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
        elif _is_table_start(lines, index):
            index = _table(lines, index, blocks)
        elif _ITEM.fullmatch(line.rstrip()):
            index = _list(lines, index, blocks)
        else:
            index = _paragraph(lines, index, blocks)
    return tuple(blocks)


def block_lines(block: Block) -> list[str]:
    """Every text line a block shows, in reading order (cells row by row)."""
    if isinstance(block, Paragraph):
        return list(block.lines)
    if isinstance(block, BulletList):
        return [line for item in block.items for line in item.lines]
    return [cell for row in (block.header, *block.rows) for cell in row]


def _paragraph(lines: list[str], index: int, blocks: list[Block]) -> int:
    found: list[str] = []
    while index < len(lines) and lines[index].strip():
        if found and (_ITEM.fullmatch(lines[index].rstrip()) or _is_table_start(lines, index)):
            break
        found.append(lines[index].strip())
        index += 1
    blocks.append(Paragraph(tuple(found)))
    return index


def _list(lines: list[str], index: int, blocks: list[Block]) -> int:
    items: list[ListItem] = []
    while index < len(lines) and lines[index].strip():
        match = _ITEM.fullmatch(lines[index].rstrip())
        if match is None and _is_table_start(lines, index):
            break
        if match is None:  # continues the item above
            last = items[-1]
            items[-1] = ListItem(last.level, (*last.lines, lines[index].strip()))
        else:
            wanted = 1 + math.ceil(len(match.group(1)) / 2)
            level = min(wanted, items[-1].level + 1 if items else 1, MAX_LEVEL)
            items.append(ListItem(level, (match.group(2).strip(),)))
        index += 1
    blocks.append(BulletList(tuple(items)))
    return index


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and len(inner) > 0 else inner
    return [cell.strip() for cell in inner.split("|")]


def _is_table_start(lines: list[str], index: int) -> bool:
    if index + 1 >= len(lines) or not lines[index].strip().startswith("|"):
        return False
    delimiter = lines[index + 1].strip()
    if not delimiter.startswith("|"):
        return False
    cells = _cells(delimiter)
    return len(cells) == len(_cells(lines[index])) and all(
        _DELIMITER_CELL.fullmatch(cell) for cell in cells
    )


def _table(lines: list[str], index: int, blocks: list[Block]) -> int:
    header = _cells(lines[index])
    align = tuple("right" if c.endswith(":") else "left" for c in _cells(lines[index + 1]))
    rows = []
    index += 2
    while index < len(lines) and lines[index].strip().startswith("|"):
        rows.append(_fit(_cells(lines[index]), len(header)))
        index += 1
    blocks.append(TextTable(tuple(header), align, tuple(rows)))
    return index


def _fit(cells: list[str], width: int) -> tuple[str, ...]:
    """A row as wide as the header: short rows get empty cells, and the cells of a long row
    beyond the last column stay in the last cell, so no typed text is dropped."""
    if len(cells) > width:
        cells = [*cells[: width - 1], " | ".join(cells[width - 1 :])]
    return tuple(cells + [""] * (width - len(cells)))
