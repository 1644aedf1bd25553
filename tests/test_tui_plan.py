"""The action plan in an area's texts, the earlier evaluation beside the new one, and a
re-evaluation started from the picker, in the workbench at 80x24 (#17)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.practice import Action
from kompass_tui.core.session.recovery import recovery_path
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.tui.app import KompassApp
from kompass_tui.tui.screens.action_form import ActionForm
from kompass_tui.tui.screens.choice_dialog import ChoiceDialog
from kompass_tui.tui.screens.item_prompt import ItemPrompt
from kompass_tui.tui.screens.workbench import WorkbenchScreen
from kompass_tui.tui.widgets.area_texts import AreaTexts, TextRow, text_rows
from tests.conftest import DEMO
from tests.helpers import reevaluation
from tests.test_tui_safety import claimed
from tests.tui_helpers import burst, row_of, type_text, workbench_app

STRATEGY = "Strategisk plan för information/kommunikation"
DIALOGUE = "Fler inslag av medborgardialog"


async def settle(pilot) -> None:
    """Let everything posted be handled."""
    for _ in range(4):
        await pilot.pause()


async def to_row(pilot, app, wanted: TextRow) -> None:
    """From an area's questions to one row of its texts, by keys."""
    await pilot.press("ctrl+w")
    area = app.state.area
    await pilot.press(*["down"] * text_rows(app.state, area).index(wanted))
    await settle(pilot)


async def earlier_found(pilot, app) -> None:
    """Wait until the workbench has looked for the earlier evaluation (in a worker)."""
    for _ in range(200):
        await pilot.pause()
        await app.workers.wait_for_complete()
        if app.state.earlier is not None:
            break
    await settle(pilot)


def texts_shown(app) -> str:
    """What the area's texts show."""
    return str(app.screen.query_one(AreaTexts).render())


async def test_an_action_is_added_edited_moved_on_and_deleted(demo_copy: Path) -> None:
    app = claimed(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await to_row(pilot, app, TextRow("improvements", 1))
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ActionForm)
        await type_text(pilot, "Dialogmöten i stadsdelarna")
        await pilot.press("tab")
        await type_text(pilot, "demokratiberedningen")
        await pilot.press("tab")
        await type_text(pilot, "2011-12-31")
        await pilot.pause(2.2)  # the action as typed is in the recovery file already
        held = load_session(recovery_path(demo_copy), Catalog.default()).session
        what, who = "Dialogmöten i stadsdelarna", "demokratiberedningen"
        added = Action(DIALOGUE, what, "planned", who, date(2011, 12, 31))
        assert held.areas["1"].actions_for(DIALOGUE) == [added]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, WorkbenchScreen)
        assert app.state is not None
        # The new action is highlighted: s moves its status on, Enter edits it, d deletes it.
        await pilot.press("s", "s")
        await settle(pilot)
        assert app.state.session.areas["1"].actions_for(DIALOGUE)[0].status == "done"
        assert "Dialogmöten i stadsdelarna" in texts_shown(app)
        await pilot.press("enter", "ctrl+u")
        await type_text(pilot, "Dialogmöten")
        await pilot.press("enter")
        await settle(pilot)
        assert app.state.session.areas["1"].actions_for(DIALOGUE)[0].action == "Dialogmöten"
        await pilot.press("d")
        await settle(pilot)
        assert app.state.session.areas["1"].actions_for(DIALOGUE) == []
        assert len(app.state.session.areas["1"].actions) == 3  # the example plan's three
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert len(load_session(demo_copy, Catalog.default()).session.areas["1"].actions) == 3


