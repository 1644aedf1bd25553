"""Evidence beside the question and the interview log, in the workbench at 80x24 (#17).

Sources are added, edited and deleted from a question's score field (ctrl+u), the interview
log from the report tab; everything typed reaches the session as it is typed, so autosave
and the recovery file cover it, and keys typed fast land in order.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.practice import Evidence, Interview
from kompass_tui.core.session.recovery import recovery_path
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.tui.screens.choice_dialog import ChoiceDialog
from kompass_tui.tui.screens.evidence import EvidenceForm, EvidenceList
from kompass_tui.tui.screens.interviews import InterviewForm, InterviewList
from kompass_tui.tui.screens.workbench import WorkbenchScreen
from tests.test_tui_safety import claimed, stale_lock
from tests.tui_helpers import burst, place, row_of, type_text, until, workbench_app


async def settle(pilot) -> None:
    """Let everything posted be handled."""
    for _ in range(4):
        await pilot.pause()


def marks(app, question_id: str) -> str:
    """A question's marks line."""
    return str(row_of(app, question_id).query_one(".question-marks").render())


def problem(app) -> str:
    """What the form on top says is wrong."""
    return str(app.screen.query_one("#form-problem").render())


async def test_a_source_is_added_edited_and_deleted_beside_the_question(
    new_session_file: Path,
) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert place(app) == "1.1"
        await pilot.press("ctrl+u")
        await settle(pilot)
        assert isinstance(app.screen, EvidenceList)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, EvidenceForm)
        # Kind by its letter, status with ←, then reference, date, what it shows and,
        # last (an interview's own field, #20), the role.
        await pilot.press("i", "tab", "left", "tab")
        await type_text(pilot, "intervjuerna")
        await pilot.press("tab")
        await type_text(pilot, "2010-01-25")
        await pilot.press("tab")
        await type_text(pilot, "En plan finns")
        await pilot.press("tab", "right", "enter")
        await settle(pilot)
        assert isinstance(app.screen, EvidenceList)
        assert app.state is not None
        first = Evidence(
            "interview", "plan", "intervjuerna", "politician", date(2010, 1, 25), "En plan finns"
        )
        assert app.state.session.evidence == {"1.1": [first]}
        # Enter edits: the reference field's text is replaced by what is typed.
        await pilot.press("enter", "tab", "tab", "ctrl+u")
        await type_text(pilot, "kommunstyrelsen")
        await pilot.press("enter")
        await settle(pilot)
        assert app.state.session.evidence["1.1"][0].reference == "kommunstyrelsen"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, WorkbenchScreen) and place(app) == "1.1"
        assert "§ 1 källa" in marks(app, "1.1")
        await pilot.press("ctrl+u", "d")
        await settle(pilot)
        assert app.state.session.evidence == {}
        await pilot.press("escape", "ctrl+s")
        await settle(pilot)
        assert "källa" not in marks(app, "1.1")
    assert load_session(new_session_file, Catalog.default()).session.evidence == {}


async def test_a_source_is_saved_and_escape_puts_back_the_one_edited(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3", "ctrl+u")
        await settle(pilot)
        assert app.state is not None
        before = app.state.evidence_of("1.1")
        await pilot.press("down", "enter", "tab", "tab", "ctrl+u")
        await type_text(pilot, "Kommunikationsplan")
        await settle(pilot)
        assert app.state.session.evidence["1.1"][1].reference == "Kommunikationsplan"
        await pilot.press("escape")
        await settle(pilot)
        assert app.state.evidence_of("1.1") == before
        await pilot.press("a", "tab", "tab")
        await type_text(pilot, "Årsredovisning 2009")
        await pilot.press("enter", "ctrl+s")
        await settle(pilot)
    saved = load_session(demo_copy, Catalog.default()).session.evidence["1.1"]
    assert [e.reference for e in saved] == [
        "Informationsplan, antagen 2002",
        "intervjuerna",
        "Årsredovisning 2009",
    ]
    assert saved[2] == Evidence("document", "practice", "Årsredovisning 2009")


async def test_a_source_needs_a_reference_and_a_real_date(new_session_file: Path) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+u", "a", "tab", "tab", "tab")
        await type_text(pilot, "2010-13-01")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, EvidenceForm)  # refused: nothing to keep yet
        assert "referens" in problem(app)
        await pilot.press("shift+tab")
        await type_text(pilot, "Budget")
        await settle(pilot)
        assert "ÅÅÅÅ-MM-DD: 2010-13-01" in problem(app)
        assert app.state is not None
        # The source is kept without the half-typed date until the date is one.
        assert app.state.session.evidence["1.1"] == [Evidence("document", "practice", "Budget")]
        await pilot.press("tab", "backspace", "backspace", "backspace", "backspace", "enter")
        await settle(pilot)
        assert isinstance(app.screen, EvidenceForm)
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace")
        await pilot.press("backspace", "enter")
        await settle(pilot)
        assert isinstance(app.screen, EvidenceList)
        assert app.state.session.evidence["1.1"] == [Evidence("document", "practice", "Budget")]


