"""Issue #20, item 6: forms keep drafts.

Escape on a form holding a new record asks before throwing it away (Escape again, or Enter,
keeps writing); the fields keep one order whatever the kind (a source's role, which only an
interview has, comes last and is shown disabled for other kinds).
"""

from __future__ import annotations

from pathlib import Path

from textual.widget import Widget

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.practice import Evidence
from kompass_tui.core.session.recovery import recovery_path
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.tui.screens.action_form import ActionForm
from kompass_tui.tui.screens.choice_dialog import ChoiceDialog
from kompass_tui.tui.screens.evidence import EvidenceForm
from kompass_tui.tui.screens.interviews import InterviewForm
from kompass_tui.tui.widgets.area_texts import TextRow
from tests.test_tui_plan import to_row
from tests.test_tui_safety import claimed
from tests.tui_helpers import type_text, workbench_app


async def settle(pilot) -> None:
    """Let everything posted be handled."""
    for _ in range(4):
        await pilot.pause()


def question(app) -> str | None:
    """The name of the question on top, if one is."""
    return app.screen.name if isinstance(app.screen, ChoiceDialog) else None


async def tab_order(pilot, app) -> list[str]:
    """The fields Tab visits from the first (the kind), once round."""
    app.screen.set_focus(app.screen.query_one("#f-kind"))
    await settle(pilot)
    seen: list[str] = []
    for _ in range(10):
        focused: Widget | None = app.screen.focused
        name = (focused.id or type(focused).__name__) if focused is not None else "-"
        if name in seen:
            break
        seen.append(name)
        await pilot.press("tab")
        await settle(pilot)
    app.screen.set_focus(app.screen.query_one("#f-kind"))
    await settle(pilot)
    return [name for name in seen if name.startswith("f-")]


async def test_fields_of_a_source_keep_one_order_whatever_the_kind(
    new_session_file: Path,
) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+u", "a")
        await settle(pilot)
        assert isinstance(app.screen, EvidenceForm)
        document = await tab_order(pilot, app)
        await pilot.press("i")  # on the kind field: Interview
        await settle(pilot)
        interview = await tab_order(pilot, app)
        assert interview[: len(document)] == document  # nothing moved; the role comes last
        assert interview == [*document, "f-role"]
        assert app.screen.query_one("#row-role").disabled is False
        await pilot.press("w")  # Website: the role is shown, disabled
        await settle(pilot)
        assert app.screen.query_one("#row-role").display
        assert app.screen.query_one("#row-role").disabled


async def test_escape_on_a_new_refused_source_asks_and_keeps_the_draft(
    new_session_file: Path,
) -> None:
    """The issue's case: an Interview source, its entry refused (a bad date), then Escape."""
    app = claimed(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+u", "a", "i", "tab", "tab")
        await type_text(pilot, "kommunstyrelsen")
        await pilot.press("tab")
        await type_text(pilot, "2010-13-01")
        await pilot.press("enter")  # refused: the date is no date
        await settle(pilot)
        assert isinstance(app.screen, EvidenceForm)
        await pilot.press("escape")
        await settle(pilot)
        assert question(app) == "discard-draft"
        await pilot.press("enter")  # the default keeps writing
        await settle(pilot)
        assert isinstance(app.screen, EvidenceForm)
        await pilot.press("escape", "escape")  # asked again; Escape keeps writing too
        await settle(pilot)
        assert isinstance(app.screen, EvidenceForm)
        assert app.screen.text("reference") == "kommunstyrelsen"
        assert app.screen.text("date") == "2010-13-01"
        assert app.state is not None
        kept = [Evidence("interview", "practice", "kommunstyrelsen")]
        assert app.state.session.evidence == {"1.1": kept}
        await pilot.pause(2.2)  # the draft is in the recovery file, as typed
        held = load_session(recovery_path(new_session_file), Catalog.default()).session
        assert held.evidence == {"1.1": kept}
        await pilot.press("escape", "d")  # one d only arms throwing it away
        await settle(pilot)
        assert question(app) == "discard-draft"
        assert app.state.session.evidence == {"1.1": kept}
        await pilot.press("d")  # thrown away on purpose, with a second d
        await settle(pilot)
        assert question(app) is None and not isinstance(app.screen, EvidenceForm)
        assert app.state.session.evidence == {}


async def test_escape_on_an_empty_new_form_closes_without_asking(new_session_file: Path) -> None:
    app = workbench_app(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+u", "a", "escape")
        await settle(pilot)
        assert question(app) is None and not isinstance(app.screen, EvidenceForm)


async def test_escape_on_a_new_action_or_interview_asks_first(demo_copy: Path) -> None:
    app = claimed(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await to_row(pilot, app, TextRow("improvements", 1))
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ActionForm)
        await type_text(pilot, "Dialogmöten")
        await pilot.press("escape")
        await settle(pilot)
        assert question(app) == "discard-draft"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ActionForm)
        assert app.screen.text("action") == "Dialogmöten"
        await pilot.press("enter")  # kept
        await settle(pilot)
        await pilot.press("f2", "pageup", *["down"] * 6, "enter", "a")
        await settle(pilot)
        assert isinstance(app.screen, InterviewForm)
        await type_text(pilot, "3")
        await pilot.press("escape")
        await settle(pilot)
        assert question(app) == "discard-draft"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, InterviewForm)
        assert app.screen.text("people") == "3"
        assert app.state is not None
        dialogue = "Fler inslag av medborgardialog"
        actions = app.state.session.areas["1"].actions_for(dialogue)
        assert [a.action for a in actions] == ["Dialogmöten"]
