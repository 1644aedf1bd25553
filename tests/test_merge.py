"""The three-way merge engine (`core/scoring/merge.py`): rules and properties."""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.session.merge import Side, merge_three
from kompass_tui.core.session.merge_parts import merge_list, merge_set, merge_text
from kompass_tui.core.session.model import Session
from kompass_tui.core.session.practice import Action
from kompass_tui.core.session.toml_io import load_session, session_to_toml
from tests.helpers import DEMO, SMALL_INSTRUMENT, parse_instrument_text

D = Decimal
MINI = parse_instrument_text(SMALL_INSTRUMENT, "mini")
QUESTIONS = [q.id for q in MINI.questions]


def demo() -> Session:
    return load_session(DEMO, Catalog.default()).session


def three(base: Session, ours: Session, theirs: Session, instrument: Instrument = MINI) -> Session:
    return merge_three(base, Side(ours, "Anna", "2026-03-02"), Side(theirs, "Bo"), instrument)


def toml(session: Session, instrument: Instrument = MINI) -> str:
    return session_to_toml(session, instrument)


# -- texts and lists --------------------------------------------------------------------------


def test_text_paragraphs_changed_on_each_side_merge() -> None:
    base = "Ett.\n\nTvå.\n\nTre."
    result = merge_text(base, "Ett, ändrat.\n\nTvå.\n\nTre.", "Ett.\n\nTvå.\n\nTre, ändrat.")
    assert not result.conflict
    assert result.text == "Ett, ändrat.\n\nTvå.\n\nTre, ändrat."


def test_a_paragraph_changed_on_both_sides_keeps_both_versions_without_markers() -> None:
    result = merge_text("Ett.\n\nTvå.", "Ett (A).\n\nTvå.", "Ett (B).\n\nTvå.")
    assert result.conflict
    assert result.ours == "Ett (A).\n\nTvå." and result.theirs == "Ett (B).\n\nTvå."
    assert result.text == "Ett (A).\n\nEtt (B).\n\nTvå."
    assert "<<<<" not in result.text and "====" not in result.text


def test_lists_keep_both_additions_and_respect_a_deletion() -> None:
    base = ["a", "b", "c"]
    ours = ["a", "b2", "c", "d"]  # b edited, d added
    theirs = ["a", "c", "e"]  # b deleted?  no: edited on our side wins
    assert merge_list(base, ours, theirs, str) == ["a", "b2", "c", "d", "e"]
    assert merge_list(base, ["a", "c"], base, str) == ["a", "c"]
    assert merge_set([1, 2], [1, 2, 3], [2, 4]) == [2, 3, 4]


# -- sessions -----------------------------------------------------------------------------------


def test_scores_one_side_taken_same_once_different_a_disagreement() -> None:
    base = Session("mini", "Lund", scores={"A1": D(5), "A2": D(5)})
    ours = copy.deepcopy(base)
    theirs = copy.deepcopy(base)
    ours.scores["A1"] = D(6)  # only ours
    ours.scores["A2"] = D(7)
    theirs.scores["A2"] = D(3)  # both, differently
    theirs.not_applicable.add("B1")  # only theirs
    merged = three(base, ours, theirs)
    assert merged.scores["A1"] == D(6) and "B1" in merged.not_applicable
    assert merged.consensus is not None
    dispute = merged.consensus.disputes["A2"]
    assert dispute.scores == {"Anna": D(7), "Bo": D(3)} and dispute.spread == D(4)
    assert dispute.when == {"Anna": "2026-03-02"}
    assert merged.scores["A2"] == D(5)  # the mean, meanwhile
    assert list(merged.consensus.disputes) == ["A2"]


def test_the_demo_merged_with_separate_changes_holds_both() -> None:
    instrument = Catalog.default().get("kommunkompassen-2010")
    base = demo()
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    ours.scores["1.1"] = D(9)
    ours.area_notes("1").strengths.append("Ny styrka A")
    theirs.scores["1.2"] = D(3)
    theirs.area_notes("1").strengths.append("Ny styrka B")
    first, *rest = base.report_sections["about_municipality"].split("\n\n")
    ours.report_sections["about_municipality"] = "\n\n".join(["A skrev om.", *rest])
    theirs.report_sections["about_municipality"] = "\n\n".join([first, *rest[:-1], "B."])
    merged = merge_three(base, Side(ours, "A"), Side(theirs, "B"), instrument)
    assert merged.scores["1.1"] == D(9) and merged.scores["1.2"] == D(3)
    assert merged.area_notes("1").strengths[-2:] == ["Ny styrka A", "Ny styrka B"]
    text = merged.report_sections["about_municipality"]
    assert text.startswith("A skrev om.") and text.endswith("\n\nB.")
    assert merged.consensus is None


def test_an_action_follows_its_improvement_renamed_on_the_other_side() -> None:
    base = Session("mini", "Lund")
    base.area_notes("A").improvements = ["Uppföljning"]
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    ours.area_notes("A").improvements = ["Uppföljning av mål"]
    theirs.area_notes("A").actions = [Action("Uppföljning", "Rapportera varje kvartal")]
    merged = three(base, ours, theirs)
    notes = merged.area_notes("A")
    assert notes.improvements == ["Uppföljning av mål"]
    assert [a.improvement for a in notes.actions] == ["Uppföljning av mål"]


# -- properties -------------------------------------------------------------------------------

