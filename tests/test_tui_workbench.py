"""Pilot tests of the workbench: typing scores, live totals, moving, writing, saving, quitting."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.tui.screens import workbench
from kompass_tui.tui.screens.choice_dialog import ChoiceDialog
from kompass_tui.tui.screens.workbench import WorkbenchScreen
from kompass_tui.tui.widgets.area_view import AreaView
from kompass_tui.tui.widgets.question_row import QuestionRow
from kompass_tui.tui.widgets.status_line import StatusLine
from tests.tui_helpers import field_of, place, row_of, text_of, type_text, workbench_app

AREA_1 = {"1.1": "7,5", "1.2": "14", "1.3": "9,6", "1.4": "10,9", "1.5": "5,5"}


def saved(path: Path):
    """The session as the file holds it now."""
    return load_session(path, Catalog.default()).session


async def test_typing_area_1_updates_totals_and_saves(new_session_file: Path) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert place(app) == "1.1"
        for score in AREA_1.values():
            await type_text(pilot, score)
            await pilot.press("enter")
        await pilot.pause()
        assert place(app) == "2.1"  # Enter on an area's last question: the next area
        await pilot.press("pageup")
        await pilot.pause()
        area_total = text_of(app, ".area-total-text")
        assert "47,5 / 100 · 48 %" in area_total and "5/5" in area_total
        status = app.screen.query_one(StatusLine).render_text()
        # The percentage is of the scored questions' maximum (#14): 47,5 of 100 is 48 %;
        # the maximum shown is the session's, as the overview's (#22).
        assert "47,5 / 800 · 48 %" in status
        assert "5/45" in status
        assert "osparad" in status
        await pilot.press("f2")
        await pilot.pause()
        overview = text_of(app, "#overview-lines")
        assert "47,5" in overview.splitlines()[1] and "48 %" in overview.splitlines()[1]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "sparad" in app.screen.query_one(StatusLine).render_text()
        assert app.state is not None and not app.state.dirty
    assert saved(new_session_file).scores == {
        qid: Decimal(v.replace(",", ".")) for qid, v in AREA_1.items()
    }


async def test_invalid_entries_are_marked_and_store_nothing(new_session_file: Path) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "7,5")
        await pilot.press("enter", "up")
        await pilot.pause()
        assert place(app) == "1.1"
        row = row_of(app, "1.1")
        for bad, reason in [
            ("abc", "inte ett tal"),
            ("-1", "under 0"),
            ("16", "över maxpoängen 15"),
            ("1,125", "fler än 2 decimaler"),
            ("1e1", "exponent"),
            ("-0", "-0 är ingen poäng"),
        ]:
            await type_text(pilot, bad)  # the first key replaces what the field shows
            await pilot.pause()
            assert row.has_class("-invalid"), bad
            assert reason in text_of(app, ".question-error"), bad
            # Nothing of an invalid entry is stored, not even a valid beginning ("1" of "16").
            assert app.state is not None and app.state.session.scores["1.1"] == Decimal("7.5")
            await pilot.press("enter", "up")  # leaving: the score that counts, flagged
            await pilot.pause()
            assert row.has_class("-invalid")
            assert field_of(app, "1.1") == "7,5"  # what the totals count (#20)
            message = text_of(app, ".question-error")
            assert f"”{bad}” räknas inte" in message and "7,5 gäller" in message, message
        await type_text(pilot, "8")
        await pilot.pause()
        assert not row.has_class("-invalid")
        assert app.state is not None
        assert app.state.session.scores["1.1"] == Decimal(8)
        await pilot.press("delete")
        await pilot.pause()
        assert "1.1" not in app.state.session.scores


async def test_not_applicable_toggles_refuses_scores_and_leaves_the_maximum(
    new_session_file: Path,
) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.state is not None and "1.1" in app.state.session.not_applicable
        await type_text(pilot, "5")
        await pilot.pause()
        assert "ej tillämplig" in text_of(app, ".question-error")
        assert "1.1" not in app.state.session.scores
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+t")  # applicable again: the typed 5 is what the field shows
        await pilot.pause()
        assert "1.1" not in app.state.session.not_applicable
        assert app.state.session.scores["1.1"] == Decimal(5)
    assert saved(new_session_file).not_applicable == {"1.1"}
    assert saved(new_session_file).scores == {}


async def test_findings_comment_strength_and_general_text_survive_save(
    new_session_file: Path,
) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+o")  # the question's text in the report
        await type_text(pilot, "Plan finns")
        await pilot.press("escape", "ctrl+k")  # its comment, the evaluators' own
        await type_text(pilot, "Ring Eva")
        await pilot.press("escape")
        await pilot.pause()
        marks = text_of(app, ".question-marks")
        assert "¶ Plan finns" in marks and "✎ Ring Eva" in marks
        await pilot.press("ctrl+w")  # the area's texts: Allmänt, then the lists
        await pilot.press("down", "enter")
        await type_text(pilot, "Kommun TV")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("up", "enter")  # Allmänt: the editor in place
        await type_text(pilot, "Bra")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "5 ord" in text_of(app, ".area-texts")  # Plan finns, Kommun TV, Bra
    session = saved(new_session_file)
    assert session.findings == {"1.1": "Plan finns"}
    assert session.comments == {"1.1": "Ring Eva"}
    assert session.areas["1"].strengths == ["Kommun TV"]
    assert session.areas["1"].notes == "Bra"


async def test_report_texts_have_their_own_tab(new_session_file: Path) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f2", "pageup")  # from the overview back: the last tab
        await pilot.pause()
        assert place(app) == "report"
        await pilot.press("down", "enter")  # the organisation
        await type_text(pilot, "Kommunfullmäktige har 85 ledamöter.")
        await pilot.press("escape")
        await pilot.pause()
        shown = text_of(app, "#report-texts Static")
        assert "Kommunorganisationen · 4 ord" in shown
        await pilot.press("ctrl+s")
        await pilot.pause()
    sections = saved(new_session_file).report_sections
    assert sections == {"organisation": "Kommunfullmäktige har 85 ledamöter."}


async def test_list_items_are_added_edited_and_deleted_by_key(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3", "ctrl+w", "down")  # past Allmänt to the first strength
        await pilot.press("a")
        await type_text(pilot, "Ny styrka")
        await pilot.press("enter")
        await pilot.pause()
        assert app.state is not None
        strengths = app.state.session.areas["1"].strengths
        assert strengths[1] == "Ny styrka"
        await pilot.press("e", "end", *["backspace"] * len("styrka"))
        await type_text(pilot, "ändrad")
        await pilot.press("enter")
        await pilot.pause()
        assert strengths[1] == "Ny ändrad"
        await pilot.press("a")
        await type_text(pilot, "ångras")
        await pilot.press("escape")
        await pilot.pause()
        assert "ångras" not in strengths
        await pilot.press("d")
        await pilot.pause()
        assert "Ny ändrad" not in strengths
        await pilot.press("escape")
        await pilot.pause()
        assert place(app) == "1.1"


async def test_quit_with_unsaved_changes_asks(new_session_file: Path) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "3")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog) and app.screen.name == "quit"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ChoiceDialog)
        assert app.is_running
        await pilot.press("ctrl+q", "s")
        await pilot.pause()
    assert app.return_value == 0  # "save" saved and quit
    assert saved(new_session_file).scores == {"1.1": 3}


async def test_quit_without_changes_does_not_ask(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_value == 0


async def test_area_tabs_are_built_lazily(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert len(app.screen.query(AreaView)) == 0  # all scored: the overview only
        await pilot.press("f5")
        await pilot.pause()
        built = [v.area.id for v in app.screen.query(AreaView)]
        # The area shown, and at most the next one, built ahead (hidden) for PgDn (#23).
        assert built[0] == "3" and set(built) <= {"3", "4"}, built
        assert place(app) == "3.1"
        await pilot.press("pagedown")
        await pilot.pause()
        assert place(app) == "4.1"


async def test_a_key_handled_while_an_area_is_built_is_shown_in_its_row(
    new_session_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under load a key can be handled after an area's rows drew themselves and before
    the area's view is mounted (a burst typed at PgDn, seen on a pty): its row shows it."""
    monkeypatch.setattr(workbench, "PREBUILD_AFTER", 60.0)  # area 2 is built at PgDn
    app = workbench_app(new_session_file)
    drawn_alone = QuestionRow.on_mount

    def mounted_then_a_key(row: QuestionRow) -> None:
        drawn_alone(row)
        if row.question.id == "2.5":  # the area's last row: every row has drawn itself
            assert app.state is not None
            app.state.set_score("2.1", Decimal(7))

    monkeypatch.setattr(QuestionRow, "on_mount", mounted_then_a_key)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3", "pagedown")
        for _ in range(4):
            await pilot.pause()
        assert place(app) == "2.1"
        assert field_of(app, "2.1") == "7,0"


