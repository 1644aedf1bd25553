"""Everything the user typed appears literally: in the Markdown, its HTML and the terminal."""

from __future__ import annotations

import copy
import io
import re
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from kompass_tui.core.formats.escaping import escape_inline, escape_list_item, escape_paragraphs
from kompass_tui.core.instrument.criteria import Area, Instrument, Question
from kompass_tui.core.report.markdown import build_markdown
from kompass_tui.core.report.model import build_report
from kompass_tui.core.session.model import AreaNotes, Session
from kompass_tui.views.report_view import report_renderable
from tests.test_report_support import (
    html_text_and_tags,
    load_demo,
    markdown_parser,
    markdown_tables,
)

HOSTILE = [
    "a | b | c",
    "# not a heading",
    "*not emphasis* and _not either_ and **nor bold**",
    "<script>alert('x')</script>",
    "`code` and ``more``",
    "[bold red]not red[/bold red]",
    "- not a list item",
    "1. not a numbered item",
    "> not a quote",
    "[a link](http://example.com) ![an image](x.png)",
    "&amp; &lt; &#42;",
    "back\\slash\\",
    "~~not struck~~ $not math$",
    "<http://autolink.example>",
    "+ plus",
    "===",
    "---",
]
MULTILINE_NOTE = "line one\nline two\n\n---\n=== \n+ plus\n    four spaces indented\n1) one"
# Report texts (area notes, findings, the report's sections) give `- ` lines and pipe
# tables their meaning on purpose (see core/report/text_blocks); all the rest is literal.
HOSTILE_TEXT = [text for text in HOSTILE if not text.startswith("- ")]
# Tags the report may produce for the hostile session; no emphasis, code, links, scripts.
ALLOWED_TAGS = {
    "h1", "h2", "h3", "h4", "p", "strong", "table", "thead", "tbody", "tr", "th", "td",
    "ul", "ol", "li", "br", "img",
}  # fmt: skip


def _words(text: str) -> str:
    """Whitespace made uniform: Markdown keeps the words and their order, not the spacing."""
    return " ".join(text.split())


