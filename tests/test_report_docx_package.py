"""The Word report is written as a package of XML parts without python-docx (#23): it is
the document python-docx wrote before (`tests/word_reference.py`), part by part, on the
demo in every language and on hostile texts; its template is python-docx's own."""

from __future__ import annotations

import copy
import io
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path
from xml.etree.ElementTree import canonicalize

import pytest

from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.report import docx_package
from kompass_tui.core.report.docx import render_docx, style_id
from kompass_tui.core.report.model import build_report
from kompass_tui.core.session.model import AreaNotes, Session
from tests.helpers import DEMO
from tests.test_report_escaping import HOSTILE, _hostile_session
from tests.test_report_support import load_demo

docx = pytest.importorskip("docx")

from tests.word_reference import blank_template, reference_docx  # noqa: E402 (needs docx)

XML_PARTS = (".xml", ".rels")


def _parts(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name) for name in archive.namelist()}


def _canonical(data: bytes) -> str:
    return canonicalize(data.decode("utf-8"))


def assert_same_parts(ours: bytes, theirs: bytes) -> None:
    """Every part of the two packages the same: XML canonicalised, the rest byte for byte."""
    mine, reference = _parts(ours), _parts(theirs)
    assert sorted(mine) == sorted(reference)
    for name, data in reference.items():
        if name.endswith(XML_PARTS):
            assert _canonical(mine[name]) == _canonical(data), name
        else:
            assert mine[name] == data, name


@pytest.mark.parametrize("lang", ["sv", "en", "nb"])
def test_the_demo_is_the_document_python_docx_wrote(lang: str) -> None:
    loaded = load_demo()
    report = build_report(loaded.session, loaded.instrument, lang, sources=True, comments=True)
    ours = render_docx(report)
    assert_same_parts(ours, reference_docx(report))
    parts = _parts(ours)
    # What a reader meets: the sections' headings, the tables, the chart, the footer.
    document = parts["word/document.xml"].decode()
    assert document.count("<w:tbl>") >= 10
    assert document.count('r:embed="rId11"') == 1
    assert parts["word/media/image1.png"].startswith(b"\x89PNG")
    assert '<w:pgSz w:w="11906" w:h="16838"/>' in document  # A4


def _hostile_docx_session() -> tuple[Session, Instrument]:
    """The escaping tests' hostile session, and more of what Word must hold: XML's own
    characters, control characters and XML's non-characters, very long words, tabs and
    line ends, a table and lists typed in a report text, an empty area and section."""
    session, instrument = _hostile_session()
    xml = "<w:t>&amp;</w:t> ]]> \"quoted\" 'single' &#x1; <!-- no --> <?pi?>"
    controls = "nul\x00 bell\x07 esc\x1b[31m del\x7f c1\x85\x9b fffe\ufffe ffff\uffff"
    long_word = "Ordet" + "x" * 5000
    session.municipality = f"{session.municipality} {xml[:20]} \x1b"
    # python-docx refused a title or author list over 255 characters (see below).
    session.evaluators = [*session.evaluators, f"  {controls}  ", long_word[:60]]
    areas = [area.id for area in instrument.areas]
    session.areas[areas[2]] = AreaNotes(
        strengths=[xml, controls, long_word, " leading and trailing ", "tab\there"],
        improvements=["line\r\nends\rand\nbreaks", "", "x"],
        notes=(
            f"{xml}\n\n- item\n  - nested <b>\n    - deeper &\n- back\n\n"
            "| Mål | Poäng |\n|---|--:|\n| <ett> & | 4 |\n| två\tflik | 5 |\n\n"
            f"{controls}\n\n{long_word}"
        ),
    )
    session.areas[areas[3]] = AreaNotes(strengths=[], improvements=[], notes="")
    keys = list(session.report_sections)
    session.report_sections[keys[0]] = ""
    session.report_sections[keys[-1]] = f"{xml}\n{controls}\n\n| a |\n|---|\n| b |"
    for question, text in zip(instrument.questions[10:], [xml, controls, long_word], strict=False):
        session.comments[question.id] = text
        session.findings[question.id] = text
    return session, instrument


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_hostile_texts_are_the_document_python_docx_wrote(lang: str) -> None:
    session, instrument = _hostile_docx_session()
    report = build_report(session, instrument, lang, sources=True, comments=True)
    ours = render_docx(report)
    assert_same_parts(ours, reference_docx(report))
    document = docx.Document(io.BytesIO(ours))  # python-docx (lxml) reads it back
    text = "\n".join(p.text for p in document.paragraphs)
    for typed in ("<w:t>&amp;</w:t> ]]>", "Ordet" + "x" * 5000, "␛[31m", "a | b | c"):
        assert typed in text, typed
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "<ett> &" in cells and "två\tflik" in cells
    assert HOSTILE[3] in text  # <script> stays text


