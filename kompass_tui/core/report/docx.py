"""The report as an editable Word document (DOCX), from the same chapters as the Markdown.

The Markdown chapters are parsed with markdown-it-py and each block becomes its Word
counterpart: headings with Word's heading styles (so Word's navigation pane and table of
contents see them), paragraphs, bulleted lists, the report's tables from their model
(`tables.py`), the chart as a PNG picture with its caption.

Set as a municipality publishes it: A4, the document's language the report's (`sv-SE`,
`nb-NO`, `en-GB`; Word checks the spelling in it), a title page (instrument,
municipality, dates, evaluators), a table of contents (a TOC field Word fills in when
the file is opened, with the sections listed until then), every numbered section on a
new page, a running header and "sida N av M" in the footer of every page but the title.
Table columns are as wide as their content (question texts wide, figures narrow and
right-aligned), header rows repeat on every page, rows never split, a table that fits on
a page is kept on one, headings and the bold line before a list or table stay with what
follows.

Typed text stays literal: it reaches Word only as the text of runs (never as field codes
or markup), after the Markdown escaping has been undone by the parser, escaped for XML,
and control characters are made visible first (they are not valid XML).

Written as WordprocessingML strings into python-docx's blank document (its MIT-licensed
template, shipped as `word_template.docx`; `docx_package.py` reads and zips the parts),
without importing python-docx or lxml (#23: they were most of a Word export's start). The
XML is what python-docx wrote for the same calls: `tests/word_reference.py` keeps that
former writer, and `tests/test_report_docx_package.py` compares the two part by part.
"""

from __future__ import annotations

import re
import struct
from typing import TYPE_CHECKING

from kompass_tui.core.formats.word import word_language, word_text
from kompass_tui.core.report.markdown import CONTENTS, ChartPlace, markdown_chapters
from kompass_tui.core.report.model import Report
from kompass_tui.core.report.outline import outline
from kompass_tui.core.report.profile import profile_figure
from kompass_tui.core.report.tables import ReportTable
from kompass_tui.core.texts.catalog import text

if TYPE_CHECKING:
    from markdown_it.token import Token

CHART_WIDTH_CM = 16
PAGE_MM = (210, 297)
"""A4."""
MARGINS_MM = (20, 18, 22, 18)
"""Top, right, bottom, left."""
TABLE_FONT_PT = 9
_CHAR_MM = 2.0
"""About how wide a character of 9 pt text is, to size figure columns."""
_BOLD_CHAR_MM = 2.4
_CELL_PADDING_MM = 5.0
"""Word's cell margins (1.9 mm each side) and a little air."""

_EMU_PER_MM = 36000
_EMU_PER_CM = 360000
_EMU_PER_INCH = 914400
_EMU_PER_TWIP = 635
_HEADER_TABS = (4680, 9360)
"""The Header style's tab stops (for US Letter), cleared in the running header."""
_PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
_TITLE_SPACE_PT = 140
"""Room above the title, so the first page reads as a title page."""
_TOC = 'TOC \\o "1-1" \\h \\z \\u'
"""The table of contents' field: the headings of level 1, as links, their page numbers."""
_NAMESPACES = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
}
_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
_TABLE_LOOK = (
    '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" '
    'w:noHBand="0" w:noVBand="1" w:val="04A0"/>'
)


