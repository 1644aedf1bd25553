"""The session picker, the new-session form and `kompass FILE` on a broken file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kompass_tui.cli.commands.open import run_open
from kompass_tui.core.files.file_names import is_safe_file_name, propose_file_name
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.tui.app import KompassApp
from kompass_tui.tui.screens.workbench import WorkbenchScreen
from tests.conftest import DEMO


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder with the demo and a broken file."""
    path = tmp_path / "sessions"
    path.mkdir()
    shutil.copy(DEMO, path / DEMO.name)
    (path / "a-broken.toml").write_text("schema = 1\n", encoding="utf-8")
    return path


async def test_picker_lists_sessions_and_opens_one(folder: Path) -> None:
    app = KompassApp(folder=folder, catalog=Catalog.default())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#sessions")
        assert table.row_count == 2
        details = str(app.screen.query_one("#details").render())
        assert "a-broken.toml: municipality: missing" in details
        assert str(table.get_row_at(1)[4]) == "45/45"
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, WorkbenchScreen)
        assert app.state is not None and app.state.session.municipality == "Norrköping"


async def test_new_session_form_creates_a_file(folder: Path) -> None:
    app = KompassApp(folder=folder, catalog=Catalog.default())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"Åre", "tab", *"2026-03-01", "enter")
        await pilot.pause()
        assert isinstance(app.screen, WorkbenchScreen)
    created = folder / "are-2026.toml"
    session = load_session(created, Catalog.default()).session
    assert session.municipality == "Åre"
    assert [d.isoformat() for d in session.dates] == ["2026-03-01"]


async def test_new_session_form_never_overwrites(folder: Path) -> None:
    app = KompassApp(folder=folder, catalog=Catalog.default())
    before = (folder / DEMO.name).read_bytes()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.press(*"Norrkoping", "tab", *"2010-01-25", "enter")
        await pilot.pause()
        assert "finns redan" in str(app.screen.query_one("#error").render())
    assert (folder / DEMO.name).read_bytes() == before


def test_proposed_file_names_are_safe() -> None:
    assert propose_file_name("Norrköping", 2010) == "norrkoping-2010.toml"
    assert "/" not in propose_file_name("../../etc/passwd")
    assert ".." not in propose_file_name("../../etc/passwd")
    assert not is_safe_file_name("../x.toml")
    assert not is_safe_file_name("a/b.toml")
    assert is_safe_file_name("åre-2026.toml")


def test_open_broken_file_prints_problems_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("schema = 1\n", encoding="utf-8")
    assert run_open(broken, [], None) == 1
    err = capsys.readouterr().err
    assert f"{broken}: municipality: missing" in err


def test_open_missing_file_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_open(tmp_path / "nope.toml", [], None) == 1
    assert "no such file" in capsys.readouterr().err
