"""The SVG profile chart: written next to the report, well-formed, with every area."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from pathlib import Path

from kompass_tui.core.formats.svg_charts import (
    ProfileBar,
    TrendPoint,
    TrendSeries,
    profile_chart,
    trend_chart,
)
from kompass_tui.core.report.charts import profile_svg
from kompass_tui.core.report.markdown import render_markdown
from kompass_tui.core.report.model import build_report
from kompass_tui.core.report.profile import chart_description, profile_figure
from kompass_tui.core.report.writing import write_report
from tests.test_report_support import load_demo, markdown_parser, markdown_tables

SVG = "{http://www.w3.org/2000/svg}"


def _svg_text(svg: str) -> str:
    """All text of an SVG document (non-breaking spaces as plain spaces)."""
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    return "".join(root.itertext()).replace("\xa0", " ")


def test_svg_without_comparison_carries_every_area_and_percentage() -> None:
    loaded = load_demo()
    loaded.session.benchmarks.clear()  # nothing to draw a median of
    report = build_report(loaded.session, loaded.instrument, "sv")
    text = _svg_text(profile_svg(report))
    expected = {
        "1. Offentlighet och demokrati": "48 %",
        "2. Tillgänglighet och brukarorientering": "52 %",
        "3. Politisk styrning och kontroll": "67 %",
        "4. Ledarskap, ansvar och delegation": "64 %",
        "5. Resultat och effektivitet": "50 %",
        "6. Kommunen som arbetsgivare - personalpolitik": "73 %",
        "7. Verksamhetsutveckling": "51 %",
        "8. Kommunen som samhällsbyggare": "88 %",
    }
    position = 0
    for name, percent in expected.items():
        position = text.index(name, position)
        position = text.index(percent, position)
    # The total as Tabell 1 prints it beside the chart (whole points), not 491,2.
    assert "Totalt: 491" in text and "491,2" not in text and "61 %" in text
    assert "Median" not in text
    caption = profile_figure(report).caption
    assert "nuvarande poängskala" in caption and "Ingen median visas" in caption


def test_svg_in_english_uses_english_names() -> None:
    loaded = load_demo()
    loaded.session.benchmarks.clear()
    text = _svg_text(profile_svg(build_report(loaded.session, loaded.instrument, "en")))
    assert "1. Openness and democracy" in text
    assert "Total: 491" in text and "491.2" not in text


def test_the_demo_chart_draws_the_older_scale_against_the_median_its_paragraph_names() -> None:
    """The seed's paragraph: "Som referens visas ett medianvärde … den gamla poängskalan".
    The demo keeps five older-scale results (Tabell 2): the chart draws Norrköping's
    older-scale figures against their median, each figure as Tabell 2 prints it."""
    loaded = load_demo()
    report = build_report(loaded.session, loaded.instrument, "sv")
    svg = profile_svg(report)
    text = _svg_text(svg)
    assert "Norrköping 2010" in text and "Median av fem kommuner 2008–2009" in text
    tables = markdown_tables(render_markdown(report))
    table_2 = next(table for table in tables if table[0][0] == "Kriterium")
    own = [row[-1].strip("*") for row in table_2[1:]]
    assert own == ["64", "71", "66", "70", "58", "75,5", "43", "80", "527,5"]
    medians = ["72", "64", "61,5", "71,5", "67", "57,5", "58", "85", "550,5"]
    values = [t.text for t in ET.fromstring(svg).iter(f"{SVG}text")]
    for figure, middle in zip(own, medians, strict=True):
        at = values.index(figure)
        assert values[at + 1 :].index(middle) < 3, (figure, middle)
    bars = [r for r in ET.fromstring(svg).iter(f"{SVG}rect") if r.get("class") == "profile-bar"]
    assert [b.get("data-percent") for b in bars] == [
        "64",
        "71",
        "66",
        "70",
        "58",
        "75.5",
        "43",
        "80",
    ]
    caption = profile_figure(report).caption
    assert "gamla poängskalan" in caption
    assert "Borås 2008, Örebro 2008, Växjö 2009, Lund 2009 och Kungsbacka 2009" in caption
    described = chart_description(report)
    assert "medianen av fem kommuner som utvärderats 2008–2009" in described
    assert "totalt 527,5 (median 550,5)" in described


def test_write_report_links_the_chart_relative_to_the_markdown(tmp_path: Path) -> None:
    loaded = load_demo()
    markdown_path = tmp_path / "reports" / "norrköping.md"
    svg_path = tmp_path / "charts" / "profil norrköping.svg"
    markdown_path.parent.mkdir()
    svg_path.parent.mkdir()
    write_report(loaded.session, loaded.instrument, "sv", markdown_path, svg_path)

    assert "Offentlighet och demokrati" in _svg_text(svg_path.read_text(encoding="utf-8"))
    html = markdown_parser().render(markdown_path.read_text(encoding="utf-8"))
    assert '<img src="../charts/profil%20norrk%C3%B6ping.svg"' in html
    assert (markdown_path.parent / "../charts/profil norrköping.svg").resolve() == svg_path


def test_write_report_without_chart_has_no_image(tmp_path: Path) -> None:
    loaded = load_demo()
    markdown_path = tmp_path / "r.md"
    write_report(loaded.session, loaded.instrument, "en", markdown_path)
    markdown = markdown_path.read_text(encoding="utf-8")
    assert "![" not in markdown
    assert markdown.startswith("# The Municipal Compass (revised 2010)\n")
    assert list(tmp_path.iterdir()) == [markdown_path]


HOSTILE = 'Å <b>&amp; "x" \x1b[2J\x07 ]]> slut'


def test_charts_escape_every_text_and_attribute() -> None:
    profile = profile_chart(
        HOSTILE,
        [ProfileBar(HOSTILE, Decimal("47.5"), Decimal(150)), ProfileBar("tom", None)],
        ProfileBar(HOSTILE, Decimal(-3)),
        series=HOSTILE,
        reference=HOSTILE,
    )
    point = TrendPoint(date(2010, 1, 25), HOSTILE, Decimal(61), HOSTILE, {"1": Decimal(48)})
    trend = trend_chart(HOSTILE, [TrendSeries(HOSTILE, (point,))], [("1", HOSTILE)], HOSTILE)
    for svg in (profile, trend):
        root = ET.fromstring(svg)  # well-formed
        text = "".join(root.itertext())
        assert 'Å <b>&amp; "x" ␛[2J␇ ]]> slut' in text  # literal, controls made visible
        assert "\x1b" not in svg and "<b>" not in svg
        assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")  # nothing fetched
    (circle,) = ET.fromstring(trend).iter(f"{SVG}circle")
    assert circle.get("data-label") == 'Å <b>&amp; "x" ␛[2J␇ ]]> slut'
    widths = [r.get("width") for r in ET.fromstring(profile).iter(f"{SVG}rect")]
    assert "320" in widths and "0" in widths  # shares clipped to 0-100 %


def test_the_median_of_an_even_number_is_the_mean_of_the_middle_two() -> None:
    loaded = load_demo()
    del loaded.session.benchmarks[4:]  # Borås, Örebro, Växjö, Lund: 461, 557,5, 455, 550,5
    figure = profile_figure(build_report(loaded.session, loaded.instrument, "sv"))
    assert figure.total.reference_value == "505,75"
    assert figure.reference == "Median av fyra kommuner 2008–2009"
    assert figure.areas[0].reference_value == "71,5"  # 67, 71, 72, 78
