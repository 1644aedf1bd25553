"""The picker's rows and comparisons: read from the parts of each file they show."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kompass_tui.core.compare.session_index import listed_part, summarize
from kompass_tui.core.instrument.catalog import Catalog
from tests.helpers import DEMO


def test_the_list_reads_no_texts_and_shows_the_totals(catalog: Catalog) -> None:
    raw = DEMO.read_bytes()
    head = listed_part(raw)
    assert head is not None and b'"8.6" = 19.6' in head and b"Styrkor" not in head
    assert b"older_scale_total = 64.0" in head  # area 1's total on the older scale
    assert len(head) < len(raw) // 10
    row = summarize(DEMO, catalog)
    assert (row.municipality, row.total, row.max, row.scored, row.scorable) == (
        "Norrköping",
        Decimal("491.2"),
        Decimal(800),
        45,
        45,
    )


def test_a_file_arranged_by_hand_is_read_without_its_texts(
    catalog: Catalog, demo_copy: Path
) -> None:
    text = demo_copy.read_text(encoding="utf-8")
    scores_start = text.index("[scores]")
    scores_end = text.index("[comments]") if "[comments]" in text else text.index("[areas.")
    moved = text[:scores_start] + text[scores_end:] + "\n" + text[scores_start:scores_end]
    demo_copy.write_text(moved, encoding="utf-8")
    head = listed_part(demo_copy.read_bytes())
    assert head is not None and b"Styrkor" not in head and b'"8.6" = 19.6' in head
    assert summarize(demo_copy, catalog).total == Decimal("491.2")


def test_a_broken_score_shows_as_a_problem_row(catalog: Catalog, demo_copy: Path) -> None:
    text = demo_copy.read_text(encoding="utf-8").replace('"1.1" = 7.5', '"1.1" = 75')
    demo_copy.write_text(text, encoding="utf-8")
    row = summarize(demo_copy, catalog)
    assert not row.ok
    assert any('scores."1.1": above the maximum 15' in p for p in row.problems)
