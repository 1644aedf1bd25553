"""Lines of plain text wrapped as Rich wraps a `Text`, without building one per line: the
report's paragraphs, list items and table cells (#23)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from rich._wrap import divide_line
from rich.cells import cell_len, set_cell_size
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import Console

Overflow = Literal["fold", "ellipsis"]
_SPACE_AT_END = re.compile(r"\s+$")
_WORD = re.compile(r"\s*\S+\s*")
"""A word and the spaces around it, as Rich's line breaking (`rich._wrap`) reads words."""
_LATIN = ((0x20, 0x7E), (0xA0, 0xAC), (0xAE, 0x2FF))
"""Latin letters, digits and signs: one cell each (Rich measures them so without looking)."""
_PUNCTUATION = ((0x2010, 0x2027), (0x2030, 0x205E), (0x2500, 0x25FF))
"""Dashes, quotes, `…`, lines and blocks (rules, borders, bars) and the like: one cell
each, but for the few Rich measures wider (`_WIDE_PUNCTUATION`)."""
_WIDE_PUNCTUATION = frozenset("\u25fd\u25fe")
"""The characters of `_PUNCTUATION` that Rich measures two cells wide (◽, ◾): named here
rather than each character measured as this module loads, which took some 0.8 ms of
`kompass show` (#23); tests/test_show_layout.py measures them all with Rich."""
_ONE_CELL = (
    frozenset(
        character
        for low, high in _LATIN + _PUNCTUATION
        for character in map(chr, range(low, high + 1))
    )
    - _WIDE_PUNCTUATION
)
"""Characters one cell wide by Rich's measure (Latin letters, dashes, quotes, `…`): a text
of only these is as wide as it is long."""
one_cell = _ONE_CELL.issuperset
"""Whether every character of a text is one cell wide (then it is as wide as it is long)."""
one_cell_lines = (_ONE_CELL | {"\n"}).issuperset
"""Whether every line of a text is only one-cell characters."""
_OTHER_SPACES = frozenset(character for character in _ONE_CELL if character.isspace()) - {" "}
"""One-cell characters that Rich's line breaking reads as spaces, besides the space."""
_NOT_SPACE = re.compile(r"[^ ]")


def wrap_plain(
    text: str, width: int, overflow: Overflow, console: Console, pad: bool = True
) -> list[str]:
    """The lines of a text without styles wrapped to `width` and padded to it, exactly as
    Rich's `Text.wrap(console, width, justify="left", overflow=overflow)` makes them (with
    Rich's own line breaking), without building a `Text` for every line; not padded
    (`pad=False`), as `justify="default"` makes them."""
    if "\t" in text:  # Rich expands tabs first: let it
        justify: Literal["left", "default"] = "left" if pad else "default"
        wrapped = Text(text).wrap(console, width, justify=justify, overflow=overflow)
        return [line.plain for line in wrapped]
    one_cell = one_cell_lines(text)  # each line alone is cut below
    lines = []
    for line in text.split("\n"):
        for piece in pieces(line, width, overflow, one_cell):
            if len(piece) > width:  # a line's spaces beyond the width go
                space = _SPACE_AT_END.search(piece)
                if space is not None:
                    piece = piece[: len(piece) - min(len(space.group(0)), len(piece) - width)]
            length = len(piece) if one_cell else cell_len(piece)
            if length > width:
                if overflow == "ellipsis":
                    piece = set_cell_size(piece, width - 1) + "…"
                else:
                    piece = set_cell_size(piece, width)
            elif length < width and pad:
                piece += " " * (width - length)
            lines.append(piece)
    return lines


def pieces(line: str, width: int, overflow: Overflow, one_cell: bool | None = None) -> list[str]:
    """A line (without new lines) cut where Rich's `divide_line` cuts it, before any
    trimming or padding; `one_cell`: whether every character is one cell wide (None:
    find out)."""
    if one_cell is None:
        one_cell = _ONE_CELL.issuperset(line)
    offsets = None
    if one_cell:
        if _OTHER_SPACES.isdisjoint(line):
            offsets = _space_breaks(line, width)
        else:
            offsets = _breaks(line, width)
    if offsets is None:
        offsets = divide_line(line, width, fold=overflow == "fold")
    return [
        line[start:end] for start, end in zip([0, *offsets], [*offsets, len(line)], strict=True)
    ]


def _breaks(line: str, width: int) -> list[int] | None:
    """Where Rich's `divide_line` breaks a line of one-cell characters, counted in
    characters; None when a word is wider than the line (Rich's own folding decides)."""
    breaks: list[int] = []
    offset = 0
    for word in _WORD.finditer(line):
        start = word.start()
        length = len(word.group(0).rstrip())
        if width - offset >= length:
            offset += word.end() - start
        elif length > width:
            return None
        elif offset and start:
            breaks.append(start)
            offset = word.end() - start
    return breaks


def _space_breaks(line: str, width: int) -> list[int] | None:
    """`_breaks` for a line whose only spaces are spaces, a line at a time rather than a
    word at a time: a line from `start` takes every word that ends within `width` of it,
    and the next line starts at the first word that does not (a report's paragraphs are
    most of `kompass show`'s lines, #23)."""
    breaks: list[int] = []
    first_word = _NOT_SPACE.search(line)
    if first_word is None:
        return breaks
    first_end = line.find(" ", first_word.start())
    if (len(line) if first_end < 0 else first_end) > width:
        return None  # the first word, with the spaces before it, is wider than the line
    start = 0
    while len(line) - start > width:
        limit = start + width
        if line[limit] == " ":  # the words before it fit; the next one starts the next line
            following = _NOT_SPACE.search(line, limit)
            if following is None:
                break  # only spaces follow, and they may stick out
            next_start = following.start()
        else:  # a word reaches past the line: it starts the next line
            next_start = line.rfind(" ", start, limit) + 1
            if next_start <= start:
                return None  # a word wider than the line (Rich folds or cuts it)
        breaks.append(next_start)
        start = next_start
    return breaks
