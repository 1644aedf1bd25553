"""A full screen for reading a Rich renderable: the report preview and the comparisons."""

from __future__ import annotations

from rich.console import RenderableType
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from kompass_tui.tui.keys import READING_BINDINGS, localize_bindings
from kompass_tui.tui.literal import literal_content
from kompass_tui.tui.strings import tr


class ReadingScreen(Screen[None]):
    """A title, the renderable in a scrolling pane and a hint; Escape or q closes it.

    The scrolling pane has focus, so the arrows, page keys, home and end scroll it.
    """

    CSS_PATH = "reading.tcss"
    BINDINGS = READING_BINDINGS

    def __init__(self, title: str, body: RenderableType, lang: str) -> None:
        super().__init__()
        self.heading = title
        self.body = body
        self.lang = lang
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        """Title, scrolling body, hint and footer."""
        yield Static(literal_content(self.heading, one_line=True), id="reading-title")
        with VerticalScroll(id="reading-body"):
            yield Static(self.body, id="reading-content")
        yield Static(tr(self.lang, "reading_help"), id="reading-hint")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        """Give the scrolling pane the keyboard."""
        self.query_one("#reading-body", VerticalScroll).focus()

    def action_close(self) -> None:
        """Go back to where the screen was opened from."""
        self.dismiss(None)
