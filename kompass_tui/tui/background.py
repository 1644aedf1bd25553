"""Slow work (reading a folder of sessions) in a worker thread, with its progress shown.

The work runs off the UI thread, so keys go on being applied while it reads; it reports how
far it has come through `progress(done, of)`, and its result comes back to the UI thread
through `done`. An error in the work comes back through `failed`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from textual.app import App
from textual.worker import get_current_worker

Result = TypeVar("Result")
Progress = Callable[[int, int], None]


def in_background(
    app: App[int],
    group: str,
    work: Callable[[Progress, Callable[[], bool]], Result],
    *,
    progress: Callable[[int, int], None],
    done: Callable[[Result], None],
    failed: Callable[[BaseException], None],
) -> None:
    """Run `work(progress, cancelled)` in a thread; a newer run of the group cancels it."""

    def run() -> None:
        worker = get_current_worker()

        def report(finished: int, of: int) -> None:
            if not worker.is_cancelled:
                app.call_from_thread(progress, finished, of)

        try:
            result = work(report, lambda: worker.is_cancelled)
        except Exception as error:  # handed to the UI thread, which says what went wrong
            if not worker.is_cancelled:
                app.call_from_thread(failed, error)
            return
        if not worker.is_cancelled:
            app.call_from_thread(done, result)

    app.run_worker(run, thread=True, exclusive=True, group=group)
