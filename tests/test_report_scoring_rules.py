"""The scoring rules as the report shows them (#14): no partial older-scale total, changes
of shown figures, an incomplete evaluation's change marked."""

from __future__ import annotations

import copy
import io
from decimal import Decimal
from pathlib import Path

from rich.console import Console

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.report.earlier import EarlierTotals
from kompass_tui.core.report.markdown import build_markdown
from kompass_tui.core.report.model import build_report
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.views.report_view import render_report
from tests.helpers import kompass, write_session
from tests.test_report_support import load_demo, markdown_parser, results_table

D = Decimal


def test_a_partial_set_of_older_scale_totals_is_not_summed() -> None:
    loaded = load_demo()
    assert build_report(loaded.session, loaded.instrument, "sv").older_scale_total == D("527.5")
    session = copy.deepcopy(loaded.session)
    session.areas["3"].older_scale_total = None
    report = build_report(session, loaded.instrument, "sv")
    assert report.has_older_scale and report.older_scale_total is None
    summary = results_table(build_markdown(session, loaded.instrument, "sv"))
    assert summary[0][4] == "Äldre poängskala"
    assert summary[3][4] == "–"  # area 3 has none
    assert summary[-1][0] == "Totalt" and summary[-1][4] == "–"  # no "Totalt" of 7 areas


def test_an_incomplete_evaluations_change_is_marked(tmp_path: Path, criteria: Path) -> None:
    catalog = Catalog.default([criteria])
    mini = catalog.get("mini")
    later = write_session(tmp_path, "l", mini, {"A1": "7.5", "B1": "2.25"})  # A2 unscored
    session = load_session(later, catalog).session
    earlier = EarlierTotals("2005", {"A": D(9), "B": D("2.5")})
    markdown = build_markdown(session, mini, "sv", earlier=earlier)
    _, area_a, area_b, total = results_table(markdown)
    assert area_a[4:6] == ["9,0", "−1,5 *"]  # A is not completely scored
    assert area_b[4:6] == ["2,5", "−0,25"]  # B is: two decimals shown as they are
    assert total[4:6] == ["11,5", "−1,75 *"]
    assert "* Inte färdigbedömt: förändringen saknar de ej bedömda frågornas poäng." in (
        markdown_parser().render(markdown)
    )
    console = Console(record=True, width=120, file=io.StringIO())
    console.print(render_report(build_report(session, mini, "sv", earlier)))
    shown = console.export_text()
    assert "−1,5 *" in shown and "−1,75 *" in shown and "* Inte färdigbedömt" in shown


def test_an_incomplete_earlier_evaluation_marks_the_change(tmp_path: Path, criteria: Path):
    mini = Catalog.default([criteria]).get("mini")
    later = write_session(tmp_path, "lund-2009", mini, {"A1": "7.5", "A2": "3", "B1": "2.25"})
    earlier = write_session(tmp_path, "lund-2005", mini, {"A1": "5"}, year=2005)
    result = kompass("export", later, "--earlier", earlier, "--criteria-dir", criteria)
    assert result.returncode == 0, result.stderr
    assert (
        f"{earlier}: warning: the earlier evaluation is not complete; "
        "the change lacks its unscored questions' points"
    ) in result.stderr
    _, area_a, area_b, total = results_table(result.stdout)
    assert (area_a[5], area_b[5], total[5]) == ("+5.5 *", "+2.25 *", "+7.75 *")
    assert "Not completely scored: the change lacks the unscored questions' points." in (
        result.stdout
    )


def test_a_complete_evaluation_has_no_mark(tmp_path: Path, criteria: Path) -> None:
    catalog = Catalog.default([criteria])
    mini = catalog.get("mini")
    later = write_session(tmp_path, "l", mini, {"A1": "7.5", "A2": "3", "B1": "2.25"})
    session = load_session(later, catalog).session
    earlier = EarlierTotals("", {"A": D(9), "B": D("2.5")})
    markdown = build_markdown(session, mini, "en", earlier=earlier)
    _, area_a, area_b, total = results_table(markdown)
    assert (area_a[5], area_b[5], total[5]) == ("+1.5", "−0.25", "+1.25")
    assert "Not completely scored" not in markdown