def render_docx(report: Report) -> bytes:
    """The whole report as the bytes of a .docx file."""
    from markdown_it import MarkdownIt

    from kompass_tui.core.report import docx_package
    from kompass_tui.core.report.chart_png import profile_png

    # Raw HTML on: the only HTML in the chapters is the `<br>` the escaping puts for a line
    # break in a table cell; every `<` typed by a user arrives escaped, as text.
    parser = MarkdownIt("commonmark", {"html": True}).enable("table")
    members = docx_package.template_members()
    parts = {member.name: member for member in members}
    relationships = parts["word/_rels/document.xml.rels"].text()
    pictures = _Pictures(relationships)
    body: list[str] = []
    caption = word_text(profile_figure(report).caption)
    for number, chapter in enumerate(markdown_chapters(report)):
        if number:
            body.append(_PAGE_BREAK)
        blocks = _Blocks(body)
        if not number:
            body.append(f'<w:p><w:pPr><w:spacing w:before="{_TITLE_SPACE_PT * 20}"/></w:pPr></w:p>')
        for part in chapter.parts:
            if isinstance(part, ChartPlace):
                body.append(pictures.add(profile_png(report)))
                body.append(_paragraph_xml("Caption", False, _text_run(caption)))
            elif isinstance(part, ReportTable):
                body.append(table_xml(part))
            elif isinstance(part, str):
                blocks.add(parser.parse(part))
        if not number and CONTENTS in chapter.parts:
            body.append(_PAGE_BREAK)
            body.append(_contents_xml(report))
    lang = word_language(report.lang)
    written = {
        "[Content_Types].xml": pictures.content_types(parts["[Content_Types].xml"].text()),
        "docProps/core.xml": _core_xml(parts["docProps/core.xml"].text(), report, lang),
        "word/document.xml": _document_xml(parts["word/document.xml"].text(), "".join(body)),
        "word/_rels/document.xml.rels": pictures.relationships(relationships),
        "word/styles.xml": _styles_xml(parts["word/styles.xml"].text(), lang),
        "word/settings.xml": _settings_xml(parts["word/settings.xml"].text(), lang),
        "word/header1.xml": _header_xml(parts["word/header1.xml"].text(), report),
        "word/footer1.xml": _footer_xml(parts["word/footer1.xml"].text(), report),
    }
    out = []
    last_word = max(i for i, member in enumerate(members) if member.name.startswith("word/"))
    for index, member in enumerate(members):
        if member.name in written:
            member = docx_package.Member.of(member.name, written[member.name].encode("utf-8"))
        out.append(member)
        if index == last_word:
            out += [docx_package.Member.of(name, png) for name, png in pictures.media()]
    return docx_package.write_package(out)


def _escape(text: str) -> str:
    """Text as XML character data."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attribute(text: str) -> str:
    """Text as an XML attribute's value (in double quotes)."""
    return _escape(text).replace('"', "&quot;")


def _twips(mm: float) -> int:
    """A length in mm as whole twips, as python-docx rounds `Mm(mm).twips`."""
    return round(int(mm * _EMU_PER_MM) / float(_EMU_PER_TWIP))


def style_id(name: str) -> str:
    """The id of one of the template's styles the report uses, by its name (`Heading 1`,
    `List Bullet 2`, `Table Grid`...): the name without its spaces."""
    return name.replace(" ", "")


def _text_run(shown: str) -> str:
    """A run of text (tabs and line ends as Word's), as python-docx's `add_run(text)`."""
    content = _run_content_xml(shown)
    return f"<w:r>{content}</w:r>" if content else "<w:r/>"


def _paragraph_xml(style: str | None, keep: bool, runs: str) -> str:
    """A paragraph of a style (None: the document's default), kept with the next or not,
    as python-docx writes it."""
    properties = f'<w:pStyle w:val="{style_id(style)}"/>' if style is not None else ""
    if keep:
        properties += "<w:keepNext/>"
    if properties:
        properties = f"<w:pPr>{properties}</w:pPr>"
    return f"<w:p>{properties}{runs}</w:p>"


def _document_xml(template: str, body: str) -> str:
    """The template's document with the report's body and the page set up: A4 with
    margins, the title page without the running header and footer."""
    start = template.index("<w:body>") + len("<w:body>")
    section = template[start : template.index("</w:body>")]
    top, right, bottom, left = MARGINS_MM
    size = f'<w:pgSz w:w="{_twips(PAGE_MM[0])}" w:h="{_twips(PAGE_MM[1])}"/>'
    section = re.sub(r"<w:pgSz [^>]*/>", size, section, count=1)
    margins = {"top": top, "right": right, "bottom": bottom, "left": left}
    for side, mm in margins.items():
        section = re.sub(f'(<w:pgMar [^>]*w:{side}=")[0-9]+"', rf'\g<1>{_twips(mm)}"', section)
    section = section.replace("<w:docGrid ", "<w:titlePg/><w:docGrid ", 1)
    return f"{template[:start]}{body}{section}</w:body></w:document>"


