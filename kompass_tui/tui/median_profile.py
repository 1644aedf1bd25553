"""The open evaluation beside the median of the other evaluations in its folder.

The other files are read only when the comparison is asked for. Percentages are of the
instrument's maximum for every column, as in `kompass compare`, so the bars compare alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from kompass_tui.core.compare.comparison import Evaluation, load_evaluations, median
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.problems import KompassError
from kompass_tui.core.scoring.numbers import format_percent, format_points, percent
from kompass_tui.tui.literal import literal, literal_text
from kompass_tui.tui.strings import tr
from kompass_tui.views.style import bar_text

_ZERO = Decimal(0)


@dataclass
class FolderEvaluations:
    """The evaluations found beside a session: those made with its instrument, and failures."""

    evaluations: list[Evaluation] = field(default_factory=list)
    unreadable: list[Path] = field(default_factory=list)


def other_evaluations(
    folder: Path, current: Path, instrument_id: str, catalog: Catalog
) -> FolderEvaluations:
    """Every session or benchmark record in `folder` made with the instrument, except `current`.

    Files that do not load are counted in `unreadable`, never raised.
    """
    found = FolderEvaluations()
    skip = current.resolve()
    for path in sorted(folder.glob("*.toml")):
        if not path.is_file() or path.resolve() == skip:
            continue
        try:
            loaded = load_evaluations([path], catalog)
        except (KompassError, OSError, ValueError):
            found.unreadable.append(path)
            continue
        found.evaluations += [e for e in loaded.evaluations if e.instrument_id == instrument_id]
    return found


def _cells(value: Decimal, maximum: Decimal, lang: str, bar_width: int) -> list[Text]:
    share = percent(value, maximum)
    return [
        Text(format_points(value, lang), justify="right"),
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
    rows: list[tuple[str, Decimal, Decimal, Decimal]] = []
    for area in instrument.areas:
        title = instrument.text(area.title if width >= 100 else area.short, lang)
        mine = current.areas.get(area.id, _ZERO)
        theirs = median([e.areas.get(area.id, _ZERO) for e in others])
        rows.append((f"{area.id} {title}", mine, theirs, area.max))
    rows.append(
        (tr(lang, "total"), current.total, median([e.total for e in others]), instrument.max)
    )
    for index, (title, mine, theirs, maximum) in enumerate(rows):
        last = index == len(rows) - 1
        style = "bold" if last else ""
        table.add_row(
            Text(title),
            literal_text(current.label, one_line=True),
            *_cells(mine, maximum, lang, bar_width),
            style=style,
        )
        table.add_row(
            Text(""),
            Text(median_label, style="italic"),
            *_cells(theirs, maximum, lang, bar_width),
            style=style,
            end_section=not last,
        )
    labels = literal(", ".join(e.label for e in others), one_line=True)
    names = Text(f"{median_label}: {labels}", style="dim")
    return Group(table, names)
