"""Reports of a session: Markdown, a Rich view for the terminal and an SVG profile chart.

Pure core: nothing here imports Textual, so `kompass export` and `kompass show` start fast.
`build_report` makes the data every output shares; the renderers only format it.
"""

from kompass_tui.core.report.chart import build_svg, profile_svg
from kompass_tui.core.report.markdown import build_markdown, render_markdown
from kompass_tui.core.report.model import Report, build_report
from kompass_tui.core.report.rich_view import render_report, report_renderable
from kompass_tui.core.report.writing import svg_link, write_report

__all__ = [
    "Report",
    "build_markdown",
    "build_report",
    "build_svg",
    "profile_svg",
    "render_markdown",
    "render_report",
    "report_renderable",
    "svg_link",
    "write_report",
]
