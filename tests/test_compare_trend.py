"""`kompass compare --trend`: a municipality over time, as a table and as an SVG chart."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.toml_io import load_session, save_session
from tests.helpers import DEMO, kompass
from tests.test_report_support import markdown_tables

SVG = "{http://www.w3.org/2000/svg}"
RECORDS = """\
benchmark = 1

[[records]]
municipality = "Norrköping"
year = 2016
instrument = "kommunkompassen-2010"
total = 650

[[records]]
municipality = "Norrköping"
year = 2013
instrument = "kommunkompassen-2010"
total = 615

[[records]]
municipality = "Växjö"
year = 2014
instrument = "kommunkompassen-2010"
total = 580
"""


def test_trend_table_and_chart_have_one_point_per_evaluation(tmp_path: Path) -> None:
    records = tmp_path / "pressmeddelanden.toml"
    records.write_text(RECORDS, encoding="utf-8")
    later = tmp_path / "norrkoping-2019.toml"
    loaded = load_session(DEMO, Catalog.default())
    loaded.session.dates = [date(2019, 3, 4)]
    loaded.session.scores["1.1"] = loaded.session.scores["1.1"] + 2  # 493,2 in all
    save_session(loaded.session, loaded.instrument, later)
    out, chart = tmp_path / "trend.md", tmp_path / "trend.svg"
    result = kompass(
        "compare", records, DEMO, later, "--trend-svg", chart, "-o", out, "--lang", "sv"
    )
    assert result.returncode == 0, result.stderr
    markdown = out.read_text(encoding="utf-8")
    summary = markdown_tables(markdown)[1]
    assert [row[0] for row in summary[1:]] == [
        "Norrköping 2010",
        "Norrköping 2013",
        "Växjö 2014",
        "Norrköping 2016",
        "Norrköping 2019",
    ]
    assert [row[-1] for row in summary[1:]] == ["", "+123,8", "", "+35", "−156,8"]
    assert "## Över tid: Norrköping" in markdown
    trend = markdown_tables(markdown)[-1]
    assert trend[0] == ["Utvärdering", "Totalt", "% av max", "Förändring", *"12345678"]
    assert trend[1] == [
        "Norrköping 2010",
        "491,2",
        "61 %",
        "",
        "48",
        "52",
        "67",
        "64",
        "50",
        "73",
        "51",
        "88",
    ]
    assert trend[2] == ["Norrköping 2013", "615", "77 %", "+123,8", *["–"] * 8]
    assert trend[3] == ["Norrköping 2016", "650", "81 %", "+35", *["–"] * 8]
    assert trend[4][:5] == ["Norrköping 2019", "493,2", "62 %", "−156,8", "50"]
    assert "![Över tid: totalen och områdena i % av max](trend.svg)" in markdown
    assert "Växjö" not in markdown.split("## Över tid")[1]  # evaluated once: no trend

    root = ET.fromstring(chart.read_text(encoding="utf-8"))
    (panel,) = [g for g in root.iter(f"{SVG}g") if g.get("class") == "trend"]
    assert panel.get("data-municipality") == "Norrköping"
    points = [c for c in panel.iter(f"{SVG}circle") if c.get("class") == "total-point"]
    assert [p.get("data-label") for p in points] == ["2010", "2013", "2016", "2019"]
    assert [p.get("data-value") for p in points] == ["491,2", "615", "650", "493,2"]
    xs = [float(p.get("cx") or 0) for p in points]
    assert xs == sorted(xs) and len(set(xs)) == 4  # later is further right
    ys = [float(p.get("cy") or 0) for p in points]
    assert ys[2] < ys[1] < ys[0]  # a higher share is drawn higher
    lines = [line for line in panel.iter(f"{SVG}polyline") if line.get("class") == "area-line"]
    # The areas are known in 2010 and 2019 only (the records give totals): a line each.
    assert [line.get("data-area") for line in lines] == list("12345678")
    assert all(len((line.get("points") or "").split()) == 2 for line in lines)


def test_trend_svg_needs_a_municipality_evaluated_twice(tmp_path: Path) -> None:
    records = tmp_path / "r.toml"
    records.write_text(RECORDS.replace('"Norrköping"', '"Lund"', 1), encoding="utf-8")
    chart = tmp_path / "t.svg"
    result = kompass("compare", records, "--trend-svg", chart)
    assert result.returncode == 1
    assert "no municipality is evaluated more than once" in result.stderr
    assert not chart.exists()
    records.write_text(RECORDS.replace('"Norrköping"', '"Lund"'), encoding="utf-8")
    tables = kompass("compare", records, DEMO, "--trend", "--lang", "en")
    assert tables.returncode == 0, tables.stderr
    assert "Over time: Lund" in tables.stdout and "+35" in tables.stdout
