"""An instrument's report texts: question headings, `[report]` and its sections; each key
validated, none of them in the wording fingerprint."""

from __future__ import annotations

from pathlib import Path

import pytest

from kompass_tui.core.instrument.criteria import load_instrument
from kompass_tui.core.problems import LoadError
from tests.helpers import KK2010, SMALL_INSTRUMENT

REPORT = """
[report]
name.en = "the Mini instrument"
name.sv = "Mini-instrumentet"
older_scale_note.en = "Both scales."
older_scale_note.sv = "Båda skalorna."

[[report.sections]]
title.en = "What is it?"
title.sv = "Vad är det?"
text.en = "A test."
text.sv = "Ett test."
"""
WITH_HEADING = SMALL_INSTRUMENT.replace(
    'text.en = "One?"', 'heading.en = "Strategy"\nheading.sv = "Strategi"\ntext.en = "One?"'
)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mini.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_headings_and_report_texts_are_read(tmp_path: Path) -> None:
    instrument = load_instrument(_write(tmp_path, WITH_HEADING + REPORT))
    assert instrument.question_by_id["A1"].heading == {"en": "Strategy", "sv": "Strategi"}
    assert instrument.question_by_id["A2"].heading == {}
    assert instrument.report.name["sv"] == "Mini-instrumentet"
    assert instrument.report.older_scale_note["en"] == "Both scales."
    (section,) = instrument.report.sections
    assert (section.title["sv"], section.text["en"]) == ("Vad är det?", "A test.")


def test_report_texts_leave_the_wording_fingerprint_alone(tmp_path: Path) -> None:
    plain = load_instrument(_write(tmp_path, SMALL_INSTRUMENT))
    with_texts = load_instrument(_write(tmp_path, WITH_HEADING + REPORT))
    assert with_texts.wording_fingerprint == plain.wording_fingerprint
    assert with_texts.structure_fingerprint == plain.structure_fingerprint
    reworded = load_instrument(_write(tmp_path, SMALL_INSTRUMENT.replace("One?", "Uno?")))
    assert reworded.wording_fingerprint != plain.wording_fingerprint


def test_the_bundled_instrument_has_the_seeds_report_texts(catalog) -> None:
    instrument = catalog.get(KK2010)
    assert [s.title["sv"] for s in instrument.report.sections] == [
        "Vad är Kommunkompassen?",
        "Skillnad mellan den nya reviderade Kommunkompassen och den tidigare versionen",
    ]
    first = "Kommunkompassen är ett verktyg för utvärdering och analys av kommuners sätt"
    assert instrument.report.sections[0].text["sv"].startswith(first)
    assert instrument.report.sections[1].text["en"].endswith("possibly some way into 2011.")
    headings = [q.heading["sv"] for q in instrument.questions]
    assert headings[:5] == [
        "Strategi",
        "Information till medborgarna",
        "Information om resultat",
        "Medborgardialog",
        "Etik och motverkande av korruption",
    ]
    assert all(q.heading.get("en") for q in instrument.questions)
    # The fingerprint sessions were saved with before the report texts came.
    assert instrument.wording_fingerprint == "a52f05d1fc0be678"


BAD = [
    ("heading on two lines", ('heading.en = "Strategy"', 'heading.en = "Strat\\negy"'),
     'areas[0].questions[0].heading.en', "must be one line"),
    ("heading without a language", ('heading.sv = "Strategi"\n', ""),
     'areas[0].questions[0].heading.sv', "missing translation"),
    ("unknown report key", ('name.en = "the Mini', 'colour = 1\nname.en = "the Mini'),
     "report.colour", "unknown key"),
    ("section without text", ('text.sv = "Ett test."\n', ""), "report.sections[0].text.sv",
     "missing translation"),
    ("section title on two lines", ('title.en = "What is it?"', 'title.en = """What\nis it?"""'),
     "report.sections[0].title.en", "must be one line"),
    ("empty note", ('older_scale_note.sv = "Båda skalorna."', 'older_scale_note.sv = " "'),
     "report.older_scale_note.sv", "must be a non-empty string"),
]  # fmt: skip


@pytest.mark.parametrize(("label", "change", "key", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_report_texts_name_file_and_key(
    tmp_path: Path, label: str, change: tuple[str, str], key: str, message: str
) -> None:
    text = WITH_HEADING + REPORT
    assert change[0] in text
    path = _write(tmp_path, text.replace(change[0], change[1], 1))
    with pytest.raises(LoadError) as caught:
        load_instrument(path)
    where = f"{path}: {key}: "
    assert any(str(p).startswith(where) and message in str(p) for p in caught.value.problems), [
        str(p) for p in caught.value.problems
    ]


def test_a_report_that_is_no_table_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, 'report = "x"\n' + SMALL_INSTRUMENT)
    with pytest.raises(LoadError, match=r"mini.toml: report: must be a table \(\[report\]\)"):
        load_instrument(path)
