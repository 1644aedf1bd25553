"""Reading a returned questionnaire: who it was made for, and the answer to each question.

A question's table is found by its question's id, not by its place: the table's
alternative text (`kompass-question ID`, see `document`), else a first row beginning with
the id. What follows the row with the question is the answer: every paragraph, list item
and table the municipality put there, in order. Text is read from the document's XML as
Word leaves it: tracked insertions count, tracked deletions and moved-away text do not,
comments (kept apart from the text) and field codes are ignored.

An answer keeps its shape as a report text writes it (`core/report/text_blocks.py`):
paragraphs separated by a blank line, list items as `- ` or `1. ` lines (indented by
level), a table as `| cell | cell |` rows with a `|---|` row under the first.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.problems import KompassError
from kompass_tui.core.questionnaire.document import CUSTOM_NS, TABLE_CAPTION, VT_NS
from kompass_tui.core.questionnaire.identity import QuestionnaireIdentity

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_SKIPPED = {f"{{{W}}}{name}" for name in ("del", "moveFrom", "pPr", "rPr", "instrText")}
_SKIPPED |= {f"{{{W}}}{name}" for name in ("delText", "delInstrText", "commentReference")}
_WRAPPERS = {
    f"{{{W}}}{name}" for name in ("sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo")
}
_NUMBERED = {"decimal", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman", "ordinal"}


class NotAQuestionnaireError(KompassError):
    """The file is not a Word document, or not a questionnaire kompass can take in."""


@lean_dataclass(frozen=False)
class ReadQuestionnaire:
    """What a returned questionnaire holds."""

    identity: QuestionnaireIdentity | None
    answers: dict[str, str] = field(default_factory=dict)
    """The answer per question id, for the questions whose answer cell is not empty."""
    found: set[str] = field(default_factory=set)
    """The ids of the questions whose table was found."""


def w(name: str) -> str:
    """A WordprocessingML element's qualified name."""
    return f"{{{W}}}{name}"


def read_questionnaire(data: bytes, instrument: Instrument) -> ReadQuestionnaire:
    """The identity and answers of a .docx file's bytes; NotAQuestionnaireError when it is
    not a Word document."""
    try:
        from docx import Document  # only when a questionnaire is read

        document = Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds for a file that is not one
        raise NotAQuestionnaireError(f"not a Word document (.docx): {error}") from None
    read = ReadQuestionnaire(_identity(document))
    cell_reader = _Cells(document)
    ids = {q.id for q in instrument.questions}
    body = document.element.body
    taken: list[Any] = []
    for table in body.iter(w("tbl")):
        if any(_inside(table, outer) for outer in taken):
            continue  # a table inside an answer belongs to the answer
        question_id = _anchor(table, ids)
        if question_id is None:
            continue
        taken.append(table)
        read.found.add(question_id)
        answer = cell_reader.answer(table, question_id)
        if answer:
            earlier = read.answers.get(question_id)
            read.answers[question_id] = f"{earlier}\n\n{answer}" if earlier else answer
    return read


def _inside(element: Any, outer: Any) -> bool:
    return any(ancestor is outer for ancestor in element.iterancestors())


def _identity(document: Any) -> QuestionnaireIdentity | None:
    custom: dict[str, str] = {}
    package = document.part.package
    for part in package.iter_parts():
        if str(part.partname) == "/docProps/custom.xml":
            custom = _custom_properties(part.blob)
    core = document.core_properties
    return QuestionnaireIdentity.from_properties(custom, core.identifier or "", core.subject or "")


def _custom_properties(blob: bytes) -> dict[str, str]:
    from docx.oxml.parser import parse_xml  # lxml without entity expansion

    try:
        root: Any = parse_xml(blob)
    except Exception:  # lxml's XMLSyntaxError, and anything else a broken part raises
        return {}
    values = {}
    for item in root.iter(f"{{{CUSTOM_NS}}}property"):
        name = item.get("name")
        value = item.find(f"{{{VT_NS}}}lpwstr")
        if name and value is not None:
            values[name] = value.text or ""
    return values


def _rows(table: Any) -> list[Any]:
    return [row for row in table if row.tag == w("tr")]


def _cells(row: Any) -> Iterator[Any]:
    for child in row:
        if child.tag == w("tc"):
            yield child
        elif child.tag in (w("sdt"), w("customXml")):  # a content control around cells
            yield from child.iter(w("tc"))


def _anchor(table: Any, ids: set[str]) -> str | None:
    """The question a table belongs to: its alternative text, else its first row's id."""
    properties = table.find(w("tblPr"))
    caption = properties.find(w("tblCaption")) if properties is not None else None
    if caption is not None:
        words = (caption.get(w("val")) or "").split()
        if len(words) == 2 and words[0] == TABLE_CAPTION and words[1] in ids:
            return words[1]
    rows = _rows(table)
    return _leading_id(_plain(rows[0]), ids) if rows else None


def _leading_id(text: str, ids: set[str]) -> str | None:
    match = re.match(r"\s*(\S+?)[\s:.)]*(?:\s|$)", text)
    if match is None:
        return None
    word = match.group(1)
    return word if word in ids else None


def _plain(element: Any) -> str:
    """All the text under an element, paragraphs separated by spaces."""
    return " ".join(_paragraph_text(p) for p in element.iter(w("p")))


