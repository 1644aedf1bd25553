"""An instrument unlike Kommunkompassen, end to end through the real `kompass` (#14).

`tests/instruments/twelve-areas.toml`: twelve areas, a one-question area (12), maxima 7,5,
100 and 2,25, a long title (area 1) and three languages (sv, en, nb).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.scoring.totals import session_score
from kompass_tui.core.session.toml_io import load_session, save_session
from tests.helpers import kompass
from tests.test_report_support import area_tables, results_table

INSTRUMENTS = Path(__file__).resolve().parent / "instruments"
TWELVE = "twelve-areas"
D = Decimal


@pytest.fixture
def twelve() -> Instrument:
    return Catalog.default([INSTRUMENTS]).get(TWELVE)


def test_it_loads_and_validates(twelve: Instrument) -> None:
    assert len(twelve.areas) == 12 and twelve.languages == ("sv", "en", "nb")
    assert [len(a.questions) for a in twelve.areas][-1] == 1
    assert {q.max for q in twelve.questions} == {D("7.5"), D(100), D("2.25")}
    assert len(twelve.areas[0].title["sv"]) > 80
    result = kompass("validate", INSTRUMENTS / f"{TWELVE}.toml")
    assert result.returncode == 0, result.stderr
    assert "instrument twelve-areas, 12 areas, 34 questions, max 1209.5" in result.stdout
    listing = kompass("criteria", TWELVE, "--criteria-dir", INSTRUMENTS)
    assert listing.returncode == 0, listing.stderr
    assert "1.3" in listing.stdout and "2,25" in listing.stdout


@pytest.fixture
def scored_session(tmp_path: Path, twelve: Instrument) -> Path:
    path = tmp_path / "moss.toml"
    made = kompass(
        "new", path, "--municipality", "Moss", "--criteria", TWELVE, "--date", "2024-05-02",
        "--no-open", "--criteria-dir", INSTRUMENTS,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    loaded = load_session(path, Catalog.default([INSTRUMENTS]))
    session = loaded.session
    for question_id, score in {"1.1": "3.75", "1.2": "87.5", "1.3": "1.13", "12.1": "2.25"}.items():
        session.set_score(twelve, question_id, D(score))
    for area in twelve.areas[1:11]:
        for question in area.questions:
            session.set_score(twelve, question.id, question.max * D("0.4"))
    session.set_score(twelve, "11.2", None)  # unscored: not 0
    session.set_not_applicable("11.3", True)
    save_session(session, twelve, path)
    return path


def test_export_shows_two_decimals_as_entered(scored_session: Path) -> None:
    result = kompass("export", scored_session, "--criteria-dir", INSTRUMENTS)
    assert result.returncode == 0, result.stderr
    summary, area_1 = results_table(result.stdout), area_tables(result.stdout)["1"]
    rows = {row[0]: row for row in area_1}
    assert rows["1.1"][2:5] == ["3,75", "7,5", "50 %"]
    assert rows["1.3"][2:5] == ["1,13", "2,25", "50 %"]
    # 3,75 + 87,5 + 1,13 = 92,38 of 109,75: shown exactly, not 92,4.
    assert area_1[-1][1:5] == ["Totalt område 1", "92,38", "109,75", "84 %"]
    # The results table (Tabell 1) prints whole points, and `--exact` the exact figures.
    assert summary[1][1:4] == ["92", "109,75", "84 %"]
    exact = kompass("export", scored_session, "--criteria-dir", INSTRUMENTS, "--exact")
    assert results_table(exact.stdout)[1][1:4] == ["92,38", "109,75", "84 %"]
    # Area 11: 11.2 unscored (not 0: 3 of 7,5 is 40 %), 11.3 not applicable (max 107,5).
    area_11 = next(row for row in results_table(exact.stdout) if row[0].startswith("11."))
    assert area_11[1:4] == ["3,0", "107,5", "40 %"]
    assert "> **Utvärderingen är inte klar.** 32 av 33 frågor är bedömda." in result.stdout
    english = kompass("export", scored_session, "--criteria-dir", INSTRUMENTS, "--lang", "en")
    assert english.returncode == 0, english.stderr
    assert "| 1.3 | Question 1.3? | 1.13 | 2.25 | 50 % |" in english.stdout


def test_totals_of_the_session(scored_session: Path, twelve: Instrument) -> None:
    session = load_session(scored_session, Catalog.default([INSTRUMENTS])).session
    score = session_score(session, twelve)
    assert (score.scored, score.scorable, score.complete) == (32, 33, False)
    assert score.max == twelve.max - D("2.25")  # 11.3 does not apply
    assert score.scored_max == score.max - 100  # 11.2 (max 100) is not scored
    assert score.percent == score.total * 100 / score.scored_max
