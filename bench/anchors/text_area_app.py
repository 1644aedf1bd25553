"""Anchor: a bare Textual TextArea holding a text, the cursor at its end.

The floor of kompass's text editor: the same text typed into on the same pty. Its cursor
does not blink (nor does kompass's), so a character's update is the character's alone.
Run as `python text_area_app.py TEXT_FILE`.
"""

import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import TextArea


class BareTextArea(App):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        area = TextArea(self.text, soft_wrap=True)
        area.cursor_blink = False
        yield area

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.move_cursor(area.document.end)
        area.focus()


if __name__ == "__main__":
    BareTextArea(Path(sys.argv[1]).read_text(encoding="utf-8")).run()
