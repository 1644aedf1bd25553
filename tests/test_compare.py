"""`kompass compare`: exact medians and means, change over time, and the refusals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from rich.console import Console

from kompass_tui.core.compare.benchmark import BenchmarkRecord, save_benchmarks
from kompass_tui.core.compare.comparison import (
    ComparisonError,
    build_comparison,
    load_evaluations,
    mean,
    median,
)
from kompass_tui.core.compare.markdown import comparison_markdown
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.session.toml_io import load_session, save_session
from kompass_tui.views.compare_view import comparison_renderable
from tests.helpers import DEMO, kompass, write_session

D = Decimal


def test_median_and_mean_are_exact() -> None:
    assert median([D(4), D(1), D(2)]) == D(2)
    assert median([D("1.5"), D(4), D(1), D(2)]) == D("1.75")  # mean of the middle two
    assert median([D("0.01"), D("0.02")]) == D("0.015")
    assert mean([D(1), D(2), D(4)]) == D(7) / D(3)
    assert mean([D("0.1"), D("0.2")]) == D("0.15")  # no binary float anywhere
    with pytest.raises(ValueError):
        median([])


def test_sessions_and_records_side_by_side(tmp_path: Path, criteria: Path, mini: Instrument):
    a = write_session(tmp_path, "a", mini, {"A1": "1", "B1": "3"}, "Lund")
    b = write_session(tmp_path, "b", mini, {"A1": "2", "A2": "0.5", "B1": "1"}, "Växjö")
    c = write_session(tmp_path, "c", mini, {"A1": "4"}, "Borås", 2008)
    bench = tmp_path / "bench.toml"
    record = BenchmarkRecord("Umeå", 2007, "mini", {"A": D("10.25"), "B": D(2)}, "press")
    save_benchmarks([record], bench)

    catalog = Catalog.default([criteria])
    three = build_comparison(load_evaluations([a, b, c], catalog).evaluations, mini)
    assert [e.label for e in three.evaluations] == ["Borås 2008", "Lund 2009", "Växjö 2009"]
    area_a, area_b, total = three.rows
    assert area_a.values == (D(4), D(1), D("2.5"))
    assert (area_a.median, area_a.mean) == (D("2.5"), D("7.5") / 3)
    assert (area_b.median, area_b.mean) == (D(1), D(4) / 3)
    assert total.values == (D(4), D(4), D("3.5")) and total.median == D(4)
    assert total.max == mini.max
    assert total.ranks == (1, 1, 3) and total.ranked == 3  # equal totals share a rank

    four = build_comparison(load_evaluations([a, b, c, bench], catalog).evaluations, mini)
    assert four.rows[0].median == (D("2.5") + D(4)) / 2
    assert four.rows[0].mean == D("17.75") / 4
    assert [e.label for e in four.evaluations] == [  # by year, then municipality
        "Umeå 2007",
        "Borås 2008",
        "Lund 2009",
        "Växjö 2009",
    ]
    assert not four.changes  # four different municipalities

    markdown = comparison_markdown(four, "sv", median=True, mean=True)
    # The record's 10,25 as published; sessions' figures by the points rule; the median
    # 3,25 exact, the mean 4,4375 to two decimals; n = 4.
    assert "| A Första | 10,25 | 4,0 | 1,0 | 2,5 | 3,25 | 4,44 | 4 | 19,5 |" in markdown
    assert "- press (Umeå 2007)" in markdown
    assert "* Utvärderingen är inte klar" in markdown
    # Unscored is not 0: Borås's 4 is of the 7,5 its one scored question can give (53 %),
    # Lund's 4 of 10,5 (38 %); the record's 12,25 and Växjö's 3,5 of all 22,5.
    assert "| % av max | 54 % | 53 % | 38 % | 16 % |" in markdown
    english = comparison_markdown(four, "en", median=True)
    assert "| A First | 10.25 | 4.0 | 1.0 | 2.5 | 3.25 | 4 | 19.5 |" in english


def test_change_over_time_per_area_and_question(tmp_path: Path, mini: Instrument) -> None:
    earlier = write_session(
        tmp_path, "lund-2005", mini, {"A1": "7.5", "A2": "2", "B1": "1"}, year=2005
    )
    later = write_session(
        tmp_path, "lund-2009", mini, {"A1": "5", "A2": "4.25"}, not_applicable=("B1",)
    )
    other = write_session(tmp_path, "umea", mini, {"A1": "1"}, "Umeå")
    catalog = Catalog.default([tmp_path / "criteria"])
    loaded = load_evaluations([later, other, earlier], catalog)  # order does not matter
    comparison = build_comparison(loaded.evaluations, mini)
    (change,) = comparison.changes
    assert (change.earlier.label, change.later.label) == ("Lund 2005", "Lund 2009")
    assert [(c.before, c.after, c.by_percent) for c in change.areas] == [
        (D("9.5"), D("9.25"), False),
        (D(1), None, False),  # B's only question does not apply later: B is unknown
        (D("10.5"), D("9.25"), True),  # maxima 22,5 and 19,5: compared in percent
    ]
    area_a, area_b, total = change.areas
    assert area_a.change == D("-0.25") and area_b.change is None
    # In percentage points between the shown shares: 47 % (10,5 of 22,5) and 47 % (9,25 of
    # 19,5), not the -1,25 points that the question left out would make.
    assert (total.before_percent, total.after_percent) == (
        D("10.5") * 100 / D("22.5"),
        D("9.25") * 100 / D("19.5"),
    )
    assert total.change == 0
    assert [(q.question.id, q.change) for q in change.questions] == [
        ("A1", D("-2.5")),
        ("A2", D("2.25")),
        ("B1", None),  # not applicable later
    ]
    markdown = comparison_markdown(comparison, "sv")
    assert "## Förändring: Lund 2005 → Lund 2009" in markdown
    assert "| A Första | 9,5 | 9,25 | −0,25 |" in markdown  # two decimals as entered
    assert "| B Andra | 1,0 | – | – |" in markdown
    # 47 % of 19,5 against 47 % of 22,5: not the -1,25 points the question left out.
    assert "| **Totalt** | **10,5** | **9,25** | **±0 %-enh.** |" in markdown
    assert "| B1 | 1,0 | – | – | 3 |" in markdown
    # The main table: Lund 2005, Lund 2009 (B1 not applicable), Umeå 2009 (A1 1, else unscored).
    # Area B does not apply in 2009: `–`, not 0; its maximum is that of the others.
    assert "| B Andra | 1,0 | – | 0,0 | 3 |" in markdown
    # The total's maxima differ (22,5 and 19,5): the range, marked, ranked on percentages.
    assert "| **Totalt ‡** | **10,5** | **9,25** | **1,0** | **19,5–22,5** |" in markdown
    assert comparison.total_row.ranks == (2, 1, 3)  # 46,7 %, 47,4 %, 4,4 %
    assert "‡ Maxima skiljer sig" in markdown


def test_benchmark_records_show_area_change_only(tmp_path: Path, mini: Instrument) -> None:
    session = write_session(tmp_path, "now", mini, {"A1": "3", "B1": "2"}, year=2012)
    bench = tmp_path / "bench.toml"
    save_benchmarks([BenchmarkRecord("lund", 2008, "mini", {"A": D(1), "B": D(3)})], bench)
    comparison = build_comparison(
        load_evaluations([session, bench], Catalog.default([tmp_path / "criteria"])).evaluations,
        mini,
    )
    (change,) = comparison.changes  # same municipality, spelled in another case
    assert change.earlier.label == "lund 2008" and change.areas[-1].change == D(1)
    assert change.questions == ()


def test_many_evaluations_turn_the_table(tmp_path: Path, mini: Instrument) -> None:
    paths = [
        write_session(tmp_path, f"s{i}", mini, {"A1": str(i % 7)}, f"Kommun {i % 10}", 2000 + i)
        for i in range(20)
    ]
    catalog = Catalog.default([tmp_path / "criteria"])
    comparison = build_comparison(load_evaluations(paths, catalog).evaluations, mini)
    assert len(comparison.changes) == 10
    markdown = comparison_markdown(comparison, "en", median=True)
    assert "| Evaluation | A | B | Total | % of max | Rank | Change |" in markdown
    assert "| Kommun 0 2000 → 2010 | +3.0 | ±0.0 | +3.0 |" in markdown
    console = Console(width=80, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(comparison_renderable(comparison, "en", median=True))
    assert "Kommun 0 2000 → 2010" in console.export_text()


def test_terminal_table_escapes_nothing_and_fits(tmp_path: Path, mini: Instrument) -> None:
    a = write_session(tmp_path, "a", mini, {"A1": "1"}, "[bold]Lund[/bold]")
    b = write_session(tmp_path, "b", mini, {"A1": "2"}, "Växjö | *x*")
    comparison = build_comparison(
        load_evaluations([a, b], Catalog.default([tmp_path / "criteria"])).evaluations, mini
    )
    console = Console(width=60, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(comparison_renderable(comparison, "sv", median=True))
    text = console.export_text()
    assert "[bold]" in text  # shown as typed, not taken as markup
    markdown = comparison_markdown(comparison, "sv")
    assert "Växjö \\| \\*x\\* 2009" in markdown and "\\[bold\\]Lund" in markdown


def test_different_instruments_are_refused(tmp_path: Path, criteria: Path, mini: Instrument):
    small = write_session(tmp_path, "small", mini, {"A1": "1"})
    out = tmp_path / "out.md"
    result = kompass("compare", DEMO, small, "--criteria-dir", criteria, "-o", out)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "different instruments" in result.stderr
    assert f"kommunkompassen-2010: {DEMO}" in result.stderr
    assert f"mini: {small}" in result.stderr
    assert not out.exists()
    with pytest.raises(ComparisonError):
        catalog = Catalog.default([criteria])
        build_comparison(load_evaluations([DEMO, small], catalog).evaluations, mini)


def test_refusals_exit_1_without_writing(tmp_path: Path, criteria: Path, mini: Instrument):
    good = write_session(tmp_path, "good", mini, {"A1": "1"})
    broken = tmp_path / "broken.toml"
    broken.write_text(
        'schema = 1\nmunicipality = "X"\n[instrument]\nid = "mini"\n[scores]\nA1 = 99\n'
    )
    out = tmp_path / "out.md"
    cases = [
        ((good,), "nothing to compare: 1 evaluation given"),
        ((good, broken), f"{broken}: scores.A1: above the maximum"),
        ((good, tmp_path / "missing.toml"), "missing.toml: no such file"),
        ((good, good), "given twice"),
    ]
    for files, message in cases:
        result = kompass("compare", *files, "--criteria-dir", criteria, "-o", out)
        assert result.returncode == 1, (files, result.stderr)
        assert message in result.stderr and "Traceback" not in result.stderr
        assert not out.exists()
    result = kompass("compare", good, DEMO, "-o", good)
    assert result.returncode == 1 and "would overwrite" in result.stderr


def test_kompass_compare_prints_a_rich_table(tmp_path: Path) -> None:
    catalog = Catalog.default()
    loaded = load_session(DEMO, catalog)
    loaded.session.dates = [date(2006, 2, 1)]
    loaded.session.scores["1.1"] = D(3)
    earlier = tmp_path / "norrkoping-2006.toml"
    save_session(loaded.session, loaded.instrument, earlier)
    result = kompass("compare", earlier, DEMO, "--median", "--lang", "sv")
    assert result.returncode == 0, result.stderr
    assert "Norrköping" in result.stdout and "Totalt" in result.stdout
    assert "Förändring: Norrköping 2006 → Norrköping 2010" in result.stdout
    assert "+4,5" in result.stdout  # question 1.1: 3 -> 7,5
    twice = kompass("compare", DEMO, DEMO.parent / ".." / "sessions" / "norrkoping-2010.toml")
    assert twice.returncode == 1 and "given twice" in twice.stderr
