"""A report table in the Word report is written as WordprocessingML at once (#23: set up
cell by cell through python-docx it took most of a Word export's time): the same XML as
python-docx writes for the same cell properties."""

from __future__ import annotations

from typing import Any

import pytest

from kompass_tui.core.formats.word import word_text
from kompass_tui.core.report.docx import (
    MARGINS_MM,
    PAGE_MM,
    TABLE_FONT_PT,
    column_widths,
    word_table,
)
from kompass_tui.core.report.tables import Cell, Column, ReportTable, Row

docx = pytest.importorskip("docx")


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
    from lxml import etree

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

    def rows(tbl: Any) -> list[bytes]:
        return [
            etree.tostring(tr, method="c14n", exclusive=True)
            for tr in tbl.findall(docx.oxml.ns.qn("w:tr"))
        ]

    written = document.tables[0]._tbl
    for mine, theirs in zip(rows(written), rows(expected._tbl), strict=True):
        assert mine.decode() == theirs.decode()
    assert len(rows(written)) == 4
