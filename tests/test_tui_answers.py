"""The municipality's answer in the workbench at 80x24 (#25): first among the question's
sources (ctrl+u), marked on the question's line, read in a pane while scoring (ctrl+x) and
quoted into the question's report text through the open session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kompass_tui.core.files.locks import LockInfo
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.change import ReadOnlyError, SessionChange
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.core.session.practice import ANSWER, Evidence
from kompass_tui.core.session.toml_io import load_session, save_session
from kompass_tui.tui.screens.evidence import EvidenceList
from kompass_tui.tui.screens.reading import ReadingScreen
from kompass_tui.tui.screens.workbench import WorkbenchScreen
from kompass_tui.tui.widgets.answer_pane import AnswerPane
from kompass_tui.tui.widgets.key_bar import KeyBar
from tests.tui_helpers import place, row_of, workbench_app

DIGEST = "b" * 64
ANSWER_TEXT = "Demokratiberedningen leder arbetet.\n\n- Informationsplan 2002\n- Ny plan 2010"


def with_answer(path: Path) -> Path:
    """The session with the municipality's answer to 1.1, after a document of its own."""
    loaded = load_session(path, Catalog.default())
    session = loaded.session
    session.add_evidence("1.1", Evidence("document", "practice", "Informationsplan"))
    answer = Evidence(ANSWER, "", "fragor.docx", "", date(2010, 1, 11), ANSWER_TEXT, DIGEST)
    session.add_evidence("1.1", answer)  # added last, it still stands first
    save_session(session, loaded.instrument, path)
    return path


async def settle(pilot) -> None:
    for _ in range(4):
        await pilot.pause()


def marks(app, question_id: str) -> str:
    return str(row_of(app, question_id).query_one(".question-marks").render())


async def test_the_answer_is_marked_and_first_among_the_sources(new_session_file: Path) -> None:
    app = workbench_app(with_answer(new_session_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert place(app) == "1.1"
        assert "✉ kommunens svar" in marks(app, "1.1")
        assert "kommunens svar" not in marks(app, "1.2")
        await pilot.press("ctrl+u")
        await settle(pilot)
        assert isinstance(app.screen, EvidenceList)
        lines = str(app.screen.query_one("#record-lines").render()).splitlines()
        assert lines[0].startswith("Kommunens svar · fragor.docx · 2010-01-11")
        assert "Dokument · Informationsplan" in "\n".join(lines[1:])
        assert "q Citera" in str(app.screen.query_one(KeyBar).render())
        await pilot.press("enter")  # the answer in full, read only
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)
        shown = str(app.screen.query_one("#reading-content").render())
        assert "- Informationsplan 2002" in shown and "- Ny plan 2010" in shown
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert isinstance(app.screen, WorkbenchScreen)


async def test_the_answer_is_read_in_a_pane_while_scoring(new_session_file: Path) -> None:
    app = workbench_app(with_answer(new_session_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert not app.screen.query(AnswerPane)
        await pilot.press("ctrl+x")
        await settle(pilot)
        pane = app.screen.query_one(AnswerPane)
        text = str(pane.query_one("#answer-pane-text").render())
        assert "1.1 · kommunens svar · fragor.docx, 2010-01-11" in text
        assert "Demokratiberedningen leder arbetet." in text
        await pilot.press("1", "0", "enter")  # scoring goes on with the pane open
        await settle(pilot)
        assert place(app) == "1.2"
        assert app.state is not None and str(app.state.session.scores["1.1"]) == "10"
        text = str(pane.query_one("#answer-pane-text").render())
        assert "1.2: inget svar från kommunen" in text
        await pilot.press("ctrl+x")
        await settle(pilot)
        assert not pane.display


async def test_the_answer_is_quoted_into_the_report_text(new_session_file: Path) -> None:
    app = workbench_app(with_answer(new_session_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        state = app.state
        assert state is not None
        await pilot.press("ctrl+u", "down", "q")  # q on the document: nothing quoted
        await settle(pilot)
        assert state.session.findings.get("1.1", "") == ""
        await pilot.press("up", "q")
        await settle(pilot)
        expected = f"Kommunen skriver i sitt svar:\n\n{ANSWER_TEXT}"
        assert state.session.findings["1.1"] == expected
        assert state.dirty
        await pilot.press("q")  # a second time: already there, nothing added
        await settle(pilot)
        assert state.session.findings["1.1"] == expected
        await pilot.press("escape")
        await settle(pilot)
        assert "¶ Kommunen skriver i sitt svar:" in marks(app, "1.1")


def test_quoting_goes_through_the_open_session(new_session_file: Path) -> None:
    loaded = load_session(with_answer(new_session_file), Catalog.default())
    state = OpenSession.from_loaded(loaded, "en")
    changes: list[SessionChange] = []
    state.subscribe(changes.append)
    state.set_text("findings", "1.1", "Our own words.")
    assert state.quote_answer("1.1")
    assert state.session.findings["1.1"] == (
        f"Our own words.\n\nThe municipality writes in its answer:\n\n{ANSWER_TEXT}"
    )
    assert [c.kind for c in changes] == ["text", "text"]
    assert not state.quote_answer("1.2")  # no answer to quote
    state.set_text("findings", "1.1", "")
    state.lock_holder = LockInfo("someone", "elsewhere", 1, "2010-01-25T09:00:00+01:00")
    with pytest.raises(ReadOnlyError):  # open in another workbench: nothing changes here
        state.quote_answer("1.1")
    assert state.session.findings.get("1.1", "") == ""


def test_the_answers_stay_first_whatever_the_index(new_session_file: Path) -> None:
    loaded = load_session(with_answer(new_session_file), Catalog.default())
    session = loaded.session
    session.add_evidence("1.1", Evidence("website", "practice", "www"), 0)
    assert [e.kind for e in session.evidence["1.1"]] == [ANSWER, "website", "document"]
    second = Evidence(ANSWER, "", "kansliet.docx", "", None, "Svar två.")
    session.add_evidence("1.1", second)
    assert [e.kind for e in session.evidence["1.1"]] == [ANSWER, ANSWER, "website", "document"]


@pytest.mark.parametrize("keys", [["ctrl+x"], ["ctrl+u"]], ids=["pane", "sources"])
def test_snapshots_at_80x24(snap_compare, new_session_file: Path, keys: list[str]) -> None:
    app = workbench_app(with_answer(new_session_file))
    assert snap_compare(app, terminal_size=(80, 24), press=keys)
