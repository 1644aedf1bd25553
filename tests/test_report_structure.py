"""The report's structure: the seed's order in both languages, no empty headings, the
comparison from files, and the same sections in the terminal."""

from __future__ import annotations

import copy
import io
import re
from decimal import Decimal
from pathlib import Path

from rich.console import Console

from kompass_tui.core.compare.benchmark import BenchmarkRecord, save_benchmarks
from kompass_tui.core.report.markdown import render_markdown
from kompass_tui.core.report.model import build_report
from kompass_tui.core.session.toml_io import save_session
from kompass_tui.views.report_view import render_report
from tests.helpers import DEMO, KK2010, kompass
from tests.test_report_support import load_demo, markdown_tables


def _headings(markdown: str, level: str) -> list[str]:
    return [
        line[len(level) + 1 :] for line in markdown.splitlines() if line.startswith(level + " ")
    ]


def test_english_has_the_same_structure_with_english_words() -> None:
    result = kompass("export", DEMO, "--lang", "en")
    assert result.returncode == 0, result.stderr
    markdown = result.stdout
    assert _headings(markdown, "##") == [
        "1 What is the Municipal Compass?",
        "2 Differences between the new, revised Municipal Compass and the earlier version",
        "3 Norrköping in relation to the Municipal Compass: a summary review",
        "4 Detailed review in relation to the eight areas of the Municipal Compass",
        "5 Summary of scores",
    ]
    assert _headings(markdown, "###")[:5] == [
        "About Norrköping",
        "The municipal organisation",
        "The evaluation",
        "Summary of results",
        "Area 1 Openness and democracy",
    ]
    area_1 = markdown.split("### Area 1 ")[1].split("### Area 2 ")[0]
    assert _headings(area_1, "####") == [
        "General",
        "Strategy",
        "Information to citizens",
        "Information about results",
        "Citizen dialogue",
        "Ethics and counteracting corruption",
        "Summary area 1",
    ]
    assert (
        "**Table 1 Norrköping 2010 in relation to the main areas of the Municipal Compass.**"
        in (markdown)
    )
    assert "**Table 2 Norrköping's results (older scale) compared with five other" in markdown
    assert "**Analysis of Norrköping**\\\n25–26 January 2010" in markdown


def test_an_area_or_question_without_text_has_no_heading() -> None:
    loaded = load_demo()
    session = copy.deepcopy(loaded.session)
    session.areas["3"].notes = ""
    session.areas["3"].strengths = []
    session.areas["3"].improvements = []
    for question_id in ("3.1", "3.2", "3.3", "3.4", "3.5", "4.2"):
        session.findings.pop(question_id)
    session.set_area_notes("4", "")
    session.report_sections.pop("organisation")
    markdown = render_markdown(build_report(session, loaded.instrument, "sv"))
    assert "Område 3 Politisk styrning och kontroll" not in _headings(markdown, "###")
    area_4 = markdown.split("### Område 4 ")[1].split("### Område 5 ")[0]
    assert _headings(area_4, "####") == [
        "Strategi",
        "Tvärsektoriellt samarbete",
        "Personligt chefsuppdrag",
        "Förvaltningsledning",
        "Ledarutveckling",
        "Sammanfattning område 4",
    ]
    assert "Kommunorganisationen" not in _headings(markdown, "###")
    # Its scores are still in the score tables.
    assert any(table[0][:2] == ["3", "Politisk styrning och kontroll"] for table in
               markdown_tables(markdown))  # fmt: skip


def test_a_session_without_texts_has_no_detailed_review(tmp_path: Path) -> None:
    loaded = load_demo()
    session = copy.deepcopy(loaded.session)
    session.findings = {}
    session.report_sections = {}
    session.benchmarks = []
    for notes in session.areas.values():
        notes.notes, notes.strengths, notes.improvements = "", [], []
    markdown = render_markdown(build_report(session, loaded.instrument, "sv"))
    assert [h.split()[0] for h in _headings(markdown, "##")] == ["1", "2", "3", "4"]
    assert _headings(markdown, "##")[3] == "4 Poängsammanställning"
    assert _headings(markdown, "###") == [
        "Sammanfattning av resultat",
        "Kommunens resultat per område",
    ]
    assert "Tabell 2" not in markdown


def test_compare_files_replace_the_kept_benchmarks(tmp_path: Path) -> None:
    records = tmp_path / "others.toml"
    save_benchmarks(
        [
            BenchmarkRecord("Växjö", 2011, KK2010, {str(n): Decimal(50 + n) for n in range(1, 9)}),
            BenchmarkRecord("Lund", 2012, KK2010, {str(n): Decimal("60.25") for n in range(1, 9)}),
        ],
        records,
    )
    result = kompass("export", DEMO, "--compare", records)
    assert result.returncode == 0, result.stderr
    (table,) = [t for t in markdown_tables(result.stdout) if t[0][0] == "Kriterium"]
    assert table[0] == ["Kriterium", "Växjö 2011", "Lund 2012", "Norrköping 2010"]
    assert table[1] == ["1", "51", "60,25", "48"]  # as published; ours in whole points
    assert table[-1] == ["Totalt", "436", "482", "491"]
    assert "Tabell 2 Norrköpings resultat (nuvarande poängskalan) jämfört med två andra" in (
        result.stdout
    )
    exact = kompass("export", DEMO, "--compare", records, "--exact")
    (table,) = [t for t in markdown_tables(exact.stdout) if t[0][0] == "Kriterium"]
    assert table[1][3] == "47,5" and table[-1][3] == "491,2"


def test_compare_refuses_another_instrument_and_the_session_itself(
    tmp_path: Path, criteria: Path, demo_copy: Path
) -> None:
    records = tmp_path / "mini.toml"
    save_benchmarks(
        [BenchmarkRecord("Lund", 2009, "mini", {"A": Decimal(1), "B": Decimal(2)})], records
    )
    result = kompass("export", demo_copy, "--compare", records, "--criteria-dir", criteria)
    assert result.returncode == 1
    assert "uses instrument 'mini'; the report compares on its own, 'kommunkompassen-2010'" in (
        result.stderr
    )
    itself = kompass("show", demo_copy, "--compare", demo_copy, "--no-pager")
    assert itself.returncode == 1 and "is the session itself" in itself.stderr


def test_show_has_the_same_sections_in_the_same_order() -> None:
    loaded = load_demo()
    report = build_report(loaded.session, loaded.instrument, "sv")
    console = Console(record=True, width=100, file=io.StringIO())
    console.print(render_report(report))
    text = console.export_text()
    markdown = render_markdown(report)
    order = [line for line in markdown.splitlines() if re.match(r"#{2,4} ", line)]
    assert len(order) > 60
    position = 0
    for line in order:
        heading = line.lstrip("# ")
        found = text.find(heading, position)
        assert found >= 0, heading
        position = found
    assert "Tabell 2 Norrköpings resultat" in text and "Kungsbacka" in text


def test_the_session_texts_export_unchanged_after_a_round_trip(demo_copy: Path) -> None:
    before = kompass("export", demo_copy).stdout
    loaded = load_demo()
    save_session(loaded.session, loaded.instrument, demo_copy)
    assert kompass("export", demo_copy).stdout == before
