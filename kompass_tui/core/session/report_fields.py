"""Reading and writing a session's report texts and kept benchmarks (schema 2).

`[report]` holds the session's own texts of the report's overview (REPORT_SECTIONS), and
`[[benchmarks]]` the published results of other municipalities that the report compares
with (its Tabell 2), each as printed: area totals (some may be missing) and the total.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from kompass_tui.core.files.toml_codec import (
    inline_numbers,
    kind,
    toml_table,
    toml_text,
    unknown_keys,
)
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.problems import ProblemList, join_key
from kompass_tui.core.session.fields import (
    read_area_totals,
    read_points,
    read_string,
)
from kompass_tui.core.session.model import (
    REPORT_SECTIONS,
    SCALES,
    BenchmarkEntry,
    municipality_key,
    normalize_newlines,
)

BENCHMARK_KEYS = ("municipality", "year", "scale", "total", "areas", "source")
ROUNDING_PER_AREA = Decimal("0.5")
"""How far a printed total may be from the sum of printed area totals: each area total
may have been rounded by up to half a point before printing."""


def read_report_sections(value: Any, problems: ProblemList) -> dict[str, str]:
    """`[report]`: the session's report texts by section key, in REPORT_SECTIONS order."""
    if not isinstance(value, dict):
        problems.error("report", f"must be a table of section = text, not {kind(value)}")
        return {}
    unknown_keys(value, REPORT_SECTIONS, "report", problems)
    texts = {key: read_string(value, key, "report", problems) for key in REPORT_SECTIONS}
    return {key: text for key, text in texts.items() if text.strip()}


def read_benchmarks(
    value: Any, instrument: Instrument, problems: ProblemList
) -> list[BenchmarkEntry]:
    """`[[benchmarks]]`: published results, all on one scale, each municipality-year once."""
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        problems.error("benchmarks", "must be an array of tables ([[benchmarks]])")
        return []
    entries: list[BenchmarkEntry] = []
    seen: set[tuple[str, int]] = set()
    for index, raw in enumerate(value):
        key = f"benchmarks[{index}]"
        entry = _benchmark(raw, key, instrument, problems)
        if entry is None:
            continue
        if entries and entry.scale != entries[0].scale:
            problems.error(
                join_key(key, "scale"),
                f"{entry.scale!r}, but benchmarks[0] is {entries[0].scale!r}: "
                "one comparison table has one scale",
            )
            continue
        identity = (municipality_key(entry.municipality), entry.year)
        if identity in seen:
            problems.error(key, f"{entry.label} is given twice")
            continue
        seen.add(identity)
        entries.append(entry)
    return entries


def _benchmark(
    raw: dict[str, Any], key: str, instrument: Instrument, problems: ProblemList
) -> BenchmarkEntry | None:
    before = len(problems.errors)
    unknown_keys(raw, BENCHMARK_KEYS, key, problems)
    municipality = read_string(raw, "municipality", key, problems, required=True)
    year = raw.get("year")
    if isinstance(year, bool) or not isinstance(year, int) or not 1000 <= year <= 9999:
        problems.error(join_key(key, "year"), "missing or not a year like 2008")
    scale = raw.get("scale", "current")
    if scale not in SCALES:
        problems.error(join_key(key, "scale"), f"must be one of {', '.join(SCALES)}")
    areas = read_area_totals(
        raw.get("areas", {}), join_key(key, "areas"), instrument, problems, scale == "current"
    )
    total = read_points(raw.get("total"), key, problems, "total")
    if total is not None and scale == "current" and total > instrument.max:
        problems.error(join_key(key, "total"), f"above the instrument's maximum {instrument.max}")
    if total is not None and len(areas) == len(instrument.areas):
        area_sum = sum(areas.values(), Decimal(0))
        if abs(total - area_sum) > ROUNDING_PER_AREA * len(areas):
            problems.error(
                join_key(key, "total"),
                f"{total} is further from the sum of the area totals ({area_sum}) than "
                "rounding each area can explain",
            )
    if len(problems.errors) > before or not isinstance(year, int):
        return None
    source = read_string(raw, "source", key, problems)
    return BenchmarkEntry(municipality.strip(), year, scale, areas, total, source)


def benchmarks_toml(entries: list[BenchmarkEntry], instrument: Instrument) -> str:
    """The `[[benchmarks]]` tables, one per entry, area totals on one line each."""
    chunks = []
    for entry in entries:
        facts: dict[str, Any] = {
            "municipality": normalize_newlines(entry.municipality),
            "year": entry.year,
            "scale": entry.scale,
        }
        if entry.total is not None:
            facts["total"] = _as_printed(entry.total)
        order = [a.id for a in instrument.areas if a.id in entry.areas]
        areas = {a: _as_printed(entry.areas[a]) for a in order}
        chunk = toml_table("benchmarks", facts, array=True) + inline_numbers("areas", areas) + "\n"
        if entry.source:
            chunk += toml_text({"source": normalize_newlines(entry.source)})
        chunks.append(chunk)
    return "\n".join(chunks)


def _as_printed(value: Decimal) -> int | Decimal:
    # Published whole numbers stay whole (72, not 72.0), the way they were printed.
    return int(value) if value == value.to_integral_value() else Decimal(f"{value:f}")
