"""The README's benchmark and area mapping examples are files kompass accepts as they are."""

from __future__ import annotations

import re
from pathlib import Path

from kompass_tui.core.compare.benchmark import load_benchmarks
from kompass_tui.core.compare.mapping import load_mapping
from kompass_tui.core.instrument.catalog import Catalog
from tests.helpers import REPO


def toml_blocks(starting: str) -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", readme, flags=re.DOTALL)
    return [b for b in blocks if b.startswith(starting)]


def test_the_benchmark_example_loads_with_its_rounding_warning(tmp_path: Path) -> None:
    (example,) = toml_blocks("benchmark = 1")
    path = tmp_path / "example.toml"
    path.write_text(example, encoding="utf-8")
    loaded = load_benchmarks(path, Catalog.default())
    assert [r.municipality for r in loaded.records] == [
        "Borås",
        "Norrköping",
        "Norrköping",
        "Växjö",
        "Lund",
    ]
    (warning,) = loaded.warnings
    assert "491 kept as printed; the area totals add up to 492" in str(warning)


def test_the_area_mapping_example_loads(tmp_path: Path) -> None:
    (example,) = toml_blocks("area_mapping = 1")
    path = tmp_path / "mapping.toml"
    path.write_text(example, encoding="utf-8")
    mapping = load_mapping(path, Catalog.default())
    assert (mapping.from_id, mapping.to_id) == ("kommunkompassen-aldre", "kommunkompassen-2010")
    assert mapping.areas == {"1": "1", "2": "2", "3": "3"}
