"""User text shown literally: no Rich markup, and nothing that reaches the terminal as a control.

Sessions hold text anyone may have written (or a hostile file may hold). Textual and Rich
pass ESC and most other control characters straight through to the terminal, where they
could move the cursor, clear the screen or set the window title. So every user text is
shown through `literal`, which turns control characters into visible stand-ins (ESC → ␛),
and as `Content`/`Text`, which are never parsed for markup.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from kompass_tui.core.visible import visible


def literal(text: str, *, one_line: bool = False) -> str:
    """`text` with control characters as visible symbols; newlines kept unless `one_line`."""
    return visible(text, one_line=one_line)


def literal_content(text: str, style: str = "", *, one_line: bool = False) -> Content:
    """User text as Textual content: shown as typed, never read as markup."""
    return Content.styled(literal(text, one_line=one_line), style)


def literal_text(text: str, style: str = "", *, one_line: bool = False) -> Text:
    """User text as a Rich `Text` (for tables and lists): shown as typed."""
    return Text(literal(text, one_line=one_line), style=style)


def edited_or_original(original: str, edited: str, *, one_line: bool = False) -> str:
    """What an editor that showed `literal(original)` returns: the original when untouched.

    Editors show user text through `literal`, so opening and closing one must not swap the
    control characters of the stored text for their symbols; once edited, the text keeps the
    symbols (the harmless form).
    """
    return original if edited == literal(original, one_line=one_line) else edited
