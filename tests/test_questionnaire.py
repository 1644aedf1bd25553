"""Before the visit: `kompass questionnaire` writes the municipality's questionnaire, a
municipality fills it in Word (here: with python-docx, odd edits included) and
`kompass intake` takes the answers back into the session."""

from __future__ import annotations

import copy
import hashlib
import re
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement

from kompass_tui.core.files.locks import SessionLock
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.report.text_blocks import parse_text
from kompass_tui.core.session.practice import ANSWER
from kompass_tui.core.session.toml_io import load_session
from tests.helpers import DEMO, kompass


def assert_refused(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr


@pytest.fixture
def session(tmp_path: Path) -> Path:
    path = tmp_path / "norrkoping-2010.toml"
    shutil.copy(DEMO, path)
    return path


def make_questionnaire(session: Path, *extra: str) -> Path:
    out = session.parent / "fragor.docx"
    result = kompass("questionnaire", session, "-o", out, *extra)
    assert result.returncode == 0, result.stderr
    return out


def question_tables(document: Any) -> dict[str, Any]:
    """The question tables of a questionnaire, by the id that starts their first row."""
    found = {}
    for table in document.tables[1:]:  # after the cover's table
        found[table.rows[0].cells[0].text.split()[0]] = table
    return found


def answer_cell(table: Any) -> Any:
    return table.rows[1].cells[0]


def tracked_run(paragraph: Any, kind: str, words: str) -> None:
    """A tracked insertion (`ins`) or deletion (`del`) in a paragraph, as Word writes it."""
    change = OxmlElement(f"w:{kind}")
    change.set(qn("w:id"), str(abs(hash(words)) % 10000))
    change.set(qn("w:author"), "Kommunen")
    run = OxmlElement("w:r")
    text = OxmlElement("w:delText" if kind == "del" else "w:t")
    text.text = words
    text.set(qn("xml:space"), "preserve")
    run.append(text)
    change.append(run)
    paragraph._p.append(change)


def fill_as_a_municipality(path: Path) -> dict[str, str]:
    """Answer the questionnaire as a municipality would in Word; the answers expected."""
    document = Document(str(path))
    tables = question_tables(document)
    expected = {}

    answer_cell(tables["1.1"]).paragraphs[0].text = "Demokratiberedningen leder arbetet."
    expected["1.1"] = "Demokratiberedningen leder arbetet."

    cell = answer_cell(tables["1.2"])  # paragraphs and a bulleted list
    cell.paragraphs[0].text = "Vi informerar genom:"
    cell.add_paragraph("Hemsidan", style="List Bullet")
    cell.add_paragraph("Tidningen Vårt Norrköping", style="List Bullet")
    cell.add_paragraph("")
    cell.add_paragraph("Och annonser i tre dagstidningar.")
    expected["1.2"] = (
        "Vi informerar genom:\n\n- Hemsidan\n- Tidningen Vårt Norrköping\n\n"
        "Och annonser i tre dagstidningar."
    )

    cell = answer_cell(tables["1.3"])  # a numbered list only
    cell.paragraphs[0].text = "Årsredovisningen"
    cell.paragraphs[0].style = document.styles["List Number"]
    cell.add_paragraph("Kvalitetsredovisningen", style="List Number")
    expected["1.3"] = "1. Årsredovisningen\n2. Kvalitetsredovisningen"

    cell = answer_cell(tables["1.4"])  # a table inside the answer
    cell.paragraphs[0].text = "Dialoger 2009:"
    inner = cell.add_table(rows=2, cols=2)
    for (r, c), value in {(0, 0): "Form", (0, 1): "Antal", (1, 0): "Medborgardialog"}.items():
        inner.cell(r, c).text = value
    inner.cell(1, 1).text = "12"
    expected["1.4"] = "Dialoger 2009:\n\n| Form | Antal |\n|---|---|\n| Medborgardialog | 12 |"

    cell = answer_cell(tables["1.5"])  # tracked changes and a comment
    paragraph = cell.paragraphs[0]
    commented = paragraph.add_run("Etikpolicyn antogs ")
    tracked_run(paragraph, "ins", "2008")
    tracked_run(paragraph, "del", "2007")
    document.add_comment(commented, text="Stämmer årtalet?", author="Kommunen")
    expected["1.5"] = "Etikpolicyn antogs 2008"

    cell = answer_cell(tables["2.1"])  # the answer inside a content control
    cell.paragraphs[0].text = "Strategin för brukarorientering antogs 2007."
    paragraph = cell.paragraphs[0]._p
    control, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    paragraph.addprevious(control)
    content.append(paragraph)
    control.append(content)
    cell._tc.append(OxmlElement("w:p"))  # a cell ends with a paragraph
    expected["2.1"] = "Strategin för brukarorientering antogs 2007."

    table = tables["2.2"]  # its alternative text gone, a row added below the answer
    caption = table._tbl.tblPr.find(qn("w:tblCaption"))
    table._tbl.tblPr.remove(caption)
    answer_cell(table).paragraphs[0].text = "Början."
    table.add_row().cells[0].paragraphs[0].text = "Fortsättning."
    expected["2.2"] = "Början.\n\nFortsättning."

    table = tables["2.3"]  # moved to the end of the document
    body = document.element.body
    body.remove(table._tbl)
    body.insert(len(body) - 1, table._tbl)
    answer_cell(table).paragraphs[0].text = "Flyttad men besvarad."
    expected["2.3"] = "Flyttad men besvarad."

    table = tables["2.4"]  # deleted: no answer, its table missing
    table._tbl.getparent().remove(table._tbl)

    head = tables["3.1"].rows[0].cells[0]  # the question's text deleted, its id kept
    for run in head.paragraphs[0].runs[1:]:
        run.text = ""
    answer_cell(tables["3.1"]).paragraphs[0].text = "Styrsystemet följs upp årligen."
    expected["3.1"] = "Styrsystemet följs upp årligen."

    run = answer_cell(tables["3.2"]).paragraphs[0].add_run("Rad ett")  # a line break
    run.add_break()
    run.add_text("Rad två")
    expected["3.2"] = "Rad ett\nRad två"

    cell = answer_cell(tables["3.3"])  # only blank paragraphs: not an answer
    cell.paragraphs[0].text = "   "
    cell.add_paragraph("")

    # A copy of a whole question table, pasted into another answer: part of that answer.
    cell = answer_cell(tables["4.1"])
    cell.paragraphs[0].text = "Se tabellen:"
    pasted = copy.deepcopy(tables["8.1"]._tbl)
    cell._tc.append(pasted)
    cell._tc.append(OxmlElement("w:p"))
    expected["4.1"] = f"Se tabellen:\n\n| 8.1 {question_text('8.1')} |\n|---|"

    document.save(str(path))
    return expected


def question_text(question_id: str) -> str:
    instrument = Catalog.default().get("kommunkompassen-2010")
    return instrument.text(instrument.question_by_id[question_id].text, "sv")


def answers_in(session: Path) -> dict[str, list[Any]]:
    loaded = load_session(session, Catalog.default())
    return {
        q: [e for e in items if e.kind == ANSWER] for q, items in loaded.session.evidence.items()
    }


def test_every_answer_lands_on_its_question(session: Path) -> None:
    questionnaire = make_questionnaire(session)
    expected = fill_as_a_municipality(questionnaire)
    before = load_session(session, Catalog.default()).session.evidence
    result = kompass("intake", session, questionnaire)
    assert result.returncode == 0, result.stderr
    digest = hashlib.sha256(questionnaire.read_bytes()).hexdigest()
    loaded = load_session(session, Catalog.default())
    for question in loaded.instrument.questions:
        sources = loaded.session.evidence.get(question.id, [])
        answers = [e for e in sources if e.kind == ANSWER]
        if question.id not in expected:
            assert answers == [], question.id
            continue
        assert len(answers) == 1, question.id
        answer = sources[0]  # first among the question's sources
        assert answer.kind == ANSWER, question.id
        assert answer.shows == expected[question.id], question.id
        assert answer.reference == "fragor.docx"
        assert answer.date == date.today()
        assert answer.digest == digest
        assert answer.status == ""
        assert sources[1:] == before.get(question.id, [])  # the evaluators' own kept
    assert f"fragor.docx: answers to {len(expected)} of 45 questions taken in" in result.stdout
    unanswered = 45 - len(expected)
    assert f"{unanswered} questions not answered:" in result.stdout
    assert "  2.4 " in result.stdout and "(its table is not in the file)" in result.stdout
    assert "  3.3 " in result.stdout and "  1.1 " not in result.stdout
    assert "Stämmer årtalet" not in session.read_text(encoding="utf-8")
    # The answer's shape is the report text's: quoted, its list and table print as such.
    blocks = parse_text(loaded.session.evidence["1.4"][0].shows)
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "TextTable"]
    blocks = parse_text(loaded.session.evidence["1.2"][0].shows)
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "BulletList", "Paragraph"]