def _header_xml(template: str, report: Report) -> str:
    """The running header: the report's name and municipality, the year at the right."""
    width = _twips(PAGE_MM[0] - MARGINS_MM[1] - MARGINS_MM[3])
    stops = "".join(f'<w:tab w:pos="{pos}" w:val="clear"/>' for pos in _HEADER_TABS)
    stops += f'<w:tab w:pos="{width}" w:val="right"/>'
    runs = _text_run(word_text(f"{report.running_name} – {report.municipality}"))
    if report.year is not None:
        runs += _text_run(f"\t{report.year}")
    properties = f'<w:pPr><w:pStyle w:val="Header"/><w:tabs>{stops}</w:tabs></w:pPr>'
    paragraph = f"<w:p>{properties}{runs}</w:p>"
    return template.replace('<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p>', paragraph, 1)


def _footer_xml(template: str, report: Report) -> str:
    """ "sida N av M", centred, the page numbers as fields Word and LibreOffice compute."""
    words = text(report.lang, "report.page_of", page="\0PAGE\0", pages="\0NUMPAGES\0")
    runs = []
    for index, piece in enumerate(words.split("\0")):
        if index % 2:
            field = f'<w:fldSimple w:instr="{_attribute(piece)}">'
            runs.append(f"{field}<w:r><w:t>1</w:t></w:r></w:fldSimple>")
        elif piece:
            runs.append(_text_run(word_text(piece)))
    properties = '<w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
    paragraph = f"<w:p>{properties}{''.join(runs)}</w:p>"
    return template.replace('<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr></w:p>', paragraph, 1)


def _core_xml(template: str, report: Report, lang: str) -> str:
    """The core properties: the title, the evaluators as authors, the language."""
    title = _escape(word_text(f"{report.instrument_name} – {report.municipality}"))
    author = _escape(word_text(", ".join(report.evaluators)))
    core = template.replace("<dc:title/>", f"<dc:title>{title}</dc:title>", 1)
    creator = f"<dc:creator>{author}</dc:creator>"
    core = re.sub("<dc:creator>[^<]*</dc:creator>", lambda _: creator, core, count=1)
    language = f"<dc:language>{_escape(lang)}</dc:language>"
    return core.replace("</cp:coreProperties>", f"{language}</cp:coreProperties>", 1)


def _styles_xml(template: str, lang: str) -> str:
    """The styles with the document's language in the default run properties."""
    start = template.index("<w:rPrDefault><w:rPr>")
    end = template.index("</w:rPr></w:rPrDefault>", start)
    value = _attribute(lang)
    properties = re.sub("<w:lang [^>]*/>", "", template[start:end])
    properties += f'<w:lang w:val="{value}" w:eastAsia="{value}" w:bidi="ar-SA"/>'
    return f"{template[:start]}{properties}{template[end:]}"


def _settings_xml(template: str, lang: str) -> str:
    """The settings: the theme's fonts in the document's language, and the fields (the
    table of contents) updated when Word opens the file."""
    settings = re.sub(
        '(<w:themeFontLang w:val=")[^"]*"', lambda m: f'{m[1]}{_attribute(lang)}"', template
    )
    return settings.replace("</w:settings>", '<w:updateFields w:val="true"/></w:settings>', 1)


