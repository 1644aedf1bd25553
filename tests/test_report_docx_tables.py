"""A report table in the Word report is written as WordprocessingML at once (#23: set up
cell by cell through python-docx it took most of a Word export's time): the same XML as
python-docx writes for the same cell properties. The writer that put that XML into a
python-docx document (`tests/word_reference.py`) is the reference the package writer is
compared with, part by part (`test_report_docx_package.py`)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kompass_tui.core.formats.word import word_text
from kompass_tui.core.report.docx import MARGINS_MM, PAGE_MM, TABLE_FONT_PT, column_widths
from kompass_tui.core.report.tables import Cell, Column, ReportTable, Row
from tests.word_reference import word_table

docx = pytest.importorskip("docx")


def _xml(element: Any) -> str:
    """An element's XML without its namespace declarations (which depend on where the
    element was made, not on what it says)."""
    return re.sub(r' xmlns:\w+="[^"]*"', "", str(element.xml))


def _by_properties(document: Any, model: ReportTable, widths: list[float]) -> Any:
    """The table as python-docx builds it, one property at a time (the former way)."""
    from docx.shared import Mm, Pt

    table = document.add_table(rows=len(model.rows) + 1, cols=len(model.columns))
    last = len(model.rows)
    for r, row in enumerate(table.rows):
        properties = row._tr.get_or_add_trPr()
        properties.append(docx.oxml.OxmlElement("w:cantSplit"))
        if r == 0:
            properties.append(docx.oxml.OxmlElement("w:tblHeader"))
        for c, column in enumerate(model.columns):
            cell = row.cells[c]
            cell.width = Mm(widths[c])
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.paragraph_format.keep_with_next = r < last
            if r == 0:
                run = paragraph.add_run(word_text(column.heading))
                run.bold = True
            else:
                shown = model.rows[r - 1].cells[c]
                run = paragraph.add_run(word_text(shown.text))
                run.bold = model.rows[r - 1].total or None
                run.italic = shown.kind in ("not_applicable", "not_scored") or None
            run.font.size = Pt(TABLE_FONT_PT)
            if column.figures:
                paragraph.alignment = 2  # right
    return table


def test_a_report_table_is_the_xml_python_docx_writes_for_its_cells() -> None:
    model = ReportTable(
        "area",
        (
            Column("1", "id", figures=False),
            Column("Fråga <&>", "question", figures=False),
            Column("Poäng", "points"),
            Column("%", "percent"),
        ),
        (
            Row(
                (
                    Cell("1.1", "text"),
                    Cell(" inledande och avslutande ", "text"),
                    Cell("ej tillämplig", "not_applicable"),
                    Cell("", "percent"),
                )
            ),
            Row(
                (
                    Cell("1.2", "text"),
                    Cell("tab\there, rad\nny, \x1b[31m", "text"),
                    Cell("ej poängsatt", "not_scored"),
                    Cell("48 %", "percent"),
                )
            ),
            Row((Cell("", "text"), Cell("Summa", "text"), Cell("48"), Cell("48 %")), total=True),
        ),
    )
    widths = column_widths(model, PAGE_MM[0] - MARGINS_MM[1] - MARGINS_MM[3])
    document = docx.Document()
    word_table(document, model)
    expected = _by_properties(docx.Document(), model, widths)

    def rows(tbl: Any) -> list[str]:
        return [_xml(tr) for tr in tbl.findall(docx.oxml.ns.qn("w:tr"))]

    written = document.tables[0]._tbl
    assert rows(written) == rows(expected._tbl)
    assert len(rows(written)) == 4


def _runs(paragraph: Any, children: list[Any], bold: bool = False) -> None:
    """The inline tokens of a paragraph as python-docx adds Word runs, one call at a time
    (the former way, kept here as the reference for the XML written at once)."""
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


def _add_by_properties(document: Any, tokens: list[Any]) -> None:
    """Markdown blocks as python-docx adds them, one call at a time (the former way)."""
    from tests.word_reference import _lead_in

    lists: list[str] = []
    quote = False
    index = 0
    while index < len(tokens):
        token = tokens[index]
        kind = token.type
        if kind == "heading_open":
            heading = document.add_heading("", level=min(int(token.tag[1]) - 1, 9))
            heading.paragraph_format.keep_with_next = True
            _runs(heading, tokens[index + 1].children or [])
            index += 2
        elif kind == "paragraph_open":
            style = None
            if lists:
                style = lists[-1] if len(lists) == 1 else f"{lists[-1]} {min(len(lists), 3)}"
            elif quote:
                style = "Quote"
            paragraph = document.add_paragraph(style=style)
            children = tokens[index + 1].children or []
            _runs(paragraph, children)
            if _lead_in(children):
                paragraph.paragraph_format.keep_with_next = True
            index += 2
        elif kind in ("bullet_list_open", "ordered_list_open"):
            lists.append("List Bullet" if kind == "bullet_list_open" else "List Number")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "blockquote_open":
            quote = True
        elif kind == "blockquote_close":
            quote = False
        elif kind in ("html_block", "code_block", "fence"):
            document.add_paragraph(word_text(token.content.rstrip("\n")))
        index += 1


MARKDOWN = """\
# Rubrik & <titel>

## Område 2

**Styrkor**

- en punkt med *kursiv* och **fet** text
  - under den, med\ttab
    - och djupare
- andra punkten med rad\\
brytning och en<br>html-brytning

1. numrerad
2. lista

> ett citat som
> fortsätter

    kodblock	med tab

<div>html-block</div>

Text med ![en bild](x.png) och ` kod ` och mjuk
radbrytning, "citat" & \x1b[31m.

###### Nivå sex
"""


def test_report_text_is_the_xml_python_docx_writes_for_its_blocks() -> None:
    from markdown_it import MarkdownIt

    from tests.word_reference import _Blocks, _remember_style_ids

    tokens = MarkdownIt("commonmark", {"html": True}).enable("table").parse(MARKDOWN)
    written, expected = docx.Document(), docx.Document()
    _remember_style_ids(written)
    _Blocks(written).add(tokens)
    _add_by_properties(expected, tokens)

    def body(document: Any) -> list[str]:
        return [_xml(element) for element in document.element.body]

    assert body(written) == body(expected)
    assert len(body(written)) > 12


def test_a_typed_table_cell_has_the_runs_python_docx_writes() -> None:
    """A table typed in a report text: its cells' runs (a header cell bold throughout) are
    the XML python-docx writes run by run."""
    from markdown_it import MarkdownIt

    from tests import word_reference as word

    typed = "| *Mål* och **fet** | B\\<c\\> |\n|---|--:|\n| x<br>y | ![bild](b.png) |\n"
    tokens = MarkdownIt("commonmark", {"html": True}).enable("table").parse(typed)
    cells = [t.children or [] for t in tokens if t.type == "inline"]
    assert len(cells) == 4
    for index, children in enumerate(cells):
        header = index < 2
        written, expected = docx.Document(), docx.Document()
        ours, theirs = written.add_paragraph(), expected.add_paragraph()
        word._runs(ours, children, bold=header)
        _runs(theirs, children, bold=header)
        assert _xml(ours._p) == _xml(theirs._p), (index, _xml(ours._p), _xml(theirs._p))
