"""What kompass last wrote to the terminal, cell by cell: an update writes only what differs.

Textual paints a widget's whole region whenever the widget is refreshed, and a widget shown
for the first time is painted twice (its first size asks for a second layout and paint);
closing a dialog paints the screen under it twice too. Over SSH every cell painted again is
bytes on the wire. As curses does, the app keeps what the terminal shows (this mirror) and
writes only the cells of an update that differ from it: a repaint of what is on screen
writes nothing, a second frame only its changes.

The mirror knows nothing after a resize or while another program had the terminal (the app
suspended for $EDITOR): then every cell is written again.
"""

from __future__ import annotations

from collections.abc import Iterator

from rich.cells import get_character_cell_size
from rich.console import Console, ConsoleOptions, RenderResult
from rich.control import Control
from rich.segment import Segment
from rich.style import Style
from textual._compositor import ChopsUpdate, CompositorUpdate, LayoutUpdate
from textual.strip import Strip

Cell = tuple[str, Style | None]
"""A character and its style, as written."""
_RIGHT_HALF: Cell = ("", None)
"""The right half of a wide character (written with its left half)."""
GAP = 6
"""Unchanged cells between two changes that are written again rather than jumped over: a
cursor move and the style after it cost about as many bytes."""


class Changes(CompositorUpdate):
    """The parts of an update that differ from the terminal: (x, y, strip) each."""

    def __init__(self, pieces: list[tuple[int, int, Strip]]) -> None:
        self.pieces = pieces

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The same as segments (Textual writes `render_segments`)."""
        for x, y, strip in self.pieces:
            yield Control.move_to(x, y).segment
            yield from strip

    def render_segments(self, console: Console) -> str:
        """Cursor moves and the changed cells, as terminal output."""
        return "".join(
            f"\x1b[{y + 1};{x + 1}H{strip.render(console)}" for x, y, strip in self.pieces
        )


class TerminalMirror:
    """The terminal's cells as last written (None: not known)."""

    def __init__(self) -> None:
        self._rows: list[list[Cell | None]] = []
        self._width = 0

    def forget(self) -> None:
        """Nothing on the terminal is known any more (resized, or another program had it)."""
        self._rows = []
        self._width = 0

    def changes(self, update: CompositorUpdate, width: int, height: int) -> Changes | None:
        """What of `update` differs from the terminal (the mirror then holds the update), or
        None when the update cannot be followed cell by cell (it is then written whole and
        the mirror forgets)."""
        blank = (self._width, len(self._rows)) != (width, height)
        if blank:
            self._rows = [[None] * width for _ in range(height)]
            self._width = width
        pieces: list[tuple[int, int, Strip]] = []
        for x, y, strip in _pieces(update):
            cells = _cells(strip)
            if cells is None or not 0 <= y < height or x < 0 or x + len(cells) > width:
                self.forget()
                return None
            if blank:
                # Nothing known yet (the first frame, a resize): every cell differs, and
                # the strip is written as it is, not rebuilt from its cells.
                self._rows[y][x : x + len(cells)] = cells
                pieces.append((x, y, strip))
            else:
                pieces += self._differing(x, y, cells)
        return Changes(pieces)

    def _differing(self, x: int, y: int, cells: list[Cell]) -> Iterator[tuple[int, int, Strip]]:
        row = self._rows[y]
        runs: list[list[int]] = []
        for index, cell in enumerate(cells):
            if row[x + index] != cell:
                if runs and index - runs[-1][1] <= GAP:
                    runs[-1][1] = index + 1
                else:
                    runs.append([index, index + 1])
        for start, end in runs:
            if cells[start] is _RIGHT_HALF:
                start -= 1  # a wide character is written whole
            if end < len(cells) and cells[end] is _RIGHT_HALF:
                end += 1
            left, right = x + start, x + end
            if row[left] is _RIGHT_HALF and left > 0:
                row[left - 1] = None  # half of a wide character overwritten: the rest blank
            if right < self._width and row[right] is _RIGHT_HALF:
                row[right] = None
            row[left:right] = cells[start:end]
            yield left, y, _strip(cells[start:end])


def _pieces(update: CompositorUpdate) -> Iterator[tuple[int, int, Strip]]:
    """(x, y, strip) for everything the update writes, as Textual's own rendering does."""
    if isinstance(update, LayoutUpdate):
        for y, line in enumerate(update.strips, update.region.y):
            x = update.region.x
            for strip in line:
                yield x, y, strip
                x += strip.cell_length
    elif isinstance(update, ChopsUpdate):
        for y, x1, x2 in update.spans:
            for end, (x, chop) in zip(update.chop_ends[y], update.chops[y].items(), strict=False):
                if chop is None or x > x2 or end <= x1:
                    continue
                if x2 > x >= x1 and end <= x2:
                    yield x, y, chop
                else:
                    yield x, y, chop.crop(0, min(end, x2) - x)
    else:
        raise TypeError(f"not a screen update: {type(update).__name__}")


def _cells(strip: Strip) -> list[Cell] | None:
    """The strip's cells; None if it holds control codes."""
    cells: list[Cell] = []
    for text, style, control in strip:
        if control:
            return None
        for character in text:
            size = get_character_cell_size(character)
            if size == 0 and cells and cells[-1] is not _RIGHT_HALF:
                cells[-1] = (cells[-1][0] + character, style)  # a combining mark
            elif size == 2:
                cells += [(character, style), _RIGHT_HALF]
            elif size == 1 and character >= " ":
                cells.append((character, style))
            else:
                return None
    return cells


def _strip(cells: list[Cell]) -> Strip:
    """Cells as a strip: a segment per run of one style."""
    segments: list[Segment] = []
    text: list[str] = []
    style: Style | None = None
    for cell in cells:
        if cell is _RIGHT_HALF:
            continue
        if text and cell[1] != style:
            segments.append(Segment("".join(text), style))
            text = []
        text.append(cell[0])
        style = cell[1]
    if text:
        segments.append(Segment("".join(text), style))
    return Strip(segments)
