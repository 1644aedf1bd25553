"""The HTML report: one self-contained file, user text literal, printable on A4.

The print test opens the file in headless Chromium (Debian's `chromium`, installed by
`.ci/run` where it can be) and prints it to PDF; it is skipped, saying why, only where no
Chromium is installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zlib
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.model import BenchmarkEntry, new_session
from kompass_tui.core.session.toml_io import save_session
from tests.helpers import DEMO, SMALL_INSTRUMENT, kompass
from tests.test_report_escaping import HOSTILE, HOSTILE_TEXT, _hostile_session

CHROMIUM_NAMES = ("chromium", "chromium-browser")
# Two sections of introduction, as an instrument may give them.
INTRO = """
[report]
name.en = "the Mini instrument"
name.sv = "Mini-instrumentet"

[[report.sections]]
title.en = "What is the Mini instrument?"
title.sv = "Vad är Mini-instrumentet?"
text.en = "A short instrument for tests.\\n\\n- one area\\n- another area"
text.sv = "Ett kort instrument för tester."

[[report.sections]]
title.en = "What is new"
title.sv = "Vad är nytt"
text.en = "Nothing yet."
text.sv = "Inget ännu."
"""


class _Tags(HTMLParser):
    """The tags outside the inline chart, and the text of the document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []
        self.in_svg = 0
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "svg":
            self.in_svg += 1
        if not self.in_svg:
            self.tags.append(tag)
        self.in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg":
            self.in_svg -= 1
        self.in_style = False

    def handle_data(self, data: str) -> None:
        if not self.in_svg and not self.in_style:
            self.text.append(data)


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def demo_html(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("html") / "norrkoping.html"
    result = kompass("export", DEMO, "-o", out)
    assert result.returncode == 0, result.stderr
    return out.read_text(encoding="utf-8")


def test_the_html_report_is_one_file_that_loads_nothing(demo_html: str) -> None:
    assert demo_html.startswith('<!DOCTYPE html>\n<html lang="sv">')
    for request in ("<script", "<link", "<img", "<iframe", "@import", "src=", "href="):
        assert request not in demo_html.lower(), request
    assert not re.search(r"url\(\s*['\"]?[a-z]+:", demo_html), "a style loads a URL"
    assert demo_html.count("<svg") == 1
    assert '<figure class="chart">' in demo_html
    sections = re.findall(r'<section class="(\w+)">', demo_html)
    assert sections == ["title", "intro", "intro", "overview", "details", "scores"]


def test_the_html_holds_what_the_markdown_holds(demo_html: str) -> None:
    markdown = kompass("export", DEMO).stdout
    text = _words(" ".join(_parse(demo_html).text))
    for line in ("Tabell 2 Norrköpings resultat", "Sammanfattning område 8", "Kungsbacka 2009"):
        assert line in text
    in_markdown = set(re.findall(r"\w+", markdown.replace("<br>", " ")))
    assert in_markdown <= set(re.findall(r"\w+", text))


def test_html_format_by_option_or_by_file_name(tmp_path: Path) -> None:
    by_option = kompass("export", DEMO, "--format", "html", "--lang", "en")
    assert by_option.returncode == 0, by_option.stderr
    assert by_option.stdout.startswith('<!DOCTYPE html>\n<html lang="en">')
    markdown_named = tmp_path / "r.md"
    assert kompass("export", DEMO, "-o", markdown_named).returncode == 0
    assert markdown_named.read_text(encoding="utf-8").startswith("# Kommunkompassen")


def test_hostile_text_stays_text_in_html(tmp_path: Path) -> None:
    session, instrument = _hostile_session()
    path = tmp_path / "hostile.toml"
    save_session(session, instrument, path)
    result = kompass("export", path, "--format", "html")
    assert result.returncode == 0, result.stderr
    parsed = _parse(result.stdout)
    allowed = {"html", "head", "meta", "title", "style", "body", "section", "figure"}
    allowed |= {"figcaption", "h1", "h2", "h3", "h4", "p", "strong", "ol", "ul", "li", "br"}
    allowed |= {"table", "thead", "tbody", "tr", "th", "td"}
    assert set(parsed.tags) <= allowed, set(parsed.tags) - allowed
    assert "<script>" not in result.stdout and "&lt;script&gt;" in result.stdout
    text = _words(" ".join(parsed.text))
    for typed in [*HOSTILE, *HOSTILE_TEXT, session.affiliation, *session.findings.values()]:
        assert _words(typed) in text, typed


def _chromium() -> str | None:
    return next((found for name in CHROMIUM_NAMES if (found := shutil.which(name))), None)


def _print_to_pdf(html: Path, tmp_path: Path) -> bytes:
    chromium = _chromium()
    if chromium is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium; .ci/run does)")
    pdf = tmp_path / "report.pdf"
    command = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--print-to-pdf={pdf}",
        html.resolve().as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    assert pdf.exists(), result.stderr[-2000:]
    return pdf.read_bytes()