async def test_a_source_typed_reaches_the_recovery_file(new_session_file: Path) -> None:
    app = claimed(new_session_file)
    recovery = recovery_path(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+u", "a", "w", "tab", "tab")
        await type_text(pilot, "kommunens webbplats")
        await pilot.pause(2.2)
        assert isinstance(app.screen, EvidenceForm)  # still typing
        held = load_session(recovery, Catalog.default()).session.evidence
        assert held == {"1.1": [Evidence("website", "practice", "kommunens webbplats")]}
        await pilot.press("escape")  # a new source: asked first (#20)
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog) and app.screen.name == "discard-draft"
        await pilot.press("d", "d")  # thrown away on purpose (two keys): taken back again
        await pilot.pause(2.2)
        assert load_session(recovery, Catalog.default()).session.evidence == {}
        app.exit()


async def test_keys_typed_fast_into_the_sources_land_in_order(new_session_file: Path) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        burst(app, "ctrl+u", "a", "tab", "tab", "P", "l", "a", "n", "enter")
        burst(app, "a", "tab", "tab", "W", "e", "b", "enter", "enter", "tab", "tab", "ctrl+u", "X")
        burst(app, "enter", "escape", "5")
        await settle(pilot)
        assert app.state is not None
        references = [e.reference for e in app.state.session.evidence["1.1"]]
        assert references == ["Plan", "X"]
        assert app.state.session.scores == {"1.1": Decimal(5)}
        assert isinstance(app.screen, WorkbenchScreen)


async def test_the_interview_log_is_kept_from_the_report_tab(new_session_file: Path) -> None:
    app = claimed(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f2", "pageup", *["down"] * 6, "enter")
        await settle(pilot)
        assert isinstance(app.screen, InterviewList)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, InterviewForm)
        await type_text(pilot, "12")
        await pilot.press("tab", "tab", "right", "tab")
        await type_text(pilot, "2010-01-26")
        await pilot.press("tab")
        await type_text(pilot, "3, 1")
        await pilot.press("tab")
        await type_text(pilot, "fullmäktige")
        await pilot.pause(2.2)
        held = load_session(recovery_path(new_session_file), Catalog.default()).session
        entry = Interview(12, "politician", False, date(2010, 1, 26), ("1", "3"), "fullmäktige")
        assert held.interviews == [entry]
        await pilot.press("enter", "a")
        await type_text(pilot, "40")
        await pilot.press("tab", "right", "enter")
        await settle(pilot)
        assert app.state is not None
        assert app.state.session.interviews == [entry, Interview(40, approximate=True)]
        await pilot.press("up", "d", "escape")
        await settle(pilot)
        assert app.state.session.interviews == [Interview(40, approximate=True)]
        report = app.screen.query_one("#report-texts").query_one("Static")
        assert "ca 40 personer" in str(report.render())
        await pilot.press("enter", "enter", "backspace", "backspace")
        await type_text(pilot, "0")
        await pilot.press("enter")
        await settle(pilot)
        assert "Antal personer" in problem(app)
        app.exit()


async def test_a_read_only_session_shows_its_sources_and_plan_and_changes_nothing(
    demo_copy: Path,
) -> None:
    stale_lock(demo_copy)
    app = claimed(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        # The question first, taking keys (keys typed before that are set aside).
        await until(pilot, lambda: isinstance(app.screen, ChoiceDialog) and app.screen.keys_ready)
        await pilot.press("escape")  # open read-only rather than take the lock over
        await settle(pilot)
        assert app.state is not None and app.state.read_only
        before = demo_copy.read_bytes()
        await pilot.press("f3", "ctrl+u")
        await settle(pilot)
        assert isinstance(app.screen, EvidenceList)
        await pilot.press("a", "enter", "d", "delete")
        await settle(pilot)
        assert isinstance(app.screen, EvidenceList)  # no form opened, nothing deleted
        assert len(app.state.session.evidence["1.1"]) == 2
        await pilot.press("escape", "ctrl+w", *["down"] * 9, "p", "s", "d", "enter")
        await settle(pilot)
        assert isinstance(app.screen, WorkbenchScreen)
        assert app.state.session.areas["1"].actions[0].status == "started"
        assert not app.state.dirty
    assert demo_copy.read_bytes() == before
