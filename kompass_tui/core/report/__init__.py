"""Reports of a session: Markdown, a Rich view for the terminal and an SVG profile chart.

Pure core: nothing here imports Textual, so `kompass export` and `kompass show` start fast.
`build_report` makes the data every output shares; the renderers only format it.
The names below are imported on first use, so that writing Markdown never loads Rich.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {
    "build_svg": "chart",
    "profile_svg": "chart",
    "EarlierTotals": "earlier",
    "load_earlier": "earlier",
    "build_markdown": "markdown",
    "render_markdown": "markdown",
    "Report": "model",
    "build_report": "model",
    "render_report": "rich_view",
    "report_renderable": "rich_view",
    "svg_link": "writing",
    "write_report": "writing",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