def _pages(pdf: bytes) -> int:
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))
    counts = [int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", pdf)]
    assert not counts or pages == max(counts)
    return pages


def _colours_drawn(pdf: bytes) -> set[tuple[float, float, float]]:
    """The fill and stroke colours the PDF's page content draws with."""
    colours = set()
    for stream in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            content = zlib.decompress(stream.group(1))
        except zlib.error:
            continue
        for r, g, b in re.findall(rb"([\d.]+) ([\d.]+) ([\d.]+) (?:rg|RG|sc|scn)\b", content):
            colours.add((float(r), float(g), float(b)))
    return colours


def _chart_colours(html: str) -> set[tuple[float, float, float]]:
    """The chart's colours that nothing else on the page uses: not black, white or grey."""
    svg = html[html.index("<svg") : html.index("</svg>")]
    colours = set()
    for hex_colour in re.findall(r"fill(?::\s*|=\")#([0-9a-fA-F]{6})", svg):  # CSS or attribute
        red, green, blue = (int(hex_colour[i : i + 2], 16) / 255 for i in (0, 2, 4))
        rgb = (red, green, blue)
        if len(set(rgb)) > 1:
            colours.add(rgb)
    return colours


def _chart_drawn(html: str, pdf: bytes) -> bool:
    drawn = _colours_drawn(pdf)
    return any(
        any(all(abs(a - b) < 0.01 for a, b in zip(c, d, strict=True)) for d in drawn)
        for c in _chart_colours(html)
    )


def test_a_short_report_prints_one_page_per_section(tmp_path: Path) -> None:
    folder = tmp_path / "criteria"
    folder.mkdir()
    (folder / "mini.toml").write_text(SMALL_INSTRUMENT + INTRO, encoding="utf-8")
    instrument = Catalog.default([folder]).get("mini")
    session = new_session(instrument, "Småby", [date(2011, 5, 2)], ["Ann", "Bo"])
    for question_id, score in (("A1", "5"), ("A2", "9"), ("B1", "1,5")):
        session.set_score(instrument, question_id, Decimal(score.replace(",", ".")))
    session.set_report_section("evaluation", "Six interviews in May 2011.")
    session.set_area_notes("A", "The first area.")
    session.set_findings("B1", "Found in the minutes.\n\n| x | y |\n|---|---|\n| 1 | 2 |")
    session.area_notes("B").strengths.append("Open minutes")
    session.benchmarks.append(BenchmarkEntry("Storby", 2009, "current", {"A": Decimal(10)}))
    path = tmp_path / "smaby.toml"
    save_session(session, instrument, path)
    html = tmp_path / "smaby.html"
    result = kompass("export", path, "-o", html, "--criteria-dir", folder)
    assert result.returncode == 0, result.stderr

    pdf = _print_to_pdf(html, tmp_path)
    # The title page, two sections of introduction, the overview, one page per area of
    # the detailed review and the score tables: each starts a page and fits on one.
    assert _pages(pdf) == 1 + 2 + 1 + 2 + 1
    assert _chart_drawn(html.read_text(encoding="utf-8"), pdf)


def test_the_demo_prints_with_its_chart(tmp_path: Path, demo_html: str) -> None:
    html = tmp_path / "norrkoping.html"
    html.write_text(demo_html, encoding="utf-8")
    pdf = _print_to_pdf(html, tmp_path)
    # At least a page per section and per area of the detailed review; the seed itself
    # runs to about thirty.
    assert 1 + 2 + 1 + 8 + 1 <= _pages(pdf) <= 60
    assert _chart_drawn(demo_html, pdf)
