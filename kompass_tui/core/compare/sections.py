"""What a comparison shows and in which order: the notes under its first grid and every
grid after it. Markdown (`markdown.py`) and Rich (`views/compare_view.py`) only format
these, so the two cannot drift apart."""

from __future__ import annotations

from kompass_tui.core.compare.comparison import Comparison
from kompass_tui.core.compare.notes import caveats, population_note
from kompass_tui.core.compare.over_time import (
    change_grids,
    change_summary_grid,
    trend_grid,
    trends,
)
from kompass_tui.core.compare.tables import Grid, area_legend, rank_grid, summary_grid, turned
from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.texts.catalog import Texts


@lean_dataclass
class Section:
    """One grid after the first, with its heading."""

    heading: str
    grid: Grid
    level: int = 2
    """2: a section of its own; 3: part of the one before (a change's questions)."""
    note: str = ""
    """A line under the grid (what a trend's area columns hold)."""


def first_notes(
    comparison: Comparison, lang: str, median: bool, mean: bool, legend: bool
) -> list[str]:
    """The lines under the first grid: the areas' names (with `legend`), whom the median
    and the mean are of, the caveats."""
    notes = area_legend(comparison, lang) if legend else []
    if median or mean:
        notes.append(population_note(comparison.population, lang))
    return notes + caveats(comparison, lang)


def later_sections(comparison: Comparison, lang: str, trend: bool) -> list[Section]:
    """The grids after the first, in order: the evaluations, the ranks, the changes between
    consecutive evaluations, and (with `trend`) each municipality over time."""
    words = Texts(lang, "compare.")
    found = []
    if not turned(comparison):
        found.append(Section(words("evaluations"), summary_grid(comparison, lang)))
    found.append(Section(words("rank_heading"), rank_grid(comparison, lang)))
    if comparison.changes and turned(comparison):
        found.append(Section(words("change"), change_summary_grid(comparison, lang)))
    for change in comparison.changes if not turned(comparison) else ():
        heading = words("change_heading", earlier=change.earlier.label, later=change.later.label)
        areas, questions = change_grids(change, comparison, lang)
        found.append(Section(heading, areas))
        if questions is not None:
            found.append(Section(words("per_question"), questions, level=3))
    for one in trends(comparison) if trend else ():
        heading = words("trend_heading", municipality=one.municipality)
        grid = trend_grid(one, comparison, lang)
        found.append(Section(heading, grid, note=words("trend_areas")))
    return found
