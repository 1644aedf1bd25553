"""The text editor in place: a titled TextArea docked under the area, for one text at a time.

The workbench opens it on a text of the session (an area's notes, a question's text) and
stores what it holds after every key, so the text is autosaved like a score; Escape closes
it, ctrl+o hands the text to $EDITOR.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from kompass_tui.core.session.model import count_words
from kompass_tui.tui.literal import literal, literal_content
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.steady import steady

if TYPE_CHECKING:
    from textual.widgets import TextArea


class EditorPanel(Vertical):
    """Hidden until `open`; `text` is what it holds."""

    DEFAULT_CSS = """
    EditorPanel { dock: bottom; height: 12; display: none; border-top: solid $accent; }
    EditorPanel.-open { display: block; }
    EditorPanel #editor-title { height: 1; padding: 0 1; text-style: bold; color: $text-accent; }
    EditorPanel TextArea { height: 1fr; border: none; padding: 0 1; }
    """

    def __init__(self, lang: str) -> None:
        super().__init__(id="editor")
        self.lang = lang
        self.original = ""
        self.shown = ""
        """The original as shown (`literal`): the text is untouched while it reads so."""
        self.heading = ""

    def compose(self) -> ComposeResult:
        """A title line; the text area comes with the first text opened (`area`)."""
        yield Static("", id="editor-title")

    @property
    def area(self) -> TextArea:
        """The text area, made when first asked for: the first frame shows none (nor
        imports TextArea and its document model)."""
        from textual.widgets import TextArea

        found = self.query(TextArea)
        if found:
            return found.first()
        area = steady(TextArea("", soft_wrap=True, id="editor-text"))
        self.mount(area)
        return area

    @property
    def is_open(self) -> bool:
        """Whether a text is being edited."""
        return self.has_class("-open")

    def open(self, title: str, text: str) -> None:
        """Show a text for editing, cursor at its end."""
        self.original = text
        self.shown = literal(text)
        self.heading = title
        area = self.area
        area.load_text(self.shown)
        area.move_cursor(area.document.end)
        self.add_class("-open")
        self.show_count()

    def edited_text(self) -> str:
        """What it holds: the original itself while untouched (see `edited_or_original`)."""
        text = self.area.text
        return self.original if text == self.shown else text

    def close(self) -> None:
        """Hide the editor."""
        self.remove_class("-open")

    def show_count(self) -> None:
        """The title with the text's word count."""
        words = tr(self.lang, "words", n=count_words(self.area.text))
        title = Content.assemble(literal_content(self.heading, one_line=True), f"  · {words}")
        self.query_one("#editor-title", Static).update(title, layout=False)
