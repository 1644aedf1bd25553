"""The report of a later evaluation with an earlier one's totals beside its own (#5)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rich.console import Console

from kompass_tui.core.compare.benchmark import BenchmarkRecord, save_benchmarks
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.report.earlier import load_earlier
from kompass_tui.core.report.markdown import build_markdown
from kompass_tui.core.report.model import build_report
from kompass_tui.core.scoring.numbers import signed_points
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.views.report_view import report_renderable
from tests.helpers import KK2010, kompass, write_session
from tests.test_report_support import area_tables, results_table

D = Decimal
# Later (2009): A = 7.5 + 9 = 16.5 of 19.5, B = 2.2 of 3, total 18.7 of 22.5.
LATER = {"A1": "7.5", "A2": "9", "B1": "2.2"}
# Earlier (2005): A = 5 + 4 = 9, B = 2.5, total 11.5.
EARLIER = {"A1": "5", "A2": "4", "B1": "2.5"}


def record(year: int, a: str, b: str, municipality: str = "Lund") -> BenchmarkRecord:
    return BenchmarkRecord(municipality, year, "mini", {"A": D(a), "B": D(b)}, "press")


def summary(markdown: str) -> list[list[str]]:
    return results_table(markdown)


def test_signed_points_in_both_languages() -> None:
    assert signed_points(D("7.5"), "sv") == "+7,5"
    assert signed_points(D("-0.3"), "sv") == "−0,3"
    assert signed_points(D("0.04"), "sv") == "+0,04"  # two decimals are shown as they are
    assert signed_points(D("-0.25"), "en") == "−0.25"
    assert signed_points(D("-0.125"), "en") == "−0.13"  # half-up on the magnitude
    assert signed_points(D("0.001"), "en") == "±0.0"
    assert signed_points(None, "en") == "–"


def test_summary_shows_earlier_session_totals_and_change(tmp_path: Path, criteria: Path):
    catalog = Catalog.default([criteria])
    mini = catalog.get("mini")
    later_path = write_session(tmp_path, "lund-2009", mini, LATER)
    earlier_path = write_session(tmp_path, "lund-2005", mini, EARLIER, year=2005)
    later = load_session(later_path, catalog).session
    earlier = load_earlier(earlier_path, later, mini, later_path, catalog)
    assert earlier.totals.label == "2005"
    assert earlier.totals.total == D("11.5")

    report = build_report(later, mini, "sv", earlier.totals)
    assert [a.change for a in report.areas] == [D("7.5"), D("-0.3")]
    assert report.change == D("7.2")

    markdown = build_markdown(later, mini, "sv", earlier=earlier.totals)
    header, area_a, area_b, total = summary(markdown)
    assert header == ["Område", "Uppnådd nivå", "Max", "%", "Tidigare (2005)", "Förändring"]
    # With an earlier evaluation the points keep their decimals: the change needs them.
    assert area_a == ["A. Första", "16,5", "19,5", "85 %", "9,0", "+7,5"]
    assert area_b == ["B. Andra", "2,2", "3", "73 %", "2,5", "−0,3"]
    assert total == ["Totalt", "18,7", "22,5", "83 %", "11,5", "+7,2"]
    # A full earlier session also gives each question's earlier score.
    area_table = area_tables(markdown)["A"]
    assert area_table[0][-1] == "Tidigare (2005)"
    assert [row[-1] for row in area_table[1:]] == ["5,0", "4,0", "9,0"]


def test_without_earlier_the_tables_are_unchanged(tmp_path: Path, criteria: Path):
    mini = Catalog.default([criteria]).get("mini")
    later = load_session(write_session(tmp_path, "l", mini, LATER), Catalog.default([criteria]))
    markdown = build_markdown(later.session, mini, "en")
    assert summary(markdown)[0] == ["Area", "Achieved", "Max", "%"]
    assert len(area_tables(markdown)["A"][0]) == 5


def test_benchmark_record_as_earlier_in_english(tmp_path: Path, criteria: Path):
    later = write_session(tmp_path, "lund-2009", get_mini(criteria), LATER)
    bench = tmp_path / "bench.toml"
    save_benchmarks([record(2007, "16.5", "2.5")], bench)
    out = tmp_path / "r.md"
    result = kompass(
        "export", later, "--earlier", bench, "-o", out, "--lang", "en", "--criteria-dir", criteria
    )
    assert result.returncode == 0, result.stderr
    markdown = out.read_text(encoding="utf-8")
    header, area_a, area_b, total = summary(markdown)
    assert header[4:6] == ["Earlier (2007)", "Change"]
    assert area_a[4:6] == ["16.5", "±0.0"]
    assert area_b[4:6] == ["2.5", "−0.3"]
    assert total[4:6] == ["19.0", "−0.3"]
    assert len(area_tables(markdown)["A"][0]) == 5  # a record has no question scores


def test_a_record_with_only_a_total_gives_the_total_a_change(tmp_path: Path, criteria: Path):
    later = write_session(tmp_path, "lund-2009", get_mini(criteria), LATER)
    bench = tmp_path / "press.toml"
    bench.write_text(
        'benchmark = 1\n[[records]]\nmunicipality = "Lund"\nyear = 2006\ninstrument = "mini"\n'
        "total = 15\n",
        encoding="utf-8",
    )
    result = kompass(
        "export", later, "--earlier", bench, "--lang", "sv", "--criteria-dir", criteria
    )
    assert result.returncode == 0, result.stderr
    header, area_a, area_b, total = summary(result.stdout)
    assert header[4:6] == ["Tidigare (2006)", "Förändring"]
    assert area_a[4:6] == ["–", "–"] and area_b[4:6] == ["–", "–"]  # no areas printed
    assert total[4:6] == ["15,0", "+3,7"]  # 18,7 - 15


def test_benchmark_file_picks_latest_record_before_the_session(tmp_path: Path, criteria: Path):
    later = write_session(tmp_path, "lund-2009", get_mini(criteria), LATER)
    bench = tmp_path / "bench.toml"
    records = [
        record(2005, "1", "1"),
        record(2007, "10", "2"),
        record(2009, "19", "3"),  # the session's own year: not earlier
        record(2008, "5", "1", "Växjö"),
    ]
    save_benchmarks(records, bench)
    result = kompass(
        "export", later, "--earlier", bench, "--lang", "sv", "--criteria-dir", criteria
    )
    assert result.returncode == 0, result.stderr
    header, area_a, _, total = summary(result.stdout)
    assert header[4] == "Tidigare (2007)"
    assert (area_a[4], area_a[5], total[4], total[5]) == ("10,0", "+6,5", "12,0", "+6,7")


def test_show_prints_earlier_totals_and_change(tmp_path: Path, criteria: Path):
    mini = get_mini(criteria)
    later = write_session(tmp_path, "lund-2009", mini, LATER)
    earlier = write_session(tmp_path, "lund-2005", mini, EARLIER, year=2005)
    result = kompass(
        "show",
        later,
        "--earlier",
        earlier,
        "--lang",
        "sv",
        "--criteria-dir",
        criteria,
        env={"COLUMNS": "100"},
    )
    assert result.returncode == 0, result.stderr
    assert "Tidigare" in result.stdout and "(2005)" in result.stdout
    assert "Förändring" in result.stdout
    for cell in ("+7,5", "−0,3", "+7,2", "11,5"):
        assert cell in result.stdout


@pytest.mark.parametrize("width", [80, 120])
def test_rich_summary_keeps_area_names_readable(tmp_path: Path, criteria: Path, width: int):
    catalog = Catalog.default([criteria])
    mini = catalog.get("mini")
    later_path = write_session(tmp_path, "lund-2009", mini, LATER)
    earlier_path = write_session(tmp_path, "lund-2005", mini, EARLIER, year=2005)
    later = load_session(later_path, catalog).session
    earlier = load_earlier(earlier_path, later, mini, later_path, catalog).totals
    console = Console(record=True, width=width, color_system=None)
    console.print(report_renderable(build_report(later, mini, "en", earlier)))
    text = console.export_text()
    assert "Earlier" in text and "Change" in text
    assert "A. First" in text and "+7.5" in text and "−0.3" in text


def get_mini(criteria: Path) -> Instrument:
    return Catalog.default([criteria]).get("mini")


def _refusal_files(tmp_path: Path, criteria: Path) -> dict[str, Path]:
    catalog = Catalog.default([criteria])
    mini = catalog.get("mini")
    files = {
        "later": write_session(tmp_path, "lund-2009", mini, LATER),
        "other_municipality": write_session(tmp_path, "vaxjo", mini, EARLIER, "Växjö", 2005),
        "other_instrument": write_session(tmp_path, "kk", catalog.get(KK2010), {}, "Lund", 2005),
        "later_year": write_session(tmp_path, "lund-2012", mini, EARLIER, year=2012),
        "broken": tmp_path / "broken.toml",
        "no_match": tmp_path / "bench.toml",
    }
    files["broken"].write_text('schema = 1\ninstrument = "mini"\n', encoding="utf-8")
    save_benchmarks([record(2009, "1", "1"), record(2005, "1", "1", "Växjö")], files["no_match"])
    return files


REFUSALS = [
    ("other_municipality", "is an evaluation of Växjö, not of Lund"),
    ("other_instrument", f"uses the instrument {KK2010}, the session mini"),
    ("later_year", "is later than the session (2009-03-01), not earlier"),
    ("broken", "does not load"),
    ("missing", "does not load"),
    ("no_match", "no record of Lund with mini from a year before 2009"),
    ("later", "is the session itself"),
]


@pytest.mark.parametrize("command", ["export", "show"])
@pytest.mark.parametrize(("which", "message"), REFUSALS)
def test_refusals_write_nothing(
    tmp_path: Path, criteria: Path, command: str, which: str, message: str
) -> None:
    files = _refusal_files(tmp_path, criteria)
    earlier = files.get(which, tmp_path / "missing.toml")
    out = tmp_path / "r.md"
    extra = ["-o", out, "--svg", tmp_path / "c.svg"] if command == "export" else ["--no-pager"]
    result = kompass(
        command, files["later"], "--earlier", earlier, *extra, "--criteria-dir", criteria
    )
    assert result.returncode == 1
    assert message in result.stderr
    assert f"kompass {command}: --earlier" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert not out.exists() and not (tmp_path / "c.svg").exists()


def test_broken_earlier_file_lists_its_problems(tmp_path: Path, criteria: Path) -> None:
    files = _refusal_files(tmp_path, criteria)
    result = kompass(
        "export", files["later"], "--earlier", files["broken"], "--criteria-dir", criteria
    )
    assert result.returncode == 1
    assert f"{files['broken']}: municipality" in result.stderr


def test_output_may_not_overwrite_the_earlier_file(tmp_path: Path, criteria: Path) -> None:
    mini = get_mini(criteria)
    later = write_session(tmp_path, "lund-2009", mini, LATER)
    earlier = write_session(tmp_path, "lund-2005", mini, EARLIER, year=2005)
    before = earlier.read_bytes()
    result = kompass(
        "export", later, "--earlier", earlier, "-o", earlier, "--criteria-dir", criteria
    )
    assert result.returncode == 1
    assert "-o would overwrite the earlier evaluation's file" in result.stderr
    assert earlier.read_bytes() == before
