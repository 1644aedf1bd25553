"""Writing an export: one writer for `kompass export` and the workbench's export (ctrl+e).

`render_export` makes the document of a format (see `formats`), `write_export` writes it
atomically to a file, the profile chart first when it is asked for, so a Markdown report
never links to a chart that is missing.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from kompass_tui.core.files.atomic import write_bytes_atomic, write_text_atomic
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.report.formats import DATA_FORMATS
from kompass_tui.core.report.model import Report, build_report
from kompass_tui.core.session.model import Session

if TYPE_CHECKING:
    from kompass_tui.core.report.earlier import EarlierTotals


@lean_dataclass
class ExportContent:
    """What an export shows: a session in a language, its private comments only when
    `comments` asks, and the report as the command line built it (None: built here)."""

    session: Session
    instrument: Instrument
    lang: str
    comments: bool = False
    report: Report | None = None
    """The report with the command line's options (`--earlier`, `--compare`, `--exact`,
    `--sources`, built with the same `comments`); None builds the plain one."""

    def built_report(self) -> Report:
        """The report to format."""
        if self.report is not None:
            return self.report
        return build_report(self.session, self.instrument, self.lang, comments=self.comments)


def svg_link(svg_path: Path, markdown_path: Path | None) -> str:
    """How the Markdown refers to the chart: relative to the Markdown file's folder.

    Without a Markdown file (the report goes to stdout) the chart's path is used as given.
    """
    if markdown_path is None:
        return svg_path.as_posix()
    start = markdown_path.parent.resolve()
    return Path(os.path.relpath(svg_path.resolve(), start)).as_posix()


def render_export(fmt: str, content: ExportContent, chart_link: str | None = None) -> str | bytes:
    """The document of `fmt` (see `formats.FORMATS`): text, or bytes for Word and PDF
    (`formats.PdfUnavailable` when WeasyPrint or Pango is missing);
    `chart_link` is where a Markdown report links its chart."""
    if fmt in DATA_FORMATS:
        from kompass_tui.core.report import data_out  # the spreadsheet code only for data

        questions = data_out.questions_csv if fmt == "csv" else data_out.questions_json
        return questions(content.session, content.instrument, content.lang, content.comments)
    report = content.built_report()
    if fmt == "md":
        from kompass_tui.core.report.markdown import render_markdown  # not for HTML

        return render_markdown(report, chart_link)
    if fmt == "html":
        from kompass_tui.core.report.charts import profile_svg
        from kompass_tui.core.report.html import render_html

        return render_html(report, profile_svg(report))
    if fmt == "docx":
        from kompass_tui.core.report.docx import render_docx  # python-docx only here

        return render_docx(report)
    if fmt == "pdf":
        from kompass_tui.core.report.charts import profile_svg
        from kompass_tui.core.report.pdf import render_pdf  # WeasyPrint only here

        return render_pdf(report, profile_svg(report))
    raise ValueError(f"no writer for the format {fmt!r}")


def export_document(
    fmt: str, content: ExportContent, target: Path | None, svg_path: Path | None = None
) -> str | bytes:
    """The document of `fmt` bound for `target` (None: stdout); for a report, its profile
    chart is written to `svg_path` first, so the Markdown never links to a chart that is
    missing. Raises OSError when the chart cannot be written."""
    link = None
    if fmt not in DATA_FORMATS and content.report is None:
        content = replace(content, report=content.built_report())  # built once
    if svg_path is not None and fmt not in DATA_FORMATS:
        from kompass_tui.core.report.charts import profile_svg  # only with a chart

        write_text_atomic(svg_path, profile_svg(content.built_report()))
        link = svg_link(svg_path, target)
    return render_export(fmt, content, link)


def write_export(
    target: Path, fmt: str, content: ExportContent, svg_path: Path | None = None
) -> None:
    """Write the export of `fmt` to `target` atomically, and for a report its profile chart
    to `svg_path` (see `export_document`); raises OSError when a file cannot be written."""
    document = export_document(fmt, content, target, svg_path)
    if isinstance(document, bytes):
        write_bytes_atomic(target, document)
    else:
        write_text_atomic(target, document)


def write_report(
    session: Session,
    instrument: Instrument,
    lang: str,
    markdown_path: Path,
    svg_path: Path | None = None,
    earlier: EarlierTotals | None = None,
) -> None:
    """Write the report as Markdown, and the profile chart as SVG when `svg_path` is given.

    With `earlier`, the summary shows an earlier evaluation's totals and the change. The
    evaluators' comments are not in it. Raises OSError when a file cannot be written.
    """
    report = build_report(session, instrument, lang, earlier)
    content = ExportContent(session, instrument, lang, report=report)
    write_export(markdown_path, "md", content, svg_path)
