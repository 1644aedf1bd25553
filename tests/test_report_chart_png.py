"""The Word report's chart is drawn without Pillow (#23), pixel for pixel the picture Pillow
drew (`tests/chart_reference.py`): on the demo in every language and on figures that try
every part of the drawing (long labels cut with an ellipsis, characters the font lacks,
glyphs that overlap, bars of nothing and of everything, the median's bars and none)."""

from __future__ import annotations

import io
import random
from decimal import Decimal

import pytest

from kompass_tui.core.report import chart_png
from kompass_tui.core.report.model import Report, build_report
from kompass_tui.core.report.profile import ProfileFigure, ProfileLine
from tests.test_report_support import load_demo

Image = pytest.importorskip("PIL.Image")

from tests.chart_reference import freetype_version, glyphs, reference_chart  # noqa: E402

SHIPPED = chart_png.GLYPHS.read_bytes()


def _same_freetype() -> None:
    import zlib

    made_with = zlib.decompress(SHIPPED).split(b"\n", 1)[0].removeprefix(chart_png.GLYPHS_MAGIC)
    if made_with.decode() != freetype_version():
        pytest.skip(
            f"the glyphs were rendered with FreeType {made_with.decode()}, Pillow here has "
            f"{freetype_version()}: regenerate them with `python -m tests.chart_reference`"
        )


def assert_same_picture(report: Report) -> None:
    png = chart_png.profile_png(report)
    ours = Image.open(io.BytesIO(png))
    theirs = reference_chart(report)
    assert (ours.mode, ours.size) == (theirs.mode, theirs.size)
    assert ours.tobytes() == theirs.tobytes()


def test_the_shipped_glyphs_are_pillows() -> None:
    _same_freetype()
    import zlib

    assert zlib.decompress(SHIPPED) == zlib.decompress(glyphs())


@pytest.mark.parametrize("lang", ["sv", "en", "nb"])
def test_the_demos_chart_is_the_picture_pillow_drew(lang: str) -> None:
    _same_freetype()
    loaded = load_demo()
    assert_same_picture(build_report(loaded.session, loaded.instrument, lang))


def _line(rng: random.Random, name: str) -> ProfileLine:
    percent = rng.choice([None, Decimal(0), Decimal(100), Decimal(120), Decimal("-5")])
    percent = percent if rng.random() < 0.3 else Decimal(rng.randint(0, 1000)) / 10
    reference = None if rng.random() < 0.2 else Decimal(rng.randint(0, 1000)) / 10
    values = ["48,5", "100", "", "WWW VAV", "1 234,5 %", "ej poängsatt", "\x1b[31m", "9" * 40]
    value = rng.choice(values)  # the last runs off the picture's edge
    return ProfileLine(name, name, percent, value, reference, rng.choice(["", "61,5", "mått"]))


NAMES = [
    "1",
    "VAWAVAWAVAWA",
    "Område för övrigt",
    "x" * 60,
    "<&> \"'",
    "Tab\there",
    "",
    " ",
    "ÅÄÖ åäö ü ß 漢字 😀",
    "j,;_|gyp",
    "~`^!@#$%&*()[]{}",
    "Totalt",
]


@pytest.mark.parametrize("seed", range(6))
def test_any_figure_is_the_picture_pillow_drew(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    _same_freetype()
    rng = random.Random(seed)
    count = rng.choice([1, 3, 8, 12])
    areas = tuple(_line(rng, rng.choice(NAMES)) for _ in range(count))
    median = "Median av 5 kommuner" if seed % 2 else ""
    figure = ProfileFigure("current", "Norrköping 2010", median, areas, _line(rng, "T"), "")
    monkeypatch.setattr(chart_png, "profile_figure", lambda report: figure)
    import tests.chart_reference as reference

    monkeypatch.setattr(reference, "profile_figure", lambda report: figure)
    loaded = load_demo()
    assert_same_picture(build_report(loaded.session, loaded.instrument, rng.choice(["sv", "en"])))


def test_text_over_colour_and_off_the_edges_is_blended_as_pillow_blends_it() -> None:
    """The chart's texts lie on white; text over a colour or past an edge is drawn as
    Pillow draws it too."""
    _same_freetype()
    from PIL import ImageDraw, ImageFont

    image = Image.new("RGB", (120, 40), "white")
    draw = ImageDraw.Draw(image)
    canvas = chart_png._Canvas(120, 40)
    for target in (draw, canvas):
        if target is draw:
            draw.rectangle([10, 5, 70, 30], fill=(46, 99, 160))
            font = ImageFont.load_default(size=chart_png.FONT_SIZE)
            draw.text((-5, 20), "VAW 48,5 %", fill=(201, 215, 230), font=font, anchor="lm")
            draw.text((90, 38), "WW", fill=(20, 20, 20), font=font, anchor="lm")
        else:
            canvas.rectangle(10, 5, 70, 30, (46, 99, 160))
            canvas.text(-5, 20, "VAW 48,5 %", chart_png.FONT_SIZE, (201, 215, 230))
            canvas.text(90, 38, "WW", chart_png.FONT_SIZE, (20, 20, 20))
    assert bytes(canvas.pixels) == image.tobytes()


def test_the_chart_png_holds_the_pixels_drawn() -> None:
    image = Image.new("RGB", (7, 5), "white")  # rows like the one above, and not
    image.putpixel((0, 0), (46, 99, 160))
    image.putpixel((6, 3), (1, 2, 3))
    png = chart_png.png_file(image.width, image.height, image.tobytes())
    read = Image.open(io.BytesIO(png))
    read.verify()
    read = Image.open(io.BytesIO(png))
    assert (read.mode, read.size) == ("RGB", (7, 5))
    assert read.tobytes() == image.tobytes()
