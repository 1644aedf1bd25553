"""Writing a report to files: the Markdown and, optionally, the SVG chart it links to."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from kompass_tui.core.files.atomic import write_text_atomic
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.report.markdown import render_markdown
from kompass_tui.core.report.model import build_report
from kompass_tui.core.session.model import Session

if TYPE_CHECKING:
    from kompass_tui.core.report.earlier import EarlierTotals


def svg_link(svg_path: Path, markdown_path: Path | None) -> str:
    """How the Markdown refers to the chart: relative to the Markdown file's folder.

    Without a Markdown file (the report goes to stdout) the chart's path is used as given.
    """
    if markdown_path is None:
        return svg_path.as_posix()
    start = markdown_path.parent.resolve()
    return Path(os.path.relpath(svg_path.resolve(), start)).as_posix()


def write_report(
    session: Session,
    instrument: Instrument,
    lang: str,
    markdown_path: Path,
    svg_path: Path | None = None,
    earlier: EarlierTotals | None = None,
) -> None:
    """Write the report as Markdown, and the profile chart as SVG when `svg_path` is given.

    With `earlier`, the summary shows an earlier evaluation's totals and the change.

    Both files are written atomically; the chart first, so the Markdown never links to a
    chart that is missing. Raises OSError when a file cannot be written.
    """
    report = build_report(session, instrument, lang, earlier)
    link = None
    if svg_path is not None:
        from kompass_tui.core.report.charts import profile_svg  # only with a chart

        write_text_atomic(svg_path, profile_svg(report))
        link = svg_link(svg_path, markdown_path)
    write_text_atomic(markdown_path, render_markdown(report, link))
