"""Start-up to the first frame (#23): what the workbench does before it, and what it leaves
until it is used."""

from __future__ import annotations

import asyncio
import gc
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from kompass_tui.cli.commands.open import _meanwhile, run_open
from kompass_tui.core.files.locks import SessionLock, lock_path
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.toml_io import load_session, save_session
from kompass_tui.tui.screens.workbench import WorkbenchScreen
from kompass_tui.tui.widgets.overview import Overview
from tests.helpers import REPO
from tests.tui_helpers import burst, place, workbench_app

NOT_BEFORE_USED = (
    "kompass_tui.core.report.docx",
    "kompass_tui.core.report.html",
    "kompass_tui.core.report.markdown",
    "kompass_tui.core.report.writing",
    "kompass_tui.core.git",
    "kompass_tui.core.questionnaire",
    "kompass_tui.core.compare",
    "kompass_tui.core.session.merge",
    "kompass_tui.core.session.consensus",
    "kompass_tui.tui.screens.help",
    "kompass_tui.tui.screens.picker",
    "kompass_tui.tui.screens.export_prompt",
    "kompass_tui.tui.screens.agenda",
    "kompass_tui.views",
    "merge3",
    "docx",
    "secrets",
    "textual.widgets._text_area",
    "textual.document",
    "textual.system_commands",
)
"""Export, Word, git, merging, comparisons, the questionnaire, help, the picker, the text
editor and the command palette: loaded when first used, not before the workbench's first
frame."""


def test_the_workbench_imports_nothing_it_does_not_show_before_its_first_frame(
    demo_copy: Path,
) -> None:
    code = (
        "import asyncio, sys\n"
        "from pathlib import Path\n"
        "from tests.tui_helpers import workbench_app\n"
        "async def first_frame():\n"
        "    app = workbench_app(Path(sys.argv[1]))\n"
        "    async with app.run_test(size=(80, 24)) as pilot:\n"
        "        await pilot.pause()\n"
        "        print(' '.join(sorted(sys.modules)))\n"
        "asyncio.run(first_frame())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(demo_copy)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        check=True,
    )
    loaded = set(done.stdout.split())
    assert "kompass_tui.tui.screens.workbench" in loaded  # it did start
    early = [m for m in loaded if any(m == n or m.startswith(f"{n}.") for n in NOT_BEFORE_USED)]
    assert not sorted(early)


def test_the_overview_is_drawn_once_at_its_width(
    demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drawn at the width it gets before its first layout, the overview is not drawn again
    when the layout gives it its width: the first frame is the only one."""
    drawn: list[int] = []
    lines = Overview._lines

    def counted(self: Overview, width: int, highlighted: int) -> object:
        drawn.append(width)
        return lines(self, width, highlighted)

    monkeypatch.setattr(Overview, "_lines", counted)

    async def start() -> None:
        app = workbench_app(demo_copy)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause(0.2)
            assert isinstance(app.screen, WorkbenchScreen)
            assert app.screen.query_one(Overview).size.width - 3 == drawn[0]

    asyncio.run(start())
    assert len(drawn) == 1


def test_a_lock_waits_for_no_disk_but_a_session_does(
    demo_copy: Path, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lock matters only while its process runs; the session is synced as before."""
    synced: list[int] = []
    fsync = os.fsync

    def counted(fd: int) -> None:
        synced.append(fd)
        fsync(fd)

    monkeypatch.setattr(os, "fsync", counted)
    lock = SessionLock.acquire(demo_copy)
    assert lock_path(demo_copy).exists() and not synced
    loaded = load_session(demo_copy, catalog)
    save_session(loaded.session, loaded.instrument, demo_copy, loaded.digest)
    assert synced  # the session file and its folder
    lock.release()
    assert not lock_path(demo_copy).exists()


def test_the_claim_made_meanwhile_is_done_and_its_failure_raised_after_the_block() -> None:
    order: list[str] = []

    def claim(catalog: Catalog) -> None:
        order.append("claimed")

    with _meanwhile(claim, Catalog.default()):
        order.append("imported")
    assert sorted(order) == ["claimed", "imported"]

    def refused(catalog: Catalog) -> None:
        raise PermissionError("no")

    with pytest.raises(PermissionError), _meanwhile(refused, Catalog.default()):
        order.append("imported again")
    assert order[-1] == "imported again"


def test_the_collector_waits_only_while_starting(tmp_path: Path) -> None:
    """Held off while the program's long-lived objects are made, never left off."""
    assert gc.isenabled()
    assert run_open(tmp_path / "nope.toml", [], None) == 1  # refused before the workbench
    assert gc.isenabled()


def test_keys_typed_before_the_workbench_is_drawn_wait_for_it(new_session_file: Path) -> None:
    """The workbench comes after the app's start (drawn once); keys typed before it are
    kept for it, in order, none lost to the blank screen beneath."""

    async def start() -> None:
        app = workbench_app(new_session_file)
        async with app.run_test(size=(80, 24)) as pilot:
            burst(app, "5", "down", "7", "down")
            for _ in range(6):
                await pilot.pause()
            assert isinstance(app.screen, WorkbenchScreen)
            assert app.state is not None
            assert app.state.session.scores == {"1.1": Decimal(5), "1.2": Decimal(7)}
            assert place(app) == "1.3"

    asyncio.run(start())
