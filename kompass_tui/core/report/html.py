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