def _hostile_session() -> tuple[Session, Instrument]:
    loaded = load_demo()
    session = copy.deepcopy(loaded.session)
    session.municipality = "Norr|köping *x* [bold red]R[/bold red]"
    session.evaluators = ["- Anna", "1. Bo | *C*", "[bold red]Eva[/bold red]"]
    session.affiliation = "<b>Byrå</b> | *AB*"
    area_ids = [area.id for area in loaded.instrument.areas]
    session.areas[area_ids[0]] = AreaNotes(
        strengths=HOSTILE[: len(HOSTILE) // 2],
        improvements=HOSTILE[len(HOSTILE) // 2 :],
        notes=MULTILINE_NOTE,
    )
    session.areas[area_ids[1]].notes = "\n\n".join(HOSTILE_TEXT)
    for question, text in zip(loaded.instrument.questions, HOSTILE, strict=False):
        session.comments[question.id] = text + "\nsecond line | with pipe"
    session.findings = {}
    for question, text in zip(loaded.instrument.questions[5:], HOSTILE_TEXT, strict=False):
        session.findings[question.id] = text + "\nsecond line *x*"
    session.report_sections = {
        key: "\n".join(HOSTILE_TEXT[i::3]) for i, key in enumerate(session.report_sections)
    }
    return session, loaded.instrument


def _benign(session: Session) -> Session:
    """The same session with every typed text replaced by a plain word."""
    plain = copy.deepcopy(session)
    plain.municipality = "M"
    plain.evaluators = ["E"] * len(session.evaluators)
    plain.affiliation = "A"
    plain.findings = {qid: "f" for qid in session.findings}
    plain.report_sections = {key: "r" for key in session.report_sections}
    for notes in plain.areas.values():
        notes.strengths = ["s"] * len(notes.strengths)
        notes.improvements = ["i"] * len(notes.improvements)
        notes.notes = "n" if notes.notes else ""
    plain.comments = {qid: "c" for qid in session.comments}
    return plain


def test_hostile_notes_render_literally_in_markdown_html() -> None:
    session, instrument = _hostile_session()
    markdown = build_markdown(session, instrument, "sv", comments=True)
    html = markdown_parser().render(markdown)
    text, tags = html_text_and_tags(html)

    assert "<script" not in html
    assert "&lt;script&gt;alert(" in html
    assert set(tags) <= ALLOWED_TAGS, set(tags) - ALLOWED_TAGS
    # Our own bold labels are the only strong text: as many as with plain words.
    _, plain_tags = html_text_and_tags(markdown_parser().render(build_markdown(
        _benign(session), instrument, "sv", comments=True)))  # fmt: skip
    assert tags.count("strong") == plain_tags.count("strong")
    assert tags.count("li") == plain_tags.count("li")
    assert tags.count("h2") == plain_tags.count("h2")

    assert tags.count("h4") == plain_tags.count("h4")
    assert tags.count("table") == plain_tags.count("table")

    flat = _words(text)
    typed = [*HOSTILE, MULTILINE_NOTE, session.municipality, *session.evaluators]
    typed += [session.affiliation, *session.findings.values(), *session.report_sections.values()]
    for hostile in typed:
        assert _words(hostile) in flat, hostile
    assert "second line | with pipe" in text


def test_hostile_list_items_stay_one_item_each() -> None:
    session, instrument = _hostile_session()
    markdown = build_markdown(session, instrument, "sv", comments=True)
    tokens = markdown_parser().parse(markdown)
    items = []
    depth = 0
    for index, token in enumerate(tokens):
        if token.type == "list_item_open":
            depth += 1
            inline = next(t for t in tokens[index:] if t.type == "inline")
            items.append((depth, inline.content))
        elif token.type == "list_item_close":
            depth -= 1
    assert all(level == 1 for level, _ in items), "a typed text started a nested list"
    first_area = session.areas[instrument.areas[0].id]
    rendered = [
        _words(html_text_and_tags(markdown_parser().render(f"- {content}"))[0])
        for _, content in items
    ]
    for typed in [*first_area.strengths, *first_area.improvements]:
        assert _words(typed) in rendered


def test_tables_keep_their_shape_with_hostile_instrument_texts() -> None:
    hostile_text = "Is a | b?\nSecond line *x* <b>bold</b> [bold red]"
    question = Question("Q|1", Decimal(10), {"en": hostile_text})
    area = Area("A|1", {"en": "Area | one\n# two"}, {"en": "A"}, (question,))
    instrument = Instrument("hostile", ("en",), "en", {"en": "Name | *x*"}, (area,))
    session = Session("hostile", "M|x", scores={"Q|1": Decimal("7.5")}, areas={})
    markdown = build_markdown(session, instrument, "en", comments=True)
    summary, area_table = markdown_tables(markdown)
    assert all(len(row) == len(summary[0]) for row in summary)
    assert all(len(row) == 5 for row in area_table)
    assert area_table[0][:2] == ["A|1", "Area | one\n# two"]
    assert area_table[1] == ["Q|1", "Is a | b?\nSecond line *x* <b>bold</b> [bold red]", "7.5",
                             "10", "75 %"]  # fmt: skip
    assert summary[1][0] == "A|1. Area | one\n# two"


def test_hostile_notes_appear_literally_in_the_terminal_view() -> None:
    session, instrument = _hostile_session()
    console = Console(record=True, width=100, file=io.StringIO(), force_terminal=True)
    console.print(report_renderable(build_report(session, instrument, "sv", comments=True)))
    text = console.export_text()
    for literal in ["[bold red]R[/bold red]", "[bold red]Eva[/bold red]", "<script>alert("]:
        assert literal in text
    flat = _words(text)
    for hostile in [*HOSTILE, session.affiliation, *session.findings.values()]:
        assert _words(hostile) in flat, hostile


typed_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029")
    | st.sampled_from("\n\\|#*_`<>[]-+=.)&!~$"),
    max_size=60,
)


@given(typed_text)
def test_any_paragraph_text_renders_literally(text: str) -> None:
    html = markdown_parser().render(escape_paragraphs(text))
    rendered, tags = html_text_and_tags(html)
    assert set(tags) <= {"p", "br"}
    assert _words(rendered) == _words(text)


@given(typed_text)
def test_any_list_item_renders_literally(text: str) -> None:
    escaped = escape_list_item(text)
    html = markdown_parser().render(f"- {escaped}\n- next" if escaped else "- next")
    rendered, tags = html_text_and_tags(html)
    assert set(tags) <= {"ul", "li", "br", "p"}
    assert tags.count("li") == (2 if escaped else 1)
    assert _words(rendered) == _words(text + " next")


@given(typed_text)
def test_any_table_cell_renders_literally(text: str) -> None:
    markdown = f"| a | b |\n| --- | --- |\n| {escape_inline(text)} | end |\n"
    [table] = markdown_tables(markdown)
    assert table[1][1] == "end"
    assert _words(table[1][0]) == _words(text)


def test_inline_escaping_leaves_ordinary_text_readable() -> None:
    assert escape_inline("1.1 Etik - hur hantera korruption? (t.ex.)") == (
        "1.1 Etik - hur hantera korruption? (t.ex.)"
    )
    assert escape_inline("- item", line_start=True) == "\\- item"
    assert re.fullmatch(r"a\\\|b", escape_inline("a|b"))
