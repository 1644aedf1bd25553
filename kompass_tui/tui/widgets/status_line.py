"""The line at the top: municipality, total and percentage, progress, file and saved state.

When another process holds the file, a second line says so: read-only, and by whom.
"""

from __future__ import annotations

from datetime import date, datetime

from textual.content import Content
from textual.widgets import Static

from kompass_tui.core.files.locks import LockInfo
from kompass_tui.core.scoring.numbers import format_max, format_percent, format_points
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.tui.literal import literal_content
from kompass_tui.tui.strings import tr


def describe_holder(holder: LockInfo, lang: str) -> str:
    """Who holds a lock, short enough for the status line: `eva@host (pid 12, since 09:30)`."""
    try:
        started = datetime.fromisoformat(holder.started)
    except ValueError:
        since = holder.started
    else:
        since = started.strftime("%H:%M" if started.date() == date.today() else "%Y-%m-%d %H:%M")
    who = f"{holder.user}@{holder.host}"
    return tr(lang, "lock_holder", who=who, pid=holder.pid, since=since)


class StatusLine(Static):
    """Always visible; `refresh_from(state)` redraws it after every change."""

    DEFAULT_CSS = """
    StatusLine { height: 1; background: $panel; color: $foreground; padding: 0 1; }
    StatusLine.-read-only { height: 2; text-wrap: nowrap; text-overflow: ellipsis; }
    """

    _drawn: object = None

    def refresh_from(self, state: OpenSession) -> None:
        """Redraw from the session's current totals (nothing when nothing changed)."""
        score = state.score()
        key = (score, state.dirty, state.lock_holder, state.lang, state.session.municipality)
        if key == self._drawn:
            return
        self._drawn = key
        lang = state.lang
        saved = (
            (tr(lang, "unsaved"), "bold $text-warning")
            if state.dirty
            else (tr(lang, "saved"), "$text-success")
        )
        line = Content.assemble(
            literal_content(state.session.municipality, "bold", one_line=True),
            (
                f"  {format_points(score.total, lang)} / {format_max(score.scored_max, lang)}"
                f" · {format_percent(score.percent)}",
                "bold $text-accent",
            ),
            f"  {score.scored}/{score.scorable} {tr(lang, 'answered')}",
            "  ",
            saved,
            literal_content(f"  {state.path.name}", "dim", one_line=True),
        )
        holder = state.lock_holder
        self.set_class(holder is not None, "-read-only")
        if holder is not None:
            marker = tr(lang, "read_only", holder=describe_holder(holder, lang))
            warning = literal_content(marker, "bold $text-warning", one_line=True)
            line = Content("\n").join([warning, line])
        self.update(line, layout=False)  # one line, full width: no reflow per keystroke
