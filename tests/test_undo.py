"""Undo and redo of the open session's edits (#26): every kind of edit, one step per pause
in typing, a history that survives a save and forgets on a new version of the file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.scoring.disputes import ConsensusNotes, Dispute
from kompass_tui.core.session.change import SessionChange as Change
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.core.session.practice import Action, Evidence, Interview
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.core.session.undo import PAUSE


class Clock:
    """A clock the test moves on."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def opened(path: Path, catalog: Catalog) -> tuple[OpenSession, Clock, list[Change]]:
    """A session open for editing with a test clock, and the changes it signals."""
    state = OpenSession.from_loaded(load_session(path, catalog), "sv")
    clock = Clock()
    state.history.clock = clock
    changes: list[Change] = []
    state.subscribe(changes.append)
    return state, clock, changes


def type_score(state: OpenSession, text: str) -> None:
    """Characters typed into the current field."""
    for character in text:
        state.type_key(character, character)


def test_a_score_typed_over_another_comes_back_and_goes_again(
    demo_copy: Path, catalog: Catalog
) -> None:
    state, _, changes = opened(demo_copy, catalog)
    state.go_to_question("2.1")
    old = state.session.scores["2.1"]
    type_score(state, "12,5")  # four keystrokes, one visit of the field: one step
    assert state.session.scores["2.1"] == Decimal("12.5")
    changes.clear()
    step = state.undo()
    assert step is not None and (step.what, step.subject) == ("score", "2.1")
    assert state.session.scores["2.1"] == old and state.field_text("2.1") == "9,0"
    assert Change("score", "2.1", "2") in changes and state.dirty
    assert state.undo() is None  # nothing was edited before
    assert state.session.scores["2.1"] == old
    state.redo()
    assert state.session.scores["2.1"] == Decimal("12.5")
    assert state.redo() is None


def test_each_visit_of_a_field_is_its_own_step(demo_copy: Path, catalog: Catalog) -> None:
    state, _, _ = opened(demo_copy, catalog)
    state.go_to_question("1.1")
    old = state.session.scores["1.1"]
    type_score(state, "5")
    state.confirm()  # Enter: on to 1.2
    type_score(state, "6")
    state.undo()
    assert state.session.scores["1.1"] == Decimal(5)
    state.undo()
    assert state.session.scores["1.1"] == old


def test_not_applicable_and_a_typed_score_are_undone(
    new_session_file: Path, catalog: Catalog
) -> None:
    state, _, _ = opened(new_session_file, catalog)
    state.toggle_not_applicable("1.1")
    assert "1.1" in state.session.not_applicable
    step = state.undo()
    assert step is not None and step.what == "not_applicable"
    assert "1.1" not in state.session.not_applicable
    state.redo()
    assert "1.1" in state.session.not_applicable


def test_a_text_is_one_step_per_pause_in_typing(demo_copy: Path, catalog: Catalog) -> None:
    state, clock, _ = opened(demo_copy, catalog)
    original = state.text_of("findings", "1.1")
    for end in range(1, 6):  # typed without a pause
        state.set_text("findings", "1.1", original + "abcde"[:end])
        clock.now += 0.3
    clock.now += PAUSE + 1
    state.set_text("findings", "1.1", original + "abcde fgh")
    state.undo()
    assert state.text_of("findings", "1.1") == original + "abcde"
    state.undo()
    assert state.text_of("findings", "1.1") == original
    state.redo()
    state.redo()
    assert state.text_of("findings", "1.1") == original + "abcde fgh"


def test_a_deleted_strength_and_an_improvement_with_its_actions_come_back(
    demo_copy: Path, catalog: Catalog
) -> None:
    state, _, changes = opened(demo_copy, catalog)
    strengths = state.list_items("strengths", "2")
    state.delete_item("strengths", "2", 0)
    changes.clear()
    step = state.undo()
    assert step is not None and (step.what, step.subject) == ("strengths", "2")
    assert state.list_items("strengths", "2") == strengths
    assert changes == [Change("list", area_id="2")]
    improvement = state.list_items("improvements", "1")[0]
    state.add_action("1", Action(improvement, "Ny rutin"))
    actions = state.actions_of("1")
    state.delete_item("improvements", "1", 0)  # goes with its actions
    assert state.actions_of("1") != actions
    state.undo()
    assert state.actions_of("1") == actions
    assert state.list_items("improvements", "1")[0] == improvement
    state.undo()  # the action added
    assert all(a.action != "Ny rutin" for a in state.actions_of("1"))


