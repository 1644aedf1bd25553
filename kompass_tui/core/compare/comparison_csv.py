"""A comparison as data for spreadsheets: what `kompass compare --format csv` writes.

One row per evaluation, in the comparison's order (year order unless `--keep-order`):
who and when, how it came onto the comparison's instrument, the total with its maximum,
percentage, rank among the evaluations that have a total and the change from the same
municipality's previous evaluation, then each area's points and percentage.

- Unknown is empty, never 0: a record that published only its total has empty areas.
- Points are exact, as entered or printed. Percentages are of what the evaluation could
  reach (unscored questions left out) with two decimals, half up.
- `change` is the exact change in points, empty when the maxima differ (an older scale, a
  not-applicable question); `change_percent` is the change in percentage points.
- The file itself follows `core.formats.spreadsheet` (UTF-8 with BOM, CRLF, a decimal point).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from kompass_tui.core.compare.comparison import AreaChange, Comparison
from kompass_tui.core.formats.spreadsheet import csv_text, number_cell, text_cell

_HUNDREDTH = Decimal("0.01")

FIXED_COLUMNS = (
    "evaluation",
    "municipality",
    "year",
    "instrument",
    "via",
    "published",
    "complete",
    "source",
    "file",
    "record",
    "total",
    "max",
    "percent",
    "rank",
    "ranked",
    "change",
    "change_percent",
)
"""The columns before the areas; each area then gives `area_<id>` and
`area_<id>_percent`."""


def comparison_columns(comparison: Comparison) -> list[str]:
    """The header: the fixed columns, then two per area of the comparison's instrument."""
    areas = [
        name
        for area in comparison.instrument.areas
        for name in (f"area_{area.id}", f"area_{area.id}_percent")
    ]
    return [*FIXED_COLUMNS, *areas]


def comparison_csv(comparison: Comparison) -> str:
    """The whole CSV file, one row per evaluation."""
    total_row = comparison.total_row
    area_rows = comparison.rows[:-1]
    rows = []
    for index, (evaluation, change) in enumerate(
        zip(comparison.evaluations, comparison.change_column(), strict=True)
    ):
        rank = total_row.ranks[index]
        row = [
            text_cell(evaluation.label),
            text_cell(evaluation.municipality),
            "" if evaluation.year is None else str(evaluation.year),
            text_cell(evaluation.instrument_id),
            text_cell(evaluation.via),
            _yes_no(evaluation.published),
            _yes_no(evaluation.complete),
            text_cell(evaluation.source),
            text_cell(str(evaluation.file)),
            text_cell(evaluation.record_key),
            number_cell(evaluation.total),
            number_cell(None if evaluation.total is None else evaluation.max),
            number_cell(_hundredths(evaluation.percent)),
            "" if rank is None else str(rank),
            str(total_row.ranked) if rank is not None else "",
            *_change_cells(None if change is None else change.total),
        ]
        for area_row in area_rows:
            row.append(number_cell(area_row.values[index]))
            row.append(number_cell(_hundredths(area_row.percents[index])))
        rows.append(row)
    return csv_text(comparison_columns(comparison), rows)


def _change_cells(change: AreaChange | None) -> list[str]:
    if change is None:
        return ["", ""]
    points = None
    if not change.by_percent and change.before is not None and change.after is not None:
        points = change.after - change.before
    percent_points = None
    if change.before_percent is not None and change.after_percent is not None:
        percent_points = _hundredths(change.after_percent - change.before_percent)
    return [number_cell(points), number_cell(percent_points)]


def _hundredths(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(_HUNDREDTH, rounding=ROUND_HALF_UP)


def _yes_no(flag: bool) -> str:
    return "yes" if flag else "no"
