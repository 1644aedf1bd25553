"""Benchmark records: results as published, kept in one TOML file (see README, "Benchmark files").

A press release gives only the total; a report prints whole-point area totals whose sum
may differ from its printed total by the rounding; another gives a few areas. A record
holds what was printed, as printed:

    benchmark = 1

    [[records]]
    municipality = "Borås"
    year = 2008
    instrument = "kommunkompassen-aldre"
    source = "SKL: Kommunkompassen Norrköping 2010, Tabell 2"
    total = 461                     # optional when areas are given
    areas = { "1" = 72, "2" = 61.5 }  # optional when a total is given; any subset of areas

    [[records]]
    municipality = "Lund"
    year = 2019
    instrument = "kommunkompassen-2010"
    edition = "2016"                # a later edition without an instrument file: total only
    total = 615

A record needs a total or areas (or both). A total that differs from the sum of all the
areas by no more than rounding explains (0,5 per area) is kept as printed, with a warning;
a larger difference is an error. With some areas missing, the total must still be
possible: at least their sum, at most their sum plus the missing areas' maxima (again
give or take 0,5 per area). Records in one file may use different instruments.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from kompass_tui.core.files.atomic import write_text_atomic
from kompass_tui.core.files.toml_codec import read_number, toml_text, unknown_keys
from kompass_tui.core.files.toml_reading import check_top_level, read_toml
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.problems import Problem, ProblemList, join_key
from kompass_tui.core.scoring.numbers import ScoreError, format_number, parse_decimal
from kompass_tui.core.session.model import municipality_key, normalize_newlines

BENCHMARK_FORMAT = 1
FORMAT_KEY = "benchmark"
TOP_KEYS = (FORMAT_KEY, "records")
RECORD_KEYS = ("municipality", "year", "instrument", "edition", "source", "total", "areas")
ROUNDING_PER_AREA = Decimal("0.5")
"""How far a printed area total may be from the exact one: half a point."""
_ZERO = Decimal(0)


@lean_dataclass
class BenchmarkRecord:
    """One published result: a municipality's figures in one year, on one instrument."""

    municipality: str
    year: int
    instrument_id: str
    areas: dict[str, Decimal]
    """Area total per area id, as printed, in instrument order; the areas given only."""
    source: str = ""
    """Where the figures come from (a report, a press release, a web page)."""
    total: Decimal | None = None
    """The published overall total, as printed; None when the source gives none."""
    edition: str = ""
    """A later edition of the instrument the figures are from (total only); empty if none."""

    @property
    def area_sum(self) -> Decimal:
        """The sum of the area totals given."""
        return sum(self.areas.values(), _ZERO)


@lean_dataclass(frozen=False)
class LoadedBenchmarks:
    """The records of one benchmark file, the instruments they use by id, and warnings."""

    records: list[BenchmarkRecord]
    instruments: dict[str, Instrument]
    path: Path
    warnings: list[Problem] = field(default_factory=list)
    """Kept-as-printed totals that differ from their areas' sum by rounding."""


_PACKAGE_DIR = Path(__file__).resolve().parents[2]


def bundled_benchmarks_dir() -> Path:
    """The bundled published results: inside the package of a wheel, or the repo's
    benchmarks/ (the seed's Tabell 2 is `tabell-2-norrkoping-2010.toml` there)."""
    in_wheel = _PACKAGE_DIR / "bundled_benchmarks"
    if in_wheel.is_dir():
        return in_wheel
    return _PACKAGE_DIR.parent / "benchmarks"


def is_benchmark_data(data: dict[str, Any]) -> bool:
    """Whether parsed TOML looks like a benchmark file rather than a session or instrument."""
    return FORMAT_KEY in data or ("records" in data and "schema" not in data)


def load_benchmarks(path: Path, catalog: Catalog) -> LoadedBenchmarks:
    """Load and validate a benchmark file; raise LoadError listing every problem."""
    return parse_benchmarks(read_toml(path), path, catalog)


def parse_benchmarks(data: dict[str, Any], path: Path, catalog: Catalog) -> LoadedBenchmarks:
    """Validate parsed benchmark data against the instruments its records name."""
    problems = ProblemList(str(path))
    check_top_level(data, problems, TOP_KEYS, FORMAT_KEY, BENCHMARK_FORMAT, "benchmark")

    raw_records = data.get("records")
    if not isinstance(raw_records, list) or not all(isinstance(r, dict) for r in raw_records):
        problems.error("records", "missing or not an array of tables ([[records]])")
        raw_records = []
    elif not raw_records:
        problems.error("records", "is empty: a benchmark file needs at least one [[records]]")

    instruments: dict[str, Instrument] = {}
    records: list[BenchmarkRecord] = []
    seen: dict[tuple[str, int, str], int] = {}
    for index, raw in enumerate(raw_records):
        key = f"records[{index}]"
        record = _record(raw, key, catalog, instruments, problems)
        if record is None:
            continue
        # One published result per municipality, year and instrument, as in a session's
        # [[benchmarks]]: a repeated one would count twice in rank and median.
        identity = (municipality_key(record.municipality), record.year, record.instrument_id)
        if identity in seen:
            problems.error(
                key,
                f"{record.municipality} {record.year} on {record.instrument_id} is given "
                f"twice (first as records[{seen[identity]}])",
            )
            continue
        seen[identity] = index
        records.append(record)
    problems.raise_if_errors()
    return LoadedBenchmarks(records, instruments, path, problems.warnings)


