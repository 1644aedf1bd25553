"""The profile chart as a PNG picture, for the Word report (Word takes PNG or JPEG, not SVG).

Drawn from the same figure as the SVG (`profile.profile_figure`): a bar per area of its
share of the maximum, labelled with the area's id and its figure as the table prints it,
the median's lighter bar under it when the report draws one, an axis at 0, 50 and 100 %,
and the total. Figures need a font rasteriser: the glyphs are those of Pillow's bundled
scalable font (Aileron Regular, dotcolon.net, public domain: CC0) as Pillow renders them
(`chart_glyphs.bin`, made by `tests/chart_reference.py`), put side by side as Pillow lays
them out and blended as it blends them, so the picture is, pixel for pixel, the one
Pillow drew (tested), without importing Pillow (#23: importing it, drawing and saving was
a sixth of a Word export). That font has no å, ä or ö, so the picture holds no words of
the report: the area titles are in Tabell 1 beside it and the chart's title is the Word
document's caption under it, where they can be edited. Drawn at twice the size it is
shown, so it stays sharp in print.
"""

from __future__ import annotations

import struct
import zlib
from decimal import Decimal
from functools import cache
from pathlib import Path

from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.report.model import Report
from kompass_tui.core.report.profile import profile_figure
from kompass_tui.core.texts.catalog import text

WIDTH = 1200
ROW = 56
FONT_SIZE = 26
SMALL_SIZE = FONT_SIZE * 4 // 5
LABEL_WIDTH = 220
BAR_WIDTH = 800
MARGIN = 24
_BAR = (46, 99, 160)
_TOTAL = (24, 56, 96)
_GRID = (190, 190, 190)
_TEXT = (20, 20, 20)
_REFERENCE = (201, 215, 230)
_MUTED = (68, 68, 68)
Colour = tuple[int, int, int]

GLYPHS = Path(__file__).with_name("chart_glyphs.bin")
GLYPHS_MAGIC = b"kompass chart glyphs 1 freetype "
GLYPH_CHARACTERS = "".join(chr(code) for code in range(0x20, 0x7F)) + "…"
"""What the chart draws: printable ASCII (`_drawable`) and the ellipsis of a long label."""
_ELLIPSIS = "…"


def axis_label(step: int) -> str:
    """The axis's label at `step` %."""
    return f"{step} %"


