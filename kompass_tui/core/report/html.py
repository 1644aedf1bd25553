"""The report as one self-contained HTML file: the report's chapters in the Markdown's
order and structure, written as HTML at once, the chart's SVG inlined, print styles for A4.
Nothing is loaded from anywhere else (no scripts, fonts, images or style sheets from the
network).

Every text is escaped (`html_text`): no text of a session becomes markup. The HTML is
what markdown-it (raw HTML off) made of the Markdown report, byte for byte
(tests/test_report_html_direct.py compares them); it is written without it because
importing markdown-it and parsing the Markdown took most of an HTML export's time (#23).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from kompass_tui.core.report import blocks
from kompass_tui.core.report.blocks import chapter_blocks
from kompass_tui.core.report.html_text import (
    BREAK,
    bullet_list,
    escape_attribute,
    escape_html,
    inline_html,
    lines_html,
    paragraphs_html,
    text_html,
)
from kompass_tui.core.report.model import Report
from kompass_tui.core.report.outline import fill, outline, report_words, wording_note
from kompass_tui.core.report.profile import profile_figure
from kompass_tui.core.report.tables import Column, ReportTable
from kompass_tui.core.texts.catalog import Texts, text
from kompass_tui.core.texts.grammar import dates_text, join_names
from kompass_tui.core.visible import visible

STYLE_FILE = Path(__file__).with_name("report.css")
"""The style sheet, beside this module (read as a file: importing importlib.resources
cost an HTML export more than the read)."""

_PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kompass-tui">
<title>{title}</title>
<style>
{style}</style>
</head>
<body>
{body}</body>
</html>
"""


def render_html(
    report: Report, chart_svg: str | None = None, page_style: str = "", links: bool = False
) -> str:
    """The whole report as an HTML document; `chart_svg` (an SVG document) is drawn where
    the report places its profile chart; `page_style` is added to the style sheet (the
    PDF's running header and page numbers); `links` puts the contents on a page of their
    own, linked to their sections (the PDF takes its page numbers from the links; the HTML
    file holds no `href` and has the contents on its title page)."""
    words = report_words(report.lang)
    title_page = _title_page(report, words, contents=not links)
    sections = [f'<section class="title">\n{_lead_ins(title_page)}</section>\n']
    if links:
        sections.append(_contents(report))  # on a page of their own, after the title
    for chapter in outline(report):
        heading = f"<h2>{chapter.number} {inline_html(chapter.title)}</h2>\n"
        chart = _figure(chart_svg, profile_figure(report).caption) if chart_svg else ""
        anchor = f' id="section-{chapter.number}"' if links else ""
        body = _lead_ins(heading + blocks_html(chapter_blocks(report, chapter), chart))
        sections.append(f'<section class="{chapter.kind}"{anchor}>\n{body}</section>\n')
    title = f"{report.instrument_name} – {report.municipality}"
    style = STYLE_FILE.read_text(encoding="utf-8")
    document = _PAGE.format(
        lang=escape_attribute(report.lang),
        title=escape_attribute(title),
        style=style + page_style,
        body="".join(sections),
    )
    return visible(document)  # no control character from a session reaches the file


def _title_page(report: Report, words: Texts, contents: bool) -> str:
    """The title page: instrument, municipality, dates, the notes on a preliminary or
    reworded report, the contents (when `contents`), the evaluators."""
    parts = [f"<h1>{inline_html(report.instrument_name)}</h1>\n"]
    facts = [f"<strong>{inline_html(fill(report, 'analysis_of'))}</strong>"]
    if report.dates:
        facts.append(escape_html(dates_text(report.lang, report.dates)))
    parts.append(f"<p>{BREAK.join(facts)}</p>\n")
    if report.open_disagreements:
        detail = words("preliminary_detail", n=report.open_disagreements)
        parts.append(_quote(f"<strong>{escape_html(words('preliminary'))}.</strong>", detail))
    note = wording_note(report)
    if note:
        parts.append(f"<p><em>{inline_html(note)}</em></p>\n")
    if contents:
        parts.append(_contents_list(report))
    people = []
    if report.evaluators:
        people.append(inline_html(join_names(report.lang, report.evaluators)))
    if report.affiliation:
        people.append(inline_html(report.affiliation))
    if people:
        parts.append(f"<p>{BREAK.join(people)}</p>\n")
    if not report.complete:
        detail = words("incomplete_detail", scored=report.scored, n=report.scorable)
        unscored = bullet_list(
            (1, f"{escape_html(q.id)} {inline_html(q.text)}") for q in report.unscored
        )
        parts.append(
            _quote(
                f"<strong>{escape_html(words('incomplete'))}.</strong>",
                detail,
                f"<p>{escape_html(words('unscored_heading'))}:</p>\n{unscored}",
            )
        )
    return "".join(parts)


def _quote(lead: str, detail: str, more: str = "") -> str:
    return f"<blockquote>\n<p>{lead} {escape_html(detail)}</p>\n{more}</blockquote>\n"


def _contents_list(report: Report) -> str:
    """The table of contents on the title page: its heading and the numbered sections."""
    heading = f"<p><strong>{escape_html(report_words(report.lang)('contents'))}</strong></p>\n"
    chapters = outline(report)
    if not chapters:
        return heading
    items = "".join(f"<li>{inline_html(c.title)}</li>\n" for c in chapters)
    start = f' start="{chapters[0].number}"' if chapters[0].number != 1 else ""
    return f"{heading}<ol{start}>\n{items}</ol>\n"


