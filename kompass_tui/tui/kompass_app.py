"""What kompass's screens use of the running app beyond Textual's `App`: the key router,
the instrument catalog and opening a session. `tui/app.py`'s `KompassApp` is it; screens
reach it through `kompass_app(self.app)`, with no import of the app (which imports them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from textual.app import App

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.tui.key_router import KeyRouter


@runtime_checkable
class KompassAppParts(Protocol):
    """The kompass app's own parts."""

    router: KeyRouter
    """Every key and paste, in order, to the screen on top."""
    catalog: Catalog
    """The instruments."""

    def open_session(self, path: Path) -> None:
        """Open a session file in the workbench."""


def kompass_app(app: App[Any]) -> KompassAppParts:
    """The running app as the kompass app (every kompass screen runs in one)."""
    if not isinstance(app, KompassAppParts):
        raise TypeError(f"{type(app).__name__} is not the kompass app")
    return app