async def test_an_area_built_ahead_after_the_workbench_went_builds_nothing(
    demo_copy: Path,
) -> None:
    """The next area is built 0.3 s after an area is shown; if the workbench went meanwhile
    (ctrl+l puts a new one in its place, quitting takes it down), its timer builds nothing
    instead of failing (seen as the app quit in a loaded run)."""
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        gone = app.screen
        assert isinstance(gone, WorkbenchScreen) and app.state is not None
        await app.switch_screen(WorkbenchScreen(app.state))
        await pilot.pause()
        assert not gone.is_attached
        gone._prebuild_next()  # its timer, come late
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, WorkbenchScreen)


async def test_keys_move_between_questions_and_areas(new_session_file: Path) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "down")
        assert place(app) == "1.3"
        await pilot.press("up")
        assert place(app) == "1.2"
        await pilot.press("tab")
        assert place(app) == "1.3"
        await pilot.press("shift+tab")
        assert place(app) == "1.2"
        await pilot.press("down", "down", "down", "down")  # past 1.5: into area 2
        assert place(app) == "2.1"
        await pilot.press("f2")
        await pilot.pause()
        assert place(app) == "overview"
        await pilot.press("pageup")  # the last tab: the report's own texts
        await pilot.pause()
        assert place(app) == "report"
        await pilot.press("pageup")
        await pilot.pause()
        assert place(app) == "8.1"
        await type_text(pilot, "3")
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert place(app) == "8.2"
        await pilot.press("f10")  # area 8: its first unscored question, 8.2
        assert place(app) == "8.2"
        await pilot.press("up", "up")  # up past 8.1 into area 7's last question
        assert place(app) == "7.5"