def blocks_html(chapter: Sequence[blocks.Block], chart: str = "") -> str:
    """A chapter's blocks as HTML, `chart` (a figure) at the chart's place; report texts
    that follow each other are one text (a list ending one and a list starting the next
    are one list, as in the Markdown)."""
    parts: list[str] = []
    texts: list[str] = []
    for block in chapter:
        if isinstance(block, blocks.ReportText):
            texts.append(block.text)
            continue
        if texts:
            parts.append(text_html(*texts))
            texts = []
        parts.append(chart if isinstance(block, blocks.ChartPlace) else _block_html(block))
    if texts:
        parts.append(text_html(*texts))
    return "".join(parts)


def _block_html(block: blocks.Block) -> str:
    if isinstance(block, blocks.Heading):
        return f"<h{block.level}>{inline_html(block.text)}</h{block.level}>\n"
    if isinstance(block, blocks.Paragraphs):
        return paragraphs_html(block.text)
    if isinstance(block, blocks.Note):
        return f"<p><em>{inline_html(block.text)}</em></p>\n"
    if isinstance(block, blocks.Footnote):
        return f"<p>{inline_html(block.mark)} {inline_html(block.text)}</p>\n"
    if isinstance(block, blocks.QuestionList):
        return bullet_list((1, lines_html(f"{id} {text}")) for id, text in block.questions)
    if isinstance(block, blocks.Labelled):
        return bullet_list((1, _labelled(id, lines_html(text))) for id, text in block.items)
    if isinstance(block, blocks.Bullets):
        return _list_block(block.title, block.items)
    if isinstance(block, blocks.BulletLists):
        return "".join(_list_block(listed.title, listed.items) for listed in block.lists)
    if isinstance(block, blocks.Table):
        return html_table(block.table)
    return ""  # the chart's place and a report text: see blocks_html


def _labelled(label: str, content: str) -> str:
    """A list item led by a bold label (a question's id)."""
    shown = f"<strong>{inline_html(label)}</strong>"
    return f"{shown} {content}" if content else shown


def _list_block(title: str, items: Sequence[str]) -> str:
    """A bold title and its bullet list; nothing without items."""
    if not items:
        return ""
    listed = bullet_list((1, lines_html(item)) for item in items)
    return f"<p><strong>{inline_html(title)}</strong></p>\n{listed}"


def _contents(report: Report) -> str:
    """The table of contents of the PDF: a link to every numbered section (the PDF adds
    its page number)."""
    items = "".join(
        f'<li><a href="#section-{c.number}">{c.number}. {escape_attribute(c.title)}</a></li>\n'
        for c in outline(report)
    )
    heading = escape_attribute(text(report.lang, "report.contents"))
    return (
        f'<section class="contents">\n<h2>{heading}</h2>\n'
        f'<ol class="toc">\n{items}</ol>\n</section>\n'
    )


_LEAD_IN = re.compile(r"<p>(<strong>[^<]*</strong>)</p>\n(?=<[ou]l>)")


def _lead_ins(rendered: str) -> str:
    """A bold line that introduces a list (`Styrkor`) is kept with it on the page."""
    return _LEAD_IN.sub(r'<p class="lead-in">\1</p>\n', rendered)


def _figure(svg: str, caption: str) -> str:
    start = svg.find("<svg")
    return (
        f'<figure class="chart">\n{svg[start:].strip()}\n'
        f"<figcaption>{escape_attribute(caption)}</figcaption>\n</figure>\n"
    )


def html_table(model: ReportTable) -> str:
    """A report table as HTML: a class per table kind and per column's cells (`figures`
    ones right-aligned by the style sheet), the header in `<thead>` (repeated on every printed
    page the table spans), total rows in bold, a question not applicable or not scored in
    italics."""
    head = "".join(f"<th{_class(c)}>{_lines(c.heading)}</th>" for c in model.columns)
    lines = [
        '<figure class="table-block">',
        *_caption(model),
        f'<table class="report-table {model.kind}">',
        f"<thead>\n<tr>{head}</tr>\n</thead>",
        "<tbody>",
    ]
    for row in model.rows:
        cells = []
        for column, cell in zip(model.columns, row.cells, strict=True):
            shown = _lines(cell.text)
            if cell.kind in ("not_applicable", "not_scored"):
                shown = f"<em>{shown}</em>"
            if row.total and shown:
                shown = f"<strong>{shown}</strong>"
            cells.append(f"<td{_class(column)}>{shown}</td>")
        total = ' class="total"' if row.total else ""
        lines.append(f"<tr{total}>{''.join(cells)}</tr>")
    lines += ["</tbody>", "</table>", "</figure>\n"]
    return "\n".join(lines)


def _caption(model: ReportTable) -> list[str]:
    """The caption (and its note) above a table, kept on the page with it (a table and its
    caption are a `figure`)."""
    if not model.caption:
        return []
    caption = f"<strong>{escape_attribute(model.caption)}</strong>"
    if not model.note:
        return [f'<figcaption class="caption"><p>{caption}</p></figcaption>']
    note = paragraphs_html(model.note).strip()  # the note's paragraphs, escaped
    # The caption leads the note's first paragraph.
    return [f'<figcaption class="caption">{note.replace("<p>", f"<p>{caption} ", 1)}</figcaption>']


def _class(column: Column) -> str:
    return f' class="{escape_attribute(column.id)}{" figures" if column.figures else ""}"'


def _lines(value: str) -> str:
    """A cell's text escaped, its lines kept as line breaks (as in the Markdown)."""
    lines = (line.strip() for line in value.splitlines())
    return "<br>".join(escape_attribute(line) for line in lines if line)
