"""The open evaluation against the median of the other evaluations in its folder.

Reading a folder of many files takes a while, so this runs in a worker thread: it reads
the files one by one, calls `progress(done, of)` after each, and stops early when
`cancelled()` says so. It never raises for a file that does not load: such files are
counted in `unreadable`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from kompass_tui.core.compare.evaluation import (
    Evaluation,
    LoadedEvaluations,
    Progress,
    load_file,
)
from kompass_tui.core.compare.statistics import median
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Area, Instrument
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.problems import KompassError


@lean_dataclass(frozen=False)
class FolderEvaluations:
    """The evaluations found beside a session: those made with its instrument, and failures."""

    evaluations: list[Evaluation] = field(default_factory=list)
    unreadable: list[Path] = field(default_factory=list)
    complete: bool = True
    """False when the scan was cancelled before the last file."""


def other_evaluations(
    folder: Path,
    current: Path,
    instrument_id: str,
    catalog: Catalog,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> FolderEvaluations:
    """Every session or benchmark record in `folder` made with the instrument, but `current`.

    Safe to call from a worker thread: it only reads files and returns new objects.
    """
    found = FolderEvaluations()
    skip = current.resolve()
    paths = [p for p in sorted(folder.glob("*.toml")) if p.is_file() and p.resolve() != skip]
    for done, path in enumerate(paths, 1):
        if cancelled is not None and cancelled():
            found.complete = False
            break
        loaded = LoadedEvaluations([], {}, [])
        try:
            load_file(path, catalog, loaded)
        except (KompassError, OSError, ValueError):
            found.unreadable.append(path)
        else:
            found.evaluations += [
                e for e in loaded.evaluations if e.instrument_id == instrument_id and not e.edition
            ]
        if progress is not None:
            progress(done, len(paths))
    return found


@lean_dataclass
class ProfileLine:
    """One area (or the total, `area` None): the open evaluation and the others' median."""

    area: Area | None
    value: Decimal | None
    max: Decimal | None
    percent: Decimal | None
    """The open evaluation's percentage (of its maximum; of what its scored questions can
    give while it is not completely scored)."""
    median: Decimal | None
    """The median of the others' figures, in points; None when they have different maxima
    (then only `median_percent` is meaningful) or none has the figure."""
    median_percent: Decimal | None
    """The median of the others' percentages of their own maxima."""
    n: int
    """How many of the others have the figure."""


def median_profile_lines(
    current: Evaluation, others: Sequence[Evaluation], instrument: Instrument
) -> list[ProfileLine]:
    """Per area and for the total: the current figure beside the median of the others'."""
    lines = [
        _line(area, _figure(current, area.id), [_figure(e, area.id) for e in others])
        for area in instrument.areas
    ]
    lines.append(_line(None, _figure(current, ""), [_figure(e, "") for e in others]))
    return lines


Figure = tuple[Decimal | None, Decimal | None, Decimal | None]
"""A value, its maximum and its percentage (of what it could be); Nones when unknown."""


def _figure(evaluation: Evaluation, area_id: str) -> Figure:
    if not area_id:
        return evaluation.total, evaluation.max, evaluation.percent
    value = evaluation.areas.get(area_id)
    return value, evaluation.area_max.get(area_id), evaluation.area_percent(area_id)


def _line(area: Area | None, mine: Figure, theirs: list[Figure]) -> ProfileLine:
    known = [(v, m, p) for v, m, p in theirs if v is not None and m and p is not None]
    value, maximum, share = mine
    if not known:
        return ProfileLine(area, value, maximum, share, None, None, 0)
    maxima = {m for _, m, _ in known}
    in_points = median([v for v, _, _ in known if v is not None]) if len(maxima) == 1 else None
    shares = [p for _, _, p in known if p is not None]
    return ProfileLine(area, value, maximum, share, in_points, median(shares), len(known))
