"""Asks where to export: a path, prefilled with the session's name as Markdown. The name's
ending chooses the format, as for `kompass export -o` (`core/report/formats.py`); a
Markdown report gets its chart as SVG beside it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Input, Static

from kompass_tui.core.files.targets import check_target, folder_meant
from kompass_tui.core.report.formats import chosen_format, format_problem
from kompass_tui.tui.literal import literal_content
from kompass_tui.tui.screens.base import Dialog
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.steady import steady


def chart_path(markdown: Path) -> Path:
    """Where a Markdown report's chart goes: beside it, with the same stem."""
    return markdown.with_suffix(".svg")


def written_paths(target: Path) -> list[Path]:
    """The files an export to `target` writes: it, and a Markdown report's chart."""
    return [target, chart_path(target)] if chosen_format(target) == "md" else [target]


def proposed_markdown(session_path: Path) -> Path:
    """The Markdown file proposed for a session: its name with `.md`, in the same folder."""
    return session_path.with_suffix(".md")


def export_problem(path: Path, session_path: Path, lang: str, typed: str = "") -> str:
    """Why the export cannot go to `path` (and a Markdown report's chart beside it); ''
    when it can. `typed` is the text as typed (a final `/` means a folder).

    The same checks as `kompass export -o` (core/files/targets.py, core/report/formats.py),
    said in the interface language.
    """
    if not path.name:
        return tr(lang, "err_target_empty")
    meant = folder_meant(typed)
    if meant is not None:
        return tr(lang, f"err_target_{meant.issue}", name=meant.path.name, detail=meant.detail)
    problem = _target_problem(path, session_path, lang)  # what the command line checks first
    if problem:
        return problem
    if path == chart_path(path):
        return tr(lang, "err_export_svg")
    refused = format_problem(path)
    if refused is not None:
        return tr(lang, "err_export_format_unknown", suffix=refused.suffix, known=refused.known)
    for target in written_paths(path)[1:]:
        problem = _target_problem(target, session_path, lang)
        if problem:
            return problem
    return ""


def _target_problem(target: Path, session_path: Path, lang: str) -> str:
    problem = check_target(target, [session_path])
    if problem is None:
        return ""
    return tr(lang, f"err_target_{problem.issue}", name=target.name, detail=problem.detail)


class ExportPrompt(Dialog[Path]):
    """The path, prefilled; Enter accepts when it is usable, Escape cancels."""

    def __init__(
        self, session_path: Path, lang: str, on_done: Callable[[Path | None], None] | None = None
    ) -> None:
        super().__init__(lang, on_done)
        self.session_path = session_path

    def compose(self) -> ComposeResult:
        """Title, label, the path input, a line for problems and a hint."""
        lang = self.lang
        with Vertical(classes="dialog"):
            yield Static(tr(lang, "export_title"), classes="dialog-title")
            yield Static(tr(lang, "export_label"))
            yield steady(Input(str(proposed_markdown(self.session_path)), id="export-path"))
            yield Static("", id="export-problem", markup=False)  # quotes typed paths
            yield Static(tr(lang, "export_help"), classes="dialog-hint")

    def first_focus(self) -> Widget | None:
        """The path, its problem (or that it exists) shown."""
        field = self.query_one(Input)
        self._check(field.value)
        return field

    def target(self, text: str) -> Path:
        """The path the text names (`~` expanded)."""
        return Path(text.strip()).expanduser()

    def _check(self, text: str) -> str:
        """Show the problem with a path, or a note that it will be overwritten; the problem."""
        line = self.query_one("#export-problem", Static)
        problem = export_problem(self.target(text), self.session_path, self.lang, text.strip())
        note = problem
        if not problem and self.target(text).exists():
            note = tr(self.lang, "export_exists", name=self.target(text).name)
        line.update(literal_content(note, one_line=True))
        line.set_class(bool(problem), "dialog-error")
        line.display = bool(note)
        return problem

    def field_changed(self) -> None:
        """Check the path as typed or pasted."""
        self._check(self.query_one(Input).value)

    def action_accept(self) -> None:
        """Enter: export there, when the path is usable."""
        value = self.query_one(Input).value
        if not self._check(value):
            self.close(self.target(value))
