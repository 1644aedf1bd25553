"""Area mappings: an explicit statement that areas of one instrument match areas of another.

Evaluations made with different instruments are not compared unless the analyst says how
their areas correspond, in a small TOML file (see README, "Area mappings"):

    area_mapping = 1
    from = "kommunkompassen-aldre"
    to = "kommunkompassen-2010"
    note = "Areas with the same number cover the same ground; their questions differ."

    [areas]            # an area of `from` = the area of `to` it is shown as
    "1" = "1"
    "2" = "2"

An area of `from` left out is not shown; an area of `to` that nothing maps to is unknown
for those evaluations. Two areas of `from` may not map to one area of `to`. Where the
maxima differ, the comparison uses percentages.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kompass_tui.core.compare.evaluation import Evaluation
from kompass_tui.core.files.toml_reading import check_top_level, read_toml
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.problems import ProblemList, join_key

MAPPING_FORMAT = 1
FORMAT_KEY = "area_mapping"
TOP_KEYS = (FORMAT_KEY, "from", "to", "note", "areas")


@dataclass(frozen=True)
class AreaMapping:
    """Which area of the `to` instrument each area of the `from` instrument is shown as."""

    path: Path
    from_id: str
    to_id: str
    areas: dict[str, str]
    """Area id of `from` -> area id of `to`."""
    note: str = ""

    def apply(self, evaluation: Evaluation) -> Evaluation:
        """The evaluation (made with `from`) with its known areas shown as areas of `to`."""
        areas = {self.areas[a]: v for a, v in evaluation.areas.items() if a in self.areas}
        area_max = {self.areas[a]: m for a, m in evaluation.area_max.items() if a in self.areas}
        scored = {
            self.areas[a]: m for a, m in evaluation.area_scored_max.items() if a in self.areas
        }
        return replace(
            evaluation,
            instrument_id=self.to_id,
            areas=areas,
            area_max=area_max,
            area_scored_max=scored,
            via=f"mapping {self.path.name}",
        )


def load_mapping(path: Path, catalog: Catalog) -> AreaMapping:
    """Load and validate an area mapping file; raise LoadError listing every problem."""
    return parse_mapping(read_toml(path), path, catalog)


def parse_mapping(data: dict[str, Any], path: Path, catalog: Catalog) -> AreaMapping:
    """Validate parsed area mapping data; raise LoadError listing every problem."""
    problems = ProblemList(str(path))
    check_top_level(data, problems, TOP_KEYS, FORMAT_KEY, MAPPING_FORMAT, "area mapping")
    source = catalog.named(data.get("from"), "from", problems)
    target = catalog.named(data.get("to"), "to", problems)
    if source is not None and target is not None and source.id == target.id:
        problems.error("to", "is the same instrument as `from`: nothing to map")
    note = data.get("note", "")
    if not isinstance(note, str):
        problems.error("note", "must be a string")
        note = ""
    areas = _areas(data.get("areas"), source, target, problems)
    problems.raise_if_errors()
    assert source is not None and target is not None
    return AreaMapping(path, source.id, target.id, areas, note)


def _areas(
    value: Any, source: Instrument | None, target: Instrument | None, problems: ProblemList
) -> dict[str, str]:
    if not isinstance(value, dict) or not value:
        problems.error("areas", 'missing or empty: a table of from-area = to-area, like "1" = "1"')
        return {}
    areas: dict[str, str] = {}
    mapped_from: dict[str, str] = {}
    for from_id, to_id in value.items():
        key = join_key("areas", from_id)
        if source is not None and from_id not in source.area_by_id:
            problems.error(key, f"unknown area id in {source.id!r}")
            continue
        if not isinstance(to_id, str):
            problems.error(key, 'must be an area id (a string like "1")')
            continue
        if target is not None and to_id not in target.area_by_id:
            problems.error(key, f"{to_id!r} is not an area id in {target.id!r}")
            continue
        if to_id in mapped_from:
            problems.error(key, f"area {to_id!r} is already mapped from {mapped_from[to_id]!r}")
            continue
        mapped_from[to_id] = from_id
        areas[from_id] = to_id
    return areas
