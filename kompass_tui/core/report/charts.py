"""The report's profile chart: a bar per area and the total, as an SVG document.

Drawn by `core/formats/svg_charts.py`; the report's HTML inlines it as it is.
"""

from __future__ import annotations

from kompass_tui.core.formats.svg_charts import ProfileBar, profile_chart
from kompass_tui.core.report.model import Report
from kompass_tui.core.report.profile import profile_figure
from kompass_tui.core.texts.catalog import Texts


def profile_svg(report: Report) -> str:
    """A session's profile chart as the report draws it (`profile.profile_figure`): on the
    comparison's scale against its median when the report has one, else every area's share
    of its maximum; each figure as the table beside it prints it."""
    figure = profile_figure(report)
    words = Texts(report.lang, "report.")
    bars = [
        ProfileBar(line.label, line.percent, line.reference, line.value, line.reference_value)
        for line in figure.areas
    ]
    line = figure.total
    label = line.label  # `Totalt: 491` without a median; with one, the figures stand beside
    total = ProfileBar(label, line.percent, line.reference, line.value, line.reference_value)
    title = f"{report.municipality} – {words('chart_title')}"
    return profile_chart(title, bars, total, figure.series, figure.reference)
