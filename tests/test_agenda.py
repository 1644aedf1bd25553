"""The consensus meeting in the core: the agenda's order, settling through OpenSession,
the log and the per-area figures."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path

import pytest

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.change import SessionChange as Change
from kompass_tui.core.session.merge import Side, merge_three
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.core.session.toml_io import load_session, save_session
from tests.helpers import DEMO

D = Decimal


def opened(tmp_path: Path) -> OpenSession:
    loaded = load_session(DEMO, Catalog.default())
    base = loaded.session
    anna, bo = copy.deepcopy(base), copy.deepcopy(base)
    anna.scores["1.1"], bo.scores["1.1"] = D(8), D(7)  # 1 of 15 apart
    anna.scores["1.2"], bo.scores["1.2"] = D(20), D(2)  # 18 of 20 apart: first
    anna.set_not_applicable("4.1", True)
    bo.scores["4.1"] = D(1)
    anna.area_notes("3").notes, bo.area_notes("3").notes = "A.", "B."
    anna.report_sections["closing"], bo.report_sections["closing"] = "A.", "B."
    merged = merge_three(base, Side(anna, "Anna"), Side(bo, "Bo"), loaded.instrument)
    path = tmp_path / "s.toml"
    save_session(merged, loaded.instrument, path)
    state = OpenSession.from_loaded(load_session(path, Catalog.default()), "sv")
    state.who = "Cia"
    return state


def test_the_agenda_takes_the_largest_spread_first_then_texts_in_report_order(
    tmp_path: Path,
) -> None:
    state = opened(tmp_path)
    places = [item.place for item in state.agenda()]
    assert places == ["1.2", "1.1", "4.1", "report.closing", "notes.3"]
    # 4.1: one side found it not applicable, the other scored 1 (spread 0 of 17).
    dispute = state.agenda()[2].score
    assert dispute is not None and dispute.not_applicable == ["Anna"]
    assert dispute.scores == {"Bo": D(1)}
    assert [(a.area_id, a.agreed, a.open) for a in state.agreement()] == [
        ("1", 0, 2),
        ("3", 0, 1),
        ("4", 0, 1),
        ("", 0, 1),
    ]


def test_settling_stores_logs_and_counts(tmp_path: Path) -> None:
    state = opened(tmp_path)
    changes: list[Change] = []
    state.subscribe(changes.append)
    state.settle_score("4.1", None, "  Gäller inte\nhär ")
    assert "4.1" in state.session.not_applicable and "4.1" not in state.session.scores
    state.settle_text("notes.3", "B.", "Bo har rätt")
    assert state.session.areas["3"].notes == "B."
    with pytest.raises(ValueError):
        state.settle_score("2.1", D(1), "ingen oenighet")
    with pytest.raises(ValueError):
        state.settle_score("1.2", D(21), "över max")
    log = state.session.consensus.log if state.session.consensus else []
    assert [(s.place, s.not_applicable, s.text, s.by) for s in log] == [
        ("4.1", True, None, "Cia"),
        ("notes.3", False, "B.", "Cia"),
    ]
    assert log[0].reason == "Gäller inte här"
    assert state.open_count() == 3 and state.dirty
    assert {c.kind for c in changes} >= {"dispute", "text"}
    assert ("4", 1, 0) in [(a.area_id, a.agreed, a.open) for a in state.agreement()]


def test_settling_on_the_agenda_is_undone_and_redone_whole(tmp_path: Path) -> None:
    """ctrl+z after settling takes back the settlement itself: the score, the disagreement
    and its log entry; ctrl+f settles it again."""
    state = opened(tmp_path)
    before_score = state.session.scores.get("1.2")
    before_notes = state.session.areas["3"].notes
    state.settle_score("1.2", D(11), "mitt emellan")
    state.settle_text("notes.3", "B.", "Bo har rätt")
    assert state.open_count() == 3
    undone = state.undo()
    assert undone is not None and undone.what == "settle"
    assert state.session.areas["3"].notes == before_notes
    assert "notes.3" in [i.place for i in state.agenda()]
    assert state.undo() is not None
    assert state.session.scores.get("1.2") == before_score
    assert "1.2" in [i.place for i in state.agenda()]
    assert state.session.consensus is not None and state.session.consensus.log == []
    assert state.redo() is not None and state.redo() is not None
    assert state.session.scores["1.2"] == D(11) and state.session.areas["3"].notes == "B."
    assert [s.place for s in state.session.consensus.log] == ["1.2", "notes.3"]
    assert state.open_count() == 3


def test_settling_the_municipality_is_undone_whole(tmp_path: Path) -> None:
    """A disagreement over the municipality's name, settled and undone: the name as it was
    and the disagreement open again; redone: the agreed name."""
    loaded = load_session(DEMO, Catalog.default())
    base = loaded.session
    anna, bo = copy.deepcopy(base), copy.deepcopy(base)
    anna.municipality, bo.municipality = "Norrköpings kommun", "Norrköping kommun"
    merged = merge_three(base, Side(anna, "Anna"), Side(bo, "Bo"), loaded.instrument)
    path = tmp_path / "s.toml"
    save_session(merged, loaded.instrument, path)
    state = OpenSession.from_loaded(load_session(path, Catalog.default()), "sv")
    state.who = "Cia"
    place = next(i.place for i in state.agenda() if "municipality" in i.place)
    before = state.session.municipality
    agreed = "Norrköping kommun" if before != "Norrköping kommun" else "Norrköpings kommun"
    state.settle_text(place, agreed, "stavning")
    assert state.session.municipality == agreed
    assert state.undo() is not None
    assert state.session.municipality == before
    assert place in [i.place for i in state.agenda()]
    assert state.redo() is not None
    assert state.session.municipality == agreed
