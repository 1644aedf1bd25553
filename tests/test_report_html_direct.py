"""The HTML report is written at once from the report's texts (#23: markdown-it's import
and parse were most of an HTML export's time). What it writes is what markdown-it (raw
HTML off, as the report rendered it before) makes of the Markdown report, byte for byte:
for the demo in every language with sources and comments, for every kind of text block,
for the hostile texts of the escaping and terminal-safety tests and the hostile files'
texts, and for any text hypothesis makes up. markdown-it stays here only to compare.
"""

from __future__ import annotations

import copy
import html
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from kompass_tui.core.formats.escaping import escape_list_item, escape_paragraphs
from kompass_tui.core.instrument.criteria import Area, Instrument, Question
from kompass_tui.core.report import html as direct
from kompass_tui.core.report.charts import profile_svg
from kompass_tui.core.report.earlier import EarlierTotals
from kompass_tui.core.report.html_text import (
    escape_attribute,
    lines_html,
    paragraphs_html,
    text_html,
)
from kompass_tui.core.report.markdown import (
    CHART,
    CONTENTS,
    MarkdownChapter,
    contents_markdown,
    markdown_chapters,
)
from kompass_tui.core.report.markdown_text import text_markdown
from kompass_tui.core.report.model import Report, build_report
from kompass_tui.core.report.outline import outline
from kompass_tui.core.report.profile import profile_figure
from kompass_tui.core.report.tables import ReportTable
from kompass_tui.core.session.model import AreaNotes, Session
from kompass_tui.core.visible import visible
from tests.test_report_escaping import HOSTILE, HOSTILE_TEXT, MULTILINE_NOTE, _hostile_session
from tests.test_report_support import load_demo
from tests.test_report_terminal_safety import HOSTILE as CONTROLS

_PARSER = MarkdownIt("commonmark", {"html": False}).enable("table")


# -- The former renderer: the Markdown chapters through markdown-it --------------------


def markdown_it_html(
    report: Report, chart_svg: str | None = None, page_style: str = "", links: bool = False
) -> str:
    """The report as HTML the way it was written before #23 (the reference)."""
    chapters = markdown_chapters(report)
    numbers = [0, *(chapter.number for chapter in outline(report))]
    sections = []
    for number, chapter in zip(numbers, chapters, strict=True):
        body = _chapter_body(chapter, report, chart_svg, contents=not links)
        anchor = f' id="section-{number}"' if number and links else ""
        sections.append(f'<section class="{chapter.kind}"{anchor}>\n{body}</section>\n')
        if links and not number and CONTENTS in chapter.parts:
            sections.append(direct._contents(report))
    title = f"{report.instrument_name} – {report.municipality}"
    from importlib import resources

    style = resources.files(direct.__package__).joinpath("report.css").read_text(encoding="utf-8")
    document = direct._PAGE.format(
        lang=html.escape(report.lang),
        title=html.escape(title),
        style=style + page_style,
        body="".join(sections),
    )
    return visible(document)


def _chapter_body(
    chapter: MarkdownChapter, report: Report, chart_svg: str | None, contents: bool
) -> str:
    pieces: list[str] = []
    markdown: list[str] = []
    for part in chapter.parts:
        if isinstance(part, str):
            markdown.append(part)
        elif part is CONTENTS:
            markdown += contents_markdown(report) if contents else []
        else:
            pieces.append(direct._lead_ins(_PARSER.render("\n\n".join(markdown))))
            markdown = []
            if isinstance(part, ReportTable):
                pieces.append(_table(part))
            elif part is CHART and chart_svg:
                pieces.append(direct._figure(chart_svg, profile_figure(report).caption))
    pieces.append(direct._lead_ins(_PARSER.render("\n\n".join(markdown))))
    return "".join(pieces)


def _table(model: ReportTable) -> str:
    """A report table as before: the note under its caption rendered by markdown-it."""
    if not model.note:
        return direct.html_table(model)
    without = direct.html_table(replace(model, note=""))
    caption = f"<strong>{html.escape(model.caption)}</strong>"
    note = _PARSER.render(escape_paragraphs(model.note)).strip()
    figcaption = note.replace("<p>", f"<p>{caption} ", 1)
    return without.replace(
        f'<figcaption class="caption"><p>{caption}</p></figcaption>',
        f'<figcaption class="caption">{figcaption}</figcaption>',
    )


# -- Whole reports ---------------------------------------------------------------------


def _same(report: Report) -> None:
    chart = profile_svg(report)
    for links, style in ((False, ""), (True, "@page { }")):
        expected = markdown_it_html(report, chart, style, links)
        assert direct.render_html(report, chart, style, links) == expected
    assert direct.render_html(report) == markdown_it_html(report)  # no chart


@pytest.mark.parametrize("lang", ["sv", "en", "nb"])
@pytest.mark.parametrize("extras", [False, True], ids=["plain", "sources-comments"])
def test_the_demo_is_the_html_markdown_it_made(lang: str, extras: bool) -> None:
    loaded = load_demo()
    report = build_report(loaded.session, loaded.instrument, lang, sources=extras, comments=extras)
    _same(report)