async def test_keys_typed_fast_into_the_action_form_land_in_order(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await to_row(pilot, app, TextRow("improvements", 1))
        burst(app, "p", "A", "b", "enter", "a", "C", "d", "tab", "o", "enter", "s")
        burst(app, "up", "s", "s", "escape", "5")
        await settle(pilot)
        assert app.state is not None
        actions = app.state.session.areas["1"].actions_for(DIALOGUE)
        shown = [(a.action, a.owner, a.status) for a in actions]
        assert shown == [("Ab", "", "done"), ("Cd", "o", "started")]
        assert isinstance(app.screen, WorkbenchScreen)
        assert str(app.state.session.scores["1.1"]) == "5"


async def test_deleting_an_improvement_area_with_actions_asks_first(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await to_row(pilot, app, TextRow("improvements", 0))
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog) and app.screen.name == "delete-improvement"
        await pilot.press("d", "enter")  # a second d or Enter keeps it
        await settle(pilot)
        assert app.state is not None
        assert STRATEGY in app.state.session.areas["1"].improvements
        await pilot.press("d", "j")  # j once only arms deleting: nothing is deleted yet
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog) and app.screen.name == "delete-improvement"
        assert STRATEGY in app.state.session.areas["1"].improvements
        await pilot.press("j")  # the second, deliberate key deletes
        await settle(pilot)
        notes = app.state.session.areas["1"]
        assert STRATEGY not in notes.improvements and notes.actions_for(STRATEGY) == []
        assert len(notes.actions) == 2
        # One without actions goes at once.
        assert notes.improvements[0] == DIALOGUE
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, WorkbenchScreen)
        assert DIALOGUE not in notes.improvements


async def test_an_improvement_text_that_would_confuse_the_plan_is_refused(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await to_row(pilot, app, TextRow("improvements", 1))
        await pilot.press("a")
        await type_text(pilot, STRATEGY)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ItemPrompt)  # refused and said, not a crash
        said = str(app.screen.query_one("#item-problem").render())
        assert "åtgärder" in said
        assert app.state is not None
        assert app.state.session.areas["1"].improvements.count(STRATEGY) == 1
        await pilot.press("escape")
        await settle(pilot)
        assert STRATEGY[:-1] not in app.state.session.areas["1"].improvements
        # Emptying an improvement area with actions does not delete it.
        await pilot.press("up", "up", "enter", "ctrl+u", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ItemPrompt)
        await pilot.press("escape")
        await settle(pilot)
        assert app.state.session.areas["1"].improvements[0] == STRATEGY


async def test_the_earlier_evaluation_is_shown_beside_the_new_one(tmp_path: Path) -> None:
    path = reevaluation(tmp_path)
    app = workbench_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await earlier_found(pilot, app)
        await pilot.press("f3")
        await settle(pilot)
        assert "tidigare 7,5" in str(row_of(app, "1.1").query_one(".question-marks").render())
        earlier_total = app.screen.query_one(".area-earlier")
        assert str(earlier_total.render()).strip() == "2010: 47,5"
        await pilot.press("ctrl+w")
        await settle(pilot)
        shown = texts_shown(app)
        assert "Tidigare utvärdering (2010) · 47,5" in shown
        assert "Demokratiberedning" in shown
        assert "– Anta den nya kommunikationsplanen" in shown
        assert "påbörjad" in shown
        assert not app._notifications  # the earlier file is as it was
        assert app.state is not None and not app.state.dirty


async def test_an_earlier_file_changed_since_is_said(tmp_path: Path) -> None:
    path = reevaluation(tmp_path)
    earlier = tmp_path / "norrkoping-2010.toml"
    earlier.write_text(earlier.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    app = workbench_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await earlier_found(pilot, app)
        said = "\n".join(n.message for n in app._notifications)
        assert "changed since this evaluation started" in said
        earlier.unlink()
    app = workbench_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await earlier_found(pilot, app)
        await pilot.press("f3")
        await settle(pilot)
        said = "\n".join(n.message for n in app._notifications)
        assert "the report shows the totals kept in [earlier]" in said
        # The kept totals still stand beside the area's.
        assert str(app.screen.query_one(".area-earlier").render()).strip() == "2010: 47,5"


async def test_the_picker_starts_a_reevaluation_of_the_highlighted_session(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    shutil.copy(DEMO, folder / DEMO.name)
    app = KompassApp(folder=folder, catalog=Catalog.default())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        await type_text(pilot, "2014-02-03")
        await pilot.press("tab")
        await type_text(pilot, "Eva")
        await pilot.press("enter")
        await settle(pilot)
        await app.workers.wait_for_complete()
        assert isinstance(app.screen, WorkbenchScreen)
        assert app.state is not None
        assert app.state.path == folder / "norrkoping-2014.toml"
    created = load_session(folder / "norrkoping-2014.toml", Catalog.default()).session
    assert created.municipality == "Norrköping" and created.evaluators == ["Eva"]
    assert created.earlier is not None and created.earlier.file == "norrkoping-2010.toml"
    assert created.scores == {} and created.areas["1"].actions == []
