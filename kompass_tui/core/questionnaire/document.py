"""The municipality's questionnaire as a Word document (DOCX), from the instrument.

A cover page (the municipality, the evaluation's days, the evaluators, how to answer and
when to return it), then per area its title and introduction, one table per question and
the documents to attach. A question's table has two rows: the first holds the question's
id and text (with the instrument's guidance, if any), the second an empty cell for the
answer. The id starts the first row and names the table (its alternative text), so the
answer is found again by its question, wherever the table ends up (see `answers`).

The instrument's id and edition and the session's identity are the document's properties
(`identity`). A4, the document's language set, words from the catalog.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from kompass_tui.core.formats.word import word_language, word_text
from kompass_tui.core.instrument.criteria import Area, Instrument, Question
from kompass_tui.core.questionnaire.identity import QuestionnaireIdentity
from kompass_tui.core.session.model import Session
from kompass_tui.core.texts.catalog import Texts
from kompass_tui.core.texts.grammar import dates_text, join_names

TABLE_CAPTION = "kompass-question"
"""A question table's alternative text is `kompass-question ID`."""
CUSTOM_PROPERTIES_URI = "/docProps/custom.xml"
CUSTOM_PROPERTIES_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
_QUESTION_FILL = "E8EEF4"


def render_questionnaire(
    session: Session,
    instrument: Instrument,
    lang: str,
    identity: QuestionnaireIdentity,
    return_by: date | None = None,
) -> bytes:
    """The questionnaire as the bytes of a .docx file."""
    from docx import Document  # only when a questionnaire is asked for

    document: Any = Document()
    words = Texts(lang, "questionnaire.")
    _page_and_language(document, lang)
    _properties(document, session, instrument, lang, identity, words)
    _cover(document, session, instrument, lang, words, return_by)
    for area in instrument.areas:
        document.add_page_break()
        _area(document, area, instrument, lang, words)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _page_and_language(document: Any, lang: str) -> None:
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement
    from docx.shared import Cm, Mm

    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = section.bottom_margin = Cm(2.5)
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    for old in properties.findall(qn("w:lang")):
        properties.remove(old)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), word_language(lang))
    properties.append(language)
    document.core_properties.language = word_language(lang)


def _properties(
    document: Any,
    session: Session,
    instrument: Instrument,
    lang: str,
    identity: QuestionnaireIdentity,
    words: Texts,
) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    core = document.core_properties
    core.title = word_text(f"{words('title')} – {session.municipality}")
    core.subject = word_text(session.municipality)
    core.author = word_text(", ".join(session.evaluators))
    core.category = instrument.id
    core.keywords = word_text(instrument.text(instrument.name, lang))
    core.identifier = identity.identifier()
    core.comments = words("properties_note")
    blob = custom_properties_xml(identity.custom_properties())
    package = document.part.package
    part = Part(PackURI(CUSTOM_PROPERTIES_URI), CUSTOM_PROPERTIES_TYPE, blob, package)
    package.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)


def custom_properties_xml(values: dict[str, str]) -> bytes:
    """`docProps/custom.xml` holding `values` as text properties."""
    from xml.sax.saxutils import escape, quoteattr

    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        f'<Properties xmlns="{CUSTOM_NS}" xmlns:vt="{VT_NS}">',
    ]
    for pid, (name, value) in enumerate(values.items(), start=2):
        lines.append(
            f'<property fmtid="{_FMTID}" pid="{pid}" name={quoteattr(name)}>'
            f"<vt:lpwstr>{escape(word_text(value))}</vt:lpwstr></property>"
        )
    lines.append("</Properties>")
    return "\n".join(lines).encode("utf-8")


