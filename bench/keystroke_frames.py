"""Key → frame written, in process: the workbench drawing to a driver that keeps its frames.

Textual's headless driver, which `run_test` uses, draws nothing: `App._display` skips
rendering when the driver says it is headless, so a latency taken there ends when the model
changes and leaves out the layout, the compositor and the escape sequences. The driver here
says it is not headless, so every frame is rendered to the bytes a terminal would get; it
notes when each was written. A key's latency ends at the last frame of its update (QUIET
without a frame ends it), as over the pseudo-terminal, but without the pty and the process
boundary.

The app is built as the tests build it: the open session on the file, in the workbench.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import NamedTuple

from textual import events
from textual.app import App
from textual.driver import Driver
from textual.drivers.headless_driver import HeadlessDriver

QUIET = 0.1
KEY_TIMEOUT = 2.0


class KeyFrames(NamedTuple):
    """One key: seconds to its first and to its last frame, and the bytes of its frames."""

    first: float
    last: float
    size: int


def recording_driver(frames: list[tuple[float, int]]) -> type[Driver]:
    """A driver class that renders like a terminal's and appends (time, bytes) per write."""

    class FrameRecorder(HeadlessDriver):
        @property
        def is_headless(self) -> bool:
            return False  # so that the app renders every frame to escape sequences

        def write(self, data: str) -> None:
            frames.append((time.perf_counter(), len(data.encode("utf-8"))))

    return FrameRecorder


def workbench_app(session: Path) -> App[object]:
    """The workbench on a session, as `kompass SESSION` opens it (the tests' way)."""
    from kompass_tui.core.instrument.catalog import Catalog
    from kompass_tui.core.session.open_session import OpenSession
    from kompass_tui.core.session.toml_io import load_session
    from kompass_tui.tui.app import KompassApp

    loaded = load_session(session, Catalog.default())
    return KompassApp(state=OpenSession.from_loaded(loaded, None))


def keystroke_frames(session: Path, keys: list[tuple[str, str | None]]) -> list[KeyFrames]:
    """Type `keys` (Textual key name, character) into the workbench on `session`, each once
    the previous key's frames have settled; what each key drew."""
    frames: list[tuple[float, int]] = []
    app = workbench_app(session)
    app.driver_class = recording_driver(frames)
    results: list[KeyFrames] = []

    async def settled(since: float, wait_for_frame: bool) -> list[tuple[float, int]]:
        while True:
            await asyncio.sleep(0.002)
            now = time.perf_counter()
            new = [frame for frame in frames if frame[0] >= since]
            if new and now - new[-1][0] >= QUIET:
                return new
            if not new and (not wait_for_frame or now - since >= KEY_TIMEOUT):
                return new

    async def drive() -> None:
        async with app.run_test(headless=False, size=(80, 24)) as pilot:
            await pilot.pause()
            await settled(0.0, wait_for_frame=True)  # the first screen
            for key, character in keys:
                start = time.perf_counter()
                app.post_message(events.Key(key, character))
                new = await settled(start, wait_for_frame=True)
                if not new:
                    raise RuntimeError(f"no frame after the key {key!r}")
                size = sum(length for _, length in new)
                results.append(KeyFrames(new[0][0] - start, new[-1][0] - start, size))

    asyncio.run(drive())
    return results


def typing_keys(count: int) -> list[tuple[str, str | None]]:
    """A digit and backspace, in turn: into an empty field, each changes the totals."""
    digit: tuple[str, str | None] = ("5", "5")
    undo: tuple[str, str | None] = ("backspace", None)
    return [digit if index % 2 == 0 else undo for index in range(count)]
