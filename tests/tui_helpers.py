"""Helpers for the workbench tests: build the app on a session file, read what it shows."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from textual import events
from textual.pilot import Pilot

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.tui.app import KompassApp
from kompass_tui.tui.widgets.question_row import QuestionRow

KEY_NAMES = {",": "comma", ".": "full_stop", "-": "minus", " ": "space", "?": "question_mark"}


def workbench_app(path: Path, lang: str | None = None) -> KompassApp:
    """The app as `kompass PATH` starts it."""
    loaded = load_session(path, Catalog.default())
    return KompassApp(state=OpenSession.from_loaded(loaded, lang), lang=lang)


def text_of(app: KompassApp, selector: str) -> str:
    """The plain text a Static shows (the first one the selector finds)."""
    return str(app.screen.query(selector).first().render())


def row_of(app: KompassApp, question_id: str) -> QuestionRow:
    """A question's row, once its area has been shown."""
    for row in app.screen.query(QuestionRow):
        if row.question.id == question_id:
            return row
    raise LookupError(question_id)


def field_of(app: KompassApp, question_id: str) -> str:
    """What a question's score field shows, without the cursor mark."""
    field = row_of(app, question_id).query_one(".score-field")
    return str(field.render()).replace("▏", "").strip()


def place(app: KompassApp) -> str:
    """The current question's id, or the kind of place (`overview`, `texts`)."""
    assert app.state is not None
    where = app.state.place
    return where.question_id if where.kind == "question" else where.kind


async def type_text(pilot: Pilot[int], text: str) -> None:
    """Type text key by key."""
    await pilot.press(*[KEY_NAMES.get(c, c) for c in text])


def burst(app: KompassApp, *keys: str) -> None:
    """Deliver keys the way the terminal driver does: all posted before any is handled."""
    characters = {"comma": ",", "space": " ", "full_stop": ".", "question_mark": "?"}
    for key in keys:
        character = characters.get(key, key if len(key) == 1 else None)
        app.post_message(events.Key(key, character))


async def until(pilot: Pilot[int], condition: Callable[[], bool], seconds: float = 10.0) -> None:
    """Pause until `condition()` holds, at most `seconds`: a wait for what the test checks
    next (a question settled after its 0.4 s), never a timing; a loaded machine is slow."""
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        await pilot.pause(0.05)
