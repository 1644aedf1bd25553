"""The report's comparison table from files: `--compare FILE` with benchmark records or
sessions of other municipalities, instead of the benchmarks kept in the session.

Each evaluation becomes one column as published (a benchmark record) or as computed (a
session). They must all use the session's own instrument, or all its older scale (like the
bundled Tabell 2 records): their figures are then on that scale.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kompass_tui.core.compare.comparison import ComparisonError, load_evaluations
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.problems import Problem
from kompass_tui.core.session.model import BenchmarkEntry, municipality_key


@lean_dataclass
class LoadedComparison:
    """The columns for the comparison table and any warnings from loading them."""

    entries: list[BenchmarkEntry]
    warnings: list[Problem]


def load_compared(
    paths: Sequence[Path], instrument: Instrument, session_path: Path, catalog: Catalog
) -> LoadedComparison:
    """Load the evaluations to compare with, in the order given.

    Raises LoadError when a file does not load and ComparisonError when an evaluation
    cannot be a column: the session itself, another instrument, no year, a column twice.
    """
    for path in paths:
        if path.resolve() == session_path.resolve():
            raise ComparisonError(f"{path}: is the session itself, not one to compare with")
    loaded = load_evaluations(paths, catalog)
    entries: list[BenchmarkEntry] = []
    seen: set[tuple[str, int]] = set()
    scales = {instrument.id: "current"}
    if instrument.older_scale:
        scales[instrument.older_scale] = "older"  # records on the older scale (Tabell 2)
    for evaluation in loaded.evaluations:
        scale = scales.get(evaluation.instrument_id) if not evaluation.edition else None
        if scale is None:
            raise ComparisonError(
                f"{evaluation.where}: uses instrument {evaluation.instrument_id!r}; the report "
                f"compares on its own, {instrument.id!r}"
                + (
                    f", or its older scale, {instrument.older_scale!r}"
                    if instrument.older_scale
                    else ""
                )
            )
        if entries and scale != entries[0].scale:
            raise ComparisonError(
                f"{evaluation.where}: is on the {scale} scale, the evaluations before it on the "
                f"{entries[0].scale}: one comparison table has one scale"
            )
        if evaluation.year is None:
            raise ComparisonError(f"{evaluation.where}: has no year, which its column needs")
        identity = (municipality_key(evaluation.municipality), evaluation.year)
        if identity in seen:
            raise ComparisonError(f"{evaluation.where}: {evaluation.label} is given twice")
        seen.add(identity)
        entries.append(
            BenchmarkEntry(
                municipality=" ".join(evaluation.municipality.split()),
                year=evaluation.year,
                scale=scale,
                areas=dict(evaluation.areas),  # as published: some may be missing
                total=evaluation.total,
                source=evaluation.source,
            )
        )
    return LoadedComparison(entries, loaded.warnings)
