"""The picker's rows and comparisons: read from the parts of each file they show."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kompass_tui.core.compare.session_index import (
    _listed_table,
    listed_part,
    parse_listed,
    session_data,
    summarize,
)
from kompass_tui.core.files.toml_reading import parse_toml_bytes
from kompass_tui.core.files.toml_skim import skim
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import LoadError
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


def test_the_listed_part_is_read_from_the_bytes_as_from_the_text() -> None:
    """The skim reads the bytes one a character: it keeps what it keeps of the decoded
    text, byte for byte (Swedish letters in the texts and the kept part alike)."""
    raw = DEMO.read_bytes()
    keep = _listed_table
    from_text = skim(raw.decode("utf-8"), keep)
    assert from_text is not None and "Norrköping" in from_text
    assert listed_part(raw) == from_text.encode("utf-8")
    assert listed_part("\ufeff".encode() + raw) == listed_part(raw)


def test_a_listed_part_that_is_not_utf8_is_named(catalog: Catalog, demo_copy: Path) -> None:
    raw = demo_copy.read_bytes()
    demo_copy.write_bytes(raw.replace("Norrköping".encode(), b"Norrk\xf6ping", 1))
    row = summarize(demo_copy, catalog)
    assert row.problems and str(demo_copy) in row.problems[0]
    assert "UTF-8" in row.problems[0]


def test_the_listed_part_parses_as_the_parser_parses_it() -> None:
    head = listed_part(DEMO.read_bytes())
    assert head is not None
    assert parse_listed(head, "demo") == parse_toml_bytes(head, "demo")
    # Scores defined twice: the parser's error, naming the file.
    twice = head + b'[scores."1.1"]\nx = 1\n'
    with pytest.raises(LoadError) as failure:
        parse_listed(twice, "twice.toml")
    assert "twice.toml" in str(failure.value.problems[0])
    # A comment among the scores: read by the parser alike.
    commented = head.replace(b'"1.2" = ', b'# a comment\n"1.2" = ', 1)
    assert parse_listed(commented, "c") == parse_toml_bytes(commented, "c")


def test_the_older_scale_totals_are_read_as_the_parser_reads_them() -> None:
    """Tables of plain numbers besides the scores (an area's older-scale total) are read
    without the parser, and as it reads them, also where the file defines them twice or
    otherwise."""
    head = listed_part(DEMO.read_bytes())
    assert head is not None and b"[areas.8]\nolder_scale_total = 80.0\n" in head
    assert parse_listed(head, "demo")["areas"]["8"] == {"older_scale_total": Decimal("80.0")}
    for other in (
        b"[areas]\nx = 1\n",  # the areas' table also written as a table
        b'[areas."9"]\nolder_scale_total = 1\n',
        b"[areas.8.x]\ny = 2\n",
        b"[areas.9]\nolder_scale_total = 1 # a comment\n",
        b"[[areas.9]]\nolder_scale_total = 1\n",
        b"[areas.9]\r\nolder_scale_total = 1\r\n",
    ):
        changed = head + other
        assert parse_listed(changed, "c") == parse_toml_bytes(changed, "c")
    for twice in (head + b"[areas.1]\nolder_scale_total = 2.0\n", b"areas = 1\n" + head):
        with pytest.raises(LoadError) as failure:
            parse_listed(twice, "twice.toml")
        with pytest.raises(LoadError) as parsed:
            parse_toml_bytes(twice, "twice.toml")
        assert failure.value.problems == parsed.value.problems


def test_a_whole_session_file_reads_as_the_parser_reads_it(demo_copy: Path) -> None:
    """`session_data` (what consensus reads) gives what the parser gives, and a file that
    does not parse gets the parser's message about the whole file (its line numbers)."""
    raw = DEMO.read_bytes()
    assert session_data(raw, "demo") == parse_toml_bytes(raw, "demo")
    broken = raw.replace(b"[findings]\n", b"[findings]\nbad =\n", 1)  # after the scores
    with pytest.raises(LoadError) as rest:
        parse_listed(broken, "broken.toml")  # the parser's message about the rest alone
    with pytest.raises(LoadError) as failure:
        session_data(broken, "broken.toml")
    with pytest.raises(LoadError) as whole:
        parse_toml_bytes(broken, "broken.toml")
    assert failure.value.problems == whole.value.problems != rest.value.problems
    assert "line" in str(whole.value.problems[0])
