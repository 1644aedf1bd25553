"""The report's chapters as one list of blocks (`core/report/blocks.py`): every kind of
block reaches Markdown, HTML and the terminal, and the three show the same chapters'
headings in the same order."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from typing import get_args

from rich.console import Console, RenderableType
from rich.padding import Padding
from rich.text import Text

from kompass_tui.core.report import blocks
from kompass_tui.core.report.html import blocks_html, html_table, render_html
from kompass_tui.core.report.markdown import render_markdown
from kompass_tui.core.report.markdown_areas import block_parts
from kompass_tui.core.report.model import build_report
from kompass_tui.core.report.outline import outline
from kompass_tui.core.report.tables import Cell, Column, ReportTable, Row
from kompass_tui.views.report_areas_view import block_renderables
from kompass_tui.views.report_view import render_report
from tests.test_report_support import load_demo

_TABLE = ReportTable("area", (Column("Fråga", "question", figures=False),), (Row((Cell("T9"),)),))
SAMPLES: list[blocks.Block] = [
    blocks.Heading(4, "H1 <&>"),
    blocks.ReportText("R1 *x*"),
    blocks.Paragraphs("P1 first\n\nP1 second"),
    blocks.Note("N1"),
    blocks.Footnote("*", "F1"),
    blocks.QuestionList((("1.1", "Q1"),)),
    blocks.Labelled((("1.2", "L1"),)),
    blocks.Bullets("B1", ("B1 item",)),
    blocks.BulletLists((blocks.Bullets("S1", ("S1 item",)), blocks.Bullets("I1", ("I1 item",)))),
    blocks.Table(_TABLE),
    blocks.CHART,
]
"""One block of every kind, each with a word of its own to find."""
_WORDS = re.compile(r"\b[A-Z]\d\b")


def _terminal(renderables: list[RenderableType]) -> str:
    out = io.StringIO()
    console = Console(file=out, width=100, color_system=None)
    for renderable in renderables:
        console.print(renderable)
    return out.getvalue()


def _markdown(block: blocks.Block) -> str:
    parts = block_parts(block)
    assert all(isinstance(p, str) for p in parts), parts  # formatted, not passed on
    return "\n\n".join(str(p) for p in parts)


def _table(model: ReportTable) -> RenderableType:
    return Text(" ".join(cell.text for row in model.rows for cell in row.cells))


def test_the_samples_hold_every_kind_of_block() -> None:
    assert {type(block) for block in SAMPLES} == set(get_args(blocks.Block))


def test_every_kind_of_block_reaches_every_format() -> None:
    for block in SAMPLES:
        words = set(_WORDS.findall(repr(block)))
        if isinstance(block, blocks.ChartPlace):
            assert blocks_html([block], chart="<figure>C1</figure>") == "<figure>C1</figure>"
            assert block_parts(block) == [blocks.CHART]  # the Markdown's renderer links it
            continue
        if isinstance(block, blocks.Table):
            assert block_parts(block) == [_TABLE]  # formatted by markdown_table
            assert blocks_html([block]) == html_table(_TABLE)
            assert "T9" in _terminal(block_renderables([block], "scores", _table))
            continue
        shown = {
            "markdown": _markdown(block),
            "html": blocks_html([block]),
            "terminal": _terminal(block_renderables([block], "details", _table)),
        }
        for format_name, text in shown.items():
            assert words <= set(_WORDS.findall(text)), (format_name, block, text)


def test_each_format_escapes_a_heading_its_own_way() -> None:
    heading = blocks.Heading(3, "A <b>*x*</b> & y")
    assert block_parts(heading) == ["### A \\<b\\>\\*x\\*\\</b\\> & y"]
    assert blocks_html([heading]) == "<h3>A &lt;b&gt;*x*&lt;/b&gt; &amp; y</h3>\n"
    assert "A <b>*x*</b> & y" in _terminal(block_renderables([heading], "overview", _table))


def test_report_texts_that_follow_each_other_are_one_text_in_html() -> None:
    """A list ending one text and a list starting the next read as one list in the
    Markdown (blank lines between them), so the HTML makes them one (loose) list."""
    html = blocks_html([blocks.ReportText("- a"), blocks.ReportText("- b")])
    assert html.count("<ul>") == 1
    apart = blocks_html([blocks.ReportText("- a"), blocks.Note("n"), blocks.ReportText("- b")])
    assert apart.count("<ul>") == 2


def test_a_labelled_item_is_bold_only_in_its_label_in_the_terminal() -> None:
    (padded,) = block_renderables([blocks.Labelled((("1.1", "said"),))], "details", _table)
    assert isinstance(padded, Padding)
    text = padded.renderable
    assert isinstance(text, Text)
    assert text.plain == "1.1  said"
    assert not text.style
    bold = [text.plain[s.start : s.end] for s in text.spans if "bold" in str(s.style)]
    assert bold == ["1.1  "]


def test_the_three_formats_show_the_same_chapters_and_headings_in_order() -> None:
    loaded = load_demo()
    report = build_report(loaded.session, loaded.instrument, "sv", comments=True)
    report = replace(report, areas=report.areas[:3])  # fewer areas: a quicker terminal render
    markdown = render_markdown(report)
    html = render_html(report)
    out = io.StringIO()
    Console(file=out, width=120, color_system=None).print(render_report(report))
    terminal = out.getvalue()
    for chapter in outline(report):
        headings = [
            b.text for b in blocks.chapter_blocks(report, chapter) if isinstance(b, blocks.Heading)
        ]
        assert headings or chapter.kind == "intro"
        for shown in (markdown, html, terminal):
            start = shown.index(chapter.title)
            for heading in headings:
                found = shown.find(heading.replace("&", "&amp;"), start)
                if found < 0:
                    found = shown.find(heading, start)
                assert found > start, (chapter.title, heading)
                start = found
