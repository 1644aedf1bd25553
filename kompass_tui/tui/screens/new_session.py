"""The new-session form: municipality, dates, evaluators, instrument and a safe file name.

Started from an earlier evaluation (f in the picker), it makes a re-evaluation as `kompass
new --from` does: the municipality and instrument are the earlier one's, nothing else is
copied, and the new file links to the earlier one (`core/session/reevaluation.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from textual import events
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Input, Label, Select, Static

from kompass_tui.core.files.file_names import is_safe_file_name, propose_file_name
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.problems import LoadError
from kompass_tui.core.session.model import Session, new_session
from kompass_tui.core.session.reevaluation import ReevaluationError, start_reevaluation
from kompass_tui.core.session.toml_io import create_session_file, load_session
from kompass_tui.tui.literal import literal
from kompass_tui.tui.screens.base import Dialog
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.steady import steady


@dataclass(frozen=True)
class Earlier:
    """The evaluation a re-evaluation starts from: its file, municipality and instrument."""

    path: Path
    municipality: str
    instrument_id: str


class NewSessionForm(Dialog[Path]):
    """Writes a new session file (never overwriting one) and gives its path."""

    def __init__(
        self,
        folder: Path,
        catalog: Catalog,
        lang: str,
        on_done: Callable[[Path | None], None] | None = None,
        *,
        earlier: Earlier | None = None,
    ) -> None:
        super().__init__(lang, on_done)
        self.folder = folder
        self.catalog = catalog
        self.earlier = earlier
        self.file_name_edited = False

    def compose(self) -> ComposeResult:
        """The fields."""
        lang, earlier = self.lang, self.earlier
        ids = self.catalog.ids()
        chosen = earlier.instrument_id if earlier is not None else (ids[0] if ids else None)
        municipality = earlier.municipality if earlier is not None else ""
        with VerticalScroll(classes="dialog"):
            if earlier is None:
                yield Static(tr(lang, "new_title"), classes="dialog-title")
            else:
                title = tr(lang, "new_from_title", name=literal(earlier.path.name, one_line=True))
                yield Static(title, classes="dialog-title", markup=False)
            yield Label(tr(lang, "municipality"))
            yield steady(
                Input(
                    literal(municipality, one_line=True),
                    id="municipality",
                    compact=True,
                    disabled=earlier is not None,  # a re-evaluation is of the same one
                )
            )
            yield Label(tr(lang, "dates_label"))
            yield steady(Input(placeholder=date.today().isoformat(), id="dates", compact=True))
            yield Label(tr(lang, "evaluators_label"))
            yield steady(Input(id="evaluators", compact=True))
            yield Label(tr(lang, "instrument"))
            yield Select(
                [(i, i) for i in ids],
                value=chosen if chosen in ids else Select.NULL,
                id="instrument",
                compact=True,
                disabled=earlier is not None,  # a later instrument needs an area mapping
            )
            yield Label(tr(lang, "file_label"))
            proposed = propose_file_name(municipality, date.today().year) if municipality else ""
            yield steady(Input(proposed, id="file", compact=True))
            yield Static("", classes="dialog-error", id="error", markup=False)  # quotes input
            yield Static(f"{tr(lang, 'create')} · {tr(lang, 'cancel')}", classes="dialog-hint")

    def first_focus(self) -> Widget | None:
        """Start in the municipality field (the dates at a re-evaluation)."""
        return self.query_one("#dates" if self.earlier is not None else "#municipality", Input)

    async def take_key(self, event: events.Key) -> None:
        """Enter on the instrument list opens or picks in it; elsewhere it creates."""
        if isinstance(self.focused, Select) and event.key in ("enter", "up", "down", "space"):
            await self.type_key(event)
            return
        await super().take_key(event)

    def field_changed(self) -> None:
        """The file name follows the municipality and the year (until it is typed in)."""
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
        if self.earlier is not None:
            municipality = self.earlier.municipality
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
        session = self._session(instrument, path, municipality, dates, evaluators)
        if session is None:
            return
        try:
            create_session_file(session, instrument, path)
        except FileExistsError:
            error.update(tr(lang, "err_exists", name=name))
            return
        except OSError as failure:
            error.update(f"{name}: {failure.strerror}")
            return
        self.close(path)

    def _session(
        self,
        instrument: Instrument,
        path: Path,
        municipality: str,
        dates: list[date],
        evaluators: list[str],
    ) -> Session | None:
        """The new session: empty, or a re-evaluation linked to the earlier one (None, and
        the reason shown, when the earlier one cannot be started from)."""
        if self.earlier is None:
            return new_session(instrument, municipality, dates, evaluators)
        error = self.query_one("#error", Static)
        try:
            earlier = load_session(self.earlier.path, self.catalog)
            return start_reevaluation(earlier, path, instrument, dates, evaluators)
        except LoadError as failure:
            error.update("\n".join(literal(str(p)) for p in failure.problems))
        except ReevaluationError as refused:
            error.update(literal(str(refused)))
        return None
