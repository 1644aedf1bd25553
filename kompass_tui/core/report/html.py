"""The report as one self-contained HTML file: the Markdown chapters rendered by
markdown-it-py, the chart's SVG inlined, print styles for A4. Nothing is loaded from
anywhere else (no scripts, fonts, images or style sheets from the network).

Raw HTML in the Markdown is switched off, so no text of a session becomes markup: the
Markdown already escapes it, and markdown-it would print any left over as text.
"""

from __future__ import annotations

import html
import re
from importlib import resources
from typing import TYPE_CHECKING

from kompass_tui.core.formats.escaping import escape_paragraphs
from kompass_tui.core.report.markdown import (
    CHART,
    CONTENTS,
    MarkdownChapter,
    contents_markdown,
    markdown_chapters,
)
from kompass_tui.core.report.model import Report
from kompass_tui.core.report.outline import outline
from kompass_tui.core.report.profile import profile_figure
from kompass_tui.core.report.tables import Column, ReportTable
from kompass_tui.core.texts.catalog import text
from kompass_tui.core.visible import visible

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

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
    from markdown_it import MarkdownIt  # only when writing HTML

    parser = MarkdownIt("commonmark", {"html": False}).enable("table")
    chapters = markdown_chapters(report)
    numbers = [0, *(chapter.number for chapter in outline(report))]
    sections = []
    for number, chapter in zip(numbers, chapters, strict=True):
        body = _chapter_body(chapter, report, parser, chart_svg, contents=not links)
        anchor = f' id="section-{number}"' if number and links else ""
        sections.append(f'<section class="{chapter.kind}"{anchor}>\n{body}</section>\n')
        if links and not number and CONTENTS in chapter.parts:
            sections.append(_contents(report))  # on a page of their own, after the title
    title = f"{report.instrument_name} – {report.municipality}"
    style = resources.files(__package__).joinpath("report.css").read_text(encoding="utf-8")
    document = _PAGE.format(
        lang=html.escape(report.lang),
        title=html.escape(title),
        style=style + page_style,
        body="".join(sections),
    )
    return visible(document)  # no control character from a session reaches the file


def _chapter_body(
    chapter: MarkdownChapter,
    report: Report,
    parser: MarkdownIt,
    chart_svg: str | None,
    contents: bool = True,
) -> str:
    """A chapter's blocks as HTML: Markdown rendered, tables and the chart as themselves;
    the contents in their place when `contents` (else the caller places them)."""
    pieces: list[str] = []
    markdown: list[str] = []
    for part in chapter.parts:
        if isinstance(part, str):
            markdown.append(part)
        elif part is CONTENTS:
            markdown += contents_markdown(report) if contents else []
        else:  # a table or the chart: the Markdown gathered so far goes first
            pieces.append(_lead_ins(parser.render("\n\n".join(markdown))))
            markdown = []
            if isinstance(part, ReportTable):
                pieces.append(html_table(part, parser))
            elif part is CHART and chart_svg:
                pieces.append(_figure(chart_svg, profile_figure(report).caption))
    pieces.append(_lead_ins(parser.render("\n\n".join(markdown))))
    return "".join(pieces)


def _contents(report: Report) -> str:
    """The table of contents of the PDF: a link to every numbered section (the PDF adds
    its page number)."""
    items = "".join(
        f'<li><a href="#section-{c.number}">{c.number}. {html.escape(c.title)}</a></li>\n'
        for c in outline(report)
    )
    heading = html.escape(text(report.lang, "report.contents"))
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
        f"<figcaption>{html.escape(caption)}</figcaption>\n</figure>\n"
    )


def html_table(model: ReportTable, parser: MarkdownIt | None = None) -> str:
    """A report table as HTML: a class per table kind and per column's cells (`figures`
    ones right-aligned by the style sheet), the header in `<thead>` (repeated on every printed
    page the table spans), total rows in bold, a question not applicable or not scored in
    italics."""
    head = "".join(f"<th{_class(c)}>{_lines(c.heading)}</th>" for c in model.columns)
    lines = [
        '<figure class="table-block">',
        *_caption(model, parser),
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


def _caption(model: ReportTable, parser: MarkdownIt | None) -> list[str]:
    """The caption (and its note) above a table, kept on the page with it (a table and its
    caption are a `figure`)."""
    if not model.caption:
        return []
    caption = f"<strong>{html.escape(model.caption)}</strong>"
    if not model.note:
        return [f'<figcaption class="caption"><p>{caption}</p></figcaption>']
    if parser is None:
        note = f"<p>{html.escape(model.note)}</p>"
    else:  # the note is Markdown paragraphs (escaped)
        note = parser.render(escape_paragraphs(model.note)).strip()
    # The caption leads the note's first paragraph.
    return [f'<figcaption class="caption">{note.replace("<p>", f"<p>{caption} ", 1)}</figcaption>']


def _class(column: Column) -> str:
    return f' class="{html.escape(column.id)}{" figures" if column.figures else ""}"'


def _lines(value: str) -> str:
    """A cell's text escaped, its lines kept as line breaks (as in the Markdown)."""
    return "<br>".join(html.escape(line.strip()) for line in value.splitlines() if line.strip())
