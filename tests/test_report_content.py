"""What the report says about incomplete sessions, not-applicable questions and languages."""

from __future__ import annotations

import copy
import io
from decimal import Decimal
from pathlib import Path

from rich.console import Console

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.report.markdown import build_markdown, render_markdown
from kompass_tui.core.report.model import build_report, text_bar
from kompass_tui.core.session.model import new_session
from kompass_tui.views.report_view import report_renderable
from tests.helpers import write_small_instrument
from tests.test_report_support import (
    area_tables,
    load_demo,
    markdown_parser,
    markdown_tables,
    results_table,
)


def _incomplete_demo():
    loaded = load_demo()
    session = copy.deepcopy(loaded.session)
    for question_id in ("1.3", "4.2", "8.6"):
        del session.scores[question_id]
    return session, loaded.instrument


def test_incomplete_session_shows_the_notice_and_the_unscored_questions() -> None:
    session, instrument = _incomplete_demo()
    markdown = build_markdown(session, instrument, "sv")
    assert "> **Utvärderingen är inte klar.** 42 av 45 frågor är bedömda." in markdown
    assert "> - 1.3 Hur informeras medborgarna om resultat?" in markdown
    assert "> - 4.2 Vilket ansvar har resultatenheterna" in markdown
    assert "> - 8.6 Hur arbetar kommunen med hållbar utveckling?" in markdown
    html = markdown_parser().render(markdown)
    assert html.count("<blockquote>") == 1
    rows = {row[0]: row for table in markdown_tables(markdown) for row in table}
    assert rows["1.3"][2:] == ["ej bedömd", "25", "–"]
    # Unscored is not 0: it stays in the maximum (100) but leaves the percentage, which is
    # of the scored questions' maximum: 47,5 - 9,6 = 37,9 of 100 - 25 = 75 is 50,5 % -> 51 %.
    area_1 = area_tables(markdown)["1"]
    assert area_1[-1][1:] == ["Totalt område 1", "37,9", "100", "51 %"]


def test_complete_session_has_no_notice() -> None:
    loaded = load_demo()
    markdown = build_markdown(loaded.session, loaded.instrument, "sv")
    assert "Utvärderingen är inte klar" not in markdown
    assert "<blockquote>" not in markdown_parser().render(markdown)


def test_incomplete_notice_in_the_terminal_view() -> None:
    session, instrument = _incomplete_demo()
    console = Console(record=True, width=100, file=io.StringIO())
    console.print(report_renderable(build_report(session, instrument, "en")))
    text = console.export_text()
    assert "The evaluation is not complete. 42 of 45 questions are scored." in text
    assert "8.6  How does the municipality work with sustainable development?" in text


def test_not_applicable_question_is_marked_and_left_out_of_the_maximum() -> None:
    loaded = load_demo()
    session = copy.deepcopy(loaded.session)
    session.not_applicable.add("4.2")  # max 10, scored 8,2
    markdown = build_markdown(session, loaded.instrument, "sv")
    area_4 = area_tables(markdown)["4"]
    row = next(r for r in area_4 if r[0] == "4.2")
    assert row[2:] == ["ej tillämplig", "(10)", "–"]
    # 63,6 - 8,2 = 55,4 of 90 = 61,6 % -> 62 %.
    assert area_4[-1][1:] == ["Totalt område 4", "55,4", "90", "62 %"]
    summary = results_table(markdown)
    assert summary[4][1:4] == ["55", "90", "62 %"]  # whole points, as the seed prints them
    assert summary[-1][1:4] == ["483", "790", "61 %"]
    assert "*Frågor som är ej tillämpliga ingår inte i maxpoängen.*" in markdown
    assert "Utvärderingen är inte klar" not in markdown

    english = build_markdown(session, loaded.instrument, "en")
    row = next(r for r in area_tables(english)["4"] if r[0] == "4.2")
    assert row[2:] == ["not applicable", "(10)", "–"]


def test_numbers_follow_the_language() -> None:
    loaded = load_demo()
    swedish = results_table(build_markdown(loaded.session, loaded.instrument, "sv"))
    english = results_table(build_markdown(loaded.session, loaded.instrument, "en"))
    assert swedish[6][4] == "75,5" and english[6][4] == "75.5"
    assert english[0] == ["Area", "Current scale", "Max", "%", "Older scale"]
    exact = build_report(loaded.session, loaded.instrument, "en", whole_points=False)
    assert results_table(render_markdown(exact))[1][1] == "47.5"


def test_comments_appear_under_their_area() -> None:
    loaded = load_demo()
    session = copy.deepcopy(loaded.session)
    session.comments["2.3"] = "Hemsidan granskad\nandra raden"
    markdown = build_markdown(session, loaded.instrument, "sv", comments=True)  # --comments
    section = markdown.split("### Område 2 ")[1].split("### Område 3 ")[0]
    assert "#### Kommentarer per fråga\n\n- **2.3** Hemsidan granskad\\\n  andra raden" in section


def test_other_instrument_and_no_older_scale(tmp_path: Path) -> None:
    folder = tmp_path / "criteria"
    write_small_instrument(folder)
    instrument = Catalog.default([folder]).get("mini")
    session = new_session(instrument, "Småby")
    session.set_score(instrument, "A1", Decimal("7.5"))
    session.set_score(instrument, "A2", Decimal("6"))
    session.set_score(instrument, "B1", Decimal("0"))
    markdown = build_markdown(session, instrument, "en")
    tables = markdown_tables(markdown)
    assert tables[0][0] == ["Area", "Achieved", "Max", "%"]
    assert tables[0][1] == ["A. First", "14", "19.5", "69 %"]
    assert tables[0][-1] == ["Total", "14", "22.5", "60 %"]
    assert build_report(session, instrument, "en").older_scale_total is None
    # No introduction, no texts: the overview and the scores, numbered from 1.
    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert headings == ["## 1 Småby in relation to Mini instrument: a summary review",
                        "## 2 Summary of scores"]  # fmt: skip


def test_text_bar_is_computed_from_the_exact_percent() -> None:
    assert text_bar(Decimal("47.5"), 10) == "█████░░░░░"  # 4,75 cells -> 5
    assert text_bar(Decimal("44.9"), 10) == "████░░░░░░"
    assert text_bar(Decimal("100"), 20) == "█" * 20
    assert text_bar(None, 10) == "░" * 10
