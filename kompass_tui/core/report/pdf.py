"""The report as a PDF: the HTML report set on A4 pages by WeasyPrint (CSS paged media).

WeasyPrint, because it typesets HTML and CSS itself: page counters (`sida N av M`), running
headers in the page margins, a table of contents whose page numbers come from
`target-counter`, and tables and headings kept on a page by `break-inside` and
`break-after`, all from the one HTML report. It needs no browser; it uses the system's
Pango for text. Loaded only here: a missing WeasyPrint or Pango raises `PdfUnavailable`
before anything is written.
"""

from __future__ import annotations

import importlib
import re

from kompass_tui.core.report.formats import PdfUnavailable
from kompass_tui.core.report.html import render_html
from kompass_tui.core.report.model import Report
from kompass_tui.core.texts.catalog import text


def css_string(value: str) -> str:
    """A CSS string literal for any text (quotes, backslashes and line breaks escaped)."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + re.sub(r"[\r\n\f]+", " ", escaped) + '"'


def page_style(report: Report) -> str:
    """The paged-media rules of the PDF: a running header (instrument and municipality on
    the left, the year on the right), `sida N av M` at the foot, neither on the title
    page, and the contents' page numbers."""
    header = css_string(f"{report.running_name} – {report.municipality}")
    year = css_string(str(report.year) if report.year is not None else "")
    counters = text(report.lang, "report.page_of", page="\0page\0", pages="\0pages\0")
    footer = " ".join(
        f"counter({piece})" if index % 2 else css_string(piece)
        for index, piece in enumerate(counters.split("\0"))
        if piece
    )
    return f"""
@page {{
  @top-left {{ content: {header}; font: 8.5pt "DejaVu Sans", sans-serif; color: #444; }}
  @top-right {{ content: {year}; font: 8.5pt "DejaVu Sans", sans-serif; color: #444; }}
  @bottom-center {{ content: {footer}; font: 8.5pt "DejaVu Sans", sans-serif; }}
}}
@page :first {{
  @top-left {{ content: none; }}
  @top-right {{ content: none; }}
  @bottom-center {{ content: none; }}
}}
body {{ max-width: none; padding: 0; }}
section.title h1 {{ margin-top: 35%; }}
ol.toc a::after {{ content: leader(".") target-counter(attr(href url), page); }}
ol.toc li {{ margin: 0.4em 0; }}
"""


def render_pdf(report: Report, chart_svg: str | None = None) -> bytes:
    """The whole report as the bytes of an A4 PDF; PdfUnavailable when WeasyPrint or Pango
    cannot be loaded. Nothing is fetched: the document holds everything it shows."""
    try:  # only for a PDF: it loads Pango through cffi (and ships no type hints)
        weasyprint = importlib.import_module("weasyprint")
    except (ImportError, OSError) as missing:
        raise PdfUnavailable(str(missing).splitlines()[0] if str(missing) else "") from None
    document = render_html(report, chart_svg, page_style(report), links=True)
    html = weasyprint.HTML(string=document, url_fetcher=_nothing, base_url=None)
    pdf = html.write_pdf()
    assert isinstance(pdf, bytes)
    return pdf


def _nothing(url: str, *args: object, **kwargs: object) -> dict[str, object]:
    """Refuses every fetch: a report loads nothing from anywhere."""
    raise ValueError(f"a report loads nothing: {url}")
