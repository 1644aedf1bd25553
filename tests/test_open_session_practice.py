"""The open session's edits of sources, interviews and actions (#17, the one editing API of
#10): each refuses a session open elsewhere, changes it, marks it unsaved and says what
changed; an edit that changes nothing does none of that."""

from __future__ import annotations

import socket
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from kompass_tui.core.files.locks import LockInfo
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.change import ReadOnlyError, SessionChange
from kompass_tui.core.session.model import PlanError
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.core.session.practice import Action, Evidence, Interview
from kompass_tui.core.session.toml_io import load_session
from tests.helpers import reevaluation

SOURCE = Evidence("document", "practice", "Årsredovisningen", date=date(2009, 12, 31))
TALK = Interview(3, "manager", date=date(2010, 1, 25), areas=("1", "2"))


def opened(path: Path, catalog: Catalog) -> tuple[OpenSession, list[SessionChange]]:
    """A session open for editing and the changes it signals."""
    state = OpenSession.from_loaded(load_session(path, catalog), "sv")
    changes: list[SessionChange] = []
    state.subscribe(changes.append)
    return state, changes


def test_sources_are_added_replaced_and_deleted_with_a_change_each(
    new_session_file: Path, catalog: Catalog
) -> None:
    state, changes = opened(new_session_file, catalog)
    state.add_evidence("1.2", SOURCE)
    assert state.dirty and changes == [SessionChange("evidence", "1.2", "1")]
    state.replace_evidence("1.2", 0, SOURCE)  # the same: nothing happens
    assert len(changes) == 1
    state.replace_evidence("1.2", 0, replace(SOURCE, status="plan"))
    assert state.evidence_of("1.2") == [replace(SOURCE, status="plan")]
    state.delete_evidence("1.2", 0)
    assert state.session.evidence == {} and len(changes) == 3
    with pytest.raises(ValueError, match="kind"):
        state.add_evidence("1.2", Evidence("rumour", "plan", "x"))


def test_the_interview_log_and_the_plan_signal_their_own_changes(
    demo_copy: Path, catalog: Catalog
) -> None:
    state, changes = opened(demo_copy, catalog)
    state.add_interview(TALK, 0)
    state.replace_interview(0, replace(TALK, people=4))
    state.delete_interview(1)
    assert state.interview_log() == [replace(TALK, people=4)]
    assert [c.kind for c in changes] == ["interviews"] * 3
    changes.clear()
    improvement = state.list_items("improvements", "1")[1]
    state.add_action("1", Action(improvement, "Dialogmöten"))
    assert state.next_action_status("1", 3) == "started"
    assert state.next_action_status("1", 3) == "done"
    state.delete_action("1", 3)
    assert changes == [SessionChange("plan", area_id="1")] * 4
    with pytest.raises(PlanError):
        state.add_action("1", Action("Inget sådant förbättringsområde", "x"))
    statuses = [state.next_action_status("1", 0) for _ in range(4)]
    assert statuses == ["done", "dropped", "planned", "started"]  # round to where it was


def test_a_session_open_elsewhere_refuses_every_edit(demo_copy: Path, catalog: Catalog) -> None:
    state, changes = opened(demo_copy, catalog)
    state.lock_holder = LockInfo("eva", socket.gethostname(), 1, "2026-01-01T09:00:00+01:00")
    edits = [
        lambda: state.add_evidence("1.1", SOURCE),
        lambda: state.replace_evidence("1.1", 0, SOURCE),
        lambda: state.delete_evidence("1.1", 0),
        lambda: state.add_interview(TALK),
        lambda: state.replace_interview(0, TALK),
        lambda: state.delete_interview(0),
        lambda: state.add_action("1", replace(state.actions_of("1")[0], action="x")),
        lambda: state.replace_action("1", 0, replace(state.actions_of("1")[0], action="x")),
        lambda: state.delete_action("1", 0),
        lambda: state.next_action_status("1", 0),
    ]
    before = load_session(demo_copy, catalog).session
    for edit in edits:
        with pytest.raises(ReadOnlyError):
            edit()
    assert state.session == before and not state.dirty and changes == []


def test_the_earlier_evaluation_is_kept_once_found_without_marking_anything_unsaved(
    tmp_path: Path, catalog: Catalog
) -> None:
    state, changes = opened(reevaluation(tmp_path), catalog)
    found = state.find_earlier(catalog)
    assert found is not None and found.warnings == []
    assert state.earlier is None  # finding reads files and changes nothing
    state.show_earlier(found)
    assert changes == [SessionChange("earlier")] and not state.dirty
    assert str(state.earlier_by_question["1.1"].score) == "7.5"
    assert str(state.earlier_by_area["1"].total) == "47.5"
    assert state.earlier_by_area["1"].improvements[0].actions[0].status == "started"
