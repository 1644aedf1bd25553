"""Asks where to export: a path, prefilled with the session's name as Markdown. The name's
ending chooses the format, as for `kompass export -o` (`core/report/formats.py`); a
Markdown report gets its chart as SVG beside it.

A new name is written at the first Enter. Writing over a file that exists (evaluators edit
the exported Word file by hand) takes two deliberate keys, as a safety question's
destructive answer does (`choice_dialog.py`): the first Enter only arms it and the line
under the name says so ("Enter again to overwrite report.docx"); an Enter that comes
before that line has been on screen for `QUESTION_SETTLE` seconds (a double tap, a burst,
keys typed before the prompt was on screen) is set aside and puts the prompt back as it
was; any other key (an edit of the name, Escape) puts it back too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Input, Static

from kompass_tui.core.files.targets import check_target, folder_meant
from kompass_tui.core.report.formats import chosen_format, format_problem
from kompass_tui.tui.literal import literal_content
from kompass_tui.tui.screens.choice_dialog import SettlingDialog
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.steady import steady


def chart_path(markdown: Path) -> Path:
    """Where a Markdown report's chart goes: beside it, with the same stem."""
    return markdown.with_suffix(".svg")


def written_paths(target: Path) -> list[Path]:
    """The files an export to `target` writes: it, and a Markdown report's chart."""
    return [target, chart_path(target)] if chosen_format(target) == "md" else [target]


def overwritten(target: Path) -> list[Path]:
    """The files an export to `target` would write over (those of `written_paths` that exist)."""
    return [path for path in written_paths(target) if path.exists()]


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


class ExportPrompt(SettlingDialog[Path]):
    """The path, prefilled; Enter accepts when it is usable (over a file that exists: Enter,
    read, Enter), Escape cancels."""

    def __init__(
        self, session_path: Path, lang: str, on_done: Callable[[Path | None], None] | None = None
    ) -> None:
        super().__init__(lang, on_done)
        self.session_path = session_path
        self.armed: Path | None = None
        """The existing file a first Enter chose to write over: a second Enter writes."""

    def compose(self) -> ComposeResult:
        """Title, label, the path input, a line for problems, one for keys set aside and a
        hint."""
        lang = self.lang
        with Vertical(classes="dialog"):
            yield Static(tr(lang, "export_title"), classes="dialog-title")
            yield Static(tr(lang, "export_label"))
            yield steady(Input(str(proposed_markdown(self.session_path)), id="export-path"))
            yield Static("", id="export-problem", markup=False)  # quotes typed paths
            yield Static("", classes="set-aside")
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
        """Show the problem with a path, or a note that it will be overwritten (that Enter
        again does it, when armed); the problem."""
        line = self.query_one("#export-problem", Static)
        target = self.target(text)
        problem = export_problem(target, self.session_path, self.lang, text.strip())
        note = problem
        existing = [] if problem else overwritten(target)
        armed = bool(existing) and self.armed == target
        if existing:
            key = "export_overwrite_again" if armed else "export_exists"
            note = tr(self.lang, key, name=existing[0].name)
        line.update(literal_content(note, one_line=True))
        line.set_class(bool(problem), "dialog-error")
        line.set_class(armed, "-armed")
        line.display = bool(note)
        return problem

    async def take_key(self, event: events.Key) -> None:
        """While armed, any key but Enter puts the prompt back as it was (Escape does only
        that); the key itself then does what it does."""
        if self.armed is not None and event.key != "enter":
            self._disarm()
            if event.key == "escape":
                return
        await super().take_key(event)

    async def take_paste(self, text: str) -> None:
        """A paste changes the name: back as it was, then into the field."""
        self._disarm()
        await super().take_paste(text)

    def field_changed(self) -> None:
        """Check the path as typed or pasted."""
        self._check(self.query_one(Input).value)

    def action_accept(self) -> None:
        """Enter: export there, when the path is usable; over a file that exists, the first
        Enter only arms, the second (once that has been read) writes."""
        value = self.query_one(Input).value
        target = self.target(value)
        if self._check(value):
            return
        if self.armed == target or not overwritten(target):
            self.close(target)
            return
        self.armed = target
        self._check(value)
        self.hold_keys()

    def keys_set_aside(self) -> None:
        """Keys came before "Enter again to overwrite" could be read: back as it was."""
        self._disarm()

    def _disarm(self) -> None:
        """Put the prompt back as it was before the first Enter."""
        if self.armed is not None:
            self.armed = None
            self._check(self.query_one(Input).value)
