"""A session against published results: the seed's Tabell 2 and its reference median.

The seed report compares Norrköping, on the older scale, with five municipalities
(Tabell 2) and with "the median of all municipalities evaluated up to 2009" (its profile
diagram). Both come from a session with older-scale totals and a benchmark file:

    result = session_comparison(session, instrument, path, [benchmarks], catalog)
    tabell2_grid(result.comparison, "sv")                        # the table, as printed
    reference = reference_median(result.comparison.evaluations,
                                 result.comparison.instrument, until=2009)
    reference_grid(newest, reference, "sv")                      # area, figure, median, n
    reference_profile_svg(newest, reference, "sv")               # the diagram
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from kompass_tui.core.compare.comparison import Comparison, LoadedComparison, build_comparison
from kompass_tui.core.compare.evaluation import (
    Evaluation,
    evaluation_from_session,
    load_evaluations,
)
from kompass_tui.core.compare.notes import span_words
from kompass_tui.core.compare.scales import place_on_one_instrument
from kompass_tui.core.compare.statistics import Population, Statistic, statistic
from kompass_tui.core.compare.tables import UNKNOWN, Grid, figure_cell
from kompass_tui.core.formats.svg_charts import ProfileBar, profile_chart
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.scoring.numbers import format_figure, format_max, format_percent, percent
from kompass_tui.core.session.model import Session
from kompass_tui.core.texts.catalog import Texts


def session_comparison(
    session: Session,
    instrument: Instrument,
    session_path: Path,
    benchmark_paths: Sequence[Path],
    catalog: Catalog,
    *,
    on: str | None = None,
    keep_order: bool = True,
    population: Population | None = None,
) -> LoadedComparison:
    """The session (as it is in memory) beside the records of benchmark files.

    The records come first, in file order, then the session, as in the seed's Tabell 2
    (`keep_order=False` sorts by year). The instrument is chosen as in `kompass compare`:
    with older-scale records, the session's older-scale totals are used.
    """
    loaded = load_evaluations(benchmark_paths, catalog)
    loaded.instruments.setdefault(instrument.id, instrument)
    own = evaluation_from_session(session, instrument, session_path)
    evaluations = [*loaded.evaluations, own]
    placed = place_on_one_instrument(evaluations, loaded.instruments, catalog, on=on)
    comparison = build_comparison(placed.evaluations, placed.instrument, keep_order, population)
    return LoadedComparison(comparison, loaded)


def tabell2_grid(comparison: Comparison, lang: str) -> Grid:
    """The comparison as the seed prints Tabell 2: `Kriterium`, the area ids, `Totalt`.

    Every figure as published; an unknown one as `–`.
    """
    words = Texts(lang, "compare.")
    grid = Grid([words("criterion"), *(e.label for e in comparison.evaluations)])
    for row in comparison.rows:
        name = row.area.id if row.area is not None else words("total")
        cells = [
            figure_cell(e, v, lang) for e, v in zip(comparison.evaluations, row.values, strict=True)
        ]
        grid.rows.append([name, *cells])
    grid.bold.add(len(grid.rows) - 1)
    return grid


@lean_dataclass
class ReferenceMedian:
    """The median per area and of the total over a population of evaluations."""

    instrument: Instrument
    population: Population
    areas: dict[str, Statistic]
    """By area id, for the areas some evaluation of the population has."""
    total: Statistic | None
    published: dict[str, bool]
    """Per area id (and `""` for the total): whether every figure behind the median is a
    published one (then it is shown as those are; else by the points rule)."""
    percent_areas: frozenset[str] = frozenset()
    """Areas (`""`: the total) whose maxima differ: their median is of percentages."""

    def percent(self, area_id: str) -> Decimal | None:
        """An area's median as % of the area's maximum (`""`: the total's)."""
        found = self.total if area_id == "" else self.areas.get(area_id)
        if found is None:
            return None
        if area_id in self.percent_areas:
            return found.median
        maximum = self.instrument.max if area_id == "" else self.instrument.area_by_id[area_id].max
        return percent(found.median, maximum)


def reference_median(
    evaluations: Sequence[Evaluation],
    instrument: Instrument,
    *,
    since: int | None = None,
    until: int | None = None,
) -> ReferenceMedian:
    """The median of every evaluation (on `instrument`) from `since` up to `until`.

    An area's median is over the evaluations that have that area, the total's over those
    that have a total: `n` says how many.
    """
    population = Population(since, until)
    members = [
        e for e in evaluations if e.instrument_id == instrument.id and population.includes(e.year)
    ]
    areas: dict[str, Statistic] = {}
    total: Statistic | None = None
    published: dict[str, bool] = {}
    by_percent: set[str] = set()
    for key in [area.id for area in instrument.areas] + [""]:
        known = [
            (e, e.areas.get(key), e.area_max.get(key)) if key else (e, e.total, e.max)
            for e in members
        ]
        known = [(e, v, m) for e, v, m in known if v is not None and m]
        if len({m for _, _, m in known}) > 1:
            by_percent.add(key)
            found = statistic([e.area_percent(key) if key else e.percent for e, _, _ in known])
        else:
            found = statistic([v for _, v, _ in known])
        published[key] = all(e.published for e, _, _ in known)
        if found is None:
            continue
        if key:
            areas[key] = found
        else:
            total = found
    return ReferenceMedian(instrument, population, areas, total, published, frozenset(by_percent))


def reference_label(reference: ReferenceMedian, lang: str) -> str:
    """`Median t.o.m. 2009` / `Median up to 2009`: how the reference is named."""
    return span_words(reference.population, lang, "median", "median")


def reference_grid(evaluation: Evaluation, reference: ReferenceMedian, lang: str) -> Grid:
    """Per area and the total: the evaluation's figure, the reference median, n and max."""
    words = Texts(lang, "compare.")
    instrument = reference.instrument
    grid = Grid(
        [words("area"), evaluation.label, reference_label(reference, lang), "n", words("max")]
    )
    keys = [
        (area.id, f"{area.id} {instrument.text(area.title, lang)}") for area in instrument.areas
    ]
    keys.append(("", words("total")))
    for key, name in keys:
        value = evaluation.total if key == "" else evaluation.areas.get(key)
        found = reference.total if key == "" else reference.areas.get(key)
        maximum = instrument.max if key == "" else instrument.area_by_id[key].max
        if found is None:
            median_cell = UNKNOWN
        elif key in reference.percent_areas:
            median_cell = format_percent(found.median)
        else:
            median_cell = format_figure(found.median, reference.published.get(key, False), lang)
        grid.rows.append(
            [
                name,
                figure_cell(evaluation, value, lang),
                median_cell,
                str(found.n if found else 0),
                format_max(maximum, lang),
            ]
        )
    grid.bold.add(len(grid.rows) - 1)
    return grid


def reference_profile_svg(evaluation: Evaluation, reference: ReferenceMedian, lang: str) -> str:
    """The seed's diagram: the evaluation's area % bars, each with the reference median's."""
    instrument = reference.instrument
    words = Texts(lang, "compare.")
    bars = [
        ProfileBar(
            f"{area.id}. {instrument.text(area.title, lang)}",
            evaluation.area_percent(area.id),
            reference.percent(area.id),
        )
        for area in instrument.areas
    ]
    total = ProfileBar(
        f"{words('total')}: {figure_cell(evaluation, evaluation.total, lang)}",
        evaluation.percent,
        reference.percent(""),
    )
    name = instrument.text(instrument.name, lang)
    return profile_chart(
        f"{evaluation.label} – {name}",
        bars,
        total,
        series=evaluation.label,
        reference=reference_label(reference, lang),
    )