async def test_enter_walks_the_instrument_and_ends_on_the_overview(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f10")
        for _ in range(6):
            await pilot.press("enter")
        await pilot.pause()
        assert place(app) == "overview"
        assert app.state is not None and not app.state.dirty  # walking changes nothing


async def test_question_mark_opens_help_from_a_score_field(new_session_file: Path) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        await pilot.pause()
        assert app.state is not None and app.state.session.scores == {}


async def test_english_interface(demo_copy: Path) -> None:
    app = workbench_app(demo_copy, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        assert "47.5 / 100 · 48 %" in text_of(app, ".area-total-text")
        assert "Openness and democracy" in text_of(app, ".area-title")
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert app.state is not None and app.state.lang == "sv"
        assert place(app) == "1.1"


async def test_texts_written_in_the_workbench_are_exported_as_typed(new_session_file: Path) -> None:
    from kompass_tui.core.report.markdown import build_markdown
    from tests.test_report_support import html_text_and_tags, markdown_parser

    typed = {
        "findings": "Strategin *saknas* <b>ännu</b> [x](y) `kod`",
        "general": "Allmänt: 1. inte en lista # inte en rubrik",
        "section": "Kommunen | har | 85 ledamöter",
    }
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+o")
        await type_text(pilot, typed["findings"])
        await pilot.press("escape", "ctrl+w", "enter")
        await type_text(pilot, typed["general"])
        await pilot.press("escape", "f2", "pageup", "enter")
        await type_text(pilot, typed["section"])
        await pilot.press("escape", "ctrl+s")
        await pilot.pause()
    loaded = load_session(new_session_file, Catalog.default())
    session = loaded.session
    assert session.findings == {"1.1": typed["findings"]}
    assert session.areas["1"].notes == typed["general"]
    assert session.report_sections == {"about_municipality": typed["section"]}
    html = markdown_parser().render(build_markdown(session, loaded.instrument, "sv"))
    text, tags = html_text_and_tags(html)
    for value in typed.values():
        assert value in text  # shown as typed: no emphasis, link, list, heading or table
    assert "b" not in tags and "a" not in tags and "code" not in tags
