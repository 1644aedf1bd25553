"""What the workbench does up to its first frame (#23)."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widget import Widget

from kompass_tui.tui.app import KompassApp
from kompass_tui.tui.screens.workbench import WorkbenchScreen
from tests.tui_helpers import burst, place, until, workbench_app


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


def test_keys_typed_at_once_reach_areas_whose_views_are_built_only_then(
    demo_copy: Path,
) -> None:
    """The demo opens on the overview: an area's view (and its module) is built only when
    first shown. Keys typed before any of it are drawn still go, in order, to the area and
    question they lead to."""

    async def start() -> None:
        app = workbench_app(demo_copy)
        async with app.run_test(size=(80, 24)) as pilot:
            burst(app, "pagedown", "pagedown", "down", "ctrl+t")  # 2.2 not applicable
            await until(pilot, lambda: "-not-applicable" in _row_classes(app, "2", "2.2"))
            assert app.state is not None
            assert place(app) == "2.2"
            assert app.state.session.not_applicable == {"2.2"}

    asyncio.run(start())


def _row_classes(app: KompassApp, area_id: str, question_id: str) -> set[str]:
    """The CSS classes of a question's row in its area's view ({} while not built)."""
    screen = app.screen
    if not isinstance(screen, WorkbenchScreen) or area_id not in screen.views:
        return set()
    row = screen.views[area_id].rows.get(question_id)
    return set() if row is None else set(row.classes)
