"""Benchmark records: loading, validation, round trip, and the seed's Tabell 2 compared."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from kompass_tui.core.compare.benchmark import (
    BenchmarkRecord,
    benchmarks_to_toml,
    load_benchmarks,
    save_benchmarks,
)
from kompass_tui.core.compare.comparison import build_comparison, load_evaluations
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import LoadError

# The seed's Tabell 2 (older scale): area totals 1-8 and the printed total.
TABELL_2 = {
    "Borås": (2008, ["72", "61.5", "54", "57", "50", "36.5", "45", "85"], "461"),
    "Örebro": (2008, ["67", "73.5", "73.5", "73", "67", "57.5", "61", "85"], "557.5"),
    "Växjö": (2009, ["78", "49.5", "51", "60.5", "43", "47", "36", "90"], "455"),
    "Lund": (2009, ["71", "64", "61.5", "71.5", "72", "67.5", "58", "85"], "550.5"),
    "Kungsbacka": (2009, ["81", "85", "92.5", "83.5", "82", "74.5", "80", "81"], "659.5"),
    "Norrköping": (2010, ["64", "71", "66", "70", "58", "75.5", "43", "80"], "527.5"),
}
SOURCE = "Kommunkompassen Norrköping 2010, Tabell 2 (gamla poängskalan)"


def write_older_scale(folder: Path) -> Path:
    """A tiny stand-in for the older scale: 8 areas of one question with max 100."""
    lines = [
        "format = 1",
        'id = "aldre"',
        'languages = ["sv", "en"]',
        'name.sv = "Äldre poängskala"',
        'name.en = "Older scale"',
    ]
    for number in range(1, 9):
        lines += [
            "[[areas]]",
            f'id = "{number}"',
            f'title.sv = "Område {number}"',
            f'title.en = "Area {number}"',
            "[[areas.questions]]",
            f'id = "{number}.1"',
            "max = 100",
            f'text.sv = "Fråga {number}"',
            f'text.en = "Question {number}"',
        ]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "aldre.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def tabell_2_records() -> list[BenchmarkRecord]:
    return [
        BenchmarkRecord(
            municipality=name,
            year=year,
            instrument_id="aldre",
            areas={str(i): Decimal(v) for i, v in enumerate(areas, 1)},
            source=SOURCE,
            total=Decimal(total),
        )
        for name, (year, areas, total) in TABELL_2.items()
    ]


@pytest.fixture
def older(tmp_path: Path) -> Catalog:
    write_older_scale(tmp_path / "criteria")
    return Catalog.default([tmp_path / "criteria"])


def test_tabell_2_loads_compares_and_round_trips(tmp_path: Path, older: Catalog) -> None:
    path = tmp_path / "tabell2.toml"
    save_benchmarks(tabell_2_records(), path)
    loaded = load_benchmarks(path, older)
    assert loaded.records == tabell_2_records()
    assert set(loaded.instruments) == {"aldre"}
    # Save again: the same text (deterministic), and loading gives equal records.
    again = tmp_path / "again.toml"
    save_benchmarks(loaded.records, again)
    assert again.read_text(encoding="utf-8") == path.read_text(encoding="utf-8")

    evaluations = load_evaluations([path], older).evaluations
    comparison = build_comparison(evaluations, older.get("aldre"), keep_order=True)
    assert comparison.evaluations[0].label == "Borås 2008"
    totals = comparison.total_row
    assert totals.values == tuple(Decimal(t) for _, _, t in TABELL_2.values())
    # Sorted totals 455, 461, 527,5 | 550,5, 557,5, 659,5: the median is (527,5 + 550,5) / 2.
    assert totals.median == Decimal("539")
    assert totals.mean == Decimal("3211") / Decimal(6)
    area_6 = comparison.rows[5]
    assert area_6.median == (Decimal("57.5") + Decimal("67.5")) / 2  # middle of 6 values


def test_benchmark_file_problems_name_file_and_key(tmp_path: Path, older: Catalog) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        """benchmark = 1
[[records]]
municipality = "Borås"
year = 2008
instrument = "aldre"
total = 450
areas = { "1" = 72, "2" = 61.5, "3" = 54, "4" = 57, "5" = 50, "6" = 36.5, "7" = 45, "8" = 85 }

