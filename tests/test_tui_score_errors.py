"""What is typed into a score field is quoted literally in its error message."""

from __future__ import annotations

from pathlib import Path

from kompass_tui.tui.widgets.question_row import QuestionRow
from tests.tui_helpers import workbench_app


async def test_markup_typed_into_a_score_is_shown_literally(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.press("left_square_bracket", "b", "right_square_bracket", "x")
        await pilot.pause()
        row = app.screen.query(QuestionRow).first()
        assert row.has_class("-invalid")
        error = str(row.query_one(".question-error").render())
        assert "[b]x" in error
        assert app.state is not None and str(app.state.session.scores["1.1"]) == "7.5"


async def test_markup_typed_into_the_new_session_form_is_quoted_literally(tmp_path: Path) -> None:
    from kompass_tui.tui.app import KompassApp

    app = KompassApp(folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        typed = ["left_square_bracket", "b", "right_square_bracket", "x"]
        await pilot.press("x", "tab", *typed, "enter")
        await pilot.pause()
        error = str(app.screen.query_one("#error").render())
        assert "[b]x" in error
        assert list(tmp_path.iterdir()) == []