def test_every_branch_of_the_report_is_the_html_markdown_it_made() -> None:
    # Incomplete (the unscored in a quote), preliminary, an earlier evaluation that is
    # incomplete (the mark before the change), no comparison (the comparison and closing
    # texts follow each other, lists in both), a language without report words, a
    # table's note of two paragraphs.
    loaded = load_demo()
    session = copy.deepcopy(loaded.session)
    for question in loaded.instrument.questions[:4]:
        session.scores.pop(question.id, None)
    session.report_sections["comparison"] = "- one\n- two\n  - nested"
    session.report_sections["closing"] = "- three\n\nlast\n\n- four"
    earlier = EarlierTotals(
        "2005", {area.id: Decimal(50) for area in loaded.instrument.areas}, complete=False
    )
    for lang in ("sv", "en", "de"):
        report = build_report(
            session, loaded.instrument, lang, earlier, benchmarks=[], sources=True,
            comments=True, whole_points=False,
        )  # fmt: skip
        report = replace(report, open_disagreements=3)
        assert not report.complete and report.comparison is None
        _same(report)


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_hostile_texts_are_the_html_markdown_it_made(lang: str) -> None:
    session, instrument = _hostile_session()
    _same(build_report(session, instrument, lang, sources=True, comments=True))


def test_control_characters_are_the_html_markdown_it_made() -> None:
    # NUL became U+FFFD in markdown-it; every other control is shown by `visible`.
    loaded = load_demo()
    session = copy.deepcopy(loaded.session)
    session.municipality = f"Norrköping{CONTROLS}"
    session.area_notes("1").strengths.append(CONTROLS)
    session.area_notes("2").notes = f"{CONTROLS}\n\n- {CONTROLS}\n\n| a{CONTROLS} |\n|---|"
    session.set_comment("1.1", CONTROLS)
    session.evaluators.append(CONTROLS)
    session.affiliation = CONTROLS
    report = build_report(session, loaded.instrument, "sv", comments=True)
    assert "\ufffd" in direct.render_html(report)
    _same(report)


def test_the_hostile_files_texts_are_the_html_markdown_it_made() -> None:
    # The texts tests/test_files_hostile.py keeps in strings (structure that is text).
    loaded = load_demo()
    session = copy.deepcopy(loaded.session)
    session.area_notes("1").notes = "a.b.c = [{ " * 5_000
    session.area_notes("2").notes = 'a = "b" # c\n' * 2_000
    session.report_sections["closing"] = "# " + "a.b.c = [{ " * 500 + "\nx = 1\n"
    _same(build_report(session, loaded.instrument, "sv"))


def test_hostile_instrument_texts_are_the_html_markdown_it_made() -> None:
    # A question's text over two lines (a heading and a list item show both lines).
    hostile = "Is a | b?\nSecond line *x* <b>bold</b> [bold red]"
    question = Question("Q|1", Decimal(10), {"en": hostile}, heading={"en": "H *1*\nh2"})
    other = Question("Q2", Decimal(10), {"en": "- a list?"})
    area = Area("A|1", {"en": "Area | one\n# two"}, {"en": "A"}, (question, other))
    instrument = Instrument("hostile", ("en",), "en", {"en": "Name | *x*"}, (area,))
    session = Session("hostile", "M|x", scores={"Q|1": Decimal("7.5")}, areas={})
    session.areas["A|1"] = AreaNotes(["s *1*", "- s2"], ["i\nj"], notes=MULTILINE_NOTE)
    session.findings = {"Q|1": "\n\n".join(HOSTILE_TEXT), "Q2": "\n".join(HOSTILE)}
    session.comments = {"Q|1": "c | d\n\ne"}
    _same(build_report(session, instrument, "en", comments=True))


# -- Every kind of text block, and any text --------------------------------------------

BLOCKS = [
    "",
    "one paragraph",
    "line one\nline two\r\nline three\rfour",
    "para\n\n- item\n  continued\n  - nested\n    - deeper\n      - too deep\n- back",
    "- a\n\n- b\n  - c\n\n- d",  # lists after each other: one loose list
    "- a\npara after\n| h | n |\n|---|--:|\n| x | 1 |\n| y |\n| 1 | 2 | 3 |",
    "| only a header |\n|:---:|",
    "|  | b |\n| - | - |\n|  |  |",
    *HOSTILE,
    MULTILINE_NOTE,
]

_typed = st.lists(
    st.text(st.characters(codec="utf-8"), max_size=8)
    | st.sampled_from(["\n", "\n\n", "- ", "  - ", "    - ", "| a | b |\n|---|--:|\n", "|"])
    | st.sampled_from(list("\\&#*_`<>[]-+=.)!~$ \t\r\x00\x85\u2028")),
    max_size=20,
).map("".join)


@pytest.mark.parametrize("text", BLOCKS)
def test_every_kind_of_text_block_is_the_html_markdown_it_made(text: str) -> None:
    _same_text(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_typed, _typed)
def test_any_text_is_the_html_markdown_it_made(text: str, following: str) -> None:
    _same_text(text)
    together = [m for m in (text_markdown(text), text_markdown(following)) if m]
    assert text_html(text, following) == _PARSER.render("\n\n".join(together))


def _same_text(text: str) -> None:
    assert text_html(text) == _PARSER.render(text_markdown(text))
    assert paragraphs_html(text) == _PARSER.render(escape_paragraphs(text))
    escaped = escape_list_item(text)
    if escaped:
        item = f"<ul>\n<li>{lines_html(text)}</li>\n</ul>\n"
        assert item == _PARSER.render(f"- {escaped}")


@given(_typed)
def test_attributes_and_captions_are_escaped_as_html_escape_does(text: str) -> None:
    assert escape_attribute(text) == html.escape(text)
