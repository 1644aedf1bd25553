"""Data out: the questions as CSV and JSON, the action plan as CSV and Markdown, the report
as a Word document; every file read back the way a program would read it."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import docx
import jsonschema

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.practice import Action, Evidence
from kompass_tui.core.session.toml_io import load_session, save_session
from tests.helpers import DEMO, kompass

HOSTILE = '=HYPERLINK("http://x")\x1b[31m { DATE \\@ "yyyy" } <w:t>&amp;</w:t> \x07'


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte order mark, for Excel"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_export_csv_has_a_row_per_question_with_a_decimal_point(tmp_path: Path) -> None:
    out = tmp_path / "q.csv"
    result = kompass("export", DEMO, "-o", out)
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert b"\r\n" in data
    rows = _csv_rows(data)
    assert len(rows) == 45
    assert list(rows[0]) == [
        "area",
        "question",
        "text",
        "max",
        "score",
        "not_applicable",
    ]  # the private comments only with --comments (tests/test_private_comments.py)
    first = rows[0]
    assert (first["area"], first["question"], first["max"], first["score"]) == (
        "1",
        "1.1",
        "15",
        "7.5",
    )
    assert first["not_applicable"] == "no"
    assert first["text"].startswith("Finns en plan")
    assert sum(Decimal(r["score"]) for r in rows) == Decimal("491.2")


def test_export_csv_leaves_unscored_empty_and_defuses_formulas(
    new_session_file: Path, catalog: Catalog
) -> None:
    loaded = load_session(new_session_file, catalog)
    loaded.session.set_comment("1.2", HOSTILE)
    loaded.session.set_not_applicable("1.3", True)
    save_session(loaded.session, loaded.instrument, new_session_file)
    result = kompass("export", new_session_file, "--format", "csv", "--comments")
    assert result.returncode == 0
    rows = _csv_rows(result.stdout.encode("utf-8"))
    assert all(r["score"] == "" for r in rows)
    assert rows[2]["not_applicable"] == "yes"
    comment = rows[1]["comment"]
    assert comment.startswith("'=HYPERLINK")
    assert "\x1b" not in comment and "␛" in comment


def test_export_json_round_trips(tmp_path: Path) -> None:
    result = kompass("export", DEMO, "--format", "json", "--lang", "en")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["municipality"] == "Norrköping"
    questions = document["questions"]
    assert len(questions) == 45
    assert questions[0]["score"] == 7.5 and questions[0]["max"] == 15
    assert questions[0]["text"].startswith("Is there a plan")
    assert questions[0]["evidence"][0]["kind"] == "document"
    assert json.loads(json.dumps(document)) == document


def test_plan_csv_has_a_row_per_improvement_area(tmp_path: Path) -> None:
    out = tmp_path / "plan.csv"
    result = kompass("plan", DEMO, "--csv", "-o", out)
    assert result.returncode == 0, result.stderr
    rows = _csv_rows(out.read_bytes())
    assert len(rows) == 37
    assert list(rows[0]) == ["area", "improvement", "action", "owner", "due", "status"]
    row = next(r for r in rows if r["improvement"] == "Resultatredovisning på hemsidan")
    assert row["area"] == "1"
    assert row["action"].split("\n") == [
        "Samla verksamhetsresultat och jämförelser på en sida på hemsidan",
        "Lättlästa sammanfattningar av budget och bokslut på hemsidan",
    ]
    assert row["due"].split("\n") == ["2011-06-30", "2011-03-31"]
    assert row["status"].split("\n") == ["planned", "planned"]
    empty = next(r for r in rows if r["improvement"] == "Fler inslag av medborgardialog")
    assert (empty["action"], empty["owner"], empty["due"], empty["status"]) == ("", "", "", "")


def test_plan_by_action_has_a_row_per_action(tmp_path: Path) -> None:
    result = kompass("plan", DEMO, "--by-action")
    assert result.returncode == 0, result.stderr
    rows = _csv_rows(result.stdout.encode("utf-8"))
    # 5 example actions on 4 improvement areas; the other 33 keep one empty row each.
    assert len(rows) == 5 + 33
    assert sum(1 for r in rows if r["action"]) == 5
    done = next(r for r in rows if r["status"] == "done")
    assert done["owner"] == "personalkontoret"


def test_plan_markdown_lists_every_area_with_its_actions() -> None:
    result = kompass("plan", DEMO, "--lang", "en")
    assert result.returncode == 0
    text = result.stdout
    assert text.startswith("# Action plan for Norrköping")
    assert text.count("\n## ") == 8
    assert "| Resultatredovisning på hemsidan | Samla verksamhetsresultat" in text
    assert "started" in text and "*No actions yet.*" in text


def test_the_word_report_has_headings_tables_chart_and_literal_text(
    demo_copy: Path, catalog: Catalog, tmp_path: Path
) -> None:
    loaded = load_session(demo_copy, catalog)
    session = loaded.session
    session.set_findings("1.1", HOSTILE + "\n\n*inte kursiv* [länk](http://x)")
    session.add_evidence("1.2", Evidence("document", "plan", HOSTILE))
    notes = session.areas["1"]
    notes.improvements.append(HOSTILE.replace("\x1b", "").replace("\x07", ""))
    session.add_action("1", Action(notes.improvements[-1], "Göra"))
    save_session(session, loaded.instrument, demo_copy)
    out = tmp_path / "rapport.docx"
    result = kompass("export", demo_copy, "-o", out, "--sources")
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(out))
    headings = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style is not None and p.style.name != "Normal"
    ]
    names = [text for style, text in headings if style.startswith(("Heading", "Title"))]
    assert names[0] == "Kommunkompassen (reviderad 2010)"
    assert ("Heading 1", "1 Vad är Kommunkompassen?") in headings
    assert ("Heading 2", "Område 1 Offentlighet och demokrati") in headings
    assert ("Heading 3", "Sammanfattning område 1") in headings
    assert ("Heading 3", "Källor") in headings
    assert ("Heading 1", "5 Poängsammanställning") in headings
    first_row = [c.text for c in document.tables[1].rows[0].cells]
    assert first_row[:4] == ["Område", "Nuvarande poängskala", "Max", "%"]
    area_ids = {str(number) for number in range(1, 9)}
    score_tables = [t for t in document.tables if t.rows[0].cells[0].text in area_ids]
    assert len(score_tables) == 8  # one score table per area
    assert len(document.inline_shapes) == 1  # the chart
    text = "\n".join(p.text for p in document.paragraphs)
    literal = HOSTILE.replace("\x1b", "␛").replace("\x07", "␇")
    assert literal in text
    assert "*inte kursiv* [länk](http://x)" in text
    with zipfile.ZipFile(out) as package:
        body = package.read("word/document.xml").decode("utf-8")
    assert "&lt;w:t&gt;&amp;amp;&lt;/w:t&gt;" in body  # typed markup stays text
    # No typed text becomes a field: the body's only field is kompass's table of contents.
    assert "fldSimple" not in body and body.count("<w:fldChar ") == 3
    assert re.findall(r"<w:instrText[^>]*>([^<]*)<", body) == ['TOC \\o "1-1" \\h \\z \\u']


def test_docx_needs_an_output_file() -> None:
    result = kompass("export", DEMO, "--format", "docx")
    assert result.returncode == 1 and "-o FILE.docx" in result.stderr


def _validator() -> jsonschema.Draft202012Validator:
    from kompass_tui.core.report.data_out import SCHEMA_FILE, export_schema

    assert SCHEMA_FILE.parent.name == "report" and SCHEMA_FILE.is_file()  # in the package
    schema = export_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_export_json_follows_its_shipped_schema_with_areas_and_totals(tmp_path: Path) -> None:
    result = kompass("export", DEMO, "--format", "json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    validator = _validator()
    assert list(validator.iter_errors(document)) == []
    assert document["schema_version"] == 1
    assert (document["instrument"], document["older_scale"]) == (
        "kommunkompassen-2010",
        "kommunkompassen-aldre",
    )
    assert document["total"] == {
        "points": 491.2,
        "max": 800,
        "scored_max": 800,
        "percent": 61.4,
        "scored": 45,
        "scorable": 45,
        "complete": True,
        "older_scale_total": 527.5,
    }
    area = document["areas"][0]
    assert (area["id"], area["title"], area["points"], area["max"]) == (
        "1",
        "Offentlighet och demokrati",
        47.5,
        100,
    )
    assert area["older_scale_total"] == 64 and "Kommun TV" in area["strengths"]
    plan = next(p for p in area["improvements"] if p["text"] == "Resultatredovisning på hemsidan")
    assert [a["due"] for a in plan["actions"]] == ["2011-06-30", "2011-03-31"]
    assert [b["municipality"] for b in document["benchmarks"]][:2] == ["Borås", "Örebro"]
    assert document["evaluators"] == ["Leif Eldås", "Gunnar Gidenstam"]
    broken = dict(document, areas=[dict(area, points="47,5")])
    assert list(validator.iter_errors(broken)), "the schema must catch a figure as text"


def test_export_json_of_a_new_session_has_no_figures_yet(new_session_file: Path) -> None:
    result = kompass("export", new_session_file, "--format", "json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert list(_validator().iter_errors(document)) == []
    total = document["total"]
    assert (total["points"], total["max"], total["percent"], total["scored"]) == (
        None,
        800,
        None,
        0,
    )
    assert all(q["score"] is None for q in document["questions"])


def test_compare_csv_has_the_median_and_mean_rows_asked_for(tmp_path: Path) -> None:
    tabell_2 = DEMO.parents[1] / "benchmarks" / "tabell-2-norrkoping-2010.toml"
    plain = kompass("compare", DEMO, tabell_2, "--format", "csv")
    assert plain.returncode == 0, plain.stderr
    assert not plain.stdout.lstrip("\ufeff").startswith("row,")  # as before without them
    result = kompass("compare", DEMO, tabell_2, "--median", "--mean", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = _csv_rows(result.stdout.encode("utf-8"))
    assert [r["row"] for r in rows] == ["evaluation"] * 6 + ["median", "mean"]
    median, mean = rows[-2:]
    # Tabell 2's five and Norrköping's older-scale totals: 455 461 527.5 550.5 557.5 659.5
    assert (Decimal(median["total"]), median["n"], median["max"]) == (539, "6", "800")
    assert (Decimal(median["area_1"]), median["area_1_n"]) == (Decimal("71.5"), "6")
    assert (
        Decimal(mean["total"])
        == (
            Decimal("455")
            + 461
            + Decimal("527.5")
            + Decimal("550.5")
            + Decimal("557.5")
            + Decimal("659.5")
        )
        / 6
    )
    assert rows[0]["n"] == "" and rows[0]["area_1_n"] == ""


def test_compare_csv_refuses_trend_saying_why() -> None:
    result = kompass(
        "compare",
        DEMO,
        DEMO.parents[1] / "benchmarks" / "tabell-2-norrkoping-2010.toml",
        "--trend",
        "--format",
        "csv",
        "--lang",
        "en",
    )
    assert result.returncode == 1 and result.stdout == ""
    assert "--trend adds no rows to --format csv" in result.stderr
