"""Benchmark records: published results known only as area totals, kept in one TOML file.

A press release or another municipality's report often gives only the eight area totals
and the overall total. A benchmark file holds several such records so that `kompass
compare` can put them beside full sessions:

    benchmark = 1

    [[records]]
    municipality = "Borås"
    year = 2008
    instrument = "kommunkompassen-aldre"
    source = "SKL: Kommunkompassen Norrköping 2010, Tabell 2"
    total = 461                     # optional; must equal the sum of the areas
    areas = { "1" = 72, "2" = 61.5, ... }

Every area of the instrument must have a total between 0 and the area's maximum, with at
most two decimals. Records in one file may use different instruments; comparing them then
is refused, as for sessions.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import tomli_w

from kompass_tui.core.files.atomic import write_text_atomic
from kompass_tui.core.files.toml_reading import read_toml
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.problems import LoadError, ProblemList, join_key
from kompass_tui.core.scoring.numbers import ScoreError, decimals_of, format_number, parse_decimal
from kompass_tui.core.session.model import normalize_newlines

BENCHMARK_FORMAT = 1
FORMAT_KEY = "benchmark"
TOP_KEYS = (FORMAT_KEY, "records")
RECORD_KEYS = ("municipality", "year", "instrument", "source", "total", "areas")
_ZERO = Decimal(0)


@dataclass(frozen=True)
class BenchmarkRecord:
    """One published result: a municipality's area totals in one year, on one instrument."""

    municipality: str
    year: int
    instrument_id: str
    areas: dict[str, Decimal]
    """Area total per area id, in instrument order."""
    source: str = ""
    """Where the figures come from (a report, a press release, a web page)."""
    total: Decimal | None = None
    """The published overall total, when given; always equal to the sum of the areas."""

    @property
    def area_sum(self) -> Decimal:
        """The overall total: the sum of the area totals."""
        return sum(self.areas.values(), _ZERO)


@dataclass
class LoadedBenchmarks:
    """The records of one benchmark file, with the instruments they use by id."""

    records: list[BenchmarkRecord]
    instruments: dict[str, Instrument]
    path: Path


def is_benchmark_data(data: dict[str, Any]) -> bool:
    """Whether parsed TOML looks like a benchmark file rather than a session or instrument."""
    return FORMAT_KEY in data or ("records" in data and "schema" not in data)


def load_benchmarks(path: Path, catalog: Catalog) -> LoadedBenchmarks:
    """Load and validate a benchmark file; raise LoadError listing every problem."""
    return parse_benchmarks(read_toml(path), path, catalog)


def parse_benchmarks(data: dict[str, Any], path: Path, catalog: Catalog) -> LoadedBenchmarks:
    """Validate parsed benchmark data against the instruments its records name."""
    problems = ProblemList(str(path))
    for name in data:
        if name not in TOP_KEYS:
            problems.error(name, f"unknown key (expected: {', '.join(TOP_KEYS)})")
    version = data.get(FORMAT_KEY)
    if version is None:
        problems.error(FORMAT_KEY, f"missing (the benchmark format version, {BENCHMARK_FORMAT})")
    elif type(version) is not int or version != BENCHMARK_FORMAT:
        problems.error(FORMAT_KEY, f"unknown benchmark format {version!r} ({BENCHMARK_FORMAT})")

    raw_records = data.get("records")
    if not isinstance(raw_records, list) or not all(isinstance(r, dict) for r in raw_records):
        problems.error("records", "missing or not an array of tables ([[records]])")
        raw_records = []
    elif not raw_records:
        problems.error("records", "is empty: a benchmark file needs at least one [[records]]")

    instruments: dict[str, Instrument] = {}
    records: list[BenchmarkRecord] = []
    for index, raw in enumerate(raw_records):
        record = _record(raw, f"records[{index}]", catalog, instruments, problems)
        if record is not None:
            records.append(record)
    problems.raise_if_errors()
    return LoadedBenchmarks(records, instruments, path)


