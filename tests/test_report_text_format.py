"""Report texts (area notes, findings, the report's sections, the instrument's
introduction): `- ` lines are list items, pipe tables are tables, everything else is
literal, in Markdown, its HTML and the terminal."""

from __future__ import annotations

import io
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from kompass_tui.core.report.markdown_text import text_markdown
from kompass_tui.core.report.text_blocks import (
    BulletList,
    ListItem,
    Paragraph,
    TextTable,
    block_lines,
    parse_text,
)
from kompass_tui.views.report_text_view import text_renderable
from tests.helpers import examples
from tests.test_report_support import html_text_and_tags, markdown_parser, markdown_tables

STRUCTURE_TAGS = {"p", "br", "ul", "li", "table", "thead", "tbody", "tr", "th", "td"}
MANDATES = """Tabell 1 Mandatfördelningen i fullmäktige

| Parti | Mandat | Parti | Mandat |
|---|---:|---|---:|
| Socialdemokraterna | 32 | Miljöpartiet De Gröna | 5 |
| Folkpartiet | 5 | | |

* Sveriges Pensionärers Intresseparti"""


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def test_paragraphs_lists_and_tables_are_read_as_typed() -> None:
    text = "Följande:\n- Ungdomsstöd\n  - Aktivitetsbidrag\nfortsätter\n- 1. två\n\n" + MANDATES
    assert parse_text(text) == (
        Paragraph(("Följande:",)),
        BulletList(
            (
                ListItem(1, ("Ungdomsstöd",)),
                ListItem(2, ("Aktivitetsbidrag", "fortsätter")),
                ListItem(1, ("1. två",)),
            )
        ),
        Paragraph(("Tabell 1 Mandatfördelningen i fullmäktige",)),
        TextTable(
            ("Parti", "Mandat", "Parti", "Mandat"),
            ("left", "right", "left", "right"),
            (
                ("Socialdemokraterna", "32", "Miljöpartiet De Gröna", "5"),
                ("Folkpartiet", "5", "", ""),
            ),
        ),
        Paragraph(("* Sveriges Pensionärers Intresseparti",)),
    )


def test_a_table_renders_as_a_table_and_the_footnote_literally() -> None:
    markdown = text_markdown(MANDATES)
    [table] = markdown_tables(markdown)
    assert table[1] == ["Socialdemokraterna", "32", "Miljöpartiet De Gröna", "5"]
    html = markdown_parser().render(markdown)
    text, tags = html_text_and_tags(html)
    assert "* Sveriges Pensionärers Intresseparti" in text
    assert "em" not in tags and "ul" not in tags


def test_pipes_without_a_delimiter_row_and_long_rows_stay_text() -> None:
    assert parse_text("| a | b |\n| c | d |") == (Paragraph(("| a | b |", "| c | d |")),)
    [table] = parse_text("| a | b |\n|--|--|\n| 1 | 2 | 3 |")
    assert isinstance(table, TextTable) and table.rows == (("1", "2 | 3"),)
    assert markdown_tables(text_markdown("| a | b |\n|--|--|\n| 1 | 2 | 3 |"))[0][1] == [
        "1",
        "2 | 3",
    ]


MARKS = ["- ", "  - ", "    - ", "|", "| a | b |", "|---|--:|", "---", "* ", "1. ", "#"]
MARKS += ["\n", "\n\n", "<b>", "[x](y)", "`", "\\", "&amp;", "**", "> ", "==="]
typed = st.lists(
    st.one_of(
        st.text(
            st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029"),
            max_size=12,
        ),
        st.sampled_from(MARKS),
    ),
    max_size=14,
).map("".join)


@settings(max_examples=examples(400), deadline=None)
@given(typed)
def test_any_report_text_renders_its_words_in_order_and_only_its_structure(text: str) -> None:
    blocks = parse_text(text)
    html = markdown_parser().render(text_markdown(text))
    rendered, tags = html_text_and_tags(html)
    assert set(tags) <= STRUCTURE_TAGS, set(tags) - STRUCTURE_TAGS
    assert _words(rendered) == _words(text)
    # Exactly the structure that was read: as many items and tables, nothing more.
    items = sum(len(b.items) for b in blocks if isinstance(b, BulletList))
    assert tags.count("li") == items
    assert tags.count("table") == sum(isinstance(b, TextTable) for b in blocks)
    shown = [line for block in blocks for line in block_lines(block)]
    assert _words(" ".join(shown)) == _words(text)


@settings(max_examples=examples(150), deadline=None)
@given(typed)
def test_any_report_text_is_literal_in_the_terminal(text: str) -> None:
    console = Console(record=True, width=200, file=io.StringIO(), force_terminal=True)
    console.print(text_renderable(text))
    assert _words(console.export_text()) == _words(text)