scores = st.dictionaries(
    st.sampled_from(QUESTIONS), st.sampled_from([D(0), D(1), D("2.5"), D(4)]), max_size=4
)
lines = st.lists(st.sampled_from(["Ett.", "Två.", "", "Tre.", "Fyra."]), max_size=5)
items = st.lists(st.sampled_from(["s1", "s2", "s3", "s4"]), max_size=4, unique=True)


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    session = Session("mini", "Lund", evaluators=draw(items.map(lambda i: [f"E{x}" for x in i])))
    session.scores = draw(scores)
    session.not_applicable = set(draw(st.lists(st.sampled_from(QUESTIONS), max_size=2)))
    session.dates = sorted(draw(st.sets(st.sampled_from([date(2026, 1, d) for d in (1, 2, 3)]))))
    text = "\n".join(draw(lines)).strip("\n")
    if text.strip():
        session.findings["A1"] = text
    notes = session.area_notes("A")
    notes.strengths = draw(items)
    notes.notes = "\n".join(draw(lines)).strip("\n")
    for area in MINI.areas:
        session.area_notes(area.id)
    return session


@st.composite
def edited(draw: st.DrawFn, base: Session) -> Session:
    """The base with some of its parts replaced by freshly drawn ones."""
    other = draw(sessions())
    result = copy.deepcopy(base)
    for name in ("scores", "not_applicable", "dates", "findings", "evaluators"):
        if draw(st.booleans()):
            setattr(result, name, copy.deepcopy(getattr(other, name)))
    if draw(st.booleans()):
        result.areas["A"] = copy.deepcopy(other.areas["A"])
    return result


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_merge_of_unchanged_or_identical_sides_is_that_side(data: st.DataObject) -> None:
    base = data.draw(sessions())
    x = data.draw(edited(base))
    assert toml(three(base, x, x)) == toml(x)
    assert toml(three(base, base, x)) == toml(x)
    assert toml(three(base, x, base)) == toml(x)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_merge_is_deterministic_and_loses_nothing_either_side_changed(
    data: st.DataObject,
) -> None:
    base = data.draw(sessions())
    ours, theirs = data.draw(edited(base)), data.draw(edited(base))
    merged = three(base, ours, theirs)
    assert toml(merged) == toml(three(base, ours, theirs))
    notes = merged.consensus
    for side, who in ((ours, "Anna"), (theirs, "Bo")):
        for q in QUESTIONS:
            state = (side.scores.get(q), q in side.not_applicable)
            if state == (base.scores.get(q), q in base.not_applicable):
                continue
            kept = (merged.scores.get(q), q in merged.not_applicable) == state
            disputed = notes is not None and q in notes.disputes
            if disputed and notes is not None:
                dispute = notes.disputes[q]
                assert who in dispute.authors
                if state[1]:
                    assert who in dispute.not_applicable
                elif state[0] is not None:
                    assert dispute.scores[who] == state[0]
            assert kept or disputed
        for strength in side.area_notes("A").strengths:
            if strength not in base.area_notes("A").strengths:
                assert strength in merged.area_notes("A").strengths
        added = set(side.findings.get("A1", "").split("\n")) - set(
            base.findings.get("A1", "").split("\n")
        )
        in_text = set(merged.findings.get("A1", "").split("\n"))
        dispute_text = notes.texts.get("findings.A1") if notes is not None else None
        versions = dispute_text.versions.get(who, "") if dispute_text else ""
        for line in added:
            assert line in in_text or line in versions.split("\n")
        for day in side.dates:
            if day not in base.dates:
                assert day in merged.dates


def test_disagreements_and_the_log_survive_saving(tmp_path: Path) -> None:
    from kompass_tui.core.scoring.disputes import Settlement
    from kompass_tui.core.session.toml_io import save_session

    base = Session("mini", "Lund", scores={"A1": D(5)}, findings={"A1": "Ett.\n\nTvå."})
    for area in MINI.areas:
        base.area_notes(area.id)
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    ours.scores["A1"], theirs.scores["A1"] = D(6), D(2)
    ours.findings["A1"], theirs.findings["A1"] = "Ett A.\n\nTvå.", "Ett B.\n\nTvå."
    merged = three(base, ours, theirs)
    assert merged.consensus is not None
    assert merged.consensus.texts["findings.A1"].versions == {
        "Anna": "Ett A.\n\nTvå.",
        "Bo": "Ett B.\n\nTvå.",
    }
    merged.consensus.log.append(Settlement("A2", "Vi enades", "Anna", "2026-03-05T10:00", D(3)))
    path = tmp_path / "s.toml"
    save_session(merged, MINI, path)
    loaded = load_session(path, _catalog(tmp_path))
    assert loaded.session.consensus == merged.consensus


def _catalog(folder: Path) -> Catalog:
    (folder / "criteria").mkdir(exist_ok=True)
    (folder / "criteria" / "mini.toml").write_text(SMALL_INSTRUMENT, encoding="utf-8")
    return Catalog.default([folder / "criteria"])


@settings(max_examples=60, deadline=None)
@given(sessions(), sessions())
def test_evaluations_apart_merge_as_three_ways_from_an_empty_base(a: Session, b: Session) -> None:
    from kompass_tui.core.session.merge import merge_independent

    apart, _ = merge_independent([Side(a, "Anna"), Side(b, "Bo")], MINI, D(20), ["a", "b"])
    three_way = merge_three(None, Side(a, "Anna"), Side(b, "Bo"), MINI)
    assert apart.findings == three_way.findings
    assert apart.areas["A"].notes == three_way.areas["A"].notes
    assert apart.areas["A"].strengths == three_way.areas["A"].strengths
    assert apart.dates == three_way.dates
    texts = apart.consensus.texts if apart.consensus else {}
    assert texts == (three_way.consensus.texts if three_way.consensus else {})
