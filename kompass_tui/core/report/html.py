"""The report as one self-contained HTML file: the Markdown chapters rendered by
markdown-it-py, the chart's SVG inlined, print styles for A4. Nothing is loaded from
anywhere else (no scripts, fonts, images or style sheets from the network).

Raw HTML in the Markdown is switched off, so no text of a session becomes markup: the
Markdown already escapes it, and markdown-it would print any left over as text.
"""

from __future__ import annotations

import html
from importlib import resources

from kompass_tui.core.report.markdown import ChartPlace, markdown_chapters
from kompass_tui.core.report.model import Report
from kompass_tui.core.report.tables import Column, ReportTable
from kompass_tui.core.texts.catalog import text
from kompass_tui.core.visible import visible

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


def render_html(report: Report, chart_svg: str | None = None) -> str:
    """The whole report as an HTML document; `chart_svg` (an SVG document) is drawn where
    the report places its profile chart."""
    from markdown_it import MarkdownIt  # only when writing HTML

    parser = MarkdownIt("commonmark", {"html": False}).enable("table")
    sections = []
    for chapter in markdown_chapters(report):
        pieces: list[str] = []
        markdown: list[str] = []
        for part in chapter.parts:
            if isinstance(part, ChartPlace):
                pieces.append(parser.render("\n\n".join(markdown)))
                markdown = []
                if chart_svg:
                    pieces.append(_figure(chart_svg, text(report.lang, "report.chart_title")))
            elif isinstance(part, ReportTable):
                pieces.append(parser.render("\n\n".join(markdown)))
                markdown = []
                pieces.append(html_table(part))
            else:
                markdown.append(part)
        pieces.append(parser.render("\n\n".join(markdown)))
        sections.append(f'<section class="{chapter.kind}">\n{"".join(pieces)}</section>\n')
    title = f"{report.instrument_name} – {report.municipality}"
    document = _PAGE.format(
        lang=html.escape(report.lang),
        title=html.escape(title),
        style=resources.files(__package__).joinpath("report.css").read_text(encoding="utf-8"),
        body="".join(sections),
    )
    return visible(document)  # no control character from a session reaches the file


def _figure(svg: str, caption: str) -> str:
    start = svg.find("<svg")
    return (
        f'<figure class="chart">\n{svg[start:].strip()}\n'
        f"<figcaption>{html.escape(caption)}</figcaption>\n</figure>\n"
    )


def html_table(model: ReportTable) -> str:
    """A report table as HTML: a class per table kind and per column's cells (`figures`
    ones right-aligned by the style sheet), the header in `<thead>` (repeated on every printed
    page the table spans), total rows in bold, a question not applicable or not scored in
    italics."""
    head = "".join(f"<th{_class(c)}>{_lines(c.heading)}</th>" for c in model.columns)
    lines = [
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
    lines += ["</tbody>", "</table>\n"]
    return "\n".join(lines)


def _class(column: Column) -> str:
    return f' class="{html.escape(column.id)}{" figures" if column.figures else ""}"'


def _lines(value: str) -> str:
    """A cell's text escaped, its lines kept as line breaks (as in the Markdown)."""
    return "<br>".join(html.escape(line.strip()) for line in value.splitlines() if line.strip())
