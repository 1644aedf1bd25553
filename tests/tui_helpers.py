"""Helpers for the workbench tests: build the app on a session file."""

from __future__ import annotations

from pathlib import Path

from textual import events

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.tui.app import KompassApp
from kompass_tui.core.session.open_session import OpenSession


def workbench_app(path: Path, lang: str | None = None) -> KompassApp:
    """The app as `kompass PATH` starts it."""
    loaded = load_session(path, Catalog.default())
    return KompassApp(state=OpenSession.from_loaded(loaded, lang), lang=lang)


def text_of(app: KompassApp, selector: str) -> str:
    """The plain text a Static shows."""
    return str(app.screen.query_one(selector).render())


def burst(app: KompassApp, *keys: str) -> None:
    """Deliver keys the way the terminal driver does: all posted before any is handled."""
    characters = {"comma": ",", "space": " "}
    for key in keys:
        character = characters.get(key, key if len(key) == 1 else None)
        app.post_message(events.Key(key, character))
