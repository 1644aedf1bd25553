"""The exported demo report against the seed's printed section 5 and Tabell 1.

The seed (Norrköping 2010) prints scores rounded to one decimal but computed totals and
percentages from unrounded values. Our report computes exactly from what the session
stores, so a few printed figures differ; the test names each of them with its reason.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kompass_tui.core.report.markdown import build_markdown
from tests.helpers import DEMO
from tests.test_report_support import Table, load_demo, markdown_tables

# Section 5 of the seed, as printed: question id -> (achieved, max, %).
SEED_QUESTIONS = {
    "1.1": ("7,5", "15", 50),
    "1.2": ("14,0", "20", 70),
    "1.3": ("9,6", "25", 38),
    "1.4": ("10,9", "30", 36),
    "1.5": ("5,5", "10", 55),
    "2.1": ("9,0", "15", 60),
    "2.2": ("8,3", "25", 33),
    "2.3": ("9,4", "15", 63),
    "2.4": ("6,0", "15", 40),
    "2.5": ("7,6", "15", 51),
    "2.6": ("11,3", "15", 75),
    "3.1": ("11,3", "15", 75),
    "3.2": ("15,1", "25", 61),
    "3.3": ("15,6", "25", 63),
    "3.4": ("16,5", "20", 83),
    "3.5": ("8,5", "15", 56),
    "4.1": ("13,5", "15", 90),
    "4.2": ("8,2", "10", 82),
    "4.3": ("10,1", "20", 51),
    "4.4": ("8,3", "15", 56),
    "4.5": ("6,5", "20", 33),
    "4.6": ("17,0", "20", 85),
    "5.1": ("6,8", "15", 45),
    "5.2": ("10,0", "20", 50),
    "5.3": ("8,5", "20", 43),
    "5.4": ("8,0", "15", 53),
    "5.5": ("8,7", "20", 44),
    "5.6": ("8,3", "10", 83),
    "6.1": ("13,5", "15", 90),
    "6.2": ("10,3", "20", 52),
    "6.3": ("17,6", "25", 71),
    "6.4": ("12,0", "15", 80),
    "6.5": ("13,7", "15", 91),
    "6.6": ("5,8", "10", 58),
    "7.1": ("8,4", "15", 56),
    "7.2": ("13,8", "30", 46),
    "7.3": ("14,0", "15", 93),
    "7.4": ("5,0", "20", 25),
    "7.5": ("9,5", "20", 47),
    "8.1": ("13,8", "15", 92),
    "8.2": ("12,4", "15", 83),
    "8.3": ("17,5", "20", 88),
    "8.4": ("18,2", "20", 91),
    "8.5": ("6,1", "10", 61),
    "8.6": ("19,6", "20", 98),
}
# The area total rows of section 5: area -> (achieved, max, %).
SEED_AREA_TOTALS = {
    "1": ("47,5", "100", 47),
    "2": ("51,6", "100", 52),
    "3": ("67,0", "100", 67),
    "4": ("63,6", "100", 64),
    "5": ("50,3", "100", 50),
    "6": ("72,9", "100", 73),
    "7": ("50,6", "100", 51),
    "8": ("87,6", "100", 88),
}
# Tabell 1: area -> (current scale in whole points, older scale); the seed's TOTALT row.
SEED_TABLE_1 = {
    "1": ("47", "64"),
    "2": ("52", "71"),
    "3": ("67", "66"),
    "4": ("64", "70"),
    "5": ("50", "58"),
    "6": ("73", "75,5"),
    "7": ("51", "43"),
    "8": ("88", "80"),
}
SEED_TABLE_1_TOTAL = ("491", "527,5")

# Every place our exact figures differ from the seed's print: (place, column, seed, ours).
EXPECTED_DIFFERENCES = {
    ("question 3.2", "%", "61", "60"): (
        "15,1 of 25 is 60,4 %; the seed's unrounded score was at least 15,125 (60,5 %)"
    ),
    ("question 3.3", "%", "63", "62"): (
        "15,6 of 25 is 62,4 %; the seed's unrounded score was at least 15,625 (62,5 %)"
    ),
    ("question 3.5", "%", "56", "57"): (
        "8,5 of 15 is 56,7 %; the seed's unrounded score was below 8,475 (56,5 %)"
    ),
    ("question 4.4", "%", "56", "55"): (
        "8,3 of 15 is 55,3 %; the seed's unrounded score was at least 8,325 (55,5 %)"
    ),
    ("question 6.3", "%", "71", "70"): (
        "17,6 of 25 is 70,4 %; the seed's unrounded score was at least 17,625 (70,5 %)"
    ),
    ("question 7.5", "%", "47", "48"): (
        "9,5 of 20 is exactly 47,5 %, half-up 48; the seed's unrounded score was below 9,5"
    ),
    ("area 1", "%", "47", "48"): (
        "the printed scores add up to exactly 47,5 (48 % half-up); the seed's unrounded sum"
        " was below 47,5"
    ),
    ("area 7", "Uppnådd nivå", "50,6", "50,7"): (
        "the printed scores 8,4 + 13,8 + 14,0 + 5,0 + 9,5 add up to 50,7; the seed summed"
        " unrounded scores"
    ),
    ("Tabell 1 area 1", "Nuvarande poängskala", "47", "48"): (
        "Tabell 1 prints whole points: 47,5 rounds half-up to 48; the seed's unrounded sum"
        " was below 47,5"
    ),
}


def _kompass() -> list[str]:
    script = Path(sys.executable).parent / "kompass"
    if script.exists():
        return [str(script)]
    found = shutil.which("kompass")
    return [found] if found else [sys.executable, "-m", "kompass_tui"]


def _by_function(tmp_path: Path) -> str:
    loaded = load_demo()
    return build_markdown(loaded.session, loaded.instrument, "sv")


def _by_command(tmp_path: Path) -> str:
    output = tmp_path / "report.md"
    result = subprocess.run(
        [*_kompass(), "export", str(DEMO), "-o", str(output)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    return output.read_text(encoding="utf-8")


@pytest.fixture(params=[_by_function, _by_command], ids=["function", "kompass-export"])
def tables(request: pytest.FixtureRequest, tmp_path: Path) -> list[Table]:
    """The tables of the exported demo report, made one way or the other."""
    return markdown_tables(request.param(tmp_path))


def _area_tables(tables: list[Table]) -> dict[str, Table]:
    return {
        table[0][0]: table
        for table in tables
        if table[0][0] != "Nr" and table[0][2:] == ["Uppnådd nivå", "Max", "%"]
    }


def _summary_table(tables: list[Table]) -> Table:
    (summary,) = [table for table in tables if table[0][0] == "Område"]
    return summary


def _percent(cell: str) -> str:
    assert cell.endswith(" %"), cell
    return cell.removesuffix(" %")


def test_every_question_score_and_max(tables: list[Table]) -> None:
    rows = {row[0]: row for table in _area_tables(tables).values() for row in table[1:]}
    for question_id, (achieved, maximum, _percent_printed) in SEED_QUESTIONS.items():
        assert rows[question_id][2:4] == [achieved, maximum], question_id
    assert set(SEED_QUESTIONS) <= set(rows)


def test_area_totals_and_overall_total_are_exact(tables: list[Table]) -> None:
    areas = _area_tables(tables)
    assert list(areas) == [str(n) for n in range(1, 9)]
    exact = {
        "1": ["Totalt område 1", "47,5", "100", "48 %"],
        "2": ["Totalt område 2", "51,6", "100", "52 %"],
        "3": ["Totalt område 3", "67,0", "100", "67 %"],
        "4": ["Totalt område 4", "63,6", "100", "64 %"],
        "5": ["Totalt område 5", "50,3", "100", "50 %"],
        "6": ["Totalt område 6", "72,9", "100", "73 %"],
        "7": ["Totalt område 7", "50,7", "100", "51 %"],
        "8": ["Totalt område 8", "87,6", "100", "88 %"],
    }
    for area_id, table in areas.items():
        assert table[-1][1:] == exact[area_id]
    summary = _summary_table(tables)
    assert summary[0] == ["Område", "Nuvarande poängskala", "Max", "%", "Äldre poängskala"]
    assert summary[-1] == ["Totalt", "491", "800", "61 %", "527,5"]
    assert summary[1] == ["1. Offentlighet och demokrati", "48", "100", "48 %", "64"]


def test_differences_from_the_seed_are_exactly_the_named_ones(tables: list[Table]) -> None:
    differences: set[tuple[str, str, str, str]] = set()

    def compare(place: str, column: str, seed: str, ours: str) -> None:
        if seed != ours:
            differences.add((place, column, seed, ours))

    areas = _area_tables(tables)
    rows = {row[0]: row for table in areas.values() for row in table[1:]}
    for question_id, (achieved, maximum, percent) in SEED_QUESTIONS.items():
        row = rows[question_id]
        compare(f"question {question_id}", "Uppnådd nivå", achieved, row[2])
        compare(f"question {question_id}", "Max", maximum, row[3])
        compare(f"question {question_id}", "%", str(percent), _percent(row[4]))
    for area_id, (achieved, maximum, percent) in SEED_AREA_TOTALS.items():
        total = areas[area_id][-1]
        compare(f"area {area_id}", "Uppnådd nivå", achieved, total[2])
        compare(f"area {area_id}", "Max", maximum, total[3])
        compare(f"area {area_id}", "%", str(percent), _percent(total[4]))
    # Tabell 1 prints both scales as the seed does: whole points, older totals as entered.
    summary = {row[0].split(".")[0]: row for row in _summary_table(tables)[1:]}
    for area_id, (current, older) in SEED_TABLE_1.items():
        row = summary[area_id]
        compare(f"Tabell 1 area {area_id}", "Nuvarande poängskala", current, row[1])
        compare(f"Tabell 1 area {area_id}", "Äldre poängskala", older, row[4])
    total = summary["Totalt"]
    compare("Tabell 1 TOTALT", "Nuvarande poängskala", SEED_TABLE_1_TOTAL[0], total[1])
    compare("Tabell 1 TOTALT", "Äldre poängskala", SEED_TABLE_1_TOTAL[1], total[4])

    assert differences == set(EXPECTED_DIFFERENCES)


# Tabell 2 as the seed prints it (Kungsbacka and Norrköping without their line breaks).
SEED_TABLE_2 = """
Kriterium|Borås 2008|Örebro 2008|Växjö 2009|Lund 2009|Kungsbacka 2009|Norrköping 2010
1|72|67|78|71|81|64
2|61,5|73,5|49,5|64|85|71
3|54|73,5|51|61,5|92,5|66
4|57|73|60,5|71,5|83,5|70
5|50|67|43|72|82|58
6|36,5|57,5|47|67,5|74,5|75,5
7|45|61|36|58|80|43
8|85|85|90|85|81|80
Totalt|461|557,5|455|550,5|659,5|527,5
"""


def test_tabell_2_is_the_seeds_cell_by_cell(tables: list[Table]) -> None:
    (table,) = [t for t in tables if t[0][0] == "Kriterium"]
    assert table == [line.split("|") for line in SEED_TABLE_2.strip().splitlines()]
