"""The main screen: status line, tabs, the overview or an area, the editor, the keys.

The open session owns the place and every edit (`core/session/open_session.py`). Keys come
from the app's router in arrival order; this screen looks each up in the key table for the
current place and runs it on the session, or types it into the current field. The session
then says what changed, and the screen redraws only that. Areas are built the first time
they are shown; they draw from the session when mounted, so no key waits for them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeGuard, cast

from textual import events
from textual.app import ComposeResult, SystemCommand
from textual.containers import Container
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Static

from kompass_tui.core.instrument.criteria import Area
from kompass_tui.core.session.change import ReadOnlyError, SessionChange
from kompass_tui.core.session.cursor import Place
from kompass_tui.core.session.model import REPORT_SECTIONS
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.tui.answer_actions import AnswerActions
from kompass_tui.tui.earlier import find_earlier
from kompass_tui.tui.key_router import KeyRouter, paste_into, type_into
from kompass_tui.tui.keys import EDITOR, OVERVIEW, QUESTION, REPORT, TEXTS, KeyAction, find
from kompass_tui.tui.not_here import DISPUTE_ACTIONS, elsewhere, not_here
from kompass_tui.tui.read_only import refuse_read_only
from kompass_tui.tui.screens import report_actions
from kompass_tui.tui.screens.base import KeyedScreenMixin
from kompass_tui.tui.screens.text_editing import TextEditing
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.editor_panel import EditorPanel
from kompass_tui.tui.widgets.key_bar import KeyBar
from kompass_tui.tui.widgets.overview import Overview
from kompass_tui.tui.widgets.status_line import StatusLine
from kompass_tui.tui.widgets.tab_bar import TabBar
from kompass_tui.tui.widgets.tab_ready import TabReady

if TYPE_CHECKING:
    # The first frame shows the overview or an area: an area's view, the report's texts
    # and their modules are loaded when first built (#23).
    from kompass_tui.tui.widgets.area_view import AreaView
    from kompass_tui.tui.widgets.report_texts import ReportTexts


def _is_area_view(pane: object) -> TypeGuard[AreaView]:
    """Whether a pane is an area's view, without loading the module before one was built."""
    module = sys.modules.get("kompass_tui.tui.widgets.area_view")
    return module is not None and isinstance(pane, module.AreaView)


PREBUILD_AFTER = 0.3
"""Seconds after an area is shown before the next one is built, hidden (for PgDn)."""

EDITING_ACTIONS = (
    "undo",
    "redo",
    "not_applicable",
    "text",
    "comment",
    "settle",
    "add_item",
    "delete_item",
    "edit_row",
    "add_action",
    "action_status",
)


