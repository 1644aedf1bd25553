"""A full screen for reading a Rich renderable: the report preview and the comparisons."""

from __future__ import annotations

from rich.console import RenderableType
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from kompass_tui.tui.keys import READING
from kompass_tui.tui.literal import literal_content
from kompass_tui.tui.screens.base import KeyedScreenMixin
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.key_bar import KeyBar


class ReadingScreen(KeyedScreenMixin, Screen[None]):
    """A title, the renderable in a scrolling pane and the keys; Escape or q closes it.

    The scrolling pane has focus, so the arrows, page keys, home and end scroll it.
    """

    CSS_PATH = "reading.tcss"
    key_context = READING

    def __init__(self, title: str, body: RenderableType, lang: str) -> None:
        super().__init__()
        self.heading = title
        self.body = body
        self.lang = lang

    def compose(self) -> ComposeResult:
        """Title, scrolling body, hint and the keys."""
        yield Static(literal_content(self.heading, one_line=True), id="reading-title")
        with VerticalScroll(id="reading-body"):
            yield Static(self.body, id="reading-content")
        yield Static(tr(self.lang, "reading_help"), id="reading-hint")
        yield KeyBar(self.lang)

    def on_mount(self) -> None:
        """Show this screen's keys."""
        self.query_one(KeyBar).show(READING, lambda action: True)

    def first_focus(self) -> Widget | None:
        """The scrolling pane."""
        return self.query_one("#reading-body", VerticalScroll)

    def action_close(self) -> None:
        """Go back to where the screen was opened from."""
        if self.app.screen is self:
            self.app.pop_screen()