def test_a_long_title_and_author_list_are_written_whole() -> None:
    """python-docx refused core properties over 255 characters, so such a report could not
    be exported to Word; the package keeps them whole (the format sets no limit)."""
    loaded = load_demo()
    session = copy.deepcopy(loaded.session)
    session.municipality = "Kommun " + "å" * 300
    session.evaluators = [f"Utvärderare {n} <&>" for n in range(40)]
    report = build_report(session, loaded.instrument, "sv")
    with pytest.raises(ValueError, match="255"):
        reference_docx(report)
    properties = docx.Document(io.BytesIO(render_docx(report))).core_properties
    assert properties.title.endswith("Kommun " + "å" * 300)
    assert properties.author == ", ".join(session.evaluators)


def test_an_empty_session_is_the_document_python_docx_wrote() -> None:
    loaded = load_demo()
    session = copy.deepcopy(loaded.session)
    session.scores = {}
    session.findings, session.comments = {}, {}
    session.report_sections = dict.fromkeys(session.report_sections, "")
    for notes in session.areas.values():
        notes.strengths, notes.improvements, notes.notes = [], [], ""
    session.evaluators = []
    report = build_report(session, loaded.instrument, "sv")
    assert_same_parts(render_docx(report), reference_docx(report))


def test_the_template_is_python_docx_blank_document() -> None:
    """`word_template.docx` is what python-docx saves for a blank document with a header
    and a footer (regenerate it with `python -m tests.word_reference PATH` when not)."""
    shipped = {m.name: m.data() for m in docx_package.template_members()}
    assert shipped == _parts(blank_template())
    licence = docx_package.TEMPLATE.with_suffix(".LICENSE").read_text()
    assert "The MIT License" in licence and "Copyright (c) 2013 Steve Canny" in licence


def test_the_style_ids_are_the_templates() -> None:
    document = docx.Document()
    names = ["Title", "Caption", "Quote", "Header", "Footer", "Table Grid"]
    names += [f"Heading {n}" for n in range(1, 10)]
    names += [
        f"{kind}{depth}" for kind in ("List Bullet", "List Number") for depth in ("", " 2", " 3")
    ]
    for name in names:
        assert document.styles[name].style_id == style_id(name), name


def test_the_package_is_a_zip_every_reader_takes() -> None:
    members = [
        docx_package.Member.of("a.xml", b"<a/>" * 1000),
        docx_package.Member.of("ö/b.bin", bytes(range(256))),
        docx_package.Member("c.txt", b"stored", zlib.crc32(b"stored"), 6, 0),
    ]
    package = docx_package.write_package(members)
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        assert archive.testzip() is None
        assert archive.namelist() == ["a.xml", "ö/b.bin", "c.txt"]
        assert archive.read("a.xml") == b"<a/>" * 1000
        assert archive.read("ö/b.bin") == bytes(range(256))
        assert archive.read("c.txt") == b"stored"
    again = docx_package.read_members(package)
    assert [(m.name, m.data()) for m in again] == [(m.name, m.data()) for m in members]


def test_the_word_export_imports_neither_python_docx_nor_lxml_nor_zipfile(
    tmp_path: Path,
) -> None:
    """Through the real command: the Word file is made, and python-docx, lxml, Pillow,
    zipfile and xml.sax (which imports urllib.request, http and email) stay out of the process; the
    README names what it imports (markdown-it, not Pillow)."""
    out = tmp_path / "r.docx"
    code = (
        "import sys\n"
        "from kompass_tui.cli import main\n"
        "try:\n"
        "    main(sys.argv[1:])\n"
        "finally:\n"
        "    print(' '.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "export", str(DEMO), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    loaded = set(done.stderr.split())
    assert out.is_file(), done.stderr[-2000:]
    roots = {name.split(".")[0] for name in loaded}
    assert not roots & {"docx", "lxml", "zipfile"}, roots & {"docx", "lxml", "zipfile"}
    assert "markdown_it" in roots and "PIL" not in roots  # as the README says
    assert "xml.sax" not in loaded and "urllib.request" not in loaded
    assert docx.Document(str(out)).core_properties.language == "sv-SE"
