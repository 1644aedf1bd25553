"""What the workbench does up to its first frame (#23)."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widget import Widget

from kompass_tui.tui.screens.workbench import WorkbenchScreen
from tests.tui_helpers import workbench_app


@pytest.mark.draws
def test_the_collector_waits_for_the_first_frame_then_passes_over_what_start_up_made(
    demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    collecting: list[bool] = []
    compose = WorkbenchScreen.compose

    def composed(screen: WorkbenchScreen) -> Iterator[Widget]:
        collecting.append(gc.isenabled())
        yield from compose(screen)

    monkeypatch.setattr(WorkbenchScreen, "compose", composed)

    async def start() -> None:
        app = workbench_app(demo_copy)
        gc.disable()  # as `kompass FILE` leaves it for the app
        app.collect_after_first_frame()
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, WorkbenchScreen)
            assert collecting == [False]  # the workbench was built without collections
            assert gc.isenabled()  # and the first frame turned the collector on
            assert gc.get_freeze_count() > 0

    try:
        asyncio.run(start())
    finally:
        gc.unfreeze()
        gc.enable()
