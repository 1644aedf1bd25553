"""The command palette (ctrl+p) in the interface language.

Textual's palette says "Search for commands…" and "No matches found" in English; this one
takes both from the catalog. The second is written by a private method of Textual's
palette (`_start_no_matches_countdown`), overridden here with the same behaviour.
"""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

from kompass_tui.tui.strings import tr


class Palette(CommandPalette):
    """Textual's command palette with kompass's words."""

    def __init__(self, lang: str) -> None:
        super().__init__(placeholder=tr(lang, "palette_placeholder"), id="--command-palette")
        self.lang = lang

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """After a short wait, say that nothing matches what was typed (as Textual does)."""
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(tr(self.lang, "palette_no_matches"), style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
