"""`kompass consensus`: merging conflicting evaluations, the disputes kept, the refusals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.scoring.disputes import is_too_far, proposed_score, spread_text
from kompass_tui.core.scoring.numbers import ScoreError
from kompass_tui.core.session.consensus import (
    ConsensusError,
    Source,
    merge_sessions,
    parse_threshold,
    sources_for,
)
from kompass_tui.core.session.model import Session, new_session
from kompass_tui.core.session.toml_io import load_session, save_session
from tests.helpers import DEMO, SMALL_INSTRUMENT, examples, kompass, parse_instrument_text

D = Decimal
_MINI = parse_instrument_text(SMALL_INSTRUMENT, "mini")


def evaluation(
    instrument: Instrument, evaluators: list[str], scores: dict[str, str], day: int = 1
) -> Session:
    session = new_session(instrument, "Lund", [date(2009, 3, day)], evaluators)
    for question_id, score in scores.items():
        session.set_score(instrument, question_id, D(score))
    return session


def conflicting(mini: Instrument, folder: Path) -> tuple[Path, Path]:
    """Anna and Bo: A1 far apart (spread 3 > 20 % of 7,5), A2 close (2 ≤ 20 % of 12)."""
    anna = evaluation(mini, ["Anna"], {"A1": "7", "A2": "6", "B1": "2"})
    anna.set_comment("A1", "Plan finns.")
    anna.area_notes("A").strengths = ["Tydlig plan", "Öppna möten"]
    anna.area_notes("A").improvements = ["Uppföljning"]
    bo = evaluation(mini, ["Bo"], {"A1": "4", "A2": "8", "B1": "2.25"}, day=2)
    bo.set_comment("A1", "Planen är gammal.")
    bo.area_notes("A").strengths = ["tydlig  plan", "Bra webb"]
    bo.set_not_applicable("B1", True)
    paths = folder / "anna.toml", folder / "bo.toml"
    save_session(anna, mini, paths[0])
    save_session(bo, mini, paths[1])
    return paths


def test_proposed_score_is_the_exact_mean_within_max() -> None:
    assert proposed_score([D(7), D(8)], D(15)) == D("7.5")
    assert proposed_score([D("7.5"), D(8)], D(15)) == D("7.75")  # exact, not rounded
    assert proposed_score([D("7.25")] * 3, D(15)) == D("7.25")
    assert proposed_score([D("7.25"), D("7.25")], D("7.25")) == D("7.25")
    assert proposed_score([D("0.05")], D(1)) == D("0.05")
    # A mean with more than two decimals is stored half-up to two: a score holds two.
    assert proposed_score([D(1), D(1), D(2)], D(3)) == D("1.33")
    assert proposed_score([D(7), D("7.25"), D("7.25")], D(15)) == D("7.17")
    assert proposed_score([D("0.01"), D("0.02")], D(1)) == D("0.02")  # 0,015 half-up


def test_threshold_parsing() -> None:
    assert parse_threshold("20") == D(20)
    assert parse_threshold("12,5 %") == D("12.5")
    for bad in ("-1", "101", "x", "1.234"):
        with pytest.raises(ScoreError):
            parse_threshold(bad)


def test_conflicting_inputs(tmp_path: Path, mini: Instrument) -> None:
    catalog = Catalog.default([tmp_path / "criteria"])
    a, b = conflicting(mini, tmp_path)
    loaded = [load_session(p, catalog) for p in (a, b)]
    sources = sources_for([(item.session, item.path) for item in loaded])
    result = merge_sessions(sources, mini, D(20))
    session = result.session
    assert session.scores == {"A1": D("5.5"), "A2": D(7), "B1": D(2)}
    assert session.not_applicable == set()  # only Bo found B1 not applicable
    assert session.dates == [date(2009, 3, 1), date(2009, 3, 2)]
    assert session.evaluators == ["Anna", "Bo"]
    by_id = {m.question.id: m for m in result.questions}
    assert (by_id["A1"].spread, by_id["A1"].disputed) == (D(3), True)  # 3 > 1,5
    assert (by_id["A2"].spread, by_id["A2"].disputed) == (D(2), False)  # 2 ≤ 2,4
    assert by_id["B1"].disputed and by_id["B1"].not_applicable == ("Bo",)
    assert list(result.notes.disputes) == ["A1", "B1"]
    assert result.notes.disputes["A1"].scores == {"Anna": D(7), "Bo": D(4)}
    # No names in any text: both comments kept, each evaluator's version in a disagreement.
    assert session.comments["A1"] == "Plan finns.\n\nPlanen är gammal."
    assert result.notes.texts["comments.A1"].versions == {
        "Anna": "Plan finns.",
        "Bo": "Planen är gammal.",
    }
    notes = session.areas["A"]
    assert notes.strengths == ["Tydlig plan", "Öppna möten", "Bra webb"]  # spacing, case aside
    assert notes.improvements == ["Uppföljning"]
    assert result.notes.authors_of("areas.A.strengths", "Tydlig plan") == ("Anna", "Bo")
    assert result.notes.authors_of("areas.A.strengths", "Bra webb") == ("Bo",)
    # A lower threshold puts A2 on the list too; exactly at the threshold does not.
    assert "A2" in merge_sessions(sources, mini, D(16)).notes.disputes
    assert "A2" not in merge_sessions(sources, mini, D("16.67")).notes.disputes


def test_kompass_consensus_writes_and_keeps_disputes(tmp_path: Path, criteria: Path) -> None:
    mini = Catalog.default([criteria]).get("mini")
    a, b = conflicting(mini, tmp_path)
    out = tmp_path / "merged.toml"
    result = kompass("consensus", a, b, "-o", out, "--criteria-dir", criteria, "--lang", "sv")
    assert result.returncode == 0, result.stderr
    assert "2 frågor att diskutera (spridning över 20 % av frågans max)" in result.stdout
    assert "A1  spridning 3,0 / 7,5 = 40 %: Anna 7,0 · Bo 4,0 → förslag 5,5" in result.stdout
    assert "B1  Anna 2,0; ej tillämplig enligt Bo → förslag 2,0" in result.stdout
    text = out.read_text(encoding="utf-8")
    assert "[consensus.disputes.A1]" in text
    loaded = load_session(out, Catalog.default([criteria]))
    notes = loaded.session.consensus
    assert loaded.session.scores["A1"] == D("5.5")
    assert notes is not None and list(notes.disputes) == ["A1", "B1"]
    assert notes.threshold == D(20) and notes.sources == ["anna.toml", "bo.toml"]
    # The merged session validates, saves back unchanged.
    validated = kompass("validate", out, "--criteria-dir", criteria)
    assert validated.returncode == 0, validated.stderr
    save_session(loaded.session, loaded.instrument, tmp_path / "resaved.toml")
    assert (tmp_path / "resaved.toml").read_text(encoding="utf-8") == text
    notes.settle("A1")
    assert list(notes.disputes) == ["B1"]
    # The merged session compares like any other.
    compared = kompass("compare", a, out, "--criteria-dir", criteria, "-o", tmp_path / "c.md")
    assert compared.returncode == 0, compared.stderr

    again = kompass("consensus", a, b, "-o", out, "--criteria-dir", criteria)
    assert again.returncode == 1 and "already exists" in again.stderr
    assert out.read_text(encoding="utf-8") == text


def test_refusals(tmp_path: Path, criteria: Path, mini: Instrument) -> None:
    a, b = conflicting(mini, tmp_path)
    other_town = evaluation(mini, ["Cecilia"], {"A1": "1"})
    other_town.municipality = "Växjö"
    vaxjo = tmp_path / "vaxjo.toml"
    save_session(other_town, mini, vaxjo)
    broken = tmp_path / "broken.toml"
    broken.write_text(
        'schema = 1\nmunicipality = "Lund"\n[instrument]\nid = "mini"\n[scores]\nA9 = 1\n'
    )
    bench = tmp_path / "bench.toml"
    bench.write_text("benchmark = 1\nrecords = []\n")
    out = tmp_path / "out.toml"
    cases = [
        ((a,), "needs at least two sessions to merge, 1 given"),
        ((a, vaxjo), f"different municipalities: {a} (Lund), {vaxjo} (Växjö)"),
        ((a, DEMO), f"different instruments: {a} (mini), {DEMO} (kommunkompassen-2010)"),
        ((a, broken), f"{broken}: scores.A9: unknown question id"),
        ((a, bench), f"{bench}: is a benchmark file"),
        ((a, a), "given twice"),
    ]
    for files, message in cases:
        result = kompass("consensus", *files, "-o", out, "--criteria-dir", criteria)
        assert result.returncode == 1, (files, result.stderr)
        assert message in result.stderr and "Traceback" not in result.stderr
        assert not out.exists()
    bad = kompass("consensus", a, b, "-o", out, "--threshold", "abc", "--criteria-dir", criteria)
    assert bad.returncode == 2 and "--threshold" in bad.stderr and not out.exists()
    with pytest.raises(ConsensusError):
        merge_sessions([Source(evaluation(mini, [], {}), a, "x")], mini)


def test_authors_fall_back_to_file_names_and_stay_unique(mini: Instrument) -> None:
    nobody = evaluation(mini, [], {"A1": "1"})
    anna = evaluation(mini, ["Anna"], {"A1": "1"})
    sources = sources_for(
        [(nobody, Path("x/lund-a.toml")), (anna, Path("1.toml")), (anna, Path("2.toml"))]
    )
    assert [s.author for s in sources] == ["lund-a", "Anna (1.toml)", "Anna (2.toml)"]


def test_three_evaluators_alike_keep_their_two_decimals(mini: Instrument) -> None:
    people = [evaluation(mini, [n], {"A1": "7.25", "B1": "1.13"}) for n in "ABC"]
    sources = [Source(p, Path(f"{n}.toml"), n) for p, n in zip(people, "ABC", strict=True)]
    result = merge_sessions(sources, mini)
    assert result.session.scores == {"A1": D("7.25"), "B1": D("1.13")}
    assert result.rounded == [] and result.disputed == []


def test_a_mean_with_more_decimals_is_stored_to_two_and_listed(mini: Instrument) -> None:
    scores = ["7", "7.25", "7.25"]
    people = [evaluation(mini, [n], {"A1": s}) for n, s in zip("ABC", scores, strict=True)]
    sources = [Source(p, Path(f"{n}.toml"), n) for p, n in zip(people, "ABC", strict=True)]
    result = merge_sessions(sources, mini)
    assert result.session.scores["A1"] == D("7.17")
    (merge,) = result.rounded
    assert merge.mean is not None and merge.mean.quantize(D("0.0001")) == D("7.1667")
    assert not merge.disputed  # 0,25 of 7,5 is close enough; rounding alone is no dispute


def test_a_score_beside_a_blank_is_a_disagreement(mini: Instrument) -> None:
    anna = evaluation(mini, ["Anna"], {"A1": "5", "A2": "6"})
    bo = evaluation(mini, ["Bo"], {"A2": "6"})
    bo.set_not_applicable("B1", True)
    sources = sources_for([(anna, Path("anna.toml")), (bo, Path("bo.toml"))])
    result = merge_sessions(sources, mini)
    disputes = result.notes.disputes
    assert list(disputes) == ["A1", "B1"]
    assert disputes["A1"].scores == {"Anna": D(5)} and disputes["A1"].unscored == ["Bo"]
    # Not applicable beside a blank is a disagreement too; blank everywhere is not.
    assert disputes["B1"].not_applicable == ["Bo"] and disputes["B1"].unscored == ["Anna"]
    assert result.session.scores == {"A1": D(5), "A2": D(6)}  # the proposal, to discuss
    both_blank = merge_sessions(sources_for([(bo, Path("b1.toml")), (bo, Path("b2.toml"))]), mini)
    assert "A1" not in both_blank.notes.disputes


def test_kompass_consensus_lists_blanks_and_rounded_means(tmp_path: Path, mini: Instrument):
    criteria = tmp_path / "criteria"
    files = []
    for name, scores in [("anna", {"A1": "5", "A2": "7"}), ("bo", {"A2": "7.25"})]:
        files.append(tmp_path / f"{name}.toml")
        save_session(evaluation(mini, [name.title()], scores), mini, files[-1])
    files.append(tmp_path / "cecilia.toml")
    save_session(evaluation(mini, ["Cecilia"], {"A1": "5", "A2": "7.25"}), mini, files[-1])
    out = tmp_path / "merged.toml"
    result = kompass("consensus", *files, "-o", out, "--criteria-dir", criteria, "--lang", "sv")
    assert result.returncode == 0, result.stderr
    assert "A1  spridning 0,0 / 7,5 = 0 %: Anna 5,0 · Cecilia 5,0; ej bedömd av Bo" in (
        result.stdout
    )
    assert "medelvärden med fler än två decimaler, sparade avrundade:" in result.stdout
    assert "  A2  medelvärde 7,1666… → 7,17" in result.stdout
    loaded = load_session(out, Catalog.default([criteria]))
    notes = loaded.session.consensus
    assert loaded.session.scores["A2"] == D("7.17")
    assert notes is not None and notes.disputes["A1"].unscored == ["Bo"]
    assert 'unscored = [\n    "Bo",\n]' in out.read_text(encoding="utf-8")


def test_the_spread_is_shown_as_precisely_as_the_verdict_needs() -> None:
    assert spread_text(D("5.01"), D(25), D(20), "sv") == "5,01 / 25 = 20,04 %"
    assert spread_text(D(5), D(25), D(20), "sv") == "5,0 / 25 = 20 %"
    assert spread_text(D("4.99"), D(25), D(20), "en") == "4.99 / 25 = 19.96 %"
    assert is_too_far(D("5.01"), D(25), D(20)) and not is_too_far(D(5), D(25), D(20))


SCORE_SESSIONS = st.dictionaries(
    st.sampled_from(["A1", "A2", "B1"]),
    st.integers(0, 300).map(lambda cents: D(cents) / 100),
)


@settings(max_examples=examples(100), deadline=None)
@given(SCORE_SESSIONS, st.sets(st.sampled_from(["A1", "A2", "B1"])), st.integers(2, 4))
def test_consensus_of_identical_sessions_is_the_session(
    scores: dict[str, Decimal], not_applicable: set[str], count: int
) -> None:
    mini = _MINI
    session = new_session(mini, "Lund", [date(2009, 3, 1)], ["Anna"])
    for question_id, score in scores.items():
        session.set_score(mini, question_id, min(score, mini.question_by_id[question_id].max))
    for question_id in not_applicable:
        session.set_not_applicable(question_id, True)
    copies = [(session, Path(f"{index}.toml")) for index in range(count)]
    result = merge_sessions(sources_for(copies), mini)
    applicable = {q: s for q, s in session.scores.items() if q not in not_applicable}
    assert result.session.scores == applicable
    assert result.session.not_applicable == not_applicable
    assert result.notes.disputes == {} and result.rounded == []
