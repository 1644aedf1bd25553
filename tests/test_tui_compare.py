"""Pilot tests of comparing: marked sessions from the picker, and "compare with others"."""

from __future__ import annotations

import io
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import DataTable

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.model import new_session
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.core.session.toml_io import load_session, save_session
from kompass_tui.tui.app import KompassApp
from kompass_tui.tui.screens.picker import PickerScreen
from kompass_tui.tui.screens.reading import ReadingScreen
from tests.conftest import DEMO
from tests.helpers import write_small_instrument


def shown_text(app: KompassApp) -> str:
    """The reading screen's body as plain text, 80 columns wide."""
    console = Console(width=80, record=True, file=io.StringIO())
    console.print(app.screen.body)  # type: ignore[attr-defined]
    return console.export_text()


def notices(app: KompassApp) -> str:
    """Every notification shown so far, one per line."""
    return "\n".join(n.message for n in app._notifications)


def variant(folder: Path, name: str, municipality: str, factor: str) -> Path:
    """The demo with another municipality and every score scaled by `factor`."""
    loaded = load_session(DEMO, Catalog.default())
    session = loaded.session
    session.municipality = municipality
    for qid, score in session.scores.items():
        session.scores[qid] = (score * Decimal(factor)).quantize(Decimal("0.1"))
    path = folder / name
    save_session(session, loaded.instrument, path)
    return path


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    """The bundled instruments and the small `mini` one."""
    folder = tmp_path / "criteria"
    write_small_instrument(folder)
    return Catalog.default([folder])


@pytest.fixture
def folder(tmp_path: Path, catalog: Catalog) -> Path:
    """Norrköping, Linköping and Malmö with the 2010 instrument; Lund with `mini`."""
    path = tmp_path / "sessions"
    path.mkdir()
    shutil.copy(DEMO, path / DEMO.name)
    variant(path, "linkoping.toml", "Linköping", "0.5")
    variant(path, "malmo.toml", "Malmö", "0.8")
    mini = catalog.get("mini")
    save_session(new_session(mini, "Lund"), mini, path / "lund-mini.toml")
    return path


def row_of(app: KompassApp, name: str) -> int:
    """The picker row of a file."""
    screen = app.screen
    assert isinstance(screen, PickerScreen)
    return [s.path.name for s in screen.summaries].index(name)


async def mark(pilot, app: KompassApp, *names: str) -> None:
    """Move to each file's row and press space."""
    table = app.screen.query_one("#sessions", DataTable)
    for name in names:
        table.move_cursor(row=row_of(app, name))
        await pilot.pause()
        await pilot.press("space")
        await pilot.pause()


async def test_two_marked_sessions_compare_with_median(folder: Path, catalog: Catalog) -> None:
    app = KompassApp(folder=folder, catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await mark(pilot, app, "linkoping.toml", DEMO.name)
        table = app.screen.query_one("#sessions", DataTable)
        assert str(table.get_row_at(row_of(app, DEMO.name))[0]) == "✓ Norrköping"
        assert str(table.get_row_at(row_of(app, "malmo.toml"))[0]) == "Malmö"
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        text = shown_text(app)
        assert "Linköping 2010" in text and "Norrköping 2010" in text
        assert "Median" in text and "Medelvärde" in text
        assert "491,2" in text  # Norrköping's total
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)


async def test_space_unmarks_and_one_mark_is_refused(folder: Path, catalog: Catalog) -> None:
    app = KompassApp(folder=folder, catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await mark(pilot, app, "malmo.toml", DEMO.name, DEMO.name)
        assert app.screen.marked == [folder / "malmo.toml"]  # type: ignore[attr-defined]
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        assert "Markera minst två sessioner" in notices(app)


async def test_different_instruments_are_refused(folder: Path, catalog: Catalog) -> None:
    app = KompassApp(folder=folder, catalog=catalog, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await mark(pilot, app, "lund-mini.toml", DEMO.name)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        assert "cannot compare evaluations made with different instruments" in notices(app)


async def test_compare_from_the_palette(folder: Path, catalog: Catalog) -> None:
    app = KompassApp(folder=folder, catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await mark(pilot, app, "linkoping.toml", "malmo.toml", DEMO.name)
        await pilot.press("ctrl+p", *"Jämför markerade")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        assert "Malmö 2010" in shown_text(app)


def workbench_in(path: Path, catalog: Catalog) -> KompassApp:
    loaded = load_session(path, catalog)
    return KompassApp(state=OpenSession.from_loaded(loaded, None), catalog=catalog)


async def test_compare_with_others_shows_the_folder_median(folder: Path, catalog: Catalog) -> None:
    app = workbench_in(folder / DEMO.name, catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p", *"Jämför med andra")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        text = shown_text(app)
        # Linköping and Malmö (the mini session has another instrument): the median of
        # two is their mean; Norrköping is 491,2 in all, 0,5 and 0,8 of it about 245,6 and 393,0.
        assert "Median av 2" in text and "Norrköping 2010" in text
        assert "Linköping 2010, Malmö 2010" in text
        assert "Lund" not in text
        assert "1 Demokrati" in text


async def test_compare_with_others_alone_says_so(demo_copy: Path) -> None:
    app = workbench_in(demo_copy, Catalog.default())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.action_compare_others()  # type: ignore[attr-defined]
        await pilot.pause()
        assert not isinstance(app.screen, ReadingScreen)
        assert "Inga andra utvärderingar med kommunkompassen-2010" in notices(app)