def test_the_same_file_twice_adds_nothing(session: Path) -> None:
    questionnaire = make_questionnaire(session)
    fill_as_a_municipality(questionnaire)
    assert kompass("intake", session, questionnaire).returncode == 0
    taken = session.read_bytes()
    again = kompass("intake", session, questionnaire)
    assert again.returncode == 0, again.stderr
    assert "was already taken in on" in again.stdout and "nothing added" in again.stdout
    assert session.read_bytes() == taken
    renamed = session.parent / "same-bytes.docx"  # the same bytes under another name
    shutil.copy(questionnaire, renamed)
    assert "nothing added" in kompass("intake", session, renamed).stdout
    assert session.read_bytes() == taken


def test_a_revised_file_replaces_its_earlier_answers(session: Path) -> None:
    questionnaire = make_questionnaire(session)
    fill_as_a_municipality(questionnaire)
    assert kompass("intake", session, questionnaire).returncode == 0
    document = Document(str(questionnaire))
    tables = question_tables(document)
    answer_cell(tables["1.1"]).paragraphs[0].text = "Kommunstyrelsen leder arbetet."
    for paragraph in answer_cell(tables["1.3"]).paragraphs:
        paragraph.text = ""
    answer_cell(tables["5.1"]).paragraphs[0].text = "Nytt svar."
    document.save(str(questionnaire))
    result = kompass("intake", session, questionnaire)
    assert result.returncode == 0, result.stderr
    assert f"It replaces the version taken in on {date.today().isoformat()}:" in result.stdout
    assert "  changed: 1.1\n" in result.stdout
    assert "  new: 5.1\n" in result.stdout
    assert "  withdrawn (now empty): 1.3\n" in result.stdout
    answers = answers_in(session)
    assert [a.shows for a in answers["1.1"]] == ["Kommunstyrelsen leder arbetet."]
    assert answers.get("1.3", []) == []
    assert [a.shows for a in answers["5.1"]] == ["Nytt svar."]
    assert all(len(found) <= 1 for found in answers.values())
    digest = hashlib.sha256(questionnaire.read_bytes()).hexdigest()
    assert {a.digest for found in answers.values() for a in found} == {digest}


