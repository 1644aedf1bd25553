"""The report as an editable Word document (DOCX), from the same chapters as the Markdown.

The Markdown chapters are parsed with markdown-it-py and each block becomes its Word
counterpart: headings with Word's heading styles (so Word's navigation pane and table of
contents see them), paragraphs, bulleted lists, real tables, the chart as a PNG picture
with its caption. Every numbered section starts on a new page.

Typed text stays literal: it reaches Word only as the text of runs (never as field codes
or markup), after the Markdown escaping has been undone by the parser, and control
characters are made visible first (python-docx refuses them: they are not valid XML).
"""

from __future__ import annotations

import io
from typing import Any

from kompass_tui.core.report.markdown import ChartPlace, markdown_chapters
from kompass_tui.core.report.model import Report
from kompass_tui.core.report.tables import ReportTable
from kompass_tui.core.texts.catalog import text
from kompass_tui.core.visible import visible

CHART_WIDTH_CM = 16
_NOT_XML = str.maketrans({"\ufffe": "\ufffd", "\uffff": "\ufffd"})


def word_text(text: str) -> str:
    """Text Word can hold: control characters visible, XML's non-characters replaced."""
    return visible(text).translate(_NOT_XML)


def render_docx(report: Report) -> bytes:
    """The whole report as the bytes of a .docx file."""
    from docx import Document  # only when a Word report is asked for
    from docx.shared import Cm
    from markdown_it import MarkdownIt

    from kompass_tui.core.report.chart_png import profile_png

    # Raw HTML on: the only HTML in the chapters is the `<br>` the escaping puts for a line
    # break in a table cell; every `<` typed by a user arrives escaped, as text.
    parser = MarkdownIt("commonmark", {"html": True}).enable("table")
    document = Document()
    document.core_properties.title = word_text(f"{report.instrument_name} – {report.municipality}")
    document.core_properties.author = word_text(", ".join(report.evaluators))
    caption = text(report.lang, "report.chart_title")
    for number, chapter in enumerate(markdown_chapters(report)):
        if number:
            document.add_page_break()
        for part in chapter.parts:
            if isinstance(part, ChartPlace):
                document.add_picture(io.BytesIO(profile_png(report)), width=Cm(CHART_WIDTH_CM))
                document.add_paragraph(caption, style="Caption")
            elif isinstance(part, ReportTable):
                word_table(document, part)
            else:
                _Blocks(document).add(parser.parse(part))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class _Blocks:
    """Adds the blocks of one parsed Markdown part to the document."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.lists: list[str] = []
        self.quote = False

    def add(self, tokens: list[Any]) -> None:
        index = 0
        while index < len(tokens):
            token = tokens[index]
            kind = token.type
            if kind == "heading_open":
                level = int(token.tag[1]) - 1
                heading = self.document.add_heading("", level=min(level, 9))
                _runs(heading, tokens[index + 1].children or [])
                index += 2
            elif kind == "paragraph_open":
                paragraph = self.document.add_paragraph(style=self._paragraph_style())
                _runs(paragraph, tokens[index + 1].children or [])
                index += 2
            elif kind in ("bullet_list_open", "ordered_list_open"):
                self.lists.append("List Bullet" if kind == "bullet_list_open" else "List Number")
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "blockquote_open":
                self.quote = True
            elif kind == "blockquote_close":
                self.quote = False
            elif kind == "table_open":
                index = self._table(tokens, index)
            elif kind in ("html_block", "code_block", "fence"):
                self.document.add_paragraph(word_text(token.content.rstrip("\n")))
            index += 1

    def _paragraph_style(self) -> str | None:
        if self.lists:
            depth = len(self.lists)
            base = self.lists[-1]
            return base if depth == 1 else f"{base} {min(depth, 3)}"
        return "Quote" if self.quote else None

    def _table(self, tokens: list[Any], index: int) -> int:
        """A Markdown table as a Word table (header row bold, alignment kept); returns the
        index of its closing token."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        rows: list[list[tuple[list[Any], bool, bool]]] = []
        while tokens[index].type != "table_close":
            token = tokens[index]
            if token.type == "tr_open":
                rows.append([])
            elif token.type in ("th_open", "td_open"):
                right = "right" in str(token.attrGet("style") or "")
                rows[-1].append((tokens[index + 1].children or [], token.type == "th_open", right))
            index += 1
        columns = max((len(row) for row in rows), default=0)
        table = self.document.add_table(rows=len(rows), cols=columns)
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, (children, header, right) in enumerate(row):
                paragraph = table.cell(r, c).paragraphs[0]
                _runs(paragraph, children, bold=header)
                if right:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return index


def _runs(paragraph: Any, children: list[Any], bold: bool = False) -> None:
    """The inline tokens of a paragraph as Word runs: text, bold, italic, line breaks."""
    strong = 1 if bold else 0
    emphasis = 0
    for child in children:
        kind = child.type
        if kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong -= 1
        elif kind == "em_open":
            emphasis += 1
        elif kind == "em_close":
            emphasis -= 1
        elif kind == "hardbreak" or (kind == "html_inline" and child.content == "<br>"):
            paragraph.add_run().add_break()
        elif kind == "softbreak":
            paragraph.add_run(" ")
        elif kind in ("text", "code_inline", "html_inline"):
            run = paragraph.add_run(word_text(child.content))
            run.bold = strong > 0 or None
            run.italic = emphasis > 0 or None
        elif kind == "image":
            paragraph.add_run(word_text(child.content))


def word_table(document: Any, model: ReportTable) -> None:
    """A report table as a Word table: header bold, figures right-aligned, totals bold, a
    question not applicable or not scored in italics."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    table = document.add_table(rows=len(model.rows) + 1, cols=len(model.columns))
    table.style = "Table Grid"
    for c, column in enumerate(model.columns):
        paragraph = table.cell(0, c).paragraphs[0]
        paragraph.add_run(word_text(column.heading)).bold = True
        if column.figures:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r, row in enumerate(model.rows, 1):
        for c, (column, cell) in enumerate(zip(model.columns, row.cells, strict=True)):
            paragraph = table.cell(r, c).paragraphs[0]
            run = paragraph.add_run(word_text(cell.text))
            run.bold = row.total or None
            run.italic = cell.kind in ("not_applicable", "not_scored") or None
            if column.figures:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
