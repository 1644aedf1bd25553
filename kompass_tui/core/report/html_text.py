"""Report texts and typed text as HTML, written at once (#23: rendering the Markdown with
markdown-it took most of an HTML export's time).

Each function here is the HTML that CommonMark (markdown-it, raw HTML off) makes of the
Markdown that `escaping` and `markdown_text` write for the same text, byte for byte
(tests/test_report_html_direct.py compares them): every typed character is text, escaped
as markdown-it escapes it (`&`, `<`, `>`, `"`; NUL becomes U+FFFD), a line break inside a
paragraph or list item is `<br />`, lists and tables are the ones `text_blocks` reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kompass_tui.core.report.text_blocks import Block, BulletList, Paragraph, parse_text

BREAK = "<br />\n"
INLINE_BREAK = "&lt;br&gt;"
"""A line break in one-line Markdown (a heading, a contents line): `escape_inline` writes
`<br>` there, which markdown-it with raw HTML off prints as text."""
_PARAGRAPHS = re.compile(r"\n[ \t]*\n")


def escape_html(text: str) -> str:
    """Text as markdown-it prints it: `&<>"` as entities, NUL as U+FFFD."""
    return _entities(text).replace("\0", "\ufffd")


def escape_attribute(text: str) -> str:
    """Text for an attribute or an element written here (`html.escape`'s, without importing
    `html` and its table of entities): `&<>"'` as entities."""
    return _entities(text).replace("'", "&#x27;")


def _entities(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def _lines(text: str) -> list[str]:
    """The text's non-blank lines, stripped (as `escaping` keeps them)."""
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    return [line.strip() for line in normalized.split("\n") if line.strip()]


def inline_html(text: str) -> str:
    """Text inside one line (a heading, a contents line): what `escape_inline` renders to."""
    return INLINE_BREAK.join(escape_html(line) for line in _lines(text))


def lines_html(text: str) -> str:
    """Text as one paragraph or list item: its lines kept as line breaks (what
    `escape_list_item` renders to)."""
    return BREAK.join(escape_html(line) for line in _lines(text))


def paragraphs_html(text: str) -> str:
    """Multi-line text as paragraphs (what `escape_paragraphs` renders to)."""
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = (lines_html(block) for block in _PARAGRAPHS.split(normalized))
    return "".join(f"<p>{p}</p>\n" for p in paragraphs if p)


def bullet_list(items: Iterable[tuple[int, str]], loose: bool = False) -> str:
    """A bullet list of (level, HTML) items, level 1 outermost, each level at most one
    deeper than the item before, nested as markdown-it nests them; `loose` puts the
    outermost items' text in paragraphs (as markdown-it does for a list with blank lines
    between its items), the nested lists stay tight."""
    root: list[_Item] = []
    chain: list[list[_Item]] = [root]
    for level, content in items:
        del chain[level:]
        item = _Item(content, [])
        chain[-1].append(item)
        chain.append(item.children)
    return _list(root, loose) if root else ""


class _Item:
    __slots__ = ("children", "content")

    def __init__(self, content: str, children: list[_Item]) -> None:
        self.content = content
        self.children = children


def _list(items: list[_Item], loose: bool) -> str:
    out = ["<ul>\n"]
    for item in items:
        nested = _list(item.children, False) if item.children else ""
        if loose:
            out.append(f"<li>\n<p>{item.content}</p>\n{nested}</li>\n")
        else:
            out.append(
                f"<li>{item.content}\n{nested}</li>\n" if nested else f"<li>{item.content}</li>\n"
            )
    out.append("</ul>\n")
    return "".join(out)


def text_html(*texts: str) -> str:
    """Report texts (see `text_blocks`) as HTML ("" for blank texts), one after the other
    as their Markdown follows itself: lists that follow each other (with blank lines
    between them) are one loose list, as markdown-it reads them."""
    blocks = [block for text in texts for block in parse_text(text)]
    out: list[str] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        end = index + 1
        while isinstance(block, BulletList) and end < len(blocks):
            following = blocks[end]
            if not isinstance(following, BulletList):
                break
            end += 1
        if end - index > 1:
            merged = [
                item for b in blocks[index:end] if isinstance(b, BulletList) for item in b.items
            ]
            out.append(bullet_list(((i.level, _item_html(i.lines)) for i in merged), loose=True))
        else:
            out.append(block_html(block))
        index = end
    return "".join(out)


def _item_html(lines: tuple[str, ...]) -> str:
    return BREAK.join(escape_html(line) for line in lines)


def block_html(block: Block) -> str:
    """One block of a report text as HTML."""
    if isinstance(block, Paragraph):
        return f"<p>{_item_html(block.lines)}</p>\n"
    if isinstance(block, BulletList):
        return bullet_list((item.level, _item_html(item.lines)) for item in block.items)
    styles = [' style="text-align:right"' if a == "right" else "" for a in block.align]
    lines = ["<table>", "<thead>", _row("th", block.header, styles), "</thead>"]
    if block.rows:
        lines += ["<tbody>", *(_row("td", row, styles) for row in block.rows), "</tbody>"]
    return "\n".join([*lines, "</table>\n"])


def _row(tag: str, cells: tuple[str, ...], styles: list[str]) -> str:
    shown = (
        f"<{tag}{style}>{inline_html(cell)}</{tag}>"
        for cell, style in zip(cells, styles, strict=True)
    )
    return "\n".join(["<tr>", *shown, "</tr>"])
