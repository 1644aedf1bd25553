"""The folder scan behind the workbench's "compare with others": progress, cancel, median."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from kompass_tui.core.compare.evaluation import evaluation_from_session
from kompass_tui.core.compare.folder import median_profile_lines, other_evaluations
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.session.toml_io import load_session, save_session
from tests.helpers import DEMO, REPO, write_session

D = Decimal


def test_scan_reports_progress_and_skips_what_does_not_fit(tmp_path: Path) -> None:
    current = tmp_path / "norrkoping-2010.toml"
    shutil.copy(DEMO, current)
    shutil.copy(REPO / "benchmarks" / "tabell-2-norrkoping-2010.toml", tmp_path / "t2.toml")
    (tmp_path / "broken.toml").write_text("schema = 1\n", encoding="utf-8")
    catalog = Catalog.default()
    lund = load_session(DEMO, catalog)
    lund.session.municipality = "Lund"
    save_session(lund.session, lund.instrument, tmp_path / "lund.toml")
    calls: list[tuple[int, int]] = []
    found = other_evaluations(
        tmp_path, current, "kommunkompassen-2010", catalog, lambda d, n: calls.append((d, n))
    )
    assert calls == [(1, 3), (2, 3), (3, 3)]  # every file but the open one
    assert [e.label for e in found.evaluations] == ["Lund 2010"]  # t2.toml: the older scale
    assert found.unreadable == [tmp_path / "broken.toml"] and found.complete

    stopped = other_evaluations(
        tmp_path, current, "kommunkompassen-2010", catalog, cancelled=lambda: True
    )
    assert not stopped.complete and stopped.evaluations == []


def test_median_profile_uses_percentages_where_maxima_differ(
    tmp_path: Path, mini: Instrument
) -> None:
    catalog = Catalog.default([tmp_path / "criteria"])
    paths = [
        write_session(tmp_path, "a", mini, {"A1": "7.5", "A2": "12", "B1": "3"}),
        write_session(tmp_path, "b", mini, {"A1": "0", "A2": "6", "B1": "0"}, "Umeå"),
        write_session(tmp_path, "c", mini, {"A2": "12"}, "Växjö", not_applicable=("A1", "B1")),
    ]
    loaded = [load_session(p, catalog) for p in paths]
    current, *others = [evaluation_from_session(x.session, x.instrument, x.path) for x in loaded]
    area_a, area_b, total = median_profile_lines(current, others, mini)
    # A: 6 of 19,5 (31 %) and 12 of 12 (100 %): the maxima differ, so a median of shares.
    assert area_a.median is None and area_a.n == 2
    assert area_a.median_percent == (D(6) * 100 / D("19.5") + 100) / 2
    # B: not applicable for Växjö, so only Umeå's 0 of 3 counts.
    assert (area_b.median, area_b.median_percent, area_b.n) == (0, 0, 1)
    assert area_b.percent == 100 and total.value == D("22.5")
