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

_PICTURES = 0x2400
"""Unicode's Control Pictures block: ␀ for NUL, ␛ for ESC, ...; DEL is ␡ (0x2421)."""
_REPLACEMENT = "\N{REPLACEMENT CHARACTER}"


def _table(one_line: bool) -> dict[int, str]:
    table = {code: chr(_PICTURES + code) for code in range(0x20)}
    table[0x7F] = chr(_PICTURES + 0x21)
    # C1 controls: some terminals read U+009B as CSI, like ESC [.
    table.update({code: _REPLACEMENT for code in range(0x80, 0xA0)})
    if one_line:
        table[ord("\t")] = " "
        table[ord("\n")] = "\N{SYMBOL FOR NEWLINE}"
    else:
        del table[ord("\t")], table[ord("\n")]
    return table


_MULTI_LINE = _table(one_line=False)
_ONE_LINE = _table(one_line=True)


def literal(text: str, *, one_line: bool = False) -> str:
    """`text` with control characters as visible symbols; newlines kept unless `one_line`."""
    return text.translate(_ONE_LINE if one_line else _MULTI_LINE)


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