[[records]]
municipality = ""
year = "2009"
instrument = "aldre"
colour = "red"
areas = { "1" = 101, "2" = -1, "3" = "x", "4" = 1.234, "9" = 1 }

[[records]]
municipality = "Lund"
year = 2009
instrument = "nope"
areas = {}
""",
        encoding="utf-8",
    )
    with pytest.raises(LoadError) as failure:
        load_benchmarks(path, older)
    text = str(failure.value)
    expected = [
        "records[0].total: 450 is not the sum of the area totals (461), and the difference "
        "is more than rounding explains (0.5 per area: 4)",
        "records[1].municipality: missing",
        "records[1].year: missing or not a year",
        "records[1].colour: unknown key",
        "records[1].areas.1: above the area's maximum 100",
        "records[1].areas.2: must be a number ≥ 0",
        "records[1].areas.3: not a number",
        "records[1].areas.4: has more than 2 decimals",
        "records[1].areas.9: unknown area id",
        "records[2].instrument: unknown instrument 'nope'",
    ]
    for part in expected:
        assert f"{path}: {part}" in text, part


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("benchmark = 2\n[[records]]\n", "benchmark: unknown benchmark format 2"),
        ("benchmark = 1\n", "records: missing or not an array of tables"),
        ("benchmark = 1\nrecords = []\n", "records: is empty"),
        ("records = []\n", "benchmark: missing"),
    ],
)
def test_benchmark_file_structure(
    tmp_path: Path, older: Catalog, content: str, message: str
) -> None:
    path = tmp_path / "b.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LoadError) as failure:
        load_benchmarks(path, older)
    assert f"{path}: {message}" in str(failure.value)


def test_swedish_decimal_strings_and_optional_total(tmp_path: Path, older: Catalog) -> None:
    path = tmp_path / "b.toml"
    areas = ", ".join(f'"{i}" = "{i},5"' for i in range(1, 9))
    path.write_text(
        f'benchmark = 1\n[[records]]\nmunicipality = "X"\nyear = 2001\n'
        f'instrument = "aldre"\nareas = {{ {areas} }}\n',
        encoding="utf-8",
    )
    (record,) = load_benchmarks(path, older).records
    assert record.areas["1"] == Decimal("1.5") and record.total is None
    assert record.area_sum == Decimal(40)
    assert "total" not in benchmarks_to_toml([record])


def test_kompass_compare_tabell_2_with_median(tmp_path: Path) -> None:
    criteria = tmp_path / "criteria"
    write_older_scale(criteria)
    bench = tmp_path / "tabell2.toml"
    save_benchmarks(tabell_2_records(), bench)
    out = tmp_path / "out.md"
    command = [sys.executable, "-m", "kompass_tui", "compare", str(bench), "--median"]
    result = subprocess.run(
        [*command, "--mean", "--criteria-dir", str(criteria), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    validated = subprocess.run(
        [
            sys.executable,
            "-m",
            "kompass_tui",
            "validate",
            str(bench),
            "--criteria-dir",
            str(criteria),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert validated.returncode == 0, validated.stderr
    assert "benchmark file, 6 records (aldre)" in validated.stdout
    markdown = out.read_text(encoding="utf-8")
    header = "| Område | Borås 2008 | Örebro 2008 | Kungsbacka 2009 | Lund 2009 | Växjö 2009 |"
    assert markdown.splitlines()[2].startswith(header)  # by year, then municipality
    total = "| **Totalt** | **461** | **557,5** | **659,5** | **550,5** | **455** | **527,5** |"
    # Median 539 and mean 3211/6 = 535,1666... shown as 535,17 (two decimals); n = 6.
    assert f"{total} **539** | **535,17** | **6** | **800** |" in markdown
    assert SOURCE in markdown
