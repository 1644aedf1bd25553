"""The Word report's chart as Pillow drew it before #23 (the reference `chart_png.py` is
tested against, pixel by pixel), and the glyphs of Pillow's bundled font kompass ships to
draw it without Pillow (`chart_glyphs.bin`).

Regenerate the glyphs after a Pillow or FreeType upgrade changes how the font is drawn:

    .venv/bin/python -m tests.chart_reference kompass_tui/core/report/chart_glyphs.bin
"""

from __future__ import annotations

import struct
import zlib
from typing import Any

from kompass_tui.core.report.chart_png import (
    _BAR,
    _GRID,
    _MUTED,
    _REFERENCE,
    _TEXT,
    _TOTAL,
    BAR_WIDTH,
    FONT_SIZE,
    GLYPH_CHARACTERS,
    GLYPHS_MAGIC,
    LABEL_WIDTH,
    MARGIN,
    ROW,
    SMALL_SIZE,
    WIDTH,
    _bar_width,
    _drawable,
    axis_label,
)
from kompass_tui.core.report.model import Report
from kompass_tui.core.report.profile import profile_figure
from kompass_tui.core.texts.catalog import text


def reference_chart(report: Report) -> Any:
    """The chart as a Pillow image, drawn as `chart_png.profile_png` drew it with Pillow."""
    from PIL import Image, ImageDraw, ImageFont

    figure = profile_figure(report)
    lines = [*figure.areas, figure.total]
    row = ROW + (ROW // 2 if figure.against_median else 0)
    height = MARGIN * 2 + row * (len(lines) + 1)
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=FONT_SIZE)
    small = ImageFont.load_default(size=SMALL_SIZE)
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
    return image


def _fit(draw: Any, shown: str, font: Any, width: int) -> str:
    length = draw.textlength
    if length(shown, font=font) <= width:
        return shown
    while shown and length(shown + "…", font=font) > width:
        shown = shown[:-1]
    return shown + "…"


def freetype_version() -> str:
    from PIL import features

    return str(features.version("freetype2"))


def glyphs() -> bytes:
    """Every character the chart draws (printable ASCII and `…`) at its two sizes, each
    as Pillow renders it alone anchored left-middle: its advance, where its mask lies from
    the pen and the mask; and the axis labels whole, anchored middle-top. Pillow lays
    them out without kerning (checked here), so a text is its glyphs side by side."""
    from PIL import ImageFont

    out = [GLYPHS_MAGIC + freetype_version().encode() + b"\n"]

    def entry(key: str, size: int, advance: int, mask: Any, offset: tuple[int, int]) -> None:
        name = key.encode()
        width, height = mask.size
        out.append(struct.pack("<B", len(name)) + name)
        out.append(struct.pack("<Hhhhhh", size, advance, *offset, width, height) + bytes(mask))

    def bundled(size: int) -> ImageFont.FreeTypeFont:
        font = ImageFont.load_default(size=size)
        assert isinstance(font, ImageFont.FreeTypeFont), "Pillow without FreeType"
        return font

    for size in (FONT_SIZE, SMALL_SIZE):
        font = bundled(size)
        advances = {}
        for char in GLYPH_CHARACTERS:
            length = font.getlength(char)
            assert length == int(length), (char, length)
            advances[char] = int(length)
            mask, offset = font.getmask2(char, "L", anchor="lm")
            entry(f"lm{char}", size, advances[char], mask, offset)
        for first in GLYPH_CHARACTERS:
            for second in GLYPH_CHARACTERS:
                pair = font.getlength(first + second)
                assert pair == advances[first] + advances[second], f"kerned: {first}{second}"
    font = bundled(FONT_SIZE)
    for step in (0, 50, 100):
        label = axis_label(step)
        mask, offset = font.getmask2(label, "L", anchor="ma")
        entry(f"ma{label}", FONT_SIZE, int(font.getlength(label)), mask, offset)
    return zlib.compress(b"".join(out), 9)


if __name__ == "__main__":
    import sys
    from pathlib import Path

    Path(sys.argv[1]).write_bytes(glyphs())