def _record(
    raw: dict[str, Any],
    key: str,
    catalog: Catalog,
    instruments: dict[str, Instrument],
    problems: ProblemList,
) -> BenchmarkRecord | None:
    for name in raw:
        if name not in RECORD_KEYS:
            problems.error(join_key(key, name), f"unknown key (expected: {', '.join(RECORD_KEYS)})")
    municipality = raw.get("municipality")
    if not isinstance(municipality, str) or not municipality.strip():
        problems.error(join_key(key, "municipality"), "missing or not a non-empty string")
        municipality = ""
    year = raw.get("year")
    if type(year) is not int or not 1900 <= year <= 9999:
        problems.error(join_key(key, "year"), "missing or not a year like 2008")
        year = 0
    source = raw.get("source", "")
    if not isinstance(source, str):
        problems.error(join_key(key, "source"), "must be a string")
        source = ""
    instrument = _instrument(raw.get("instrument"), join_key(key, "instrument"), catalog, problems)
    if instrument is None:
        return None
    instruments[instrument.id] = instrument
    areas = _areas(raw.get("areas"), join_key(key, "areas"), instrument, problems)
    total = None
    if "total" in raw:
        total = _number(raw["total"], join_key(key, "total"), problems)
        area_sum = sum(areas.values(), _ZERO)
        if total is not None and len(areas) == len(instrument.areas) and total != area_sum:
            problems.error(
                join_key(key, "total"),
                f"{format_number(total, 'en')} is not the sum of the area totals "
                f"({format_number(area_sum, 'en')})",
            )
    return BenchmarkRecord(
        municipality=normalize_newlines(municipality).strip(),
        year=year,
        instrument_id=instrument.id,
        areas=areas,
        source=normalize_newlines(source),
        total=total,
    )


def _instrument(value: Any, key: str, catalog: Catalog, problems: ProblemList) -> Instrument | None:
    if not isinstance(value, str) or not value:
        problems.error(key, 'missing or not an instrument id (like "kommunkompassen-2010")')
        return None
    try:
        return catalog.get(value)
    except LoadError as error:
        for problem in error.problems:
            prefix = f"instrument {value!r} does not load: " if problem.file else ""
            problems.error(key, prefix + (str(problem) if problem.file else problem.message))
        return None


def _areas(
    value: Any, key: str, instrument: Instrument, problems: ProblemList
) -> dict[str, Decimal]:
    if not isinstance(value, dict):
        problems.error(key, 'missing or not a table of area id = total (like { "1" = 72 })')
        return {}
    for area_id in value:
        if area_id not in instrument.area_by_id:
            problems.error(join_key(key, area_id), f"unknown area id in {instrument.id!r}")
    totals: dict[str, Decimal] = {}
    for area in instrument.areas:
        area_key = join_key(key, area.id)
        if area.id not in value:
            problems.error(area_key, "missing: every area of the instrument needs a total")
            continue
        number = _number(value[area.id], area_key, problems)
        if number is None:
            continue
        if number > area.max:
            problems.error(area_key, f"above the area's maximum {format_number(area.max, 'en')}")
            continue
        totals[area.id] = number
    return totals


def _number(value: Any, key: str, problems: ProblemList) -> Decimal | None:
    try:
        if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
            raise ScoreError("must be a number")
        number = parse_decimal(value) if isinstance(value, str) else Decimal(value)
        if not number.is_finite() or number < 0:
            raise ScoreError("must be a number ≥ 0")
        if decimals_of(number) > 2:
            raise ScoreError("has more than 2 decimals")
    except ScoreError as error:
        problems.error(key, str(error))
        return None
    return number


def benchmarks_to_toml(records: list[BenchmarkRecord]) -> str:
    """The deterministic TOML text of a benchmark file (records in the given order)."""
    doc: dict[str, Any] = {FORMAT_KEY: BENCHMARK_FORMAT, "records": []}
    for record in records:
        table: dict[str, Any] = {
            "municipality": record.municipality,
            "year": record.year,
            "instrument": record.instrument_id,
        }
        if record.source:
            table["source"] = record.source
        if record.total is not None:
            table["total"] = _plain(record.total)
        table["areas"] = {area_id: _plain(v) for area_id, v in record.areas.items()}
        doc["records"].append(table)
    return tomli_w.dumps(doc, multiline_strings=True)


def save_benchmarks(records: list[BenchmarkRecord], path: Path) -> None:
    """Write a benchmark file atomically."""
    write_text_atomic(path, benchmarks_to_toml(records))


def _plain(value: Decimal) -> Decimal:
    # Keep 72 as 72 and 61.5 as 61.5, never 7.2E+1.
    return Decimal(f"{value:f}")