def _record(
    raw: dict[str, Any],
    key: str,
    catalog: Catalog,
    instruments: dict[str, Instrument],
    problems: ProblemList,
) -> BenchmarkRecord | None:
    unknown_keys(raw, RECORD_KEYS, key, problems)
    municipality = _text(raw, "municipality", key, problems, required=True)
    year = raw.get("year")
    if type(year) is not int or not 1900 <= year <= 9999:
        problems.error(join_key(key, "year"), "missing or not a year like 2008")
        year = 0
    source = _text(raw, "source", key, problems)
    edition = _text(raw, "edition", key, problems)
    instrument = catalog.named(raw.get("instrument"), join_key(key, "instrument"), problems)
    if instrument is None:
        return None
    instruments[instrument.id] = instrument
    if "total" not in raw and "areas" not in raw:
        problems.error(key, "has neither a total nor areas: give what the source printed")
    areas: dict[str, Decimal] = {}
    if "areas" in raw:
        if edition:
            problems.error(
                join_key(key, "areas"),
                f"edition {edition!r} has other areas than {instrument.id!r}: give only its "
                "total, or its own instrument file (with edition_of) as `instrument`",
            )
        else:
            areas = _areas(raw["areas"], join_key(key, "areas"), instrument, problems)
    total = None
    if "total" in raw:
        total = _number(raw["total"], join_key(key, "total"), problems)
        if total is not None:
            _check_total(total, areas, instrument, join_key(key, "total"), problems)
    return BenchmarkRecord(
        municipality=normalize_newlines(municipality).strip(),
        year=year,
        instrument_id=instrument.id,
        areas=areas,
        source=normalize_newlines(source),
        total=total,
        edition=normalize_newlines(edition).strip(),
    )


def _text(
    raw: dict[str, Any], name: str, key: str, problems: ProblemList, required: bool = False
) -> str:
    value = raw.get(name, None if required else "")
    if not isinstance(value, str) or (required and not value.strip()):
        message = "missing or not a non-empty string" if required else "must be a string"
        problems.error(join_key(key, name), message)
        return ""
    return value


def _check_total(
    total: Decimal,
    areas: dict[str, Decimal],
    instrument: Instrument,
    key: str,
    problems: ProblemList,
) -> None:
    """A printed total must be possible given the printed areas, within their rounding."""
    if total > instrument.max:
        maximum = format_number(instrument.max, "en")
        problems.error(key, f"above the instrument's maximum {maximum}")
        return
    if not areas:
        return
    area_sum = sum(areas.values(), _ZERO)
    slack = ROUNDING_PER_AREA * len(areas)
    missing = sum((a.max for a in instrument.areas if a.id not in areas), _ZERO)
    shown, summed = format_number(total, "en"), format_number(area_sum, "en")
    if missing == 0:
        if abs(total - area_sum) > slack:
            problems.error(
                key,
                f"{shown} is not the sum of the area totals ({summed}), and the difference is "
                f"more than rounding explains (0.5 per area: {format_number(slack, 'en')})",
            )
        elif total != area_sum:
            problems.warning(
                key,
                f"{shown} kept as printed; the area totals add up to {summed} "
                "(figures rounded in the source)",
            )
    elif not area_sum - slack <= total <= area_sum + missing + slack:
        problems.error(
            key,
            f"{shown} cannot be the total of these areas: they add up to {summed}, and the "
            f"areas not given can add at most {format_number(missing, 'en')}",
        )


def _areas(
    value: Any, key: str, instrument: Instrument, problems: ProblemList
) -> dict[str, Decimal]:
    if not isinstance(value, dict):
        problems.error(key, 'not a table of area id = total (like { "1" = 72 })')
        return {}
    if not value:
        problems.error(key, "is empty: give the area totals printed, or leave `areas` out")
    for area_id in value:
        if area_id not in instrument.area_by_id:
            problems.error(join_key(key, area_id), f"unknown area id in {instrument.id!r}")
    totals: dict[str, Decimal] = {}
    for area in instrument.areas:
        if area.id not in value:
            continue
        area_key = join_key(key, area.id)
        number = _number(value[area.id], area_key, problems)
        if number is None:
            continue
        if number > area.max:
            problems.error(area_key, f"above the area's maximum {format_number(area.max, 'en')}")
            continue
        totals[area.id] = number
    return totals


def _number(value: Any, key: str, problems: ProblemList) -> Decimal | None:
    # A figure may be written as printed, as text ("61,5"); then the file's number rule.
    if isinstance(value, str):
        try:
            value = parse_decimal(value)
        except ScoreError as error:
            problems.error(key, str(error))
            return None
    return read_number(value, key, problems)


def benchmarks_to_toml(records: list[BenchmarkRecord]) -> str:
    """The deterministic TOML text of a benchmark file (records in the given order)."""
    doc: dict[str, Any] = {FORMAT_KEY: BENCHMARK_FORMAT, "records": []}
    for record in records:
        table: dict[str, Any] = {
            "municipality": record.municipality,
            "year": record.year,
            "instrument": record.instrument_id,
        }
        if record.edition:
            table["edition"] = record.edition
        if record.source:
            table["source"] = record.source
        if record.total is not None:
            table["total"] = record.total
        if record.areas:
            table["areas"] = dict(record.areas)
        doc["records"].append(table)
    return toml_text(doc)


def save_benchmarks(records: list[BenchmarkRecord], path: Path) -> None:
    """Write a benchmark file atomically."""
    write_text_atomic(path, benchmarks_to_toml(records))
