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
def test_overview(snap_compare, demo_copy: Path, size: tuple[int, int]) -> None:
    assert snap_compare(workbench_app(demo_copy), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_area_tab(snap_compare, demo_copy: Path, size: tuple[int, int]) -> None:
    assert snap_compare(workbench_app(demo_copy), terminal_size=size, press=["f3"])


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_help(snap_compare, demo_copy: Path, size: tuple[int, int]) -> None:
    assert snap_compare(workbench_app(demo_copy), terminal_size=size, press=["f1"])


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_picker(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    shutil.copy(DEMO, folder / DEMO.name)
    (folder / "trasig.toml").write_text("schema = 1\n", encoding="utf-8")
    app = KompassApp(folder=folder, catalog=Catalog.default())
    assert snap_compare(app, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_preview(snap_compare, demo_copy: Path, size: tuple[int, int]) -> None:
    assert snap_compare(workbench_app(demo_copy), terminal_size=size, press=["ctrl+r"])


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_compare(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    from tests.test_tui_compare import variant

    folder = tmp_path / "sessions"
    folder.mkdir()
    shutil.copy(DEMO, folder / DEMO.name)
    variant(folder, "linkoping.toml", "Linköping", "0.5")
    app = KompassApp(folder=folder, catalog=Catalog.default())
    assert snap_compare(app, terminal_size=size, press=["space", "down", "space", "c"])


def twelve_area_app(tmp_path: Path, lang: str | None = None) -> KompassApp:
    """A session on the twelve-area, three-language test instrument (#14), as it opens."""
    from decimal import Decimal

    from kompass_tui.core.session.model import new_session
    from kompass_tui.core.session.open_session import OpenSession
    from kompass_tui.core.session.toml_io import load_session, save_session
    from tests.test_any_instrument import INSTRUMENTS, TWELVE

    catalog = Catalog.default([INSTRUMENTS])
    twelve = catalog.get(TWELVE)
    session = new_session(twelve, "Moss", [], ["Kari"])
    for question_id, score in {"1.1": "3.75", "1.2": "87.5", "1.3": "1.13"}.items():
        session.set_score(twelve, question_id, Decimal(score))
    for area in twelve.areas[1:11]:
        for question in area.questions:
            session.set_score(twelve, question.id, question.max * Decimal("0.4"))
    session.set_not_applicable("11.3", True)
    path = tmp_path / "moss.toml"
    save_session(session, twelve, path)
    state = OpenSession.from_loaded(load_session(path, catalog), lang)
    return KompassApp(state=state, catalog=catalog, lang=lang)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_twelve_areas_overview(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """Every area listed (scrolling at 80x24), a long title cut before a number is."""
    assert snap_compare(twelve_area_app(tmp_path), terminal_size=size, press=["f2"])


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_twelve_areas_question_rows(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """Maxima 7,5, 100 and 2,25 in one column, 1,13 shown as typed, in Norwegian."""
    app = twelve_area_app(tmp_path, "nb")
    assert snap_compare(app, terminal_size=size, press=["f3"])


def test_evidence_list(snap_compare, demo_copy: Path) -> None:
    """Question 1.1's two sources (ctrl+u): kind · reference · plan or practice, what each
    shows below, the keys of the list (#17)."""
    app = workbench_app(demo_copy)
    assert snap_compare(app, terminal_size=(80, 24), press=["f3", "ctrl+u"])


def test_area_plan(snap_compare, demo_copy: Path) -> None:
    """Area 1's improvement areas with the example plan's actions under them, the first
    action highlighted: p and s in the key bar (#17)."""
    app = workbench_app(demo_copy)
    press = ["f3", "ctrl+w", *["down"] * 9]
    assert snap_compare(app, terminal_size=(80, 24), press=press)