def profile_png(report: Report) -> bytes:
    """The chart as PNG bytes (white background, dark bars, the median's light bars under
    them when the report draws one; `profile.profile_figure` decides)."""
    figure = profile_figure(report)
    lines = [*figure.areas, figure.total]
    row = ROW + (ROW // 2 if figure.against_median else 0)
    height = MARGIN * 2 + row * (len(lines) + 1)
    canvas = _Canvas(WIDTH, height)
    left = MARGIN + LABEL_WIDTH
    top = MARGIN
    for step in (0, 50, 100):
        x = left + BAR_WIDTH * step // 100
        canvas.rectangle(x, top, x + 1, top + row * len(lines), _GRID)  # a line 2 wide
        canvas.text(x, top + row * len(lines) + 8, axis_label(step), FONT_SIZE, _TEXT, "ma")
    for index, line in enumerate(lines):
        y = top + row * index
        name = text(report.lang, "report.total") if line is figure.total else line.id
        shown = _fit(_drawable(name), LABEL_WIDTH - 16)
        canvas.text(MARGIN, y + ROW // 2, shown, FONT_SIZE, _TEXT)
        width = _bar_width(line.percent)
        if width:
            colour = _TOTAL if line is figure.total else _BAR
            canvas.rectangle(left, y + 10, left + width, y + ROW - 10, colour)
        value = _drawable(line.value)
        canvas.text(left + BAR_WIDTH + 16, y + ROW // 2, value, FONT_SIZE, _TEXT)
        if figure.against_median:
            width = _bar_width(line.reference)
            if width:
                box = (left, y + ROW - 8, left + width, y + ROW + ROW // 2 - 12)
                canvas.rectangle(*box, _REFERENCE)
                canvas.outline(*box, _TEXT)
            shown = _drawable(line.reference_value)
            canvas.text(left + BAR_WIDTH + 16, y + ROW + 2, shown, SMALL_SIZE, _MUTED)
    return png_file(canvas.width, canvas.height, bytes(canvas.pixels))


@lean_dataclass
class _Glyph:
    """A character (or a whole axis label) as Pillow renders it: how far it moves the pen,
    where its mask lies from the point it is drawn at, and the mask (coverage 0-255)."""

    advance: int
    left: int
    top: int
    width: int
    height: int
    mask: bytes


@cache
def _glyphs() -> dict[tuple[str, int], _Glyph]:
    """The glyphs by anchor and text (`lm1`, `ma50 %`) and size."""
    data = zlib.decompress(GLYPHS.read_bytes())
    offset = data.index(b"\n") + 1
    if not data.startswith(GLYPHS_MAGIC):
        raise ValueError(f"{GLYPHS}: not kompass's chart glyphs")
    glyphs = {}
    while offset < len(data):
        length = data[offset]
        key = data[offset + 1 : offset + 1 + length].decode()
        offset += 1 + length
        size, advance, left, top, width, height = struct.unpack_from("<Hhhhhh", data, offset)
        offset += 12
        mask = data[offset : offset + width * height]
        offset += width * height
        glyphs[key, size] = _Glyph(advance, left, top, width, height, mask)
    return glyphs


@cache
def _blend_table(ink: int) -> bytes:
    """Each coverage's colour over white: Pillow's blend, (bg (255 - m) + ink m) / 255
    rounded."""
    return bytes((255 * (255 - m) + ink * m + 127) // 255 for m in range(256))


class _Canvas:
    """An RGB picture on white: rectangles, and text blended in as Pillow blends it."""

    def __init__(self, width: int, height: int) -> None:
        self.width = width
        self.height = height
        self.pixels = bytearray(b"\xff" * (width * height * 3))

    def rectangle(self, x0: int, y0: int, x1: int, y1: int, colour: Colour) -> None:
        """Fill the pixels from (x0, y0) to (x1, y1), both included."""
        span = bytes(colour) * (x1 - x0 + 1)
        for y in range(y0, y1 + 1):
            start = (y * self.width + x0) * 3
            self.pixels[start : start + len(span)] = span

    def outline(self, x0: int, y0: int, x1: int, y1: int, colour: Colour) -> None:
        """The one-pixel border of the rectangle from (x0, y0) to (x1, y1)."""
        self.rectangle(x0, y0, x1, y0, colour)
        self.rectangle(x0, y1, x1, y1, colour)
        self.rectangle(x0, y0, x0, y1, colour)
        self.rectangle(x1, y0, x1, y1, colour)

    def text(self, x: int, y: int, shown: str, size: int, ink: Colour, anchor: str = "lm") -> None:
        """`shown` at (x, y), its left and vertical middle there (anchor `lm`), or an axis
        label's middle and top (`ma`)."""
        if not shown:
            return
        glyphs = _glyphs()
        if anchor == "ma":
            placed = [(0, glyphs["ma" + shown, size])]
        else:
            placed = []
            pen = 0
            for char in shown:
                glyph = glyphs["lm" + char, size]
                placed.append((pen, glyph))
                pen += glyph.advance
        left = min(pen + g.left for pen, g in placed)
        top = min(g.top for _, g in placed)
        width = max(pen + g.left + g.width for pen, g in placed) - left
        height = max(g.top + g.height for _, g in placed) - top
        if width <= 0 or height <= 0:
            return
        mask = bytearray(width * height)
        for pen, glyph in placed:
            _combine(mask, width, glyph, pen + glyph.left - left, glyph.top - top)
        self._blend(x + left, y + top, mask, width, height, ink)

    def _blend(self, x: int, y: int, mask: bytearray, width: int, height: int, ink: Colour) -> None:
        """Blend `ink` into the picture through `mask`, clipped to the picture."""
        tables = [_blend_table(channel) for channel in ink]
        for row in range(height):
            line = y + row
            if not 0 <= line < self.height:
                continue
            first, last = max(x, 0), min(x + width, self.width)
            if first >= last:
                continue
            coverage = bytes(mask[row * width + first - x : row * width + last - x])
            start = (line * self.width + first) * 3
            end = start + (last - first) * 3
            under = self.pixels[start:end]
            if under.count(255) == len(under):  # on white, as text almost always is
                blended = bytearray(len(under))
                for channel in range(3):
                    blended[channel::3] = coverage.translate(tables[channel])
            else:
                blended = bytearray(
                    (under[i] * (255 - coverage[i // 3]) + ink[i % 3] * coverage[i // 3] + 127)
                    // 255
                    for i in range(len(under))
                )
            self.pixels[start:end] = blended


def _combine(mask: bytearray, width: int, glyph: _Glyph, x: int, y: int) -> None:
    """Put a glyph's coverage into a text's mask at (x, y) as Pillow does: where glyphs
    overlap, a + b - a b / 255 (rounded)."""
    for row in range(glyph.height):
        piece = glyph.mask[row * glyph.width : (row + 1) * glyph.width]
        start = (y + row) * width + x
        under = mask[start : start + glyph.width]
        if not any(under):
            mask[start : start + glyph.width] = piece
            continue
        for i, value in enumerate(piece):
            old = under[i]
            mask[start + i] = old + value - (old * value + 127) // 255


def png_file(width: int, height: int, rgb: bytes) -> bytes:
    """An RGB picture (8 bits a channel, row by row) as a PNG file, deflated at zlib's
    default level: a row like the one above as PNG's `Up` filter writes it (all zeros), any
    other unfiltered. Pillow's `save` imported its JPEG, BMP, GIF and PPM plugins first and
    filtered each row five ways to pick one; this takes half its time (#23) for a file a
    little smaller, with the same pixels."""
    stride = width * 3
    same = b"\2" + bytes(stride)
    rows = []
    above = b""
    for top in range(0, stride * height, stride):
        row = rgb[top : top + stride]
        rows.append(same if row == above else b"\0" + row)
        above = row
    header = struct.pack(">2L5B", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB, not interlaced
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", header),
            _chunk(b"IDAT", zlib.compress(b"".join(rows))),
            _chunk(b"IEND", b""),
        )
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">L", len(data)) + kind + data + struct.pack(">L", zlib.crc32(kind + data))


def _bar_width(share: Decimal | None) -> int:
    if share is None:
        return 0
    return max(0, min(BAR_WIDTH, int(BAR_WIDTH * share / 100)))


def _drawable(text: str) -> str:
    """Text the bundled font can draw: printable ASCII, anything else as `?`."""
    return "".join(c if " " <= c <= "~" else "?" for c in text)


def _fit(shown: str, width: int) -> str:
    """The text, shortened with an ellipsis until it fits `width` pixels."""
    glyphs = _glyphs()

    def length(part: str) -> int:
        return sum(glyphs["lm" + char, FONT_SIZE].advance for char in part)

    if length(shown) <= width:
        return shown
    while shown and length(shown + _ELLIPSIS) > width:
        shown = shown[:-1]
    return shown + _ELLIPSIS