def _paragraph_text(paragraph: Any) -> str:
    parts: list[str] = []

    def walk(element: Any) -> None:
        for child in element:
            tag = child.tag
            if tag in _SKIPPED or tag == w("p"):
                continue  # a paragraph inside (a text box) is read on its own
            if tag == w("t"):
                parts.append(child.text or "")
            elif tag in (w("tab"), w("ptab")):
                parts.append("\t")
            elif tag in (w("br"), w("cr")):
                parts.append("\n")
            elif tag == w("noBreakHyphen"):
                parts.append("-")
            else:
                walk(child)

    walk(paragraph)
    return "".join(parts).strip()


class _Cells:
    """Turns answer cells into text, resolving list numbering through the document's
    styles and numbering definitions."""

    def __init__(self, document: Any) -> None:
        self.styles: dict[str, Any] = {}
        for style in document.styles.element.iter(w("style")):
            style_id = style.get(w("styleId"))
            if style_id:
                self.styles[style_id] = style
        self.formats: dict[tuple[str, str], str] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            numbering = None
        if numbering is not None:
            self._read_numbering(numbering)

    def _read_numbering(self, numbering: Any) -> None:
        abstract: dict[str, dict[str, str]] = {}
        for definition in numbering.iter(w("abstractNum")):
            levels = {}
            for level in definition.iter(w("lvl")):
                fmt = level.find(w("numFmt"))
                levels[level.get(w("ilvl")) or "0"] = (
                    fmt.get(w("val")) if fmt is not None else "bullet"
                ) or "bullet"
            abstract[definition.get(w("abstractNumId")) or ""] = levels
        for num in numbering.iter(w("num")):
            reference = num.find(w("abstractNumId"))
            if reference is None:
                continue
            for level, fmt in abstract.get(reference.get(w("val")) or "", {}).items():
                self.formats[(num.get(w("numId")) or "", level)] = fmt

    def answer(self, table: Any, question_id: str) -> str:
        """The text of everything after the question's row."""
        rows = _rows(table)
        start = 0
        for index, row in enumerate(rows):
            if _leading_id(_plain(row), {question_id}):
                start = index + 1
                break
        blocks: list[tuple[str, str]] = []
        for row in rows[start:]:
            seen: set[int] = set()
            for cell in _cells(row):
                if id(cell) not in seen:
                    seen.add(id(cell))
                    self._content(cell, blocks, {})
        return _joined(blocks)

    def _content(
        self, container: Any, blocks: list[tuple[str, str]], counters: dict[tuple[str, str], int]
    ) -> None:
        for child in container:
            if child.tag == w("p"):
                self._paragraph(child, blocks, counters)
            elif child.tag == w("tbl"):
                table = _table_text(child)
                if table:
                    blocks.append(("table", table))
            elif child.tag in _WRAPPERS:  # content controls, tracked insertions
                self._content(child, blocks, counters)

    def _paragraph(
        self, paragraph: Any, blocks: list[tuple[str, str]], counters: dict[tuple[str, str], int]
    ) -> None:
        content = _paragraph_text(paragraph)
        if not content:
            return
        numbering = self._numbering(paragraph)
        if numbering is None:
            blocks.append(("paragraph", content))
            return
        num_id, level = numbering
        fmt = self.formats.get((num_id, level), "bullet")
        indent = "  " * int(level) if level.isdigit() else ""
        if fmt in _NUMBERED:
            key = (num_id, level)
            counters[key] = counters.get(key, 0) + 1
            for other in list(counters):  # a higher item restarts the deeper levels
                if other[0] == num_id and other[1] > level:
                    del counters[other]
            marker = f"{counters[key]}."
        else:
            marker = "-"
        blocks.append(("item", f"{indent}{marker} {content}"))

    def _numbering(self, paragraph: Any) -> tuple[str, str] | None:
        """`(numId, ilvl)` of a list paragraph, from itself or its style; None otherwise."""
        properties = paragraph.find(w("pPr"))
        style_id = ""
        if properties is not None:
            found = _num_pr(properties)
            if found is not None:
                return found if found[0] != "0" else None
            style = properties.find(w("pStyle"))
            style_id = (style.get(w("val")) or "") if style is not None else ""
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                break
            style_properties = style.find(w("pPr"))
            if style_properties is not None:
                found = _num_pr(style_properties)
                if found is not None:
                    return found if found[0] != "0" else None
            based = style.find(w("basedOn"))
            style_id = (based.get(w("val")) or "") if based is not None else ""
        return None


def _table_text(table: Any) -> str:
    """A table in an answer as a report text writes one: `| a | b |` rows, the first a
    header, a `|---|` row under it (a `|` in a cell becomes `/`)."""
    rows = []
    for row in _rows(table):
        cells = [_plain(cell).strip().replace("|", "/") for cell in _cells(row)]
        if any(cells):
            rows.append(cells)
    if not rows:
        return ""
    width = max(len(cells) for cells in rows)
    lines = ["| " + " | ".join(cells + [""] * (width - len(cells))) + " |" for cells in rows]
    lines.insert(1, "|" + "---|" * width)
    return "\n".join(line.replace("  |", " |") for line in lines)


def _num_pr(properties: Any) -> tuple[str, str] | None:
    num_pr = properties.find(w("numPr"))
    if num_pr is None:
        return None
    num_id = num_pr.find(w("numId"))
    level = num_pr.find(w("ilvl"))
    if num_id is None:
        return None
    return (num_id.get(w("val")) or "0", (level.get(w("val")) or "0") if level is not None else "0")


def _joined(blocks: list[tuple[str, str]]) -> str:
    """Blocks as text: list items one per line, other blocks apart by a blank line."""
    text = ""
    previous = ""
    for kind, content in blocks:
        if text:
            text += "\n" if kind == "item" and previous == "item" else "\n\n"
        text += content
        previous = kind
    return text
