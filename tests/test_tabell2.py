"""The seed's Tabell 2 and its "median of everyone evaluated up to 2009", from our own data.

Norrköping's column comes from the demo session's older-scale totals; the five other
municipalities from the bundled benchmark file. Nothing here is typed twice: the expected
table is the seed's text as printed (its PDF hyphenated two headings at line breaks).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

from kompass_tui.core.compare.benchmark import bundled_benchmarks_dir
from kompass_tui.core.compare.comparison import compare_files
from kompass_tui.core.compare.reference import (
    reference_grid,
    reference_median,
    reference_profile_svg,
    session_comparison,
    tabell2_grid,
)
from kompass_tui.core.compare.statistics import median
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.toml_io import load_session
from tests.helpers import DEMO, REPO, kompass
from tests.test_report_support import markdown_tables

BUNDLED = REPO / "benchmarks" / "tabell-2-norrkoping-2010.toml"


def test_the_bundled_file_is_found_in_a_checkout() -> None:
    assert (bundled_benchmarks_dir() / BUNDLED.name).resolve() == BUNDLED.resolve()


SVG = "{http://www.w3.org/2000/svg}"

# The seed, section "Sammanfattning av resultat", Tabell 2, exactly as extracted.
SEED_TABELL_2 = """\
Kriterium	Borås 2008	Örebro 2008	Växjö 2009	Lund 2009	Kungs- backa 2009	Norrkö- ping 2010
1	72	67	78	71	81	64
2	61,5	73,5	49,5	64	85	71
3	54	73,5	51	61,5	92,5	66
4	57	73	60,5	71,5	83,5	70
5	50	67	43	72	82	58
6	36,5	57,5	47	67,5	74,5	75,5
7	45	61	36	58	80	43
8	85	85	90	85	81	80
Totalt	461	557,5	455	550,5	659,5	527,5"""


def seed_rows() -> list[list[str]]:
    rows = [line.split("\t") for line in SEED_TABELL_2.splitlines()]
    rows[0] = [cell.replace("- ", "") for cell in rows[0]]  # "Kungs- backa" at a line break
    return rows


def test_tabell_2_from_the_demo_and_the_bundled_records() -> None:
    catalog = Catalog.default()
    demo = load_session(DEMO, catalog)
    result = session_comparison(demo.session, demo.instrument, DEMO, [BUNDLED], catalog)
    assert result.comparison.instrument.id == "kommunkompassen-aldre"
    grid = tabell2_grid(result.comparison, "sv")
    assert [grid.header, *grid.rows] == seed_rows()


def test_kompass_compare_prints_tabell_2_cell_for_cell(tmp_path: Path) -> None:
    out = tmp_path / "tabell2.md"
    result = kompass("compare", BUNDLED, DEMO, "--keep-order", "-o", out)
    assert result.returncode == 0, result.stderr
    main = markdown_tables(out.read_text(encoding="utf-8"))[0]
    expected = seed_rows()
    assert main[0] == ["Område", *expected[0][1:], "Max"]
    for ours, seed in zip(main[1:10], expected[1:], strict=True):
        assert ours[1:7] == seed[1:]
        assert ours[0].split()[0] == seed[0]  # "1 Offentlighet och demokrati" is row 1
    assert "Norrköping 2010: den äldre poängskalans områdespoäng ur sessionen." in out.read_text()


def test_the_median_up_to_2009_is_that_of_the_records_given() -> None:
    catalog = Catalog.default()
    comparison = compare_files([BUNDLED, DEMO], catalog).comparison
    reference = reference_median(comparison.evaluations, comparison.instrument, until=2009)
    records = [row[1:6] for row in seed_rows()[1:]]  # the five municipalities up to 2009
    for area_id, printed in zip("12345678", records[:8], strict=True):
        expected = median([Decimal(v.replace(",", ".")) for v in printed])
        assert reference.areas[area_id].median == expected
        assert reference.areas[area_id].n == 5
    assert reference.total is not None
    assert reference.total.median == Decimal("550.5") and reference.total.n == 5
    newest = comparison.evaluations[-1]
    assert newest.label == "Norrköping 2010"
    rows = reference_grid(newest, reference, "sv").rows
    assert rows[0] == ["1 Offentlighet och demokrati", "64", "72", "5", "100"]
    assert rows[2] == ["3 Politisk styrning och kontroll", "66", "61,5", "5", "100"]
    assert rows[-1] == ["Totalt", "527,5", "550,5", "5", "800"]


def test_compare_median_until_2009_and_the_profile_chart(tmp_path: Path) -> None:
    out, chart = tmp_path / "median.md", tmp_path / "profil.svg"
    result = kompass(
        "compare", BUNDLED, DEMO, "--median", "--until", "2009", "-o", out, "--profile-svg", chart
    )
    assert result.returncode == 0, result.stderr
    main = markdown_tables(out.read_text(encoding="utf-8"))[0]
    assert main[0][-3:] == ["Median", "n", "Max"]
    assert [row[-3] for row in main[1:10]] == [
        "72",
        "64",
        "61,5",
        "71,5",
        "67",
        "57,5",
        "58",
        "85",
        "550,5",
    ]
    assert {row[-2] for row in main[1:10]} == {"5"}  # Norrköping 2010 is not in it
    root = ET.fromstring(chart.read_text(encoding="utf-8"))
    bars = [r for r in root.iter(f"{SVG}rect") if r.get("class") == "profile-bar"]
    medians = [r for r in root.iter(f"{SVG}rect") if r.get("class") == "reference-bar"]
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
    assert [m.get("data-percent") for m in medians] == [
        "72",
        "64",
        "61.5",
        "71.5",
        "67",
        "57.5",
        "58",
        "85",
        "68.8",
    ]  # the last: the total's median, 550,5 of 800
    text = "".join(root.itertext())
    assert "Median t.o.m. 2009" in text and "Norrköping 2010" in text
    assert "![Profil mot medianen](profil.svg)" in out.read_text(encoding="utf-8")


def test_a_reference_population_without_evaluations_draws_no_median_bars() -> None:
    catalog = Catalog.default()
    demo = load_session(DEMO, catalog)
    result = session_comparison(demo.session, demo.instrument, DEMO, [BUNDLED], catalog)
    comparison = result.comparison
    reference = reference_median(comparison.evaluations, comparison.instrument, since=2011)
    svg = reference_profile_svg(comparison.evaluations[-1], reference, "en")
    root = ET.fromstring(svg)
    assert not [
        r
        for r in root.iter(f"{SVG}rect")
        if r.get("class") == "reference-bar" and r.get("data-percent")
    ]
    assert "Median from 2011" in "".join(root.itertext())


def test_export_compare_with_the_bundled_records_prints_tabell_2() -> None:
    result = kompass("export", DEMO, "--compare", BUNDLED)
    assert result.returncode == 0, result.stderr
    (table,) = [t for t in markdown_tables(result.stdout) if t[0][0] == "Kriterium"]
    assert table == seed_rows()
    assert "Tabell 2 Norrköpings resultat (gamla poängskalan)" in result.stdout
