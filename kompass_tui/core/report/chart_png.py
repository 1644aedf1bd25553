"""The profile chart as a PNG picture, for the Word report (Word takes PNG or JPEG, not SVG).

Drawn with Pillow from the same figure as the SVG (`profile.profile_figure`): a bar per
area of its share of the maximum, labelled with the area's id and its figure as the table
prints it, the median's lighter bar under it when the report draws one, an axis at 0, 50
and 100 %, and the total. Figures need a font
rasteriser, which is why Pillow (and its bundled scalable font) is used rather than
writing the PNG by hand. That font has no å, ä or ö, so the picture holds no words of the
report: the area titles are in Tabell 1 beside it and the chart's title is the Word
document's caption under it, where they can be edited. Drawn at twice the size it is
shown, so it stays sharp in print.
"""

from __future__ import annotations

import struct
import zlib
from decimal import Decimal

from kompass_tui.core.report.model import Report
from kompass_tui.core.report.profile import profile_figure
from kompass_tui.core.texts.catalog import text

WIDTH = 1200
ROW = 56
FONT_SIZE = 26
LABEL_WIDTH = 220
BAR_WIDTH = 800
MARGIN = 24
_BAR = (46, 99, 160)
_TOTAL = (24, 56, 96)
_GRID = (190, 190, 190)
_TEXT = (20, 20, 20)
_REFERENCE = (201, 215, 230)
_MUTED = (68, 68, 68)


def profile_png(report: Report) -> bytes:
    """The chart as PNG bytes (white background, dark bars, the median's light bars under
    them when the report draws one; `profile.profile_figure` decides)."""
    from PIL import Image, ImageDraw, ImageFont  # only when a Word report is made

    figure = profile_figure(report)
    lines = [*figure.areas, figure.total]
    row = ROW + (ROW // 2 if figure.against_median else 0)
    height = MARGIN * 2 + row * (len(lines) + 1)
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=FONT_SIZE)
    small = ImageFont.load_default(size=FONT_SIZE * 4 // 5)
    left = MARGIN + LABEL_WIDTH
    top = MARGIN
    for step in (0, 50, 100):
        x = left + BAR_WIDTH * step // 100
        draw.line([(x, top), (x, top + row * len(lines))], fill=_GRID, width=2)
        draw.text((x, top + row * len(lines) + 8), f"{step} %", fill=_TEXT, font=font, anchor="ma")
    for index, line in enumerate(lines):
        y = top + row * index
        name = text(report.lang, "report.total") if line is figure.total else line.id
        shown = _fit(draw, _drawable(name), font, LABEL_WIDTH - 16)
        draw.text((MARGIN, y + ROW // 2), shown, fill=_TEXT, font=font, anchor="lm")
        width = _bar_width(line.percent)
        if width:
            colour = _TOTAL if line is figure.total else _BAR
            draw.rectangle([left, y + 10, left + width, y + ROW - 10], fill=colour)
        value = _drawable(line.value)
        draw.text((left + BAR_WIDTH + 16, y + ROW // 2), value, fill=_TEXT, font=font, anchor="lm")
        if figure.against_median:
            width = _bar_width(line.reference)
            if width:
                draw.rectangle(
                    [left, y + ROW - 8, left + width, y + ROW + ROW // 2 - 12],
                    fill=_REFERENCE,
                    outline=_TEXT,
                )
            draw.text(
                (left + BAR_WIDTH + 16, y + ROW + 2),
                _drawable(line.reference_value),
                fill=_MUTED,
                font=small,
                anchor="lm",
            )
    return png_file(image.width, image.height, image.tobytes())


def png_file(width: int, height: int, rgb: bytes) -> bytes:
    """An RGB picture (8 bits a channel, row by row) as a PNG file: its rows unfiltered,
    deflated at zlib's default level. Written here rather than by Pillow's `save`, which
    imports its JPEG, BMP, GIF and PPM plugins first and filters each row five ways to pick
    one; this takes half its time (#23) for a file a tenth larger, with the same pixels."""
    stride = width * 3
    rows = b"".join(b"\0" + rgb[top : top + stride] for top in range(0, stride * height, stride))
    header = struct.pack(">2L5B", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB, not interlaced
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", header),
            _chunk(b"IDAT", zlib.compress(rows)),
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


def _fit(draw: object, text: str, font: object, width: int) -> str:
    """The text, shortened with an ellipsis until it fits `width` pixels."""
    length = draw.textlength  # type: ignore[attr-defined]
    if length(text, font=font) <= width:
        return text
    while text and length(text + "…", font=font) > width:
        text = text[:-1]
    return text + "…"
