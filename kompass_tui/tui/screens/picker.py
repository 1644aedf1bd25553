"""The session picker (`kompass DIR`): one row per session file, Enter opens, n starts a new one."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import DataTable, Static

from kompass_tui.core.compare.comparison import ComparisonError, compare_files
from kompass_tui.core.compare.session_index import SessionSummary, summarize_folder
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import LoadError
from kompass_tui.core.scoring.numbers import format_max, format_percent, format_points
from kompass_tui.tui.keys import PICKER, KeyAction
from kompass_tui.tui.literal import literal, literal_content, literal_text
from kompass_tui.tui.screens.base import KeyedScreenMixin
from kompass_tui.tui.screens.reading import ReadingScreen
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.key_bar import KeyBar
from kompass_tui.views.compare_view import comparison_renderable


class PickerScreen(KeyedScreenMixin, Screen[None]):
    """Lists the sessions of a folder; broken files show their problems instead of crashing."""

    CSS_PATH = "picker.tcss"
    key_context = PICKER

    def __init__(self, folder: Path, catalog: Catalog, lang: str | None) -> None:
        super().__init__()
        self.folder = folder
        self.catalog = catalog
        self.lang = lang or "sv"
        self.summaries: list[SessionSummary] = []
        self.marked: list[Path] = []
        """Sessions marked for comparison (space), in the order they were marked."""

    def compose(self) -> ComposeResult:
        """Title, table of sessions, details of the highlighted one, footer."""
        yield Static(tr(self.lang, "picker_title", folder=self.folder.name or "."), id="title")
        yield DataTable(cursor_type="row", zebra_stripes=True, id="sessions")
        yield Static("", id="details")
        yield KeyBar(self.lang)

    def on_mount(self) -> None:
        """Read the folder."""
        table = self.query_one(DataTable)
        lang = self.lang
        for key in ("municipality", "date", "instrument", "points", "progress"):
            table.add_column(tr(lang, key), key=key)
        self.action_reload()
        self.query_one(KeyBar).show(PICKER, self.key_enabled)

    def key_enabled(self, action: KeyAction) -> bool:
        """Nothing to save while no session is open."""
        return action.id != "save"

    def first_focus(self) -> Widget | None:
        """The list of sessions."""
        return self.query_one(DataTable)

    def action_reload(self) -> None:
        """Read the folder again."""
        lang = self.lang
        table = self.query_one(DataTable)
        table.clear()
        self.summaries = summarize_folder(self.folder, self.catalog)
        readable = {s.path for s in self.summaries if s.ok}
        self.marked = [path for path in self.marked if path in readable]
        for summary in self.summaries:
            if summary.ok:
                when = summary.dates[0].isoformat() if summary.dates else ""
                points = (
                    f"{format_points(summary.total, lang)} / {format_max(summary.max, lang)}"
                    f" · {format_percent(summary.percent)}"
                )
                progress = f"{summary.scored}/{summary.scorable}"
                name = self._name_cell(summary)
                instrument = literal_text(summary.instrument_id, one_line=True)
                row = [name, when, instrument, points, progress]
            else:
                file_name = literal_text(summary.path.name, one_line=True)
                row = [file_name, "", tr(lang, "cannot_read"), "", ""]
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
            details.update(literal_content(summary.path.name, one_line=True))
        else:
            where = str(summary.path)
            problems = "\n".join(p.replace(where, summary.path.name) for p in summary.problems)
            details.update(literal_content(problems))
        details.set_class(summary is not None and not summary.ok, "-error")

    def action_open_session(self) -> None:
        """Enter: open the highlighted session."""
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

        self.app.push_screen(NewSessionForm(self.folder, self.catalog, self.lang, created))

    # -- marking and comparing ----------------------------------------------------------------

    def _name_cell(self, summary: SessionSummary) -> Text:
        name = literal(summary.municipality, one_line=True)
        if summary.path in self.marked:
            return Text(f"✓ {name}", style="bold")
        return Text(name)

    def action_mark(self) -> None:
        """Mark the highlighted session for comparison, or unmark it."""
        summary = self._selected()
        if summary is None:
            return
        if not summary.ok:
            name = literal(summary.path.name, one_line=True)
            self.notify(tr(self.lang, "cannot_mark", name=name), severity="warning", markup=False)
            return
        if summary.path in self.marked:
            self.marked.remove(summary.path)
        else:
            self.marked.append(summary.path)
        table = self.query_one(DataTable)
        cell = self._name_cell(summary)
        table.update_cell(str(summary.path), "municipality", cell, update_width=True)
        self._show_details()

    def action_compare(self) -> None:
        """Compare the marked sessions side by side, with their median and mean."""
        lang = self.lang
        if len(self.marked) < 2:
            self.notify(tr(lang, "compare_need_two"), severity="warning")
            return
        try:
            comparison = compare_files(self.marked, self.catalog).comparison
        except LoadError as failure:
            problems = "\n".join(literal(str(p)) for p in failure.problems)
            self.notify(problems, severity="error", markup=False)
            return
        except ComparisonError as refusal:
            reason = literal(str(refusal))
            self.notify(tr(lang, "compare_refused", reason=reason), severity="error", markup=False)
            return
        width = self.app.size.width - 2
        body = comparison_renderable(comparison, lang, median=True, mean=True, width=width)
        title = tr(lang, "compare_title", n=len(comparison.evaluations))
        self.app.push_screen(ReadingScreen(title, body, lang))
