"""Snapshot tests at 80x24 and 120x40: picker, area tab, overview, help, preview, comparison."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.tui.app import KompassApp
from tests.conftest import DEMO
from tests.tui_helpers import workbench_app

SIZES = [(80, 24), (120, 40)]


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_overview(snap_compare, demo_copy: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(workbench_app(demo_copy), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_area_tab(snap_compare, demo_copy: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(workbench_app(demo_copy), terminal_size=size, press=["f3"])


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_help(snap_compare, demo_copy: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(workbench_app(demo_copy), terminal_size=size, press=["f1"])


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_picker(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "sessions"
    folder.mkdir()
    shutil.copy(DEMO, folder / DEMO.name)
    (folder / "trasig.toml").write_text("schema = 1\n", encoding="utf-8")
    app = KompassApp(folder=folder, catalog=Catalog.default())
    assert snap_compare(app, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_preview(snap_compare, demo_copy: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(workbench_app(demo_copy), terminal_size=size, press=["ctrl+r"])


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_compare(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    from tests.test_tui_compare import variant

    folder = tmp_path / "sessions"
    folder.mkdir()
    shutil.copy(DEMO, folder / DEMO.name)
    variant(folder, "linkoping.toml", "Linköping", "0.5")
    app = KompassApp(folder=folder, catalog=Catalog.default())
    assert snap_compare(app, terminal_size=size, press=["space", "down", "space", "c"])
