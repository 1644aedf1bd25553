"""Writing in the workbench: the editor in place, $EDITOR, and the area's lists.

A collaborator of the workbench screen (`TextEditing(screen)`): it opens the editor panel on
one text of the open session, stores what the panel holds after every key (so texts are
autosaved like scores), hands the text to $EDITOR and back, and edits the strengths and
improvement areas through the item prompt. Every change goes through the open session.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from textual.app import SuspendNotSupported

from kompass_tui.core.instrument.criteria import Area
from kompass_tui.core.session.cursor import TEXTS
from kompass_tui.core.session.open_session import ListKind, OpenSession, TextKind
from kompass_tui.tui.literal import literal
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.area_texts import TextRow, text_rows
from kompass_tui.tui.widgets.editor_panel import EditorPanel

if TYPE_CHECKING:
    from textual.screen import Screen

EDITOR_TIMEOUT = None
"""$EDITOR runs as long as the user likes."""


@runtime_checkable
class SessionScreen(Protocol):
    """A screen with a session (the workbench): what its text editing uses of it."""

    state: OpenSession
    """The open session."""

    def refuse_read_only(self) -> None:
        """Say that nothing can be changed here."""

    def show_keys(self) -> None:
        """Redraw the key bar for where the evaluator is now."""


class TextEditing:
    """The open text (if any) of a workbench screen."""

    def __init__(self, screen: Screen[None]) -> None:
        if not isinstance(screen, SessionScreen):
            raise TypeError(f"{type(screen).__name__} has no session to edit")
        self.screen = screen
        self.target: tuple[TextKind, str] | None = None

    @property
    def state(self) -> OpenSession:
        """The open session."""
        return self.screen.state

    @property
    def panel(self) -> EditorPanel:
        """The editor panel."""
        return self.screen.query_one(EditorPanel)

    @property
    def is_open(self) -> bool:
        """Whether a text is being edited."""
        return self.target is not None

    def open(self, kind: TextKind, key: str, title: str) -> None:
        """Edit a text of the session in the panel."""
        if self.state.read_only:
            self.screen.refuse_read_only()
            return
        self.target = (kind, key)
        self.panel.open(title, self.state.text_of(kind, key))
        self.screen.set_focus(self.panel.area)
        self.screen.show_keys()

    def open_question_text(self, kind: TextKind = "findings") -> None:
        """The current question's findings (its part of the report) or its comment."""
        question = self.state.question
        if question is not None:
            title = tr(self.state.lang, f"{kind}_title", qid=question.id)
            self.open(kind, question.id, title)

    def store(self) -> None:
        """Keep what the panel holds in the session."""
        if self.target is None:
            return
        kind, key = self.target
        panel = self.panel
        self.state.set_text(kind, key, panel.edited_text())
        panel.show_count()

    def close(self, *, commit: bool = True) -> None:
        """Close the panel, keeping its text unless `commit` is False."""
        if self.target is None:
            return
        if commit:
            self.store()
        self.state.history.seal()  # typing in the text again is a new step to undo
        self.target = None
        self.panel.close()
        self.screen.set_focus(None)
        self.screen.show_keys()

    def external_editor(self) -> None:
        """Edit the open text in $VISUAL or $EDITOR; what it wrote comes back into the panel."""
        lang = self.state.lang
        command = os.environ.get("VISUAL") or os.environ.get("EDITOR")
        if not command:
            self.screen.notify(tr(lang, "no_editor"), severity="warning")
            return
        try:
            argv = shlex.split(command)
        except ValueError:
            self.screen.notify(
                tr(lang, "editor_unparsable", editor=literal(command)), severity="error"
            )
            return
        self.store()
        area = self.panel.area
        with tempfile.NamedTemporaryFile(
            "w", suffix=".md", delete=False, encoding="utf-8"
        ) as handle:
            # A text file ends with a newline: a line the editor appends is not glued on.
            handle.write(area.text + "\n")
            path = Path(handle.name)
        try:
            failure: OSError | None = None
            try:
                # Textual resumes only when the block ends normally: nothing may escape it.
                with self.screen.app.suspend():
                    try:
                        subprocess.run([*argv, str(path)], check=False, timeout=EDITOR_TIMEOUT)
                    except OSError as error:
                        failure = error
            except SuspendNotSupported:
                self.screen.notify(tr(lang, "editor_no_terminal"), severity="warning")
                return
            if failure is not None:
                reason = literal(failure.strerror or str(failure), one_line=True)
                self.screen.notify(tr(lang, "editor_failed", reason=reason), severity="error")
                return
            try:
                written = path.read_bytes()
            except FileNotFoundError:
                self.screen.notify(tr(lang, "editor_deleted"), severity="warning")
                return
            try:
                text = written.decode("utf-8")
            except UnicodeDecodeError:
                self.screen.notify(tr(lang, "editor_not_utf8"), severity="error")
                return
            # The one final newline added above (as the editor may have written it).
            area.load_text(text.removesuffix("\n").removesuffix("\r"))
            area.move_cursor(area.document.end)
            self.store()
            taken_in = tr(lang, "editor_taken_in", editor=literal(argv[0], one_line=True))
            self.screen.notify(taken_in, timeout=3, markup=False)
        finally:
            path.unlink(missing_ok=True)

    # -- the area's lists and notes ------------------------------------------------------------

    def edit_section(self) -> None:
        """Edit the highlighted text of the report; after the texts, the interview log."""
        from kompass_tui.core.session.model import REPORT_SECTIONS

        if self.state.place.row >= len(REPORT_SECTIONS):
            from kompass_tui.tui.screens.interviews import InterviewList

            self.screen.app.push_screen(InterviewList(self.state))
            return
        key = REPORT_SECTIONS[self.state.place.row]
        self.open("section", key, tr(self.state.lang, f"section.{key}"))

    def row(self) -> TextRow | None:
        """The highlighted row of the area's texts (None elsewhere)."""
        area = self.state.area
        if area is None or self.state.place.kind != TEXTS:
            return None
        rows = text_rows(self.state, area)
        return rows[min(self.state.place.row, len(rows) - 1)]

    def edit_row(self) -> None:
        """Edit the highlighted item or action, add to an empty list, or open the notes."""
        row, area = self.row(), self.state.area
        if row is None or area is None:
            return
        if row.kind == "notes":
            self.open("notes", area.id, tr(self.state.lang, "general_title", area=area.id))
        elif row.kind == "actions":
            self._action_form(row.parent, row.index, adding=False)
        elif row.index < 0:
            self._prompt(row.kind, 0, adding=True)
        else:
            self._prompt(row.kind, row.index, adding=False)

    def add_item(self) -> None:
        """Ask for an item and add it after the highlighted one (to the list it is in); on
        an action, a new action after it."""
        row = self.row()
        if row is None or row.kind == "notes":
            return
        if row.kind == "actions":
            self._action_form(row.parent, row.index + 1, adding=True)
            return
        self._prompt(row.kind, row.index + 1, adding=True)

    def delete_item(self) -> None:
        """Delete the highlighted item or action; an improvement area with actions only
        when the evaluator says so."""
        row, area = self.row(), self.state.area
        if row is None or area is None or row.kind == "notes" or row.index < 0:
            return
        if row.kind == "actions":
            self.state.delete_action(area.id, row.index)
        elif row.kind == "improvements" and self._actions_of(row.index):
            self._ask_before_deleting(area.id, row.index)
            return
        else:
            self.state.delete_item(row.kind, area.id, row.index)
        self._keep_highlight_in(area)

    def _keep_highlight_in(self, area: Area) -> None:
        self.state.highlight(min(self.state.place.row, len(text_rows(self.state, area)) - 1))

    def _actions_of(self, improvement: int) -> list[int]:
        """The indexes (among the area's actions) of an improvement area's actions."""
        area = self.state.area
        if area is None:
            return []
        text = self.state.list_items("improvements", area.id)[improvement]
        actions = self.state.actions_of(area.id)
        return [i for i, action in enumerate(actions) if action.improvement == text]

    def _ask_before_deleting(self, area_id: str, index: int) -> None:
        from kompass_tui.tui.screens.choice_dialog import Choice, keep_or_destroy

        lang = self.state.lang
        text = self.state.list_items("improvements", area_id)[index]
        count = len(self._actions_of(index))
        title = tr(lang, "delete_improvement", n=count, text=literal(text, one_line=True))
        # Keeping first, so that Enter (or a second d typed fast) keeps them; deleting takes
        # two keys (its own twice).
        keep = Choice("keep", tr(lang, "cancel"), "c", confirm=None)
        delete = Choice(
            "delete", tr(lang, "delete_yes"), "j,y", "error", confirm=tr(lang, "delete_yes_again")
        )

        def deleted() -> None:
            area = self.state.area
            if area is not None and area.id == area_id:
                self.state.delete_item("improvements", area_id, index)
                self._keep_highlight_in(area)

        question = keep_or_destroy("delete-improvement", title, lang, keep, delete, deleted)
        self.screen.app.push_screen(question)

    def add_action(self) -> None:
        """A new action for the highlighted improvement area (after the highlighted action)."""
        row = self.row()
        if row is None or row.index < 0:
            return
        if row.kind == "improvements":
            mine = self._actions_of(row.index)
            index = mine[-1] + 1 if mine else len(self.state.actions_of(self.state.place.area_id))
            self._action_form(row.index, index, adding=True)
        elif row.kind == "actions":
            self._action_form(row.parent, row.index + 1, adding=True)

    def next_status(self) -> None:
        """Move the highlighted action on to its next status."""
        row, area = self.row(), self.state.area
        if row is not None and area is not None and row.kind == "actions":
            self.state.next_action_status(area.id, row.index)

    def _writable_area(self) -> Area | None:
        """The area shown, when its texts may be changed here (else it is said why)."""
        if self.state.read_only:
            self.screen.refuse_read_only()
            return None
        return self.state.area

    def _action_form(self, improvement: int, index: int, *, adding: bool) -> None:
        from kompass_tui.tui.screens.action_form import ActionForm

        area = self._writable_area()
        if area is None:
            return
        text = self.state.list_items("improvements", area.id)[improvement]
        original = None if adding else self.state.actions_of(area.id)[index]
        form = ActionForm(self.state, area.id, text, index, original)

        def done(kept: bool | None) -> None:
            rows = text_rows(self.state, area)
            wanted = TextRow("actions", index, improvement)
            if kept and wanted in rows:
                self.state.highlight(rows.index(wanted))

        form.on_done = done
        self.screen.app.push_screen(form)

    def _prompt(self, kind: ListKind, index: int, *, adding: bool) -> None:
        from kompass_tui.tui.screens.item_prompt import ItemPrompt

        area = self._writable_area()
        if area is None:
            return
        prompt = ItemPrompt(self.state, kind, area.id, index, adding=adding)

        def done(text: str | None) -> None:
            rows = text_rows(self.state, area)
            wanted = TextRow(kind, index)
            if text is not None and wanted in rows:
                self.state.highlight(rows.index(wanted))

        prompt.on_done = done
        self.screen.app.push_screen(prompt)
