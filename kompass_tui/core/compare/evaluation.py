"""Evaluations to compare: a session or a published record, reduced to what is known of it.

A session knows every area (an area whose questions are all not applicable has no total)
and its exact total. A published record knows what was printed: the total alone, some
areas, or all of them; its figures are shown as printed (`72`, not `72,0`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from kompass_tui.core.compare.benchmark import BenchmarkRecord, is_benchmark_data, parse_benchmarks
from kompass_tui.core.compare.listed_cache import ListedCache
from kompass_tui.core.compare.session_index import from_listed, listed_part
from kompass_tui.core.files.toml_reading import parse_toml_bytes, read_file_bytes
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.problems import LoadError, Problem
from kompass_tui.core.scoring.numbers import percent
from kompass_tui.core.scoring.totals import session_score
from kompass_tui.core.session.model import Session
from kompass_tui.core.session.toml_io import LoadedSession, parse_session

_ZERO = Decimal(0)


@lean_dataclass
class Evaluation:
    """One evaluation in a comparison: who, when, on which instrument, and what is known."""

    label: str
    """How tables name it, like `Norrköping 2010`; unique within one comparison."""
    municipality: str
    year: int | None
    instrument_id: str
    areas: dict[str, Decimal]
    """The known area totals by area id (a record's printed ones; a session's, except areas
    whose questions are all not applicable)."""
    area_max: dict[str, Decimal]
    """The maximum of each known area (not-applicable questions left out)."""
    total: Decimal | None
    """The overall total: printed, or the sum when every area is known; None if unknown."""
    max: Decimal
    """The maximum of the total."""
    file: Path
    published: bool = False
    """Figures as printed (records, older-scale totals): shown with the decimals they need."""
    edition: str = ""
    """A later edition of the instrument the figures come from (its total only)."""
    session: Session | None = None
    """The full session when the evaluation comes from a session file."""
    first_date: date | None = None
    complete: bool = True
    """False for a session with unscored questions."""
    source: str = ""
    """Where a record's figures come from."""
    record_key: str = ""
    """For a record, its key path in the file, like `records[2]`."""
    area_sum: Decimal | None = None
    """Set when a printed total differs from the sum of the printed areas (rounding)."""
    via: str = ""
    """How it came onto the comparison's instrument: `older scale`, a mapping file, ``."""
    scored_max: Decimal | None = None
    """For a session not completely scored: what its scored questions can give, the basis
    of its percentage (unscored is not 0); None when that is `max`."""
    area_scored_max: dict[str, Decimal] = field(default_factory=dict)
    """The same per area, where it differs from `area_max`."""

    @property
    def percent(self) -> Decimal | None:
        """The total as an exact percentage of what it could be; None when unknown."""
        basis = self.max if self.scored_max is None else self.scored_max
        return None if self.total is None else percent(self.total, basis)

    def area_percent(self, area_id: str) -> Decimal | None:
        """An area's total as an exact percentage of what it could be; None when unknown."""
        value = self.areas.get(area_id)
        if value is None:
            return None
        return percent(value, self.area_scored_max.get(area_id, self.area_max[area_id]))

    @property
    def where(self) -> str:
        """The file, and for a record its key path, for messages."""
        return f"{self.file}: {self.record_key}" if self.record_key else str(self.file)

    @property
    def when(self) -> date:
        """The date it is ordered by: the first evaluation day, else 1 January of its year."""
        if self.first_date is not None:
            return self.first_date
        return date(self.year, 1, 1) if self.year else date.min


def evaluation_from_session(session: Session, instrument: Instrument, file: Path) -> Evaluation:
    """A session as an evaluation: every area with a maximum, and the exact total."""
    score = session_score(session, instrument)
    first = min(session.dates) if session.dates else None
    known = [a for a in score.areas if a.max > 0]
    partial = {a.area.id: a.scored_max for a in known if a.scored_max != a.max}
    return Evaluation(
        label=label_of(session.municipality, first.year if first else None),
        municipality=session.municipality,
        year=first.year if first else None,
        instrument_id=instrument.id,
        areas={a.area.id: a.total for a in known},
        area_max={a.area.id: a.max for a in known},
        total=score.total if score.max > 0 else None,
        max=score.max,
        file=file,
        session=session,
        first_date=first,
        complete=score.complete,
        scored_max=score.scored_max if score.scored_max != score.max else None,
        area_scored_max=partial,
    )


def older_scale_evaluation(evaluation: Evaluation, older: Instrument) -> Evaluation | None:
    """A session's older-scale totals as an evaluation on `older`; None if it has none.

    The total is their sum only when every area of the older scale has one.
    """
    session = evaluation.session
    if session is None:
        return None
    areas = {
        area.id: notes.older_scale_total
        for area in older.areas
        if (notes := session.areas.get(area.id)) is not None and notes.older_scale_total is not None
    }
    if not areas:
        return None
    total = sum(areas.values(), _ZERO) if len(areas) == len(older.areas) else None
    return replace(
        evaluation,
        instrument_id=older.id,
        areas=areas,
        area_max={area_id: older.area_by_id[area_id].max for area_id in areas},
        total=total,
        max=older.max,
        published=True,
        complete=True,
        via="older scale",
        scored_max=None,
        area_scored_max={},
    )


