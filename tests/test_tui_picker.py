"""The session picker, the new-session form and `kompass FILE` on a broken file."""

from __future__ import annotations

import asyncio
import shutil
import time
from pathlib import Path

import pytest
from textual.widgets import DataTable

from kompass_tui.cli.commands.open import run_open
from kompass_tui.core.files.file_names import is_safe_file_name, propose_file_name
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.tui.app import KompassApp
from kompass_tui.tui.screens.workbench import WorkbenchScreen
from tests.conftest import DEMO
from tests.tui_helpers import burst


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
        table = app.screen.query_one("#sessions", DataTable)
        assert table.row_count == 2
        details = str(app.screen.query_one("#details").render())
        assert "a-broken.toml: municipality: missing" in details
        assert str(table.get_row_at(1)[5]) == "45/45"
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


async def test_the_picker_reads_a_big_folder_while_keys_are_typed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """2,000 sessions are read in a worker: the new-session form takes typing meanwhile."""
    import time

    from kompass_tui.tui.screens import picker as picker_module

    summarize = getattr(picker_module, "summarize")  # noqa: B009 (the picker's own name)

    def slow_disk(path: Path, catalog: Catalog):
        time.sleep(0.001)  # a network file system: about 2 s for the folder
        return summarize(path, catalog)

    monkeypatch.setattr(picker_module, "summarize", slow_disk)
    folder = tmp_path / "many"
    folder.mkdir()
    shutil.copy(DEMO, folder / "a-0000.toml")
    raw = (folder / "a-0000.toml").read_bytes()
    for number in range(1, 2000):
        (folder / f"a-{number:04d}.toml").write_bytes(raw)
    app = KompassApp(folder=folder, catalog=Catalog.default())
    async with app.run_test(size=(80, 24)):
        # The pilot's press waits until the app is idle, which the scan's progress never
        # lets it be: post the keys as the terminal does, and only sleep between checks.
        picker = app.screen
        burst(app, "n", *"Testby")
        form = None
        for _ in range(200):
            await asyncio.sleep(0.01)
            if type(app.screen).__name__ == "NewSessionForm":
                form = app.screen
                if form.query_one("#municipality").value == "Testby":  # type: ignore[attr-defined]
                    break
        assert form is not None
        assert form.query_one("#municipality").value == "Testby"  # type: ignore[attr-defined]
        assert picker.scanning  # type: ignore[attr-defined]  # the typing did not wait for it
        burst(app, "escape")
        for _ in range(1000):
            if not picker.scanning:  # type: ignore[attr-defined]
                break
            await asyncio.sleep(0.02)
        assert picker.query_one(DataTable).row_count == 2000
        assert "a-1999.toml" in str(picker.query_one(DataTable).get_row_at(1999)[3])


async def test_the_first_rows_show_while_the_folder_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kompass_tui.tui.screens import picker as picker_module

    summarize = getattr(picker_module, "summarize")  # noqa: B009 (the picker's own name)

    def slow_disk(path: Path, catalog: Catalog):
        time.sleep(0.002)
        return summarize(path, catalog)

    monkeypatch.setattr(picker_module, "summarize", slow_disk)
    folder = tmp_path / "many"
    folder.mkdir()
    raw = DEMO.read_bytes()
    for number in range(1000):
        (folder / f"a-{number:04d}.toml").write_bytes(raw)
    app = KompassApp(folder=folder, catalog=Catalog.default())
    async with app.run_test(size=(80, 24)):
        picker = app.screen
        table = picker.query_one(DataTable)
        for _ in range(500):
            await asyncio.sleep(0.01)
            if table.row_count:
                break
        assert picker.scanning  # type: ignore[attr-defined]  # rows before the last file
        assert 0 < table.row_count < 1000
        assert "a-0000.toml" in str(table.get_row_at(0)[3])
        title = str(picker.query_one("#title").render())
        assert "av 1000" in title  # how far the reading is, beside the title
        for _ in range(1000):
            if not picker.scanning:  # type: ignore[attr-defined]
                break
            await asyncio.sleep(0.02)
        assert table.row_count == 1000
        assert "av 1000" not in str(picker.query_one("#title").render())


async def test_picker_rows_tell_sessions_of_one_municipality_apart(folder: Path) -> None:
    shutil.copy(DEMO, folder / "norrkoping-2014.toml")
    app = KompassApp(folder=folder, catalog=Catalog.default())
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(100):
            await pilot.pause(0.05)
            if not app.screen.scanning:  # type: ignore[attr-defined]
                break
        table = app.screen.query_one(DataTable)
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        files = [row[3] for row in rows if row[0].startswith("Norrk")]
        assert len(files) == 2 and files[0] != files[1]
        norrkoping = [row for row in rows if row[0].startswith("Norrk")]
        assert len(norrkoping) == 2
        assert all(row[2].startswith("Leif") and row[2].endswith(" +1") for row in norrkoping)
        await pilot.press("down")  # past the broken file, to the first Norrköping
        await pilot.pause()
        details = str(app.screen.query_one("#details").render())
        assert "norrkoping-2010.toml · Leif Eldås, Gunnar Gidenstam" in details  # uncut
