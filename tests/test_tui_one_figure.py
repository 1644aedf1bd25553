"""One figure per thing (#22): the area tab, the overview and the status line show one
maximum for an area and for the session (not-applicable questions left out, said where it
applies); a new session shows `– / 800`, not `0,0 / 0`."""

from __future__ import annotations

from pathlib import Path

from kompass_tui.tui.widgets.status_line import StatusLine
from tests.tui_helpers import text_of, type_text, workbench_app


async def test_a_new_session_shows_a_dash_of_800(new_session_file: Path) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "– / 100 · –" in text_of(app, ".area-total-text")
        assert "– / 800 · –" in app.screen.query_one(StatusLine).render_text()
        await pilot.press("f2")
        await pilot.pause()
        assert "Totalt – / 800 · –" in text_of(app, "#overview-lines")


async def test_area_tab_overview_and_status_line_agree_on_the_maximum(
    new_session_file: Path,
) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for score in ("7,5", "14"):  # 1.1 (max 15) and 1.2 (max 20); 1.3–1.5 unscored
            await type_text(pilot, score)
            await pilot.press("enter")
        await pilot.press("ctrl+t")  # 1.3 (max 25) not applicable
        await pilot.pause()
        area_total = text_of(app, ".area-total-text")
        # 21,5 of the 75 the area can give without 1.3; 61 % of the 35 scored so far.
        assert "21,5 / 75 · 61 %" in area_total
        note = text_of(app, ".area-na-note")
        assert note == "Max 75: de ej tillämpliga frågorna räknas inte med."
        assert "21,5 / 775 · 61 %" in app.screen.query_one(StatusLine).render_text()
        await pilot.press("f2")
        await pilot.pause()
        overview = text_of(app, "#overview-lines").splitlines()
        assert overview[1].split()[-6:-3] == ["21,5", "75", "61"]  # area 1: points, max, %
        assert any("Totalt 21,5 / 775 · 61 %" in line for line in overview)


async def test_the_note_is_not_shown_without_not_applicable_questions(
    new_session_file: Path,
) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query_one(".area-na-note").display


async def test_the_workbench_in_a_language_the_instrument_has_no_texts_in(
    new_session_file: Path,
) -> None:
    """`kompass FILE --lang nb`: kompass's words in Norwegian, the areas in Swedish, said
    once in a notification."""
    app = workbench_app(new_session_file, lang="nb")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        said = [n.message for n in app._notifications if "har ingen tekster på nb" in n.message]
        assert len(said) == 1
        assert "lagret" in app.screen.query_one(StatusLine).render_text()  # nb: "lagret"
        assert "Offentlighet och demokrati" in text_of(app, ".area-title")  # sv