class WorkbenchScreen(AnswerActions, KeyedScreenMixin, Screen[None]):
    """Scores and texts of one session, area by area."""

    CSS_PATH = "workbench.tcss"
    key_context = QUESTION

    def __init__(self, state: OpenSession) -> None:
        super().__init__()
        self.state = state
        self.views: dict[str, AreaView] = {}
        self.last_question: dict[str, str] = {}
        """The question each area was left on, for Escape from its texts."""
        self.editing = TextEditing(self)
        self._first_shown = False
        """Whether a tab has been shown: after that, a tab being built waits hidden."""
        self._prebuild: Timer | None = None
        self._texts_behind: set[str] = set()
        """Areas whose texts changed while a dialog covered them."""

    @property
    def lang(self) -> str:
        """The interface language."""
        return self.state.lang

    def compose(self) -> ComposeResult:
        """Status line, tabs, the overview (areas join it when first shown), editor, keys."""
        yield StatusLine(self.state, id="status")
        yield TabBar()
        with Container(id="body"):
            yield Overview(self.state)
        yield EditorPanel(self.lang)
        yield Static("", id="progress")
        yield KeyBar(self.lang)

    def on_mount(self) -> None:
        """Draw everything from the session; listen to it from now on; find the earlier
        evaluation of a re-evaluation (once, in the background)."""
        self.state.subscribe(self.on_change)
        self.show_place()
        if self.state.session.earlier is not None and self.state.earlier is None:
            find_earlier(self.app, self.state)

    def on_screen_resume(self) -> None:
        """A dialog closed: the texts it changed, drawn once."""
        for area_id in self._texts_behind:
            view = self.views.get(area_id)
            if view is not None and view.is_mounted:
                view.show_texts()
        self._texts_behind.clear()

    def on_unmount(self) -> None:
        """Stop listening."""
        self.state.unsubscribe(self.on_change)

    # -- drawing ------------------------------------------------------------------------------

    def context(self) -> str:
        """The key table context: the editor when a text is open, else the kind of place."""
        return EDITOR if self.editing.is_open else self.state.place.kind

    def key_enabled(self, action: KeyAction) -> bool:
        """Dispute keys only after a consensus; nothing that edits or saves when read-only."""
        if action.id in DISPUTE_ACTIONS and not self.state.open_disputes():
            return False
        if action.id == "agenda" and not self.state.open_count():
            return False
        if self.state.read_only and (action.id in EDITING_ACTIONS or action.id == "save"):
            return False
        if action.id in ("add_action", "action_status"):
            row = self.editing.row()
            kinds = ("improvements", "actions") if action.id == "add_action" else ("actions",)
            return row is not None and row.kind in kinds and row.index >= 0
        return not (action.id == "settle" and self.state.place.kind != QUESTION)

    def show_place(self) -> None:
        """Show the tab of the current place, built if need be, and the keys that work there.

        A tab built now is mounted hidden while the one shown stays on screen; once it is
        mounted (its rows drawn from the session), it is shown with the tabs and keys in one
        frame, never as a blank body first."""
        state = self.state
        place = state.place
        if place.kind == QUESTION:
            self.last_question[place.area_id] = place.question_id
        pane = self._pane(place.kind)
        if not pane.is_mounted and self._first_shown:
            return  # shown when mounted (`on_tab_ready`)
        self._first_shown = True
        for other in self.query_one("#body").children:
            other.display = other is pane
        if pane.is_mounted:
            if _is_area_view(pane):
                pane.show_texts()  # first: where the highlighted row is drawn
                pane.follow_place()
                self._prebuild_later()
            else:  # the overview or the report's texts
                cast("Overview | ReportTexts", pane).redraw()
        labels = [tr(self.lang, "overview")] + [state.area_label(a) for a in state.instrument.areas]
        labels.append(tr(self.lang, "report_tab"))
        self.query_one(TabBar).show(labels, place.area_index(state.instrument))
        self.show_keys()

    def _pane(self, kind: str) -> Overview | ReportTexts | AreaView:
        """The overview, the report's texts or the current area's view: built (mounted
        hidden) the first time it is asked for."""
        if kind == OVERVIEW:
            return self.query_one(Overview)
        pane: ReportTexts | AreaView | None
        if kind == REPORT:
            from kompass_tui.tui.widgets.report_texts import ReportTexts

            built = self.query(ReportTexts)
            pane = built.first() if built else ReportTexts(self.state)
        else:
            area = self.state.area
            assert area is not None  # a question or an area's texts
            return self._area_view(area)
        self._mount(pane)
        return pane

    def _report_panes(self) -> list[ReportTexts]:
        """The report tab's texts, if built (their module is loaded only then)."""
        module = sys.modules.get("kompass_tui.tui.widgets.report_texts")
        return [] if module is None else list(self.query(module.ReportTexts))

    def _area_view(self, area: Area) -> AreaView:
        """An area's view: built (mounted hidden) the first time it is asked for."""
        view = self.views.get(area.id)
        if view is None:
            from kompass_tui.tui.widgets.area_view import AreaView

            view = self.views[area.id] = AreaView(area, self.state)
            self._mount(view)
        return view

    def _mount(self, pane: ReportTexts | AreaView) -> None:
        """Mount a pane built now, hidden once a tab has been shown."""
        if pane.parent is None:
            pane.display = not self._first_shown
            self.query_one("#body").mount(pane)

    def on_tab_ready(self, message: TabReady) -> None:
        """A tab built hidden is mounted: shown if it is the current place's."""
        message.stop()
        if self.is_mounted and message.tab is self._pane(self.state.place.kind):
            self.show_place()

    def _prebuild_later(self) -> None:
        """Build the next area (hidden) a moment after an area is shown, so that PgDn
        shows it at once; nothing is drawn for it before then."""
        if self._prebuild is not None:
            self._prebuild.stop()
        self._prebuild = self.set_timer(PREBUILD_AFTER, self._prebuild_next)

    def _prebuild_next(self) -> None:
        self._prebuild = None
        if not self.is_attached or not self.app.is_running:
            return  # the workbench went (the app closing, a screen in its place) meanwhile
        areas = self.state.instrument.areas
        index = self.state.place.area_index(self.state.instrument)  # areas from 1
        if self.state.area is None or index >= len(areas):
            return
        self._area_view(areas[index])

    def show_keys(self) -> None:
        """The key bar for the current context."""
        self.query_one(KeyBar).show(self.context(), self.key_enabled)

    def on_change(self, change: SessionChange) -> None:
        """Redraw what a change touched."""
        if change.kind == "lang":
            self.app.switch_screen(WorkbenchScreen(self.state))
            return
        if change.kind == "replaced":
            self._rebuild()
            return
        view = self.views.get(change.area_id)
        if change.question_id and view is not None and view.is_mounted:
            row = view.rows.get(change.question_id)
            if row is not None:
                row.show()
        if change.kind == "place":
            self.show_place()
            current = self.views.get(self.state.place.area_id)
            if current is not None and current.is_mounted:
                row = current.rows.get(self.state.place.question_id)
                if row is not None:
                    row.show()
            return
        if change.kind in ("score", "question", "dispute") and view is not None and view.is_mounted:
            view.show_total()
        if change.kind in ("text", "list", "plan") and view is not None and view.is_mounted:
            if self.app.screen is self:
                view.show_texts()
            else:  # typed in a dialog above: drawn once, when the dialog closes
                self._texts_behind.add(change.area_id)
        if change.kind in ("list", "plan"):
            self.show_keys()  # the row highlighted may be another kind now
        if change.kind in ("report", "interviews"):
            for report in self._report_panes():
                report.redraw()
        if change.kind == "earlier":
            for shown in self.views.values():
                if shown.is_mounted:
                    shown.show_earlier()
        if change.kind != "entry":
            self.query_one(StatusLine).refresh_from(self.state)
            overview = self.query_one(Overview)
            if overview.display:
                overview.redraw()
        if change.kind in ("dispute", "saved"):
            self.show_keys()

    def _rebuild(self) -> None:
        """Another version of the session (restored, reloaded): every view anew."""
        for view in self.views.values():
            view.remove()
        self.views.clear()
        self.editing.close(commit=False)
        self.query_one(StatusLine).refresh_from(self.state)
        self.show_place()

    # -- keys ---------------------------------------------------------------------------------

    async def take_key(self, event: events.Key) -> None:
        """The key's action here, else typed into the open text or the current score field;
        a key that does not apply here says why."""
        try:
            action = find(event.aliases, self.context())
            if action is not None and not self.key_enabled(action):
                self.say_not_here(action, event.key)
                return
            await super().take_key(event)
        except ReadOnlyError:
            self.refuse_read_only()
        router = getattr(self.app, "router", None)
        if not isinstance(router, KeyRouter) or not router.pending:
            self.check_shown()

    def check_shown(self) -> None:
        """A guard, after the last key of a burst: every row of the area shown agrees with
        the session (its field, its highlight), and so do its total and the status line.
        Only a row found stale is drawn again; the totals redraw only what differs."""
        view = self.views.get(self.state.place.area_id)
        if view is None or not view.is_mounted or not view.display or self.editing.is_open:
            return  # (typing a text changes no field nor highlight)
        for row in view.rows.values():
            if row.is_mounted and row.stale():
                row.redraw()
        view.show_total()
        self.query_one(StatusLine).refresh_from(self.state)

    async def type_key(self, event: events.Key) -> None:
        """A key no action takes: into the text being edited, or the score field; a key of
        another place says where it works."""
        if self.editing.is_open:
            await type_into(self.editing.panel.area, event)
            self.editing.store()
        elif self.state.place.kind != QUESTION or not self.state.type_key(
            event.key, event.character
        ):
            self.say_elsewhere(event)

    def say_not_here(self, action: KeyAction, key: str) -> None:
        """Why an action of this place cannot run now (read-only: said once)."""
        if self.state.read_only and (action.id in EDITING_ACTIONS or action.id == "save"):
            self.refuse_read_only()
            return
        self.notify(not_here(self.state, action, key), severity="warning", timeout=4)

    def say_elsewhere(self, event: events.Key) -> None:
        """A key of another place of the workbench says where it works."""
        message = elsewhere(event, self.context(), self.lang)
        if message:
            self.notify(message, severity="warning", timeout=4)

    async def take_paste(self, text: str) -> None:
        """A paste: into the open text, or into consecutive score fields as if typed."""
        try:
            if self.editing.is_open:
                paste_into(self.editing.panel.area, text)
                self.editing.store()
            elif self.state.place.kind == QUESTION:
                self.state.type_text(text)
        except ReadOnlyError:
            self.refuse_read_only()

    def refuse_read_only(self) -> None:
        """Say that nothing can be changed here (once for a burst of keys)."""
        refuse_read_only(self.app, self.state)

    def before_save(self) -> None:
        """ctrl+s or ctrl+q while a text is open: what it holds is stored already."""
        self.editing.store()

    # -- undoing ------------------------------------------------------------------------------

    def undo_own(self, *, redo: bool) -> bool:
        """ctrl+z (ctrl+f: `redo`) in an open text: the text's own undo; False without one
        (the app's `action_undo` then undoes the session's last edit)."""
        if not self.editing.is_open:
            return False
        area = self.editing.panel.area
        area.redo() if redo else area.undo()
        self.editing.store()
        return True

    # -- moving -------------------------------------------------------------------------------

    def action_next_question(self) -> None:
        """Enter: keep the typed score (settling a question to discuss), then the next one."""
        self.state.confirm()

    def action_prev_question(self) -> None:
        """The previous question."""
        self.state.previous_question()

    def action_next_area(self) -> None:
        """The next tab (after the last area: the report tab, then the overview)."""
        self.editing.close()
        self.state.step_area(1)

    def action_prev_area(self) -> None:
        """The previous tab."""
        self.editing.close()
        self.state.step_area(-1)

    def action_overview(self) -> None:
        """The overview, the area left highlighted."""
        self.editing.close()
        self.state.go(
            Place.overview(max(0, self.state.place.area_index(self.state.instrument) - 1))
        )

    def action_area(self, number: int) -> None:
        """Area `number` (from 1)."""
        if 1 <= number <= len(self.state.instrument.areas):
            self.editing.close()
            self.state.go_area(number)

    def action_jump(self) -> None:
        """Ask for an area's number and go there."""
        from kompass_tui.tui.screens.jump_prompt import JumpPrompt

        def chosen(number: int | None) -> None:
            if number is not None:
                self.state.go_area(number)

        self.app.push_screen(JumpPrompt(len(self.state.instrument.areas), self.lang, chosen))

    def action_next_unscored(self) -> None:
        """The next unscored question."""
        self.editing.close()
        if not self.state.next_unscored():
            self.notify(tr(self.lang, "all_scored"))

    def action_next_dispute(self) -> None:
        """The next question to discuss."""
        self.editing.close()
        if not self.state.next_disputed():
            self.notify(tr(self.lang, "no_disputes"))

    def action_agenda(self) -> None:
        """ctrl+d: the consensus meeting's agenda of what is open."""
        from kompass_tui.tui.screens.agenda import AgendaScreen

        self.editing.close()
        self.app.push_screen(AgendaScreen(self.state))

    def action_row_down(self) -> None:
        """The next row of the overview or the texts."""
        self.state.highlight(min(self.state.place.row + 1, self._row_count() - 1))

    def action_row_up(self) -> None:
        """The previous row."""
        self.state.highlight(max(self.state.place.row - 1, 0))

    def _row_count(self) -> int:
        area = self.state.area
        if self.state.place.kind == TEXTS and area is not None:
            from kompass_tui.tui.widgets.area_texts import text_rows

            return len(text_rows(self.state, area))
        if self.state.place.kind == REPORT:
            return len(REPORT_SECTIONS) + 1  # the interview log's row after the texts
        return self.query_one(Overview).rows()

    def action_open_row(self) -> None:
        """Enter on the overview: that area, or that question to discuss."""
        row, areas = self.state.place.row, self.state.instrument.areas
        if row < len(areas):
            self.state.go_to_area(areas[row])
            return
        disputes = list(self.state.open_disputes())
        if row - len(areas) < len(disputes):
            self.state.go_to_question(disputes[row - len(areas)])

    # -- editing ------------------------------------------------------------------------------

    def action_not_applicable(self) -> None:
        """Not applicable on or off for the current question."""
        question = self.state.question
        if question is not None:
            self.state.toggle_not_applicable(question.id)

    def action_settle(self) -> None:
        """Settle the current question to discuss with its score as it stands."""
        question = self.state.question
        if question is None:
            return
        problem = self.state.settle_problem(question.id)
        if problem:
            key = "not_disputed" if problem == "not_disputed" else "settle_needs_score"
            self.notify(tr(self.lang, key, qid=question.id), severity="warning")
            return
        self.state.settle(question.id)
        left = len(self.state.open_disputes())
        self.notify(tr(self.lang, "settled", qid=question.id, n=left), timeout=3)

    def action_text(self) -> None:
        """Write the current question's findings: its part of the report."""
        self.editing.open_question_text("findings")

    def action_comment(self) -> None:
        """Write the current question's comment (the evaluators' own, not in the report)."""
        self.editing.open_question_text("comment")

    def action_texts(self) -> None:
        """From a question to its area's texts and lists, and back."""
        place = self.state.place
        if place.kind == QUESTION:
            self.state.go(Place.texts(place.area_id))
        else:
            self.action_to_questions()

    def action_to_questions(self) -> None:
        """From the texts back to the question the area was left on."""
        area = self.state.area
        if area is None:
            return
        question = self.last_question.get(area.id)
        if question is None:
            self.state.go_to_area(area)
        else:
            self.state.go_to_question(question)

    def action_edit_row(self) -> None:
        """Enter on a text row: edit the item or action, add to an empty list, write the
        text; on the report tab's last row, the interview log."""
        if self.state.place.kind == REPORT:
            self.editing.edit_section()
        else:
            self.editing.edit_row()

    def action_add_item(self) -> None:
        """Add an item after the highlighted one."""
        self.editing.add_item()

    def action_delete_item(self) -> None:
        """Delete the highlighted item."""
        self.editing.delete_item()

    def action_add_action(self) -> None:
        """p: a new action for the highlighted improvement area."""
        self.editing.add_action()

    def action_action_status(self) -> None:
        """s: the highlighted action's next status."""
        self.editing.next_status()

    def action_evidence(self) -> None:
        """ctrl+u: the current question's sources."""
        from kompass_tui.tui.screens.evidence import EvidenceList

        question = self.state.question
        if question is not None:
            self.app.push_screen(EvidenceList(self.state, question.id))

    def action_editor_done(self) -> None:
        """Escape in the editor: keep the text, close it."""
        self.editing.close()

    def action_external_editor(self) -> None:
        """ctrl+o in the editor: the text in $VISUAL or $EDITOR."""
        self.editing.external_editor()

    # -- reports, language ------------------------------------------------------------------------

    def action_export(self) -> None:
        """Ask where to write the report, then write it."""
        report_actions.export(self.app, self.state)

    def action_preview(self) -> None:
        """Read the report."""
        report_actions.preview(self.app, self.state)

    def action_compare_others(self) -> None:
        """The areas beside the median of the folder's other evaluations (read in the
        background, its progress on a line above the keys)."""
        report_actions.compare_others(self.app, self.state, self.show_progress)

    def show_progress(self, text: str) -> None:
        """A line above the keys saying how far background work has come ('' hides it)."""
        line = self.query_one("#progress", Static)
        line.update(text)
        line.display = bool(text)

    def action_language(self) -> None:
        """Switch between the instrument's languages."""
        self.editing.close()
        self.state.cycle_language()

    def palette_extras(self) -> Iterable[SystemCommand]:
        """Every area by name (F3 … F10 reach eight of them)."""
        for number, area in enumerate(self.state.instrument.areas, 1):
            title = f"{tr(self.lang, 'b.area', n=area.id)}: {self.state.text(area.title)}"
            yield SystemCommand(title, "g", lambda number=number: self.state.go_area(number))
