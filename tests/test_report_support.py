"""Helpers shared by the report tests (no tests here): parsing the Markdown we produce."""

from __future__ import annotations

from html.parser import HTMLParser

from markdown_it import MarkdownIt
from markdown_it.token import Token

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.toml_io import LoadedSession, load_session
from tests.helpers import DEMO

Table = list[list[str]]


def markdown_parser() -> MarkdownIt:
    """CommonMark with GFM tables, as GitHub and GitLab read the report."""
    return MarkdownIt("commonmark").enable("table")


def load_demo() -> LoadedSession:
    """The Norrköping 2010 demo session with its instrument."""
    return load_session(DEMO, Catalog.default())


def _is_br(token: Token) -> bool:
    return token.type == "html_inline" and token.content.lower().startswith("<br")


def _cell_text(inline: Token) -> str:
    parts = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak") or _is_br(child):
            parts.append("\n")
        elif child.type == "html_inline":
            parts.append(child.content)
    return "".join(parts)


def markdown_tables(markdown: str) -> list[Table]:
    """Every table of the Markdown as rows of cell texts (the header row first)."""
    tables: list[Table] = []
    in_cell = False
    for token in markdown_parser().parse(markdown):
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            tables[-1].append([])
        elif token.type in ("th_open", "td_open"):
            in_cell = True
        elif token.type in ("th_close", "td_close"):
            in_cell = False
        elif token.type == "inline" and in_cell:
            tables[-1][-1].append(_cell_text(token))
    return tables


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "br":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text_and_tags(html: str) -> tuple[str, list[str]]:
    """The visible text of HTML (entities decoded) and the tags it opens, in order."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return "".join(collector.parts), collector.tags


def results_table(markdown: str) -> Table:
    """The results table (the seed's Tabell 1): the one headed by `Område` or `Area`."""
    (table,) = [t for t in markdown_tables(markdown) if t[0][0] in ("Område", "Area")]
    return table


def area_tables(markdown: str) -> dict[str, Table]:
    """The score table of every area (the seed's last section), by area id."""
    return {
        table[0][0]: table
        for table in markdown_tables(markdown)
        if table[0][2:5] in (["Uppnådd nivå", "Max", "%"], ["Achieved", "Max", "%"])
    }
