"""The municipality's answer in session files and the `[questionnaire]` table of an
instrument: what loads, what is refused and named by its key path."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import LoadError
from kompass_tui.core.session.model import new_session
from kompass_tui.core.session.practice import ANSWER, Evidence
from kompass_tui.core.session.toml_io import load_session, save_session
from tests.helpers import DEMO, SMALL_INSTRUMENT, parse_instrument_text

DIGEST = "a" * 64
HEAD = DEMO.read_text(encoding="utf-8")


def _with(tmp_path: Path, block: str) -> Path:
    path = tmp_path / "s.toml"
    path.write_text(HEAD + "\n" + block, encoding="utf-8")
    return path


def test_an_answer_round_trips_unjudged_with_its_digest(tmp_path: Path) -> None:
    catalog = Catalog.default()
    loaded = load_session(DEMO, catalog)
    answer = Evidence(
        ANSWER, "", "svar.docx", "", date(2010, 1, 4), "Ja.\n\n- Plan\n- Uppföljning", DIGEST
    )
    loaded.session.add_evidence("1.1", answer, 0)
    path = tmp_path / "s.toml"
    save_session(loaded.session, loaded.instrument, path)
    text = path.read_text(encoding="utf-8")
    assert 'kind = "answer"' in text and f'digest = "{DIGEST}"' in text
    again = load_session(path, catalog)
    assert again.session.evidence["1.1"][0] == answer


@pytest.mark.parametrize(
    ("block", "problem"),
    [
        (
            f'[[evidence."1.1"]]\nkind = "document"\nstatus = "practice"\n'
            f'reference = "Plan"\ndigest = "{DIGEST}"\n',
            "only the municipality's answer has a digest",
        ),
        (
            '[[evidence."1.1"]]\nkind = "answer"\nreference = "svar.docx"\ndigest = "abc"\n',
            "must be a SHA-256 digest (64 hexadecimal digits)",
        ),
        ('[[evidence."1.1"]]\nkind = "document"\nreference = "Plan"\n', "status: missing"),
    ],
)
def test_bad_answers_are_named(tmp_path: Path, block: str, problem: str) -> None:
    # The demo has evidence for 1.1 already: the new block is its last entry.
    path = _with(tmp_path, block)
    with pytest.raises(LoadError) as failure:
        load_session(path, Catalog.default())
    lines = [str(p) for p in failure.value.problems]
    assert any('evidence."1.1"[' in line and problem in line for line in lines), lines


def test_check_evidence_lets_only_answers_go_unjudged() -> None:
    session = new_session(parse_instrument_text(SMALL_INSTRUMENT, "mini"), "Borås")
    session.add_evidence("A1", Evidence(ANSWER, "", "svar.docx", digest=DIGEST))
    session.add_evidence("A1", Evidence(ANSWER, "practice", "svar.docx"))
    with pytest.raises(ValueError, match="status"):
        session.add_evidence("A1", Evidence("document", "", "Plan"))
    with pytest.raises(ValueError, match="digest"):
        session.add_evidence("A1", Evidence("document", "practice", "Plan", digest=DIGEST))


def test_an_instruments_questionnaire_table_is_checked() -> None:
    good = SMALL_INSTRUMENT + (
        '[questionnaire.areas."A"]\nintro.en = "I"\nintro.sv = "I"\n'
        'documents = [{ en = "D", sv = "D" }]\n'
        '[questionnaire.questions."A1"]\nguidance.en = "G"\nguidance.sv = "G"\n'
    )
    instrument = parse_instrument_text(good, "mini")
    assert instrument.questionnaire.guidance["A1"] == {"en": "G", "sv": "G"}
    assert instrument.questionnaire.areas["A"].documents == ({"en": "D", "sv": "D"},)
    bad = SMALL_INSTRUMENT + (
        '[questionnaire.areas."Z"]\nintro.en = "I"\nintro.sv = "I"\n'
        '[questionnaire.questions."A1"]\nguidance.en = "G"\n'
        '[questionnaire.areas."B"]\ndocuments = "D"\nnotes = 1\n'
    )
    with pytest.raises(LoadError) as failure:
        parse_instrument_text(bad, "mini")
    lines = [str(p) for p in failure.value.problems]
    assert any("questionnaire.areas.Z: no such id" in line for line in lines), lines
    assert any(
        "questionnaire.questions.A1.guidance.sv: missing translation" in line for line in lines
    ), lines
    assert any("questionnaire.areas.B.documents: must be a list" in line for line in lines), lines
    assert any("questionnaire.areas.B.notes" in line for line in lines), lines


def test_a_revision_keeps_the_judgement_of_an_unchanged_answer() -> None:
    from dataclasses import replace

    from kompass_tui.core.questionnaire.answers import ReadQuestionnaire
    from kompass_tui.core.questionnaire.identity import QuestionnaireIdentity
    from kompass_tui.core.questionnaire.intake import take_in

    loaded = load_session(DEMO, Catalog.default())
    session, instrument = loaded.session, loaded.instrument
    identity = QuestionnaireIdentity.of(session, instrument, "demo.toml")
    first = ReadQuestionnaire(identity, {"1.1": "Ja.", "1.2": "Hemsidan."})
    take_in(session, instrument, first, "svar.docx", "1" * 64, date(2010, 1, 5))
    judged = replace(session.evidence["1.1"][0], status="practice")  # an evaluator's verdict
    session.replace_evidence("1.1", 0, judged)
    revised = ReadQuestionnaire(identity, {"1.1": "Ja.", "1.2": "Hemsidan och tidningen."})
    result = take_in(session, instrument, revised, "svar.docx", "2" * 64, date(2010, 1, 8))
    assert (result.changed, result.added, result.withdrawn) == (["1.2"], [], [])
    assert result.revises == date(2010, 1, 5)
    assert session.evidence["1.1"][0].status == "practice"
    assert session.evidence["1.2"][0].status == ""
    assert session.evidence["1.1"][0].digest == "2" * 64