def _contents_xml(report: Report) -> str:
    """The table of contents: a TOC field over the headings of level 1, showing the
    numbered sections until Word updates it with their pages."""
    heading = word_text(text(report.lang, "report.contents"))
    parts = [_paragraph_xml("Heading 1", False, _text_run(heading) if heading else "")]
    lines = [f"{c.number}. {c.title}" for c in outline(report)] or [""]
    for index, line in enumerate(lines):
        runs = ""
        if index == 0:
            runs = (
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve">{_escape(_TOC)}</w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            )
        runs += _text_run(word_text(line))
        if index == len(lines) - 1:
            runs += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        parts.append(f"<w:p>{runs}</w:p>")
    return "".join(parts)


class _Pictures:
    """The PNG pictures of a document: each one's paragraph, its relationship from the
    document, its part and the content type PNG gets."""

    def __init__(self, relationships: str) -> None:
        self.used = {int(n) for n in re.findall(r'Id="rId([0-9]+)"', relationships)}
        self.added: dict[bytes, tuple[str, str]] = {}
        self.shapes = 0

    def add(self, png: bytes) -> str:
        """The paragraph holding `png` CHART_WIDTH_CM wide, kept with its caption."""
        if png not in self.added:
            number = 1
            while number in self.used:
                number += 1
            self.used.add(number)
            self.added[png] = (f"rId{number}", f"word/media/image{len(self.added) + 1}.png")
        rid = self.added[png][0]
        self.shapes += 1
        cx, cy = _extent(png)
        namespaces = " ".join(f'xmlns:{k}="{v}"' for k, v in _NAMESPACES.items())
        size = f'cx="{cx}" cy="{cy}"'
        return (
            f"<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:drawing><wp:inline {namespaces}>"
            f'<wp:extent {size}/><wp:docPr id="{self.shapes}" name="Picture {self.shapes}"/>'
            '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/>'
            f'</wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="{_NAMESPACES["pic"]}">'
            '<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="image.png"/><pic:cNvPicPr/>'
            f'</pic:nvPicPr><pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/>'
            '</a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
            f'<a:ext {size}/></a:xfrm><a:prstGeom prst="rect"/></pic:spPr></pic:pic>'
            "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
        )

    def relationships(self, template: str) -> str:
        """The document's relationships with one to each picture."""
        added = "".join(
            f'<Relationship Id="{rid}" Type="{_IMAGE}" Target="{name.removeprefix("word/")}"/>'
            for rid, name in self.added.values()
        )
        return template.replace("</Relationships>", f"{added}</Relationships>", 1)

    def content_types(self, template: str) -> str:
        """The content types, with PNG's when there is a picture."""
        if not self.added:
            return template
        png = '<Default Extension="png" ContentType="image/png"/>'
        return template.replace('<Default Extension="rels"', f'{png}<Default Extension="rels"', 1)

    def media(self) -> list[tuple[str, bytes]]:
        """Each picture's part name and bytes."""
        return [(name, png) for png, (_, name) in self.added.items()]


def _extent(png: bytes) -> tuple[int, int]:
    """A PNG's size in EMU shown CHART_WIDTH_CM wide, as python-docx scales a picture: its
    pixels at the resolution it states (72 dpi when it states none)."""
    width, height = struct.unpack(">2L", png[16:24])
    dpi = (72, 72)
    offset = 8
    while offset + 8 <= len(png):
        length, kind = struct.unpack(">L4s", png[offset : offset + 8])
        if kind == b"pHYs":
            x, y, unit = struct.unpack(">2LB", png[offset + 8 : offset + 17])
            if unit == 1:  # per metre
                dpi = (round(x * 0.0254) if x else 72, round(y * 0.0254) if y else 72)
            break
        if kind in (b"IDAT", b"IEND"):
            break
        offset += 12 + length
    native_width = int(width / dpi[0] * _EMU_PER_INCH)
    native_height = int(height / dpi[1] * _EMU_PER_INCH)
    cx = int(CHART_WIDTH_CM * _EMU_PER_CM)
    return cx, round(native_height * (float(cx) / float(native_width)))


def column_widths(model: ReportTable, total_mm: float) -> list[float]:
    """Each column's width in mm from its content: a figure column as wide as its widest
    figure or the longest word of its heading; the columns of words share the rest by the
    length of their texts (a question text gets most)."""
    widths: list[float] = []
    wordy: dict[int, int] = {}
    for index, column in enumerate(model.columns):
        texts = [row.cells[index].text for row in model.rows]
        if column.figures:
            figures = max((len(t) for t in texts), default=0) * _CHAR_MM
            # The heading is bold, so a little wider; it may wrap between its words.
            heading = max((len(w) for w in column.heading.split()), default=0) * _BOLD_CHAR_MM
            widths.append(max(figures, heading) + _CELL_PADDING_MM)
        else:
            widths.append(0.0)
            wordy[index] = max([len(t) for t in texts] + [len(column.heading)], default=1)
    rest = max(total_mm - sum(widths), 20.0 * len(wordy))
    needed = {i: n * _CHAR_MM + _CELL_PADDING_MM for i, n in wordy.items()}
    if sum(needed.values()) <= rest:
        for index, width in needed.items():
            widths[index] = width
        spare = rest - sum(needed.values())
        if wordy:  # the widest column of words takes what is left: the table spans the page
            widest = max(wordy, key=lambda i: wordy[i])
            widths[widest] += spare
        return widths
    short = {i: w for i, w in needed.items() if w <= rest / len(wordy) / 2}
    for index, width in short.items():  # an id column keeps its width
        widths[index] = width
    left = rest - sum(short.values())
    share = sum(wordy[i] for i in wordy if i not in short)
    for index in wordy:
        if index not in short:
            widths[index] = left * wordy[index] / share
    return widths


def table_xml(model: ReportTable) -> str:
    """A report table as a Word table: its caption kept with it, columns as wide as their
    content, the header row repeated on every page, rows never split and kept together
    when the table fits on a page; figures right-aligned, totals bold, a question not
    applicable or not scored in italics. A paragraph without space follows (tables never
    touch)."""
    parts = []
    if model.caption:
        runs = f"<w:r><w:rPr><w:b/></w:rPr>{_run_content_xml(word_text(model.caption))}</w:r>"
        if model.note:
            runs += _text_run(" " + word_text(" ".join(model.note.split())))
        parts.append(f"<w:p><w:pPr><w:keepNext/></w:pPr>{runs}</w:p>")
    widths = column_widths(model, PAGE_MM[0] - MARGINS_MM[1] - MARGINS_MM[3])
    grid = "".join(f'<w:gridCol w:w="{_twips(width)}"/>' for width in widths)
    parts.append(
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:type="auto" w:w="0"/>'
        f'<w:jc w:val="left"/><w:tblLayout w:type="fixed"/>{_TABLE_LOOK}'
        f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
        f"{_rows_xml(model, widths)}</w:tbl>"
    )
    parts.append('<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>')
    return "".join(parts)


def _rows_xml(model: ReportTable, widths: list[float]) -> str:
    """The rows of a report table as WordprocessingML, all at once: what python-docx writes
    for a cell set up property by property (its width, no space after, kept with the next
    row but in the last row, right-aligned figures, 9 pt text, bold header and totals,
    italic questions not applicable or not scored), which took it most of a Word export's
    time. A row is never split; the header row repeats on every page."""
    size = f'<w:sz w:val="{TABLE_FONT_PT * 2}"/>'
    twips = [_twips(width) for width in widths]
    lines = [(True, tuple((column.heading, "") for column in model.columns))]
    lines += [
        (row.total, tuple((cell.text, cell.kind) for cell in row.cells)) for row in model.rows
    ]
    parts = []
    for r, (bold, cells) in enumerate(lines):
        parts.append("<w:tr><w:trPr><w:cantSplit/>")
        parts.append("<w:tblHeader/></w:trPr>" if r == 0 else "</w:trPr>")
        keep = "<w:keepNext/>" if r < len(lines) - 1 else '<w:keepNext w:val="0"/>'
        for c, (shown, kind) in enumerate(cells):
            right = '<w:jc w:val="right"/>' if model.columns[c].figures else ""
            italic = "<w:i/>" if kind in ("not_applicable", "not_scored") else ""
            text = _run_content_xml(word_text(shown))
            parts.append(
                f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{twips[c]}"/></w:tcPr><w:p><w:pPr>'
                f'{keep}<w:spacing w:after="0"/>{right}</w:pPr><w:r><w:rPr>'
                f"{'<w:b/>' if bold else ''}{italic}{size}</w:rPr>{text}</w:r></w:p></w:tc>"
            )
        parts.append("</w:tr>")
    return "".join(parts)


_RUN_BREAKS = re.compile(r"(\t|\r|\n)")


def _run_content_xml(text: str) -> str:
    """A run's text as python-docx writes it: `<w:t>` pieces, a tab as `<w:tab/>` and a
    line end as `<w:br/>`, spaces kept where a piece begins or ends with one."""
    parts = []
    for piece in _RUN_BREAKS.split(text):
        if piece == "\t":
            parts.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            parts.append("<w:br/>")
        elif piece:
            space = ' xml:space="preserve"' if piece.strip() != piece else ""
            parts.append(f"<w:t{space}>{_escape(piece)}</w:t>")
    return "".join(parts)


class _Blocks:
    """Adds the blocks of one parsed Markdown part to a document's body, as the XML
    python-docx writes for `add_heading`, `add_paragraph`, `add_run` and `add_table` with
    the same properties."""

    def __init__(self, body: list[str]) -> None:
        self.body = body
        self.lists: list[str] = []
        self.quote = False

    def add(self, tokens: list[Token]) -> None:
        index = 0
        while index < len(tokens):
            token = tokens[index]
            kind = token.type
            if kind == "heading_open":
                level = min(int(token.tag[1]) - 1, 9)
                style = "Title" if level == 0 else f"Heading {level}"
                runs = _runs_xml(tokens[index + 1].children or [])
                self.body.append(_paragraph_xml(style, True, runs))
                index += 2
            elif kind == "paragraph_open":
                children = tokens[index + 1].children or []
                # `Styrkor` before its list, a caption before a table: kept with it.
                keep = _lead_in(children)
                runs = _runs_xml(children)
                self.body.append(_paragraph_xml(self._paragraph_style(), keep, runs))
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
                content = word_text(token.content.rstrip("\n"))
                runs = f"<w:r>{_run_content_xml(content)}</w:r>" if content else ""
                self.body.append(_paragraph_xml(None, False, runs))
            index += 1

    def _paragraph_style(self) -> str | None:
        if self.lists:
            depth = len(self.lists)
            base = self.lists[-1]
            return base if depth == 1 else f"{base} {min(depth, 3)}"
        return "Quote" if self.quote else None

    def _table(self, tokens: list[Token], index: int) -> int:
        """A table typed in a report text (Markdown) as a Word table (header row bold and
        repeated, rows not split, alignment kept), its columns sharing the page's width;
        returns the index of its closing token."""
        rows: list[list[tuple[list[Token], bool, bool]]] = []
        while tokens[index].type != "table_close":
            token = tokens[index]
            if token.type == "tr_open":
                rows.append([])
            elif token.type in ("th_open", "td_open"):
                right = "right" in str(token.attrGet("style") or "")
                rows[-1].append((tokens[index + 1].children or [], token.type == "th_open", right))
            index += 1
        columns = max((len(row) for row in rows), default=0)
        # The width between the margins as the section holds it, in whole twips.
        twips = _twips(PAGE_MM[0]) - _twips(MARGINS_MM[1]) - _twips(MARGINS_MM[3])
        page = twips * _EMU_PER_TWIP
        width = round(page // columns / float(_EMU_PER_TWIP)) if columns else 0
        cell = f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/></w:tcPr>'
        grid = f'<w:gridCol w:w="{width}"/>' * columns
        parts = [
            f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:type="auto" w:w="0"/>'
            f"{_TABLE_LOOK}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
        ]
        for r, row in enumerate(rows):
            header = "<w:tblHeader/>" if r == 0 else ""
            parts.append(f"<w:tr><w:trPr><w:cantSplit/>{header}</w:trPr>")
            keep = "<w:keepNext/>" if r < len(rows) - 1 else '<w:keepNext w:val="0"/>'
            for children, bold, right in row:
                align = '<w:jc w:val="right"/>' if right else ""
                runs = _runs_xml(children, bold)
                parts.append(f"{cell}<w:p><w:pPr>{keep}{align}</w:pPr>{runs}</w:p></w:tc>")
            parts.append(f"{cell}<w:p/></w:tc>" * (columns - len(row)))
            parts.append("</w:tr>")
        parts.append("</w:tbl>")
        self.body.append("".join(parts))
        return index


def _lead_in(children: list[Token]) -> bool:
    """Whether a paragraph is only bold text (a title for what follows)."""
    kinds = [child.type for child in children]
    return bool(kinds) and kinds[0] == "strong_open" and kinds[-1] == "strong_close"


def _runs_xml(children: list[Token], bold: bool = False) -> str:
    """The inline tokens of a paragraph as the XML of Word runs, as python-docx writes them:
    text, bold (throughout with `bold`), italic, line breaks."""
    parts = []
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
            parts.append("<w:r><w:br/></w:r>")
        elif kind == "softbreak":
            parts.append('<w:r><w:t xml:space="preserve"> </w:t></w:r>')
        elif kind in ("text", "code_inline", "html_inline"):
            marks = ("<w:b/>" if strong > 0 else "") + ("<w:i/>" if emphasis > 0 else "")
            content = _run_content_xml(word_text(child.content))
            properties = f"<w:rPr>{marks}</w:rPr>" if marks else "<w:rPr/>"
            parts.append(f"<w:r>{properties}{content}</w:r>")
        elif kind == "image":
            parts.append(_text_run(word_text(child.content)))
    return "".join(parts)
