"""The open evaluation beside the median of the other evaluations in its folder.

The other files are read only when the comparison is asked for, by
`core.compare.folder.other_evaluations` (callable from a worker thread, with a progress
callback). Percentages are of each evaluation's own maximum (not-applicable questions left
out); where the others' maxima differ, their median is a median of percentages.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from kompass_tui.core.compare.evaluation import Evaluation
from kompass_tui.core.compare.folder import (  # the file reading, for a worker thread
    FolderEvaluations,
    median_profile_lines,
    other_evaluations,
)
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.scoring.numbers import format_percent, format_points
from kompass_tui.tui.literal import literal, literal_text
from kompass_tui.tui.strings import tr
from kompass_tui.views.style import bar_text


def _cells(value: Decimal | None, share: Decimal | None, lang: str, bar_width: int) -> list[Text]:
    points = "–" if value is None else format_points(value, lang)
    return [
        Text(points, justify="right"),
        Text(format_percent(share), justify="right"),
        bar_text(share, bar_width),
    ]


def median_profile(
    current: Evaluation,
    others: Sequence[Evaluation],
    instrument: Instrument,
    lang: str,
    width: int = 80,
) -> RenderableType:
    """Per area two bars: the current evaluation's and the median of the others'."""
    bar_width = 20 if width >= 80 else 12
    median_label = tr(lang, "median_of", n=len(others))
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=False)
    table.add_column(Text(tr(lang, "area")), overflow="fold")
    table.add_column(Text(""), overflow="fold")
    table.add_column(Text(tr(lang, "points")), justify="right")
    table.add_column(Text("%"), justify="right")
    table.add_column(Text(""), no_wrap=True)
    lines = median_profile_lines(current, others, instrument)
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        style = "bold" if last else ""
        if line.area is None:
            title = tr(lang, "total")
        else:
            short = instrument.text(line.area.title if width >= 100 else line.area.short, lang)
            title = f"{line.area.id} {short}"
        table.add_row(
            Text(title),
            literal_text(current.label, one_line=True),
            *_cells(line.value, line.percent, lang, bar_width),
            style=style,
        )
        table.add_row(
            Text(""),
            Text(median_label, style="italic"),
            *_cells(line.median, line.median_percent, lang, bar_width),
            style=style,
            end_section=not last,
        )
    labels = literal(", ".join(e.label for e in others), one_line=True)
    names = Text(f"{median_label}: {labels}", style="dim")
    return Group(table, names)


__all__ = ["FolderEvaluations", "median_profile", "other_evaluations"]
