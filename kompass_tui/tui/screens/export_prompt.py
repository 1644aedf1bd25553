"""Asks where to export the report: the Markdown path, prefilled; the SVG goes beside it."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from kompass_tui.tui.literal import literal_content
from kompass_tui.tui.strings import tr


def chart_path(markdown: Path) -> Path:
    """Where the chart goes: beside the Markdown file, with the same stem."""
    return markdown.with_suffix(".svg")


def proposed_markdown(session_path: Path) -> Path:
    """The Markdown file proposed for a session: its name with `.md`, in the same folder."""
    return session_path.with_suffix(".md")


def export_problem(markdown: Path, session_path: Path, lang: str) -> str:
    """Why the report cannot go to `markdown` (and its chart beside it); '' when it can."""
    if not markdown.name:
        return tr(lang, "err_export_empty")
    if markdown == chart_path(markdown):
        return tr(lang, "err_export_svg")
    session = session_path.resolve()
    for target in (markdown, chart_path(markdown)):
        if target.resolve() == session:
            return tr(lang, "err_export_session")
        if target.is_dir():
            return tr(lang, "err_export_dir", name=target.name)
    folder = markdown.parent
    if not folder.is_dir():
        return tr(lang, "err_export_folder", folder=str(folder))
    return ""


class ExportPrompt(ModalScreen[Path | None]):
    """The Markdown path, prefilled; Enter accepts when it is usable, Escape cancels."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel")]

    def __init__(self, session_path: Path, lang: str) -> None:
        super().__init__()
        self.session_path = session_path
        self.lang = lang

    def compose(self) -> ComposeResult:
        """Title, label, the path input, a line for problems and a hint."""
        lang = self.lang
        with Vertical(classes="dialog"):
            yield Static(tr(lang, "export_title"), classes="dialog-title")
            yield Static(tr(lang, "export_label"))
            yield Input(str(proposed_markdown(self.session_path)), id="export-path")
            yield Static("", id="export-problem", markup=False)  # quotes typed paths
            yield Static(tr(lang, "export_help"), classes="dialog-hint")

    def on_mount(self) -> None:
        """Show whether the proposed file exists already."""
        self._check(self.query_one(Input).value)

    def target(self, text: str) -> Path:
        """The Markdown path the text names (`~` expanded)."""
        return Path(text.strip()).expanduser()

    def _check(self, text: str) -> str:
        """Show the problem with a path, or a note that it will be overwritten; the problem."""
        line = self.query_one("#export-problem", Static)
        problem = export_problem(self.target(text), self.session_path, self.lang)
        note = problem
        if not problem and self.target(text).exists():
            note = tr(self.lang, "export_exists", name=self.target(text).name)
        line.update(literal_content(note, one_line=True))
        line.set_class(bool(problem), "dialog-error")
        line.display = bool(note)
        return problem

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self._check(event.value)

    @on(Input.Submitted)
    def _accept(self, event: Input.Submitted) -> None:
        if not self._check(event.value):
            self.dismiss(self.target(event.value))

    def action_cancel(self) -> None:
        """Close without exporting."""
        self.dismiss(None)