def test_sources_and_interviews_are_undone(new_session_file: Path, catalog: Catalog) -> None:
    state, _, _ = opened(new_session_file, catalog)
    source = Evidence("document", "practice", "Årsredovisningen", date=date(2009, 12, 31))
    state.add_evidence("1.2", source)
    state.replace_evidence("1.2", 0, replace(source, status="plan"))
    state.undo()
    assert state.evidence_of("1.2") == [source]
    state.undo()
    assert state.session.evidence == {}
    state.add_interview(Interview(3, "manager", date=date(2010, 1, 25)))
    state.undo()
    assert state.interview_log() == []


def test_a_settled_disagreement_is_open_again_after_undo(demo_copy: Path, catalog: Catalog) -> None:
    state, _, _ = opened(demo_copy, catalog)
    dispute = Dispute(Decimal(6), {"Anna": Decimal(10), "Bo": Decimal(4)})
    state.session.consensus = ConsensusNotes(
        Decimal(20), ["anna.toml", "bo.toml"], {"1.1": dispute, "2.1": dispute}
    )
    assert state.settle("1.1")
    assert list(state.open_disputes()) == ["2.1"]
    step = state.undo()
    assert step is not None and step.what == "settle"
    assert list(state.open_disputes()) == ["1.1", "2.1"]  # in the instrument's order
    state.redo()
    assert list(state.open_disputes()) == ["2.1"]


def test_the_history_survives_a_save_and_a_new_edit_ends_redo(
    demo_copy: Path, catalog: Catalog
) -> None:
    state, _, _ = opened(demo_copy, catalog)
    old = state.session.scores["1.1"]
    state.set_score("1.1", Decimal(3))
    state.save()
    assert not state.dirty
    state.undo()
    assert state.session.scores["1.1"] == old and state.dirty
    state.set_score("1.2", Decimal(1))
    assert state.redo() is None
    reopened = OpenSession.from_loaded(load_session(demo_copy, catalog), "sv")
    assert reopened.undo() is None  # a restart starts without history
    assert reopened.session.scores["1.1"] == Decimal(3)


async def test_what_is_undone_goes_to_the_recovery_file(demo_copy: Path, catalog: Catalog) -> None:
    import asyncio

    from kompass_tui.core.session.recovery import recovery_path
    from tests.tui_helpers import workbench_app

    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.state is not None
        old = app.state.session.scores["1.1"]
        await pilot.press("f3", "3", "enter", "ctrl+s")
        await pilot.pause()
        assert load_session(demo_copy, catalog).session.scores["1.1"] == Decimal(3)
        await pilot.press("ctrl+z")  # after the save: the history is kept
        await pilot.pause()
        assert app.state.session.scores["1.1"] == old and app.state.dirty
        recovery = recovery_path(demo_copy)
        for _ in range(100):  # written within 2 s of an edit
            if recovery.exists():
                break
            await asyncio.sleep(0.1)
        assert load_session(recovery, catalog).session.scores["1.1"] == old


def test_a_text_typed_and_taken_back_leaves_nothing_to_undo(
    demo_copy: Path, catalog: Catalog
) -> None:
    state, _, _ = opened(demo_copy, catalog)
    original = state.text_of("comment", "1.1")
    state.set_text("comment", "1.1", original + "x")
    state.set_text("comment", "1.1", original)
    assert state.undo() is None


async def test_ctrl_z_in_an_open_text_is_the_texts_own_and_outside_it_the_sessions(
    demo_copy: Path,
) -> None:
    from kompass_tui.tui.widgets.editor_panel import EditorPanel
    from tests.tui_helpers import workbench_app

    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.state is not None
        old = app.state.session.scores["1.1"]
        comment = app.state.text_of("comment", "1.1")
        await pilot.press("f3", "3", "enter", "up", "ctrl+k", "x", "y")
        await pilot.pause()
        assert app.state.text_of("comment", "1.1").endswith("xy")
        await pilot.press("ctrl+z")  # the open text's own undo: the score stays
        await pilot.pause()
        assert app.state.text_of("comment", "1.1") == comment
        assert app.state.session.scores["1.1"] == Decimal(3)
        assert app.screen.query(EditorPanel)
        await pilot.press("escape", "ctrl+z")  # the text closed: the session's last edit
        await pilot.pause()
        assert app.state.session.scores["1.1"] == old
