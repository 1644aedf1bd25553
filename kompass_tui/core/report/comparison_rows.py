"""The report's comparison with other municipalities (the seed's Tabell 2) as data.

Rows of label + area figures + total, one per published result and one for the
municipality itself, all on one scale. The published rows come from benchmark entries
(kept in the session, or given as benchmark records); the figures stay as published.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.session.model import BenchmarkEntry


@lean_dataclass
class BenchmarkRow:
    """One column of the comparison: a municipality and year, its area figures and total."""

    label: str
    areas: tuple[Decimal | None, ...]
    """One figure per area of the report, in order; None where it is not known."""
    total: Decimal | None
    computed: bool = False
    """Whether the figures are this report's own exact arithmetic (shown like its other
    totals) rather than figures as published (shown as printed)."""
    year: int | None = None
    """The year of a published result (the chart's caption names the years)."""


@lean_dataclass
class ComparisonTable:
    """Every row of the comparison, the report's own municipality last."""

    scale: str
    """`current` (the instrument's own scale) or `older`."""
    rows: tuple[BenchmarkRow, ...]

    @property
    def others(self) -> int:
        """How many other municipalities the table compares with."""
        return len(self.rows) - 1


def benchmark_row(entry: BenchmarkEntry, area_ids: Sequence[str]) -> BenchmarkRow:
    """The row of a published result; its total as published, else the sum of its areas
    when every area is given."""
    areas = tuple(entry.areas.get(area_id) for area_id in area_ids)
    total = entry.total
    if total is None and all(value is not None for value in areas):
        total = sum((value for value in areas if value is not None), Decimal(0))
    return BenchmarkRow(entry.label, areas, total, year=entry.year)


def comparison_table(
    entries: Sequence[BenchmarkEntry], area_ids: Sequence[str], own: dict[str, BenchmarkRow]
) -> ComparisonTable | None:
    """The comparison of `entries` (all on one scale) with the municipality's own row on
    that scale (`own` by scale); None without entries."""
    if not entries:
        return None
    scale = entries[0].scale
    rows = [benchmark_row(entry, area_ids) for entry in entries if entry.scale == scale]
    return ComparisonTable(scale, (*rows, own[scale]))