def test_answers_from_two_files_both_stand_first(session: Path) -> None:
    questionnaire = make_questionnaire(session)
    second = session.parent / "socialtjansten.docx"
    shutil.copy(questionnaire, second)
    for path, words in ((questionnaire, "Från kansliet."), (second, "Från socialtjänsten.")):
        document = Document(str(path))
        answer_cell(question_tables(document)["1.1"]).paragraphs[0].text = words
        document.save(str(path))
        assert kompass("intake", session, path).returncode == 0
    sources = load_session(session, Catalog.default()).session.evidence["1.1"]
    assert [e.shows for e in sources[:2]] == ["Från kansliet.", "Från socialtjänsten."]
    assert all(e.kind != ANSWER for e in sources[2:])


def refusal_leaves_everything(session: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    files_before = sorted(p.name for p in session.parent.iterdir())
    before = session.read_bytes()
    result = kompass("intake", session, *args)
    assert_refused(result)
    assert session.read_bytes() == before
    assert sorted(p.name for p in session.parent.iterdir()) == files_before  # no .bak, no lock
    return result


def test_a_file_that_is_not_a_word_document_is_refused(session: Path) -> None:
    text = session.parent / "svar.docx"
    text.write_text("Våra svar: se bifogat.", encoding="utf-8")
    result = refusal_leaves_everything(session, text)
    assert "svar.docx: not a Word document (.docx)" in result.stderr
    assert "nothing was written" in result.stderr
    workbook = session.parent / "svar.xlsx"  # a zip, but not a Word document
    with zipfile.ZipFile(workbook, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    assert "not a Word document" in refusal_leaves_everything(session, workbook).stderr
    missing = refusal_leaves_everything(session, session.parent / "saknas.docx")
    assert "saknas.docx: cannot be read" in missing.stderr


def test_a_questionnaire_for_another_instrument_is_refused(session: Path, tmp_path: Path) -> None:
    older = tmp_path / "older.toml"
    made = kompass("new", older, "--municipality", "Norrköping", "--criteria",
                   "kommunkompassen-aldre", "--no-open")  # fmt: skip
    assert made.returncode == 0, made.stderr
    other = tmp_path / "other.docx"
    assert kompass("questionnaire", older, "-o", other).returncode == 0
    document = Document(str(other))
    next(iter(question_tables(document).values())).rows[1].cells[0].text = "Ett svar."
    document.save(str(other))
    result = refusal_leaves_everything(session, other)
    assert "made for instrument 'kommunkompassen-aldre'" in result.stderr
    plain = tmp_path / "plain.docx"  # a Word document kompass did not make
    Document().save(str(plain))
    result = refusal_leaves_everything(session, plain)
    assert "not made by `kompass questionnaire`" in result.stderr


def test_a_questionnaire_for_another_municipality_is_refused(session: Path, tmp_path: Path) -> None:
    lund = tmp_path / "lund.toml"
    text = session.read_text(encoding="utf-8").replace(
        'municipality = "Norrköping"', 'municipality = "Lund"'
    )
    lund.write_text(text, encoding="utf-8")
    other = tmp_path / "lund.docx"
    assert kompass("questionnaire", lund, "-o", other).returncode == 0
    result = refusal_leaves_everything(session, other)
    assert "made for 'Lund'; the session evaluates 'Norrköping'" in result.stderr


def test_a_session_open_in_a_workbench_is_not_written(session: Path) -> None:
    questionnaire = make_questionnaire(session)
    fill_as_a_municipality(questionnaire)
    lock = SessionLock.acquire(session)
    try:
        before = session.read_bytes()
        result = kompass("intake", session, questionnaire)
        assert_refused(result)
        assert "open in a workbench by" in result.stderr
        assert session.read_bytes() == before
    finally:
        lock.release()
    assert kompass("intake", session, questionnaire).returncode == 0


def test_the_questionnaire_document(session: Path) -> None:
    questionnaire = make_questionnaire(session, "--return-by", "2010-01-11")
    document = Document(str(questionnaire))
    section = document.sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    languages = document.styles.element.xpath("//w:docDefaults//w:lang/@w:val")
    assert languages == ["sv-SE"]
    text = "\n".join(p.text for p in document.paragraphs)
    cover = "\n".join(cell.text for row in document.tables[0].rows for cell in row.cells)
    assert "Frågeunderlag för Norrköping" in text
    assert "25–26 januari 2010" in cover and "Leif Eldås och Gunnar Gidenstam" in cover
    assert "11 januari 2010" in cover
    assert "Så svarar ni" in text
    assert "senast 11 januari 2010 till Leif Eldås och Gunnar Gidenstam" in text
    assert "Område 1: Offentlighet och demokrati" in text
    assert text.count("Dokument att bifoga") == 8
    tables = question_tables(document)
    instrument = Catalog.default().get("kommunkompassen-2010")
    assert list(tables) == [q.id for q in instrument.questions]
    for question in instrument.questions:
        table = tables[question.id]
        assert len(table.rows) == 2
        assert table.rows[0].cells[0].text == f"{question.id} {question_text(question.id)}"
        assert answer_cell(table).text == ""
    core = document.core_properties
    assert core.category == "kommunkompassen-2010" and core.subject == "Norrköping"
    assert core.identifier.startswith("kompass-questionnaire 1 kommunkompassen-2010 ")
    with zipfile.ZipFile(questionnaire) as archive:
        custom = archive.read("docProps/custom.xml").decode("utf-8")
    assert 'name="kompass.instrument"><vt:lpwstr>kommunkompassen-2010<' in custom
    assert 'name="kompass.municipality"><vt:lpwstr>Norrköping<' in custom
    assert 'name="kompass.session"><vt:lpwstr>norrkoping-2010.toml<' in custom


def test_the_questionnaire_in_english(session: Path) -> None:
    questionnaire = make_questionnaire(session, "--lang", "en")
    document = Document(str(questionnaire))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Questionnaire for Norrköping" in text and "How to answer" in text
    assert "Area 1: Openness and democracy" in text
    assert "before the evaluation begins on 25 January 2010" in text
    first = question_tables(document)["1.1"].rows[0].cells[0].text
    assert first == "1.1 Is there a plan or strategy for developing democracy and information?"
    assert document.styles.element.xpath("//w:docDefaults//w:lang/@w:val") == ["en-GB"]


GUIDED = """
[questionnaire.areas."A"]
intro.en = "How the first things are done."
intro.sv = "Hur de första sakerna görs."
documents = [{ en = "The first plan", sv = "Den första planen" }]

[questionnaire.questions."A1"]
guidance.en = "Say who decides."
guidance.sv = "Säg vem som beslutar."
"""


def test_the_instruments_guidance_and_its_deletion(tmp_path: Path) -> None:
    from tests.helpers import SMALL_INSTRUMENT

    criteria = tmp_path / "criteria"
    criteria.mkdir()
    (criteria / "mini.toml").write_text(SMALL_INSTRUMENT + GUIDED, encoding="utf-8")
    session = tmp_path / "mini-session.toml"
    made = kompass("new", session, "--municipality", "Ystad", "--criteria", "mini",
                   "--criteria-dir", criteria, "--no-open")  # fmt: skip
    assert made.returncode == 0, made.stderr
    questionnaire = tmp_path / "q.docx"
    result = kompass("questionnaire", session, "-o", questionnaire, "--criteria-dir", criteria)
    assert result.returncode == 0, result.stderr
    document = Document(str(questionnaire))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "How the first things are done." in text and "The first plan" in text
    assert "Plans, policies and programmes" in text  # area B asks for the usual documents
    head = question_tables(document)["A1"].rows[0].cells[0]
    assert head.paragraphs[1].text == "Say who decides."
    head._tc.remove(head.paragraphs[1]._p)  # the municipality deletes the guidance
    answer_cell(question_tables(document)["A1"]).paragraphs[0].text = "Nämnden."
    document.save(str(questionnaire))
    taken = kompass("intake", session, questionnaire, "--criteria-dir", criteria)
    assert taken.returncode == 0, taken.stderr
    assert "answers to 1 of 3 questions taken in" in taken.stdout
    loaded = load_session(session, Catalog.default([criteria]))
    assert [e.shows for e in loaded.session.evidence["A1"]] == ["Nämnden."]


def test_a_questionnaire_holding_answers_is_not_overwritten(session: Path) -> None:
    questionnaire = make_questionnaire(session)
    expected = fill_as_a_municipality(questionnaire)
    before = questionnaire.read_bytes()
    result = kompass("questionnaire", session, "-o", questionnaire)
    assert_refused(result)
    assert f"holds the municipality's answers to {len(expected)} questions" in result.stderr
    assert questionnaire.read_bytes() == before
    assert kompass("questionnaire", session, "-o", questionnaire, "--force").returncode == 0
    assert questionnaire.read_bytes() != before


def test_the_questionnaire_converts_to_pdf_with_libreoffice(session: Path, tmp_path: Path) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice (soffice) is not installed: .ci/run installs it")
    questionnaire = make_questionnaire(session)
    profile = tmp_path / "profile"
    result = subprocess.run(
        [office, f"-env:UserInstallation=file://{profile}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(questionnaire)],
        capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    pdf = tmp_path / "fragor.pdf"
    assert pdf.exists(), (result.stdout, result.stderr)
    assert pdf.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        pages = int(info.stdout.split("Pages:")[1].split()[0])
        assert pages >= 9  # the cover, then each of the 8 areas on a page of its own
        assert "A4" in info.stdout
    # Filled in and saved again by LibreOffice as Word: the answers are still found.
    expected = fill_as_a_municipality(questionnaire)
    saved = tmp_path / "saved"
    subprocess.run(
        [office, f"-env:UserInstallation=file://{profile}", "--headless",
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(saved), str(questionnaire)],
        capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    result = kompass("intake", session, saved / "fragor.docx")
    assert result.returncode == 0, result.stderr
    answers = answers_in(session)
    assert {q: a[0].shows for q, a in answers.items() if a} == expected


def test_intake_and_questionnaire_are_in_the_help() -> None:
    result = kompass("--help", env={"LANG": "C"})
    assert "kompass questionnaire SESSION -o Q.docx" in result.stdout
    assert "kompass intake SESSION Q.docx" in result.stdout


def test_the_readme_questionnaire_example_is_what_an_instrument_accepts() -> None:
    from tests.helpers import CRITERIA, REPO, parse_instrument_text

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    (example,) = [
        block
        for block in re.findall(r"```toml\n(.*?)```", readme, flags=re.DOTALL)
        if block.startswith("[questionnaire.")
    ]
    own = (CRITERIA / "kommunkompassen-2010.toml").read_text(encoding="utf-8")
    instrument = parse_instrument_text(own + "\n" + example, "kommunkompassen-2010")
    assert "Which plan" in instrument.questionnaire.guidance["1.1"]["en"]
    assert instrument.questionnaire.areas["1"].documents[0]["sv"] == "Informationsplan"


def test_a_session_changed_on_disk_meanwhile_is_not_overwritten(
    session: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kompass_tui.cli import main
    from kompass_tui.core.questionnaire import intake

    questionnaire = make_questionnaire(session)
    fill_as_a_municipality(questionnaire)
    real_take_in = intake.take_in
    theirs = session.read_text(encoding="utf-8").replace("Norrköpings kommun", "Norrköping")

    def take_in_while_someone_saves(*args: Any) -> Any:
        session.write_text(theirs, encoding="utf-8")  # another program saves meanwhile
        return real_take_in(*args)

    monkeypatch.setattr(intake, "take_in", take_in_while_someone_saves)
    assert main(["intake", str(session), str(questionnaire)]) == 1
    assert "changed on disk since it was opened; nothing was written" in capsys.readouterr().err
    assert session.read_text(encoding="utf-8") == theirs
    assert not session.with_name(session.name + ".bak").exists()


def test_the_answer_is_a_source_in_the_report(session: Path) -> None:
    questionnaire = make_questionnaire(session)
    fill_as_a_municipality(questionnaire)
    assert kompass("intake", session, questionnaire).returncode == 0
    report = kompass("export", session, "--sources")
    assert report.returncode == 0, report.stderr
    assert "Kommunens svar: fragor.docx" in report.stdout
    assert "Demokratiberedningen leder arbetet." in report.stdout


def test_a_file_without_its_custom_properties_is_known_by_its_core_identifier(
    session: Path,
) -> None:
    questionnaire = make_questionnaire(session)
    fill_as_a_municipality(questionnaire)
    stripped = session.parent / "utan.docx"  # as a tool that drops custom properties saves it
    with zipfile.ZipFile(questionnaire) as source, zipfile.ZipFile(stripped, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "docProps/custom.xml":
                continue
            if item.filename in ("_rels/.rels", "[Content_Types].xml"):
                text = data.decode("utf-8")
                text = re.sub(r"<(Relationship|Override)[^>]*custom\.xml\"/>", "", text)
                data = text.encode("utf-8")
            target.writestr(item, data)
    with zipfile.ZipFile(stripped) as archive:
        assert "docProps/custom.xml" not in archive.namelist()
    result = kompass("intake", session, stripped)
    assert result.returncode == 0, result.stderr
    assert "utan.docx: answers to 11 of 45 questions taken in" in result.stdout
