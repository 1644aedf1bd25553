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

Mappings are also found without `--map`: every `mappings/*.toml` in a folder searched for
instruments (the bundled one ships the mapping between the revised Kommunkompassen and the
older scale). A found mapping is used in either direction (its areas map one to one), and
only for an evaluation that no other rule puts on the comparison's instrument.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from kompass_tui.core.compare.evaluation import Evaluation
from kompass_tui.core.files.toml_reading import check_top_level, read_toml
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.problems import ProblemList, join_key

MAPPING_FORMAT = 1
FORMAT_KEY = "area_mapping"
TOP_KEYS = (FORMAT_KEY, "from", "to", "note", "areas")


@lean_dataclass
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

    def inverted(self) -> AreaMapping:
        """The same correspondence read the other way (`to` -> `from`)."""
        areas = {to_id: from_id for from_id, to_id in self.areas.items()}
        return replace(self, from_id=self.to_id, to_id=self.from_id, areas=areas)


MAPPINGS_FOLDER = "mappings"
"""The folder beside a catalog's instruments where area mappings are found."""


def mapping_files(catalog: Catalog) -> list[Path]:
    """Every `mappings/*.toml` of the catalog's folders, in the folders' order."""
    files: list[Path] = []
    for folder in catalog.dirs:
        found = Path(folder) / MAPPINGS_FOLDER
        if found.is_dir():
            files += sorted(found.glob("*.toml"))
    return files


def find_mapping(catalog: Catalog, from_id: str, to_id: str) -> AreaMapping | None:
    """The first mapping found in the catalog's folders between two instruments, turned to
    read `from_id` -> `to_id`; None when none is known. A found file that does not load
    raises LoadError naming it."""
    for path in mapping_files(catalog):
        mapping = load_mapping(path, catalog)
        if (mapping.from_id, mapping.to_id) == (from_id, to_id):
            return mapping
        if (mapping.to_id, mapping.from_id) == (from_id, to_id):
            return mapping.inverted()
    return None


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
