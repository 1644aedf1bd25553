"""The session picker (`kompass DIR`): one row per session file, Enter opens, n starts a new
one, f a re-evaluation of the highlighted one (as `kompass new --from`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import DataTable, Static
from textual.worker import get_current_worker

from kompass_tui.core.compare.comparison import Comparison, ComparisonError, compare_files
from kompass_tui.core.compare.session_index import SessionSummary, session_files, summarize
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import LoadError
from kompass_tui.core.scoring.numbers import format_percent, format_points
from kompass_tui.tui.keys import PICKER, KeyAction
from kompass_tui.tui.kompass_app import kompass_app
from kompass_tui.tui.literal import literal, literal_content, literal_text
from kompass_tui.tui.screens.base import KeyedScreenMixin
from kompass_tui.tui.screens.reading import ReadingScreen
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.key_bar import KeyBar
from kompass_tui.views.compare_view import comparison_renderable

FIXED_CELLS = 10 + 12 + 5 + 6 * 2 + 3
"""Cells of the date, points and progress columns, the cells' padding and the margins."""
READ_AT_ONCE = 20
"""Folders of up to this many files are read before the list is shown; bigger ones in the
background, their rows shown as they are read."""
FIRST_ROWS = 10
"""Files read before the first rows are shown (a screenful comes at once)."""
PROGRESS_EVERY = 25
"""Files read between two further handovers of rows (and progress updates)."""


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


