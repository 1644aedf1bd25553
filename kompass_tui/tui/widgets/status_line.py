"""The line at the top: municipality, total and percentage, progress, file and saved state."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from kompass_tui.core.numbers import format_max, format_percent, format_points
from kompass_tui.tui.state import OpenSession
from kompass_tui.tui.strings import tr


class StatusLine(Static):
    """Always visible; `refresh_from(state)` redraws it after every change."""

    DEFAULT_CSS = """
    StatusLine { height: 1; background: $panel; color: $foreground; padding: 0 1; }
    """

    def refresh_from(self, state: OpenSession) -> None:
        """Redraw from the session's current totals."""
        score = state.score()
        lang = state.lang
        saved = (
            (tr(lang, "unsaved"), "bold $text-warning")
            if state.dirty
            else (tr(lang, "saved"), "$text-success")
        )
        line = Content.assemble(
            (state.session.municipality, "bold"),
            (
                f"  {format_points(score.total, lang)} / {format_max(score.max, lang)}"
                f" · {format_percent(score.percent)}",
                "bold $text-accent",
            ),
            f"  {score.scored}/{score.scorable} {tr(lang, 'answered')}",
            "  ",
            saved,
            (f"  {state.path.name}", "dim"),
        )
        self.update(line, layout=False)  # one line, full width: no reflow per keystroke
