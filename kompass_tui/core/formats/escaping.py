"""Escaping user-typed text for Markdown so that it renders literally.

CommonMark lets a backslash escape any ASCII punctuation. We escape the characters that
start inline markup anywhere (emphasis, code, links, HTML, GFM tables, strikethrough and
GitHub's math), and the characters that start a block only where they would: at the start
of a line (headings, lists, block quotes, thematic breaks, setext underlines). Everything
else is left alone so the Markdown source still reads well as plain text.
"""

from __future__ import annotations

import re
from urllib.parse import quote

_INLINE = re.compile(r"([\\`*_\[\]<>|#$~])|&(?=[#A-Za-z0-9])")
_MAYBE_INLINE = re.compile(r"[\\`*_\[\]<>|#$~&]")
"""A character `_INLINE` may escape: most lines have none, and looking for one is some
four times as fast as `_INLINE`'s search, which tries each of its branches at every
character (#23)."""
_BLOCK_START = re.compile(r"^([-+=])|^(\d+)([.)])(?=[ \t]|$)")
_HARD_BREAK = "\\\n"


def escape_line(line: str) -> str:
    """One line of running text that starts a Markdown line (a paragraph's line)."""
    return _escape_line(line)


def _escape_line(line: str, block: bool = True) -> str:
    line = line.strip()
    if _MAYBE_INLINE.search(line) is None:
        escaped = line
    else:
        escaped = _INLINE.sub(lambda m: "\\" + (m.group(1) or "&"), line)
    if not block:
        return escaped
    return _BLOCK_START.sub(_escape_block_start, escaped)


def _escape_block_start(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return match.group(2) + "\\" + match.group(3)


def _lines(text: str, block: bool = True) -> list[str]:
    """The text's non-blank lines, escaped; `block` also escapes block starts."""
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    return [_escape_line(line, block) for line in normalized.split("\n") if line.strip()]


def escape_inline(text: str, line_start: bool = False) -> str:
    """Text inside one line of Markdown (a heading, a table cell); line breaks become <br>.

    With `line_start` the text begins a line, so a leading `-`, `1.` and the like is escaped
    too; inside a table cell or after `# ` it cannot start a block and stays as typed.
    """
    lines = _lines(text, block=False)
    if line_start and lines:
        lines[0] = _BLOCK_START.sub(_escape_block_start, lines[0])
    return "<br>".join(lines)


def escape_paragraphs(text: str) -> str:
    """Multi-line text as Markdown paragraphs; blank lines separate them, lines are kept."""
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = re.split(r"\n[ \t]*\n", normalized)
    paragraphs = [_HARD_BREAK.join(_lines(block)) for block in blocks]
    return "\n\n".join(p for p in paragraphs if p)


def escape_list_item(text: str, indent: int = 2) -> str:
    """Text for one list item: lines are kept as hard breaks, indented under the marker."""
    return (_HARD_BREAK + " " * indent).join(_lines(text))


def link_target(path: str) -> str:
    """A relative path as a Markdown link destination (spaces and brackets encoded)."""
    return quote(path.replace("\\", "/"), safe="/.-_~")
