"""Text that cannot change a terminal's state: control characters made visible.

Sessions hold text anyone may have written, and a hostile file may hold escape sequences.
Rich passes ESC and C1 controls straight through to the terminal (it strips only a few,
like BEL), where they could move the cursor, clear the screen or set the window title.
`visible` turns every control character but newline and tab into a visible stand-in
(ESC → ␛, DEL → ␡, C1 → �); `views.visible.Visible` does the same for anything Rich
renders.
"""

from __future__ import annotations

import re

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
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
"""Any character either table changes: most texts have none but newlines and tabs, and a
search in C is many times faster than `translate` looking up every character."""
_CONTROL_BUT_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str, *, one_line: bool = False) -> str:
    """`text` with control characters as visible symbols; newlines kept unless `one_line`."""
    if one_line:
        return text.translate(_ONE_LINE) if _CONTROL.search(text) else text
    return text.translate(_MULTI_LINE) if _CONTROL_BUT_LINES.search(text) else text