def evaluation_from_record(
    record: BenchmarkRecord, instrument: Instrument, file: Path, index: int
) -> Evaluation:
    """A record (the `index`-th of its file) as an evaluation; its figures as printed."""
    every_area = len(record.areas) == len(instrument.areas)
    total = record.total
    if total is None and every_area:
        total = record.area_sum
    differs = every_area and record.total is not None and record.total != record.area_sum
    return Evaluation(
        label=label_of(record.municipality, record.year),
        municipality=record.municipality,
        year=record.year,
        instrument_id=instrument.id,
        areas=dict(record.areas),
        area_max={area_id: instrument.area_by_id[area_id].max for area_id in record.areas},
        total=total,
        max=instrument.max,
        file=file,
        published=True,
        edition=record.edition,
        source=record.source,
        record_key=f"records[{index}]",
        area_sum=record.area_sum if differs else None,
    )


def label_of(municipality: str, year: int | None) -> str:
    """`Norrköping 2010`: the name on one line, then the year when known."""
    name = " ".join(municipality.split())
    return f"{name} {year}" if year else name


@lean_dataclass(frozen=False)
class LoadedEvaluations:
    """Everything loaded for a comparison: the evaluations, their instruments and warnings."""

    evaluations: list[Evaluation]
    instruments: dict[str, Instrument]
    warnings: list[Problem]


Progress = Callable[[int, int], None]
"""Called as `progress(done, of)` after each file, for a worker thread's progress bar."""


def load_evaluations(
    paths: Sequence[Path], catalog: Catalog, progress: Progress | None = None
) -> LoadedEvaluations:
    """Load session and benchmark files in order; raise LoadError with every file's problems."""
    result = LoadedEvaluations([], {}, [])
    problems: list[Problem] = []
    cache = ListedCache.default()
    try:
        for done, path in enumerate(paths, 1):
            try:
                load_file(path, catalog, result, cache)
            except LoadError as failure:
                problems.extend(failure.problems)
            if progress is not None:
                progress(done, len(paths))
    finally:
        cache.save()  # what was found is kept, whatever the files hold
    if problems:
        raise LoadError(problems)
    return result


def load_file(
    path: Path, catalog: Catalog, into: LoadedEvaluations, cache: ListedCache | None = None
) -> None:
    """Add the evaluations of one session or benchmark file; raise LoadError if it is bad.

    A session is read and checked without its texts, as the picker reads it (they are not
    compared, and parsing them would be most of the time with thousands of files);
    `kompass validate` and opening it check the whole file. Its listed part is kept in
    `cache` for the next time (while its bytes stay the same; `cache.save()` writes it).
    """
    raw = read_file_bytes(path)
    head = listed_part(raw) if cache is None else cache.listed(path, raw)
    loaded = from_listed(head, path, catalog)
    if loaded is not None:
        _add_session(loaded, into)
        return
    data = parse_toml_bytes(raw, str(path))
    if is_benchmark_data(data):
        benchmarks = parse_benchmarks(data, path, catalog)
        into.instruments.update(benchmarks.instruments)
        into.warnings.extend(benchmarks.warnings)
        into.evaluations.extend(
            evaluation_from_record(record, benchmarks.instruments[record.instrument_id], path, i)
            for i, record in enumerate(benchmarks.records)
        )
        return
    _add_session(parse_session(data, path, catalog), into)


def _add_session(loaded: LoadedSession, into: LoadedEvaluations) -> None:
    into.instruments[loaded.instrument.id] = loaded.instrument
    into.warnings.extend(loaded.warnings)
    into.evaluations.append(evaluation_from_session(loaded.session, loaded.instrument, loaded.path))


def repeated_file(paths: Sequence[Path]) -> Path | None:
    """The first file named twice (the same file by another path counts too), or None."""
    seen: set[Path] = set()
    for path in paths:
        key = path.resolve()
        if key in seen:
            return path
        seen.add(key)
    return None


def unique_labels(evaluations: Sequence[Evaluation]) -> list[Evaluation]:
    """The evaluations with labels made unique by adding the file name where they repeat."""
    counts: dict[str, int] = {}
    for evaluation in evaluations:
        counts[evaluation.label] = counts.get(evaluation.label, 0) + 1
    result: list[Evaluation] = []
    seen: set[str] = set()
    for evaluation in evaluations:
        label = evaluation.label
        if counts[label] > 1:
            label = f"{label} ({evaluation.file.stem})"
        candidate, number = label, 2
        while candidate in seen:
            candidate, number = f"{label} #{number}", number + 1
        seen.add(candidate)
        result.append(
            evaluation if candidate == evaluation.label else replace(evaluation, label=candidate)
        )
    return result
