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
- With `--median` and/or `--mean` the file starts with a `row` column (`evaluation`,
  `median`, `mean`) and has an `n` column after `change_percent` and `area_<id>_n` after
  each area's percentage: a statistic's row holds it for the total and each area, over the
  reference population, n being how many evaluations it is taken over. A statistic in
  points goes in the points column; one of percentages (the maxima differ) in the
  percentage column.
- The file itself follows `core.formats.spreadsheet` (UTF-8 with BOM, CRLF, a decimal point).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from kompass_tui.core.compare.comparison import AreaChange, Comparison, ComparisonRow
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


def comparison_columns(comparison: Comparison, statistics: bool = False) -> list[str]:
    """The header: the fixed columns, then two per area of the comparison's instrument
    (with `statistics`: `row` first, `n` after the fixed ones, and three per area)."""
    per_area = ("", "_percent", "_n") if statistics else ("", "_percent")
    areas = [f"area_{area.id}{end}" for area in comparison.instrument.areas for end in per_area]
    if statistics:
        return ["row", *FIXED_COLUMNS, "n", *areas]
    return [*FIXED_COLUMNS, *areas]


def comparison_csv(comparison: Comparison, median: bool = False, mean: bool = False) -> str:
    """The whole CSV file, one row per evaluation, then the median and the mean asked for."""
    statistics = median or mean
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
        if statistics:
            row = ["evaluation", *row, ""]
        for area_row in area_rows:
            row.append(number_cell(area_row.values[index]))
            row.append(number_cell(_hundredths(area_row.percents[index])))
            if statistics:
                row.append("")
        rows.append(row)
    for name, wanted in (("median", median), ("mean", mean)):
        if wanted:
            rows.append(_statistic_row(comparison, name, total_row, area_rows))
    return csv_text(comparison_columns(comparison, statistics), rows)


def _statistic_row(
    comparison: Comparison,
    name: str,
    total_row: ComparisonRow,
    area_rows: tuple[ComparisonRow, ...],
) -> list[str]:
    """`median` or `mean` of the total and each area over the reference population."""
    total, total_percent, n = _statistic(total_row, name)
    max_cell = number_cell(total_row.max) if total_row.max is not None else ""
    row = [name, name, *[""] * 9, total, max_cell, total_percent, "", "", "", "", n]
    for area_row in area_rows:
        row += list(_statistic(area_row, name))
    return row


def _statistic(row: ComparisonRow, name: str) -> tuple[str, str, str]:
    """Points, percentage and n of a row's median or mean (empty when none has it)."""
    if row.reference is None:
        return "", "", "0"
    value = row.reference.median if name == "median" else row.reference.mean
    n = str(row.reference.n)
    if row.by_percent:
        return "", number_cell(_hundredths(value)), n
    return number_cell(value), "", n


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