def _cover(
    document: Any,
    session: Session,
    instrument: Instrument,
    lang: str,
    words: Texts,
    return_by: date | None,
) -> None:
    from docx.shared import Cm

    document.add_paragraph(word_text(instrument.text(instrument.name, lang)), style="Subtitle")
    document.add_heading(word_text(words("heading", municipality=session.municipality)), 0)
    facts = document.add_table(rows=0, cols=2)
    facts.style = "Table Grid"
    evaluators = join_names(lang, session.evaluators)
    if session.affiliation.strip():
        evaluators = f"{evaluators} ({session.affiliation})" if evaluators else session.affiliation
    rows = [
        (words("municipality"), session.municipality),
        (words("dates"), dates_text(lang, session.dates) if session.dates else words("no_dates")),
        (words("evaluators"), evaluators or words("no_evaluators")),
    ]
    if return_by is not None:
        rows.append((words("return_date"), dates_text(lang, [return_by])))
    for label, value in rows:
        cells = facts.add_row().cells
        cells[0].paragraphs[0].add_run(word_text(label)).bold = True
        cells[1].paragraphs[0].add_run(word_text(value))
        cells[0].width, cells[1].width = Cm(4.5), Cm(11.5)
    facts.columns[0].width, facts.columns[1].width = Cm(4.5), Cm(11.5)
    document.add_heading(words("how_heading"), 1)
    for key in ("how_where", "how_what", "how_keep", "how_empty"):
        document.add_paragraph(words(key), style="List Bullet")
    document.add_heading(words("return_heading"), 1)
    to = evaluators or words("the_evaluators")
    if return_by is not None:
        sentence = words("return_by", date=dates_text(lang, [return_by]), to=to)
    elif session.dates:
        sentence = words("return_before", date=dates_text(lang, session.dates[:1]), to=to)
    else:
        sentence = words("return_agreed", to=to)
    document.add_paragraph(word_text(sentence))


def _area(document: Any, area: Area, instrument: Instrument, lang: str, words: Texts) -> None:
    title = instrument.text(area.title, lang)
    document.add_heading(word_text(words("area", id=area.id, title=title)), 1)
    request = instrument.questionnaire.areas.get(area.id)
    if request is not None and request.intro:
        for paragraph in instrument.text(request.intro, lang).split("\n\n"):
            document.add_paragraph(word_text(paragraph.strip()))
    document.add_paragraph(words("area_questions", n=len(area.questions)))
    for question in area.questions:
        _question(document, question, instrument, lang)
    document.add_heading(words("documents_heading"), 2)
    asked = [instrument.text(d, lang) for d in request.documents] if request else []
    if not asked:
        asked = [words(key) for key in ("document_plans", "document_follow_up", "document_shown")]
    for item in asked:
        document.add_paragraph(word_text(item), style="List Bullet")
    document.add_paragraph(words("documents_note"))


def _question(document: Any, question: Question, instrument: Instrument, lang: str) -> None:
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Cm, Pt

    table = document.add_table(rows=2, cols=1)
    table.style = "Table Grid"
    _caption(table, f"{TABLE_CAPTION} {question.id}")
    head = table.rows[0]
    _repeat_as_header(head)
    cell = head.cells[0]
    _shade(cell, _QUESTION_FILL)
    paragraph = cell.paragraphs[0]
    paragraph.add_run(f"{question.id} ").bold = True
    paragraph.add_run(word_text(instrument.text(question.text, lang))).bold = True
    guidance = instrument.questionnaire.guidance.get(question.id)
    if guidance:
        for part in instrument.text(guidance, lang).split("\n\n"):
            run = cell.add_paragraph().add_run(word_text(part.strip()))
            run.italic = True
            run.font.size = Pt(9)
    answer = table.rows[1]
    answer.height = Cm(3)
    answer.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    document.add_paragraph()


def _caption(table: Any, caption: str) -> None:
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    properties = table._tbl.tblPr
    element = OxmlElement("w:tblCaption")
    element.set(qn("w:val"), caption)
    properties.append(element)


def _repeat_as_header(row: Any) -> None:
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(element)


def _shade(cell: Any, fill: str) -> None:
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)
