"""The Word report as python-docx wrote it before #23 (the reference the package writer in
`kompass_tui/core/report/docx.py` is tested against, part by part), and the blank document
python-docx writes, which kompass ships as its template (`word_template.docx`).

Regenerate the template after a python-docx upgrade changes its own:

    .venv/bin/python -m tests.word_reference kompass_tui/core/report/word_template.docx
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from kompass_tui.core.formats.word import word_language, word_text
from kompass_tui.core.report.docx import (
    CHART_WIDTH_CM,
    MARGINS_MM,
    PAGE_MM,
    _lead_in,
    _rows_xml,
    _run_content_xml,
    _runs_xml,
    column_widths,
)
from kompass_tui.core.report.markdown import CONTENTS, ChartPlace, markdown_chapters
from kompass_tui.core.report.model import Report
from kompass_tui.core.report.outline import outline
from kompass_tui.core.report.profile import profile_figure
from kompass_tui.core.report.tables import ReportTable
from kompass_tui.core.texts.catalog import text

_ATTRIBUTE = {'"': "&quot;"}


def reference_docx(report: Report) -> bytes:
    """The whole report as the bytes of a .docx file."""
    from docx import Document  # only when a Word report is asked for
    from docx.shared import Cm
    from markdown_it import MarkdownIt

    from kompass_tui.core.report.chart_png import profile_png

    # Raw HTML on: the only HTML in the chapters is the `<br>` the escaping puts for a line
    # break in a table cell; every `<` typed by a user arrives escaped, as text.
    parser = MarkdownIt("commonmark", {"html": True}).enable("table")
    document: Any = Document()
    _remember_style_ids(document)
    document.core_properties.title = word_text(f"{report.instrument_name} – {report.municipality}")
    document.core_properties.author = word_text(", ".join(report.evaluators))
    document.core_properties.language = word_language(report.lang)
    _page_setup(document, report)
    _language(document, word_language(report.lang))
    caption = profile_figure(report).caption
    for number, chapter in enumerate(markdown_chapters(report)):
        if number:
            document.add_page_break()
        blocks = _Blocks(document)
        if not number:
            _title_spacing(document)
        for part in chapter.parts:
            if isinstance(part, ChartPlace):
                document.add_picture(io.BytesIO(profile_png(report)), width=Cm(CHART_WIDTH_CM))
                document.paragraphs[-1].paragraph_format.keep_with_next = True
                document.add_paragraph(word_text(caption), style="Caption")
            elif isinstance(part, ReportTable):
                word_table(document, part)
            elif isinstance(part, str):
                blocks.add(parser.parse(part))
        if not number and CONTENTS in chapter.parts:
            document.add_page_break()
            _contents(document, report)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _remember_style_ids(document: Any) -> None:
    """Look each style name up once: python-docx searches the styles part (and scans it
    for the default style) on every paragraph, heading and table given a style by name,
    which was most of a Word export's time. The styles do not change while the report is
    written, so the id found first stays right."""
    part = document.part
    find = part.get_style_id
    found: dict[tuple[str, object], str | None] = {}

    def style_id(style_or_name: object, style_type: object) -> str | None:
        if not isinstance(style_or_name, str):
            given: str | None = find(style_or_name, style_type)
            return given
        key = (style_or_name, style_type)
        if key not in found:
            found[key] = find(style_or_name, style_type)
        return found[key]

    part.get_style_id = style_id


def _page_setup(document: Any, report: Report) -> None:
    """A4 with margins; a running header and the page numbers on every page but the first."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Mm, Twips

    section = document.sections[0]
    section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
    top, right, bottom, left = MARGINS_MM
    section.top_margin, section.right_margin = Mm(top), Mm(right)
    section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
    section.different_first_page_header_footer = True  # the title page has neither
    width = Mm(PAGE_MM[0] - left - right)
    header = section.header.paragraphs[0]
    stops = header.paragraph_format.tab_stops
    for inherited in (Twips(4680), Twips(9360)):  # the Header style's (for US Letter)
        stops.add_tab_stop(inherited, WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    running = f"{report.running_name} – {report.municipality}"
    _add_run(header, word_text(running))
    if report.year is not None:
        header.add_run(f"\t{report.year}")
    footer = section.footer.paragraphs[0]
    footer.alignment = 1  # centred
    words = text(report.lang, "report.page_of", page="\0PAGE\0", pages="\0NUMPAGES\0")
    for index, piece in enumerate(words.split("\0")):
        if index % 2:
            _field(footer, piece)
        elif piece:
            _add_run(footer, word_text(piece))


def _field(paragraph: Any, code: str) -> None:
    """A simple field (PAGE, NUMPAGES) Word and LibreOffice compute when they lay out."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr="{code}"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )


def _language(document: Any, tag: str) -> None:
    """The document's language, in the default run properties and the settings."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_properties = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for old in run_properties.findall(qn("w:lang")):
        run_properties.remove(old)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:eastAsia"), tag)
    lang.set(qn("w:bidi"), "ar-SA")
    run_properties.append(lang)
    settings = document.settings.element
    for old in settings.findall(qn("w:themeFontLang")):
        old.set(qn("w:val"), tag)
    update = OxmlElement("w:updateFields")  # Word fills in the table of contents on opening
    update.set(qn("w:val"), "true")
    settings.append(update)


def _title_spacing(document: Any) -> None:
    """Room above the title, so the first page reads as a title page."""
    from docx.shared import Pt

    document.add_paragraph().paragraph_format.space_before = Pt(140)


def _contents(document: Any, report: Report) -> None:
    """The table of contents: a TOC field over the headings of level 1 and 2, showing the
    numbered sections until Word updates it with their pages."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document.add_heading(word_text(text(report.lang, "report.contents")), level=1)
    lines = [f"{c.number}. {c.title}" for c in outline(report)] or [""]
    for index, line in enumerate(lines):
        paragraph = document.add_paragraph()
        if index == 0:
            for kind, instruction in (
                ("begin", None),
                (None, 'TOC \\o "1-1" \\h \\z \\u'),
                ("separate", None),
            ):
                run = paragraph.add_run()
                if kind:
                    char = OxmlElement("w:fldChar")
                    char.set(qn("w:fldCharType"), kind)
                    run._r.append(char)
                else:
                    code = OxmlElement("w:instrText")
                    code.set(qn("xml:space"), "preserve")
                    code.text = instruction
                    run._r.append(code)
        _add_run(paragraph, word_text(line))
        if index == len(lines) - 1:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), "end")
            paragraph.add_run()._r.append(char)


def word_table(document: Any, model: ReportTable) -> None:
    """A report table as a Word table: its caption kept with it, columns as wide as their
    content, the header row repeated on every page, rows never split and kept together
    when the table fits on a page; figures right-aligned, totals bold, a question not
    applicable or not scored in italics."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Mm, Pt

    if model.caption:
        paragraph = document.add_paragraph()
        _add_run(paragraph, word_text(model.caption)).bold = True
        if model.note:
            _add_run(paragraph, " " + word_text(" ".join(model.note.split())))
        paragraph.paragraph_format.keep_with_next = True
    widths = column_widths(model, PAGE_MM[0] - MARGINS_MM[1] - MARGINS_MM[3])
    table = document.add_table(rows=0, cols=len(model.columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _fixed_layout(table)
    for c, width in enumerate(widths):
        table.columns[c].width = Mm(width)
    for row in parse_xml(f"<w:tbl {nsdecls('w')}>{_rows_xml(model, widths)}</w:tbl>"):
        table._tbl.append(row)
    document.add_paragraph().paragraph_format.space_after = Pt(0)  # tables never touch


def _fixed_layout(table: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)


def _row_properties(row: Any, header: bool) -> None:
    """A row that never splits across pages; the header row repeats on each page."""
    from docx.oxml import OxmlElement

    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
    if header:
        properties.append(OxmlElement("w:tblHeader"))


class _Blocks:
    """Adds the blocks of one parsed Markdown part to the document.

    Headings and paragraphs are written as WordprocessingML, a part's at once (the XML
    python-docx writes for `add_heading`, `add_paragraph` and `add_run` with the same
    properties: through python-docx, element by element, they took half of a Word
    export's time, #23); a table typed in a text goes through python-docx."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.lists: list[str] = []
        self.quote = False
        self.pending: list[str] = []

    def add(self, tokens: list[Any]) -> None:
        index = 0
        while index < len(tokens):
            token = tokens[index]
            kind = token.type
            if kind == "heading_open":
                level = min(int(token.tag[1]) - 1, 9)
                style = "Title" if level == 0 else f"Heading {level}"
                runs = _runs_xml(tokens[index + 1].children or [])
                self.pending.append(self._paragraph_xml(style, True, runs))
                index += 2
            elif kind == "paragraph_open":
                children = tokens[index + 1].children or []
                # `Styrkor` before its list, a caption before a table: kept with it.
                keep = _lead_in(children)
                runs = _runs_xml(children)
                self.pending.append(self._paragraph_xml(self._paragraph_style(), keep, runs))
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
                self._flush()
                index = self._table(tokens, index)
            elif kind in ("html_block", "code_block", "fence"):
                content = word_text(token.content.rstrip("\n"))
                runs = f"<w:r>{_run_content_xml(content)}</w:r>" if content else ""
                self.pending.append(self._paragraph_xml(None, False, runs))
            index += 1
        self._flush()

    def _paragraph_xml(self, style: str | None, keep: bool, runs: str) -> str:
        """A paragraph of a style (None: the document's default), kept with the next or not,
        as python-docx writes it."""
        from docx.enum.style import WD_STYLE_TYPE

        properties = ""
        if style is not None:
            style_id = self.document.part.get_style_id(style, WD_STYLE_TYPE.PARAGRAPH)
            if style_id is not None:
                properties = f'<w:pStyle w:val="{escape(style_id, _ATTRIBUTE)}"/>'
        if keep:
            properties += "<w:keepNext/>"
        if style is not None or keep:
            properties = f"<w:pPr>{properties}</w:pPr>"
        return f"<w:p>{properties}{runs}</w:p>"

    def _flush(self) -> None:
        """Put the paragraphs written so far into the document, where python-docx adds a
        paragraph (before the body's section properties)."""
        if not self.pending:
            return
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls, qn

        body = self.document.element.body
        written = parse_xml(f"<w:body {nsdecls('w')}>{''.join(self.pending)}</w:body>")
        self.pending.clear()
        section = body.find(qn("w:sectPr"))
        for paragraph in list(written):
            if section is not None:
                section.addprevious(paragraph)
            else:
                body.append(paragraph)

    def _paragraph_style(self) -> str | None:
        if self.lists:
            depth = len(self.lists)
            base = self.lists[-1]
            return base if depth == 1 else f"{base} {min(depth, 3)}"
        return "Quote" if self.quote else None

    def _table(self, tokens: list[Any], index: int) -> int:
        """A table typed in a report text (Markdown) as a Word table (header row bold and
        repeated, rows not split, alignment kept); returns the index of its closing token."""
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
            _row_properties(table.rows[r], header=r == 0)
            for c, (children, header, right) in enumerate(row):
                paragraph = table.cell(r, c).paragraphs[0]
                _runs(paragraph, children, bold=header)
                paragraph.paragraph_format.keep_with_next = r < len(rows) - 1
                if right:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return index


def _add_run(paragraph: Any, text: str) -> Any:
    """`paragraph.add_run(text)`, without python-docx's walk through the text a character
    at a time (for tabs and line breaks) when it holds neither, as almost every run."""
    if "\t" in text or "\n" in text or "\r" in text:
        return paragraph.add_run(text)
    run = paragraph.add_run()
    if text:
        run._r.add_t(text)
    return run


def _runs(paragraph: Any, children: list[Any], bold: bool = False) -> None:
    """The inline tokens of a paragraph as Word runs added to `paragraph` (a table cell's):
    the runs `_runs_xml` writes, bold throughout in a header cell."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    runs = parse_xml(f"<w:p {nsdecls('w')}>{_runs_xml(children, bold)}</w:p>")
    for run in list(runs):
        paragraph._p.append(run)


def blank_template() -> bytes:
    """python-docx's blank document with its header and footer parts made (as the report's
    page setup makes them), saved as python-docx saves it: kompass's Word template."""
    from docx import Document

    document: Any = Document()
    section = document.sections[0]
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


if __name__ == "__main__":
    import sys
    from pathlib import Path

    Path(sys.argv[1]).write_bytes(blank_template())
