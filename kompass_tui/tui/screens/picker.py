"""The session picker (`kompass DIR`): one row per session file, Enter opens, n starts a new one."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from kompass_tui.core.catalog import Catalog
from kompass_tui.core.numbers import format_max, format_percent, format_points
from kompass_tui.core.session_index import SessionSummary, summarize_folder
from kompass_tui.tui.keys import localize_bindings
from kompass_tui.tui.strings import tr


class PickerScreen(Screen[None]):
    """Lists the sessions of a folder; broken files show their problems instead of crashing."""

    CSS_PATH = "picker.tcss"
    BINDINGS = [
        Binding("n", "new", "New session", id="new"),
        Binding("r", "reload", "Reload", id="reload"),
    ]

    def __init__(self, folder: Path, catalog: Catalog, lang: str | None) -> None:
        super().__init__()
        self.folder = folder
        self.catalog = catalog
        self.lang = lang or "sv"
        self.summaries: list[SessionSummary] = []
        localize_bindings(self, self.lang)

    def compose(self) -> ComposeResult:
        """Title, table of sessions, details of the highlighted one, footer."""
        yield Static(tr(self.lang, "picker_title", folder=self.folder.name or "."), id="title")
        yield DataTable(cursor_type="row", zebra_stripes=True, id="sessions")
        yield Static("", id="details")
        yield Static(tr(self.lang, "picker_help"), id="hint")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        """Read the folder."""
        table = self.query_one(DataTable)
        lang = self.lang
        for key in ("municipality", "date", "instrument", "points", "progress"):
            table.add_column(tr(lang, key), key=key)
        self.action_reload()
        table.focus()

    def action_reload(self) -> None:
        """Read the folder again."""
        lang = self.lang
        table = self.query_one(DataTable)
        table.clear()
        self.summaries = summarize_folder(self.folder, self.catalog)
        for summary in self.summaries:
            if summary.ok:
                when = summary.dates[0].isoformat() if summary.dates else ""
                points = (
                    f"{format_points(summary.total, lang)} / {format_max(summary.max, lang)}"
                    f" · {format_percent(summary.percent)}"
                )
                progress = f"{summary.scored}/{summary.scorable}"
                row = [summary.municipality, when, summary.instrument_id, points, progress]
            else:
                row = [summary.path.name, "", tr(lang, "cannot_read"), "", ""]
            table.add_row(*row, key=str(summary.path))
        self._show_details()

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show_details()

    def _selected(self) -> SessionSummary | None:
        table = self.query_one(DataTable)
        if not self.summaries or table.cursor_row >= len(self.summaries):
            return None
        return self.summaries[table.cursor_row]

    def _show_details(self) -> None:
        details = self.query_one("#details", Static)
        summary = self._selected()
        if summary is None:
            details.update(tr(self.lang, "no_sessions") if not self.summaries else "")
        elif summary.ok:
            details.update(summary.path.name)
        else:
            where = str(summary.path)
            details.update("\n".join(p.replace(where, summary.path.name) for p in summary.problems))
        details.set_class(summary is not None and not summary.ok, "-error")

    @on(DataTable.RowSelected)
    def _open(self) -> None:
        summary = self._selected()
        if summary is not None and summary.ok:
            self.app.open_session(summary.path)  # type: ignore[attr-defined]

    def action_new(self) -> None:
        """Ask for a new session and open it."""
        from kompass_tui.tui.screens.new_session import NewSessionForm

        def created(path: Path | None) -> None:
            if path is not None:
                self.action_reload()
                self.app.open_session(path)  # type: ignore[attr-defined]

        self.app.push_screen(NewSessionForm(self.folder, self.catalog, self.lang), created)
