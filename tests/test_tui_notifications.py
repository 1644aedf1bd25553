"""Effects off the screen (a report written, a session created) are confirmed with a
notification that goes away by itself (#26)."""

from __future__ import annotations

import shutil
from pathlib import Path

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.tui.app import KompassApp
from tests.conftest import DEMO
from tests.tui_helpers import type_text, until, workbench_app


async def test_an_export_is_confirmed_and_the_confirmation_goes(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert demo_copy.with_suffix(".md").exists()
        [told] = [n for n in app._notifications if "Rapporten skrevs till" in str(n.message)]
        assert 0 < told.timeout <= 10  # it disappears on its own
        assert demo_copy.with_suffix(".md").name in str(told.message)


async def test_a_new_session_is_confirmed(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    shutil.copy(DEMO, folder / DEMO.name)
    app = KompassApp(folder=folder, catalog=Catalog.default(), lang="sv")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        await type_text(pilot, "Provby")
        await pilot.press("enter")
        await until(pilot, lambda: bool(app._notifications))
        created = [n for n in app._notifications if "Skapade" in str(n.message)]
        assert created and 0 < created[0].timeout <= 10, [n.message for n in app._notifications]
