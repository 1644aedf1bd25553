"""The report's profile chart: a bar per area and the total, as an SVG document.

Drawn by `core/formats/svg_charts.py`; the report's HTML inlines it as it is.
"""

from __future__ import annotations

from kompass_tui.core.formats.svg_charts import ProfileBar, ProfileTotal, profile_chart
from kompass_tui.core.report.model import Report
from kompass_tui.core.scoring.numbers import format_points
from kompass_tui.core.texts.catalog import Texts


def profile_svg(report: Report) -> str:
    """A session's profile chart: its areas and total as % of their maxima."""
    words = Texts(report.lang, "report.")
    bars = [ProfileBar(f"{area.id}. {area.title}", area.percent) for area in report.areas]
    total = ProfileTotal(
        f"{words('total')}: {format_points(report.total, report.lang)}", report.percent
    )
    return profile_chart(f"{report.municipality} – {words('chart_title')}", bars, total)
