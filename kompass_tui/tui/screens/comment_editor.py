"""A dialog to write a question's comment or evidence, optionally in the user's $EDITOR."""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from kompass_tui.tui.keys import localize_bindings
from kompass_tui.tui.literal import edited_or_original, literal
from kompass_tui.tui.strings import tr


class CommentEditor(ModalScreen[str | None]):
    """Edit a comment; Escape keeps the text, F4 or ctrl+o opens $EDITOR."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [
        Binding("escape", "done", "Done", id="done"),
        Binding("f4,ctrl+o", "external_editor", "$EDITOR", id="editor", priority=True),
    ]

    def __init__(self, question_id: str, text: str, lang: str) -> None:
        super().__init__()
        self.question_id = question_id
        self.text = text
        self.lang = lang
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        """Title, text area and hint."""
        with Vertical(classes="dialog"):
            yield Static(
                tr(self.lang, "comment_title", qid=self.question_id), classes="dialog-title"
            )
            yield TextArea(literal(self.text), soft_wrap=True, id="comment-text")
            yield Static(tr(self.lang, "comment_help"), classes="dialog-hint")

    def on_mount(self) -> None:
        """Put the cursor at the end of the text."""
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def before_save(self) -> None:
        """Keep the text when the session is saved while the dialog is open."""
        self.action_done()

    def action_done(self) -> None:
        """Close, keeping the text (the stored one, unchanged, if it was not edited)."""
        self.dismiss(edited_or_original(self.text, self.query_one(TextArea).text))

    def action_external_editor(self) -> None:
        """Edit the text in $VISUAL or $EDITOR, with the interface suspended."""
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
        if not editor:
            self.notify(tr(self.lang, "no_editor"), severity="warning")
            return
        area = self.query_one(TextArea)
        with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False, encoding="utf-8") as f:
            f.write(area.text)
            path = Path(f.name)
        try:
            with self.app.suspend():
                subprocess.run([*shlex.split(editor), str(path)], check=False)
            area.load_text(path.read_text(encoding="utf-8").rstrip("\n"))
        finally:
            path.unlink(missing_ok=True)
