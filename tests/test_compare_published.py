"""Comparing results as published: totals alone, some areas, totals one off their areas' sum.

The `mini` instrument has area A (max 19,5) and B (max 3), 22,5 in all; rounding may
explain 0,5 per area, so 1 point between a printed total and its two printed areas.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest

from kompass_tui.core.compare.benchmark import load_benchmarks
from kompass_tui.core.compare.comparison import compare_files
from kompass_tui.core.compare.statistics import Population, ranks
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.problems import LoadError
from tests.helpers import kompass, write_session
from tests.test_report_support import markdown_tables

PUBLISHED = """\
benchmark = 1

[[records]]
municipality = "Lund"
year = 2009
instrument = "mini"
source = "Pressmeddelande 2009"
total = 12.5

[[records]]
municipality = "Umeå"
year = 2007
instrument = "mini"
total = 11
areas = { "A" = 10, "B" = 2 }

[[records]]
municipality = "Borås"
year = 2008
instrument = "mini"
areas = { "A" = 15 }

[[records]]
municipality = "Lund"
year = 2005
instrument = "mini"
total = 9
"""


@pytest.fixture
def files(tmp_path: Path, mini: Instrument) -> list[Path]:
    """The records above, then a full session: Lund 2012, A 12,5 and B 2, total 14,5."""
    published = tmp_path / "published.toml"
    published.write_text(PUBLISHED, encoding="utf-8")
    session = write_session(
        tmp_path, "lund-2012", mini, {"A1": "5", "A2": "7.5", "B1": "2"}, year=2012
    )
    return [published, session]


def test_records_load_as_printed(files: list[Path], criteria: Path) -> None:
    loaded = load_benchmarks(files[0], Catalog.default([criteria]))
    lund, umea, boras, _ = loaded.records
    assert lund.total == 12.5 and lund.areas == {}
    assert umea.total == 11 and umea.area_sum == 12
    assert boras.total is None and boras.areas == {"A": 15}
    (warning,) = loaded.warnings
    assert str(warning) == (
        f"{files[0]}: records[1].total: warning: 11 kept as printed; the area totals add up "
        "to 12 (figures rounded in the source)"
    )


def test_compare_in_year_order_cell_by_cell(files: list[Path], criteria: Path) -> None:
    out = files[0].with_name("out.md")
    result = kompass(
        "compare", *files, "--median", "--criteria-dir", criteria, "-o", out, "--lang", "sv"
    )
    assert result.returncode == 0, result.stderr
    assert "records[1].total: warning: 11 kept as printed" in result.stderr
    markdown = out.read_text(encoding="utf-8")
    main, summary, rank, lund_2009, lund_2012 = markdown_tables(markdown)
    assert main == [
        [
            "Område",
            "Lund 2005",
            "Umeå 2007",
            "Borås 2008",
            "Lund 2009",
            "Lund 2012",
            "Median",
            "n",
            "Max",
        ],
        ["A Första", "–", "10", "15", "–", "12,5", "12,5", "3", "19,5"],
        ["B Andra", "–", "2", "–", "–", "2,0", "2,0", "2", "3"],
        # Median of 9, 11, 12,5 and 14,5: the mean of the middle two, 11,75.
        [
            "Totalt",
            "9",
            "11",
            "–",
            "12,5",
            "14,5",
            "11,75",
            "4",
            "22,5",
        ],
        ["% av max", "40 %", "49 %", "–", "56 %", "64 %", "", "", ""],
    ]
    assert summary == [
        ["Utvärdering", "Totalt", "Max", "% av max", "Rang", "Förändring"],
        ["Lund 2005", "9", "22,5", "40 %", "4/4", ""],
        ["Umeå 2007", "11", "22,5", "49 %", "3/4", ""],
        ["Borås 2008", "–", "–", "–", "–", ""],
        ["Lund 2009", "12,5", "22,5", "56 %", "2/4", "+3,5"],
        ["Lund 2012", "14,5", "22,5", "64 %", "1/4", "+2,0"],
    ]
    assert rank == [
        ["Rang", "Lund 2005", "Umeå 2007", "Borås 2008", "Lund 2009", "Lund 2012"],
        ["A", "–", "3/3", "1/3", "–", "2/3"],
        ["B", "–", "1/2", "–", "–", "1/2"],
        ["Totalt", "4/4", "3/4", "–", "2/4", "1/4"],
    ]
    # A total-only record: only the total has a change; its areas are unknown.
    assert lund_2009 == [
        ["Område", "Lund 2005", "Lund 2009", "Förändring"],
        ["A Första", "–", "–", "–"],
        ["B Andra", "–", "–", "–"],
        ["Totalt", "9", "12,5", "+3,5"],
    ]
    assert lund_2012[1] == ["A Första", "–", "12,5", "–"]
    assert lund_2012[-1] == ["Totalt", "12,5", "14,5", "+2,0"]
    assert "Umeå 2007: totalen 11 som den är tryckt; områdena summerar till 12" in markdown
    assert "Median och medelvärde: alla utvärderingar som har värdet (n)." in markdown
    assert "- Pressmeddelande 2009 (Lund 2009)" in markdown


def test_keep_order_and_the_reference_population(files: list[Path], criteria: Path) -> None:
    catalog = Catalog.default([criteria])
    comparison = compare_files(
        files, catalog, keep_order=True, population=Population(until=2008)
    ).comparison
    labels = [e.label for e in comparison.evaluations]
    assert labels == ["Lund 2009", "Umeå 2007", "Borås 2008", "Lund 2005", "Lund 2012"]
    area_a, area_b, total = comparison.rows
    # Up to 2008: Umeå 2007 and Borås 2008 have A; Lund 2005 and Umeå 2007 a total.
    assert area_a.reference and area_b.reference and total.reference
    assert (area_a.median, area_a.reference.n) == (12.5, 2)
    assert (area_b.median, area_b.reference.n) == (2, 1)
    assert (total.median, total.reference.n) == (10, 2)
    out = files[0].with_name("until.md")
    result = kompass(
        "compare",
        *files,
        "--median",
        "--mean",
        "--until",
        "2008",
        "--keep-order",
        "--criteria-dir",
        criteria,
        "-o",
        out,
        "--lang",
        "en",
    )
    assert result.returncode == 0, result.stderr
    main = markdown_tables(out.read_text(encoding="utf-8"))[0]
    assert main[0][-4:] == ["Median", "Mean", "n", "Max"]
    # Published figures only: the median 10 and the mean 10 print as whole numbers.
    assert main[3][-4:] == ["10", "10", "2", "22.5"]
    assert main[1][-4:] == ["12.5", "12.5", "2", "19.5"]
    assert "Median and mean: evaluations up to 2008 that have the figure (n)." in out.read_text()


def test_ranks_share_places_and_skip() -> None:
    assert ranks([Decimal(n) if n is not None else None for n in (5, None, 7, 5, 1)]) == [
        2,
        None,
        1,
        2,
        4,
    ]


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ('total = 9\nareas = { "A" = 10, "B" = 2 }', "9 is not the sum of the area totals (12)"),
        ('areas = { "A" = 10 }\ntotal = 14', "14 cannot be the total of these areas"),
        ('areas = { "A" = 10 }\ntotal = 8', "8 cannot be the total of these areas"),
        ("total = 23", "above the instrument's maximum 22.5"),
        ("", "has neither a total nor areas"),
        ("areas = {}", "areas: is empty"),
        ('edition = "2016"\nareas = { "A" = 1 }', "edition '2016' has other areas than 'mini'"),
    ],
)
def test_impossible_records_are_refused(
    tmp_path: Path, criteria: Path, record: str, message: str
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        f'benchmark = 1\n[[records]]\nmunicipality = "X"\nyear = 2001\ninstrument = "mini"\n'
        f"{record}\n",
        encoding="utf-8",
    )
    with pytest.raises(LoadError) as failure:
        load_benchmarks(path, Catalog.default([criteria]))
    assert f"{path}: records[0]" in str(failure.value)
    assert message in str(failure.value)


def test_compare_as_csv_one_row_per_evaluation(files: list[Path], criteria: Path) -> None:
    """`-o NAME.csv` writes the comparison as data: the same evaluations, order, ranks and
    changes as the Markdown tables above, unknown left empty, points exact."""
    out = files[0].with_name("compared.csv")
    result = kompass("compare", *files, "--criteria-dir", criteria, "-o", out, "--lang", "sv")
    assert result.returncode == 0, result.stderr
    assert f"skrev {out}: 5 utvärderingar, mini" in result.stdout
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert [row["evaluation"] for row in rows] == [
        "Lund 2005",
        "Umeå 2007",
        "Borås 2008",
        "Lund 2009",
        "Lund 2012",
    ]
    table = {
        row["evaluation"]: (
            row["total"],
            row["max"],
            row["percent"],
            row["rank"],
            row["ranked"],
            row["change"],
            row["change_percent"],
            row["area_A"],
            row["area_B"],
            row["area_B_percent"],
        )
        for row in rows
    }
    assert table == {
        "Lund 2005": ("9", "22.5", "40.00", "4", "4", "", "", "", "", ""),
        "Umeå 2007": ("11", "22.5", "48.89", "3", "4", "", "", "10", "2", "66.67"),
        "Borås 2008": ("", "", "", "", "", "", "", "15", "", ""),
        "Lund 2009": ("12.5", "22.5", "55.56", "2", "4", "3.5", "15.56", "", "", ""),
        "Lund 2012": ("14.5", "22.5", "64.44", "1", "4", "2.0", "8.89", "12.5", "2.0", "66.67"),
    }
    lund = rows[3]
    assert (lund["published"], lund["record"], lund["source"]) == (
        "yes",
        "records[0]",
        "Pressmeddelande 2009",
    )
    assert (rows[4]["published"], rows[4]["record"], rows[4]["complete"]) == ("no", "", "yes")
    # Without -o the same CSV goes to stdout, and nothing else does.
    printed = kompass("compare", *files, "--criteria-dir", criteria, "--format", "csv")
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.replace("\r\n", "\n") == raw.decode("utf-8").replace("\r\n", "\n")
