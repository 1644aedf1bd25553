"""Change over time: per pair of consecutive evaluations, and a municipality's series.

"Change" is the later figure minus the earlier one, for the areas both know and for the
total. When an evaluation is known only by its total (a press release), only the total has
a change; its areas show `–`. Between different maxima the change is in percentage points.
"""

from __future__ import annotations

from decimal import Decimal

from kompass_tui.core.compare.comparison import Comparison, EvaluationChange
from kompass_tui.core.compare.evaluation import Evaluation
from kompass_tui.core.compare.tables import UNKNOWN, Grid, change_cell, figure_cell
from kompass_tui.core.formats.svg_charts import TrendPoint, TrendSeries, trend_chart
from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.scoring.numbers import (
    format_max,
    format_percent,
    round_percent,
    signed_points,
)
from kompass_tui.core.session.model import municipality_key
from kompass_tui.core.texts.catalog import Texts


def change_grids(
    change: EvaluationChange, comparison: Comparison, lang: str
) -> tuple[Grid, Grid | None]:
    """The per-area change table, and the per-question one when both are full sessions."""
    words = Texts(lang, "compare.")
    instrument = comparison.instrument
    earlier, later = change.earlier, change.later
    areas = Grid([words("area"), earlier.label, later.label, words("change")])
    for item in change.areas:
        name = (
            f"{item.area.id} {instrument.text(item.area.title, lang)}"
            if item.area
            else words("total")
        )
        areas.rows.append(
            [
                name,
                figure_cell(earlier, item.before, lang),
                figure_cell(later, item.after, lang),
                change_cell(item, lang),
            ]
        )
    areas.bold.add(len(areas.rows) - 1)
    if not change.questions:
        return areas, None
    questions = Grid([words("question"), earlier.label, later.label, words("change"), words("max")])
    for question in change.questions:
        questions.rows.append(
            [
                question.question.id,
                figure_cell(earlier, question.before, lang),
                figure_cell(later, question.after, lang),
                signed_points(question.change, lang),
                format_max(question.question.max, lang),
            ]
        )
    return areas, questions


def change_summary_grid(comparison: Comparison, lang: str) -> Grid:
    """Every change over time in one table (for many evaluations): a row per pair."""
    words = Texts(lang, "compare.")
    area_ids = [area.id for area in comparison.instrument.areas]
    grid = Grid([words("change"), *area_ids, words("total")])
    for change in comparison.changes:
        grid.rows.append([pair_name(change), *(change_cell(item, lang) for item in change.areas)])
    return grid


def pair_name(change: EvaluationChange) -> str:
    """`Lund 2005 → 2009`: the name once, when both labels start with it."""
    later = change.later.label
    name = " ".join(change.later.municipality.split())
    if later.startswith(name + " ") and change.earlier.label.startswith(name + " "):
        later = later[len(name) + 1 :]
    return f"{change.earlier.label} → {later}"


@lean_dataclass
class Trend:
    """One municipality's evaluations over time, oldest first, with the changes between."""

    municipality: str
    evaluations: tuple[Evaluation, ...]
    changes: tuple[EvaluationChange | None, ...]
    """Per evaluation, the change from the one before; None for the first."""


def trends(comparison: Comparison) -> list[Trend]:
    """The municipalities evaluated more than once, in order of their first evaluation."""
    by_later = {id(change.later): change for change in comparison.changes}
    groups: dict[str, list[Evaluation]] = {}
    for evaluation in comparison.evaluations:
        groups.setdefault(municipality_key(evaluation.municipality), []).append(evaluation)
    result = []
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda e: e.when)
        changes = tuple(by_later.get(id(e)) for e in members)
        result.append(Trend(" ".join(members[0].municipality.split()), tuple(members), changes))
    return result


def trend_grid(trend: Trend, comparison: Comparison, lang: str) -> Grid:
    """A municipality over time: total, % of max, change, and each area in % of max (the
    numbers only: the table's note says they are percentages)."""
    words = Texts(lang, "compare.")
    area_ids = [area.id for area in comparison.instrument.areas]
    grid = Grid(
        [words("evaluation"), words("total"), words("percent_of_max"), words("change"), *area_ids]
    )
    for evaluation, change in zip(trend.evaluations, trend.changes, strict=True):
        shares = [_share(evaluation.area_percent(a)) for a in area_ids]
        grid.rows.append(
            [
                evaluation.label,
                figure_cell(evaluation, evaluation.total, lang),
                format_percent(evaluation.percent),
                change_cell(change.total, lang) if change else "",
                *shares,
            ]
        )
    return grid


def _share(value: Decimal | None) -> str:
    return UNKNOWN if value is None else str(round_percent(value))


def trend_svg(comparison: Comparison, lang: str) -> str:
    """The SVG chart of every municipality evaluated more than once: one point per evaluation."""
    instrument = comparison.instrument
    series = [
        TrendSeries(
            one.municipality,
            tuple(
                TrendPoint(
                    when=e.when,
                    label=str(e.year) if e.year else e.label,
                    percent=e.percent,
                    value=figure_cell(e, e.total, lang) if e.total is not None else "",
                    areas={a.id: e.area_percent(a.id) for a in instrument.areas},
                )
                for e in one.evaluations
            ),
        )
        for one in trends(comparison)
    ]
    names = [(area.id, instrument.text(area.short, lang)) for area in instrument.areas]
    words = Texts(lang, "compare.")
    return trend_chart(words("trend_chart"), series, names, words("total"))
