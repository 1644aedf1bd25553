"""The new-session form: municipality, dates, evaluators, instrument and a safe file name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from textual import events
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Input, Label, Select, Static

from kompass_tui.core.files.file_names import is_safe_file_name, propose_file_name
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import LoadError
from kompass_tui.core.session.model import new_session
from kompass_tui.core.session.toml_io import create_session_file
from kompass_tui.tui.screens.base import Dialog
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.steady import steady


class NewSessionForm(Dialog[Path]):
    """Writes a new session file (never overwriting one) and gives its path."""

    def __init__(
        self,
        folder: Path,
        catalog: Catalog,
        lang: str,
        on_done: Callable[[Path | None], None] | None = None,
    ) -> None:
        super().__init__(lang, on_done)
        self.folder = folder
        self.catalog = catalog
        self.file_name_edited = False

    def compose(self) -> ComposeResult:
        """The fields."""
        lang = self.lang
        ids = self.catalog.ids()
        with VerticalScroll(classes="dialog"):
            yield Static(tr(lang, "new_title"), classes="dialog-title")
            yield Label(tr(lang, "municipality"))
            yield steady(Input(id="municipality", compact=True))
            yield Label(tr(lang, "dates_label"))
            yield steady(Input(placeholder=date.today().isoformat(), id="dates", compact=True))
            yield Label(tr(lang, "evaluators_label"))
            yield steady(Input(id="evaluators", compact=True))
            yield Label(tr(lang, "instrument"))
            yield Select(
                [(i, i) for i in ids],
                value=ids[0] if ids else Select.NULL,
                id="instrument",
                compact=True,
            )
            yield Label(tr(lang, "file_label"))
            yield steady(Input(id="file", compact=True))
            yield Static("", classes="dialog-error", id="error", markup=False)  # quotes input
            yield Static(f"{tr(lang, 'create')} · {tr(lang, 'cancel')}", classes="dialog-hint")

    def first_focus(self) -> Widget | None:
        """Start in the municipality field."""
        return self.query_one("#municipality", Input)

    async def take_key(self, event: events.Key) -> None:
        """Enter on the instrument list opens or picks in it; elsewhere it creates."""
        if isinstance(self.focused, Select) and event.key in ("enter", "up", "down", "space"):
            await self.type_key(event)
            return
        await super().take_key(event)

    async def type_key(self, event: events.Key) -> None:
        """Type into the field; the file name follows the municipality and the year."""
        await super().type_key(event)
        self._after_typing()

    async def take_paste(self, text: str) -> None:
        """Paste into the field; the file name follows."""
        await super().take_paste(text)
        self._after_typing()

    def _after_typing(self) -> None:
        field = self.focused.id if self.focused is not None else None
        if field == "file":
            self.file_name_edited = True
        elif field in ("municipality", "dates") and not self.file_name_edited:
            municipality = self.query_one("#municipality", Input).value
            dates, _ = self._dates()
            year = dates[0].year if dates else date.today().year
            proposed = propose_file_name(municipality, year) if municipality else ""
            self.query_one("#file", Input).value = proposed

    def _dates(self) -> tuple[list[date], str | None]:
        text = self.query_one("#dates", Input).value
        dates = []
        for part in (p.strip() for p in text.split(",")):
            if not part:
                continue
            try:
                dates.append(date.fromisoformat(part))
            except ValueError:
                return [], part
        return sorted(dates), None

    def action_accept(self) -> None:
        """Enter: create the file, or say what is missing."""
        lang = self.lang
        error = self.query_one("#error", Static)
        municipality = self.query_one("#municipality", Input).value.strip()
        dates, bad_date = self._dates()
        name = self.query_one("#file", Input).value.strip()
        instrument_id = self.query_one("#instrument", Select).value
        if not municipality:
            error.update(tr(lang, "err_municipality"))
            return
        if bad_date is not None:
            error.update(tr(lang, "err_date", text=bad_date))
            return
        if not is_safe_file_name(name):
            error.update(tr(lang, "err_file_name"))
            return
        evaluators = [
            e.strip() for e in self.query_one("#evaluators", Input).value.split(",") if e.strip()
        ]
        try:
            instrument = self.catalog.get(str(instrument_id))
        except LoadError as failure:
            error.update("\n".join(str(p) for p in failure.problems))
            return
        path = self.folder / name
        session = new_session(instrument, municipality, dates, evaluators)
        try:
            create_session_file(session, instrument, path)
        except FileExistsError:
            error.update(tr(lang, "err_exists", name=name))
            return
        except OSError as failure:
            error.update(f"{name}: {failure.strerror}")
            return
        self.close(path)