def _text_widths(width: int) -> tuple[int, int, int]:
    """Cells for the municipality, the evaluators and the file name at a terminal width:
    what the fixed columns leave, shared 7 : 5 : 8, each at least 8 and at most 30."""
    free = max(24, width - FIXED_CELLS)
    return (
        min(30, max(8, free * 7 // 20)),
        min(30, max(8, free * 5 // 20)),
        min(30, max(8, free * 8 // 20)),
    )


def _cut_middle(text: str, width: int) -> str:
    """A file name in `width` cells, cut in the middle: its end (the year, `.toml`) stays."""
    if len(text) <= width:
        return text
    keep = max(1, width - 1)
    end = min(len(text) - 1, keep // 2 + 2)
    return text[: keep - end] + "…" + text[-end:]


def _people(evaluators: tuple[str, ...], width: int) -> str:
    """The first evaluator and how many more: `Leif Eldås +1`."""
    if not evaluators:
        return ""
    more = f" +{len(evaluators) - 1}" if len(evaluators) > 1 else ""
    return _cut(evaluators[0], width - len(more)) + more


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
        self.scans = 0
        """Reloads asked for; only the latest one's rows are shown."""
        self.name_width = 30
        self.scanning = False

    def compose(self) -> ComposeResult:
        """Title, table of sessions, details of the highlighted one, footer."""
        title = tr(self.lang, "picker_title", folder=self.folder.name or ".")
        yield Static(literal_content(title), id="title")
        yield DataTable(cursor_type="row", zebra_stripes=True, id="sessions")
        yield Static("", id="details")
        yield KeyBar(self.lang)

    def on_mount(self) -> None:
        """Read the folder (in a worker: a folder of thousands never holds the keys up)."""
        table = self.query_one(DataTable)
        lang = self.lang
        for key in ("municipality", "date", "evaluators", "file", "points", "progress"):
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
        """Read the folder again: at once when it is small, else in the background, rows
        shown as they are read (a folder of thousands, or a slow disk, never holds the keys
        up)."""
        self.scans += 1
        paths = session_files(self.folder)
        self._begin(self.scans)
        if len(paths) <= READ_AT_ONCE:
            self._add_rows(self.scans, [summarize(path, self.catalog) for path in paths])
            self._done(self.scans)
            return
        self.scanning = True
        self._progress(self.scans, 0, len(paths))
        self._scan(self.scans, paths)

    @work(thread=True, exclusive=True, group="scan")
    def _scan(self, scan: int, paths: list[Path]) -> None:
        """Summarize every session file (a worker thread), handing rows over as they come:
        the first after FIRST_ROWS files, then every PROGRESS_EVERY."""
        worker = get_current_worker()
        batch: list[SessionSummary] = []
        for index, path in enumerate(paths, 1):
            if worker.is_cancelled:
                return
            batch.append(summarize(path, self.catalog))
            if index == FIRST_ROWS or index % PROGRESS_EVERY == 0:
                self.app.call_from_thread(self._add_rows, scan, batch, index, len(paths))
                batch = []
        self.app.call_from_thread(self._add_rows, scan, batch)
        self.app.call_from_thread(self._done, scan)

    def _progress(self, scan: int, done: int, total: int) -> None:
        """How far the reading is, beside the title (the details stay the highlighted
        session's)."""
        if scan == self.scans:
            title = tr(self.lang, "picker_title", folder=self.folder.name or ".")
            reading = tr(self.lang, "scanning", done=done, n=total)
            self.query_one("#title", Static).update(literal_content(f"{title} · {reading}"))

    def _begin(self, scan: int) -> None:
        """An empty list for a new reading of the folder."""
        if scan != self.scans:
            return
        self.query_one(DataTable).clear()
        self.summaries = []
        self.name_width = _text_widths(self.app.size.width)[0]

    def _add_rows(
        self, scan: int, summaries: list[SessionSummary], done: int = 0, total: int = 0
    ) -> None:
        """Rows for summaries read (in file order, after those shown)."""
        if scan != self.scans:
            return  # a newer reload is on its way
        lang = self.lang
        table = self.query_one(DataTable)
        name_w, people_w, file_w = _text_widths(self.app.size.width)
        self.summaries += summaries
        for summary in summaries:
            file_name = literal_text(_cut_middle(summary.path.name, file_w), one_line=True)
            if summary.ok:
                when = summary.dates[0].isoformat() if summary.dates else ""
                points = f"{format_points(summary.total, lang)} · {format_percent(summary.percent)}"
                progress = f"{summary.scored}/{summary.scorable}"
                evaluators = literal_text(_people(summary.evaluators, people_w), one_line=True)
                row = [self._name_cell(summary), when, evaluators, file_name, points, progress]
            else:
                unreadable = _cut(tr(lang, "cannot_read"), name_w)
                row = [Text(unreadable), "", "", file_name, "", ""]
            table.add_row(*row, key=str(summary.path))
        if total:
            self._progress(scan, done, total)
        if len(self.summaries) == len(summaries):
            self._show_details()  # the first rows: the first one's details

    def _done(self, scan: int) -> None:
        """Every file read: marks kept only on sessions that are still readable."""
        if scan != self.scans:
            return
        self.scanning = False
        readable = {s.path for s in self.summaries if s.ok}
        self.marked = [path for path in self.marked if path in readable]
        title = tr(self.lang, "picker_title", folder=self.folder.name or ".")
        self.query_one("#title", Static).update(literal_content(title))
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
            # Everything that tells this session from another, uncut.
            facts = [summary.path.name, ", ".join(summary.evaluators), summary.instrument_id]
            details.update(literal_content(" · ".join(f for f in facts if f), one_line=True))
        else:
            where = str(summary.path)
            problems = "\n".join(p.replace(where, summary.path.name) for p in summary.problems)
            details.update(literal_content(problems))
        details.set_class(summary is not None and not summary.ok, "-error")

    def action_open_session(self) -> None:
        """Enter: open the highlighted session."""
        summary = self._selected()
        if summary is not None and summary.ok:
            kompass_app(self.app).open_session(summary.path)

    def action_new(self) -> None:
        """Ask for a new session and open it."""
        from kompass_tui.tui.screens.new_session import NewSessionForm

        def created(path: Path | None) -> None:
            if path is not None:
                self.action_reload()
                kompass_app(self.app).open_session(path)
                self.app.notify(tr(self.lang, "created", name=path.name), timeout=4, markup=False)

        self.app.push_screen(NewSessionForm(self.folder, self.catalog, self.lang, created))

    def action_new_from(self) -> None:
        """A new evaluation of the highlighted session's municipality that starts from it:
        the new-session form, its municipality and instrument those of the earlier one."""
        from kompass_tui.tui.screens.new_session import Earlier, NewSessionForm

        summary = self._selected()
        if summary is None or not summary.ok:
            self.notify(tr(self.lang, "new_from_none"), severity="warning")
            return

        def created(path: Path | None) -> None:
            if path is not None:
                self.action_reload()
                kompass_app(self.app).open_session(path)
                self.app.notify(tr(self.lang, "created", name=path.name), timeout=4, markup=False)

        earlier = Earlier(summary.path, summary.municipality, summary.instrument_id)
        form = NewSessionForm(self.folder, self.catalog, self.lang, created, earlier=earlier)
        self.app.push_screen(form)

    # -- marking and comparing ----------------------------------------------------------------

    def _name_cell(self, summary: SessionSummary) -> Text:
        name = literal(summary.municipality, one_line=True)
        if summary.path in self.marked:
            return Text(f"✓ {_cut(name, self.name_width - 2)}", style="bold")
        return Text(_cut(name, self.name_width))

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
        """Compare the marked sessions side by side, with their median and mean (read in
        the background: marking many sessions never holds the keys up)."""
        from kompass_tui.tui.background import Progress, in_background

        lang = self.lang
        if len(self.marked) < 2:
            self.notify(tr(lang, "compare_need_two"), severity="warning")
            return
        paths, catalog = list(self.marked), self.catalog

        def work(progress: Progress, cancelled: Callable[[], bool]) -> Comparison:
            return compare_files(paths, catalog, progress=progress).comparison

        def progress(done: int, of: int) -> None:
            self.query_one("#details", Static).update(tr(lang, "scanning", done=done, n=of))

        def done(comparison: Comparison) -> None:
            self._show_details()
            width = self.app.size.width - 2
            body = comparison_renderable(comparison, lang, median=True, mean=True, width=width)
            title = tr(lang, "compare_title", n=len(comparison.evaluations))
            self.app.push_screen(ReadingScreen(title, body, lang))

        def failed(error: BaseException) -> None:
            self._show_details()
            if isinstance(error, LoadError):
                problems = "\n".join(literal(str(p)) for p in error.problems)
                self.notify(problems, severity="error", markup=False)
            elif isinstance(error, ComparisonError):
                reason = literal(str(error))
                self.notify(
                    tr(lang, "compare_refused", reason=reason), severity="error", markup=False
                )
            else:
                raise error

        in_background(self.app, "compare", work, progress=progress, done=done, failed=failed)
