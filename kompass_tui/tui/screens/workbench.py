"""The main screen: a status line, an overview tab and one tab per area, built when first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import DataTable, Footer, TabbedContent, TabPane

from kompass_tui.core.instrument.criteria import Area
from kompass_tui.tui.key_order import after_typing
from kompass_tui.tui.keys import WORKBENCH_BINDINGS, localize_bindings
from kompass_tui.tui.messages import JumpToArea, NotesChanged, ScoreChanged
from kompass_tui.tui.screens.workbench_disputes import DISPUTE_ACTIONS, DisputeActions
from kompass_tui.tui.screens.workbench_reports import ReportActions
from kompass_tui.tui.state import OpenSession
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.overview import WIDE, Overview
from kompass_tui.tui.widgets.question_row import QuestionRow
from kompass_tui.tui.widgets.score_input import ScoreInput
from kompass_tui.tui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from kompass_tui.tui.widgets.area_view import AreaView

OVERVIEW = "overview"
QUESTION_ACTIONS = ("comment", "not_applicable", "settle")


class WorkbenchScreen(ReportActions, DisputeActions, Screen[None]):
    """Scores and notes of one session, area by area."""

    CSS_PATH = "workbench.tcss"
    BINDINGS = WORKBENCH_BINDINGS

    def __init__(self, state: OpenSession) -> None:
        super().__init__()
        self.state = state
        self.pane_of_area = {a.id: f"area-{i}" for i, a in enumerate(state.instrument.areas, 1)}
        self.area_of_pane = {p: a for a, p in self.pane_of_area.items()}
        localize_bindings(self, state.lang)

    def compose(self) -> ComposeResult:
        """Status line, tabs (area tabs start empty) and footer."""
        state = self.state
        yield StatusLine(id="status")
        with TabbedContent(id="tabs", initial=OVERVIEW):
            with TabPane(tr(state.lang, "overview"), id=OVERVIEW):
                yield Overview(state, wide=self.app.size.width >= WIDE)
            for area in state.instrument.areas:
                yield TabPane(state.area_label(area), id=self.pane_of_area[area.id])
        yield Footer(compact=True, show_command_palette=False)

    async def on_mount(self) -> None:
        """Start at the first unscored question, or on the overview when all are scored."""
        self.refresh_status()
        first = self.state.next_unscored()
        if first is None:
            await self.show_overview()
        else:
            await self.go_to(self.state.instrument.area_of_question[first.id], first.id)

    # -- navigation ---------------------------------------------------------------------------

    @property
    def tabs(self) -> TabbedContent:
        """The tabbed content."""
        return self.query_one("#tabs", TabbedContent)

    def area_view(self, area: Area) -> AreaView | None:
        """An area's view if it has been built."""
        try:
            return self.query_one(f"#{self.pane_of_area[area.id]} AreaView")  # type: ignore[return-value]
        except NoMatches:
            return None

    async def build(self, area: Area) -> AreaView:
        """Build an area's view the first time it is needed."""
        view = self.area_view(area)
        if view is None:
            from kompass_tui.tui.widgets.area_view import AreaView  # with its TextArea

            view = AreaView(area, self.state)
            await self.query_one(f"#{self.pane_of_area[area.id]}", TabPane).mount(view)
        return view

    async def go_to(self, area: Area, question_id: str | None = None) -> None:
        """Show an area and focus a question: the given one, else the first unscored."""
        view = await self.build(area)
        self.tabs.active = self.pane_of_area[area.id]
        if question_id is None:
            unscored = [
                q.id
                for q in area.questions
                if q.id not in self.state.session.scores
                and q.id not in self.state.session.not_applicable
            ]
            question_id = unscored[0] if unscored else area.questions[0].id
        row = view.row_of(question_id)
        if row is not None and self.state.read_only:
            # Score fields are disabled: focus the page, so the keys scroll it.
            self.call_after_refresh(view.focus)
        elif row is not None:
            target = row.score_input
            self.call_after_refresh(target.focus)

    async def show_overview(self) -> None:
        """Show the overview tab and focus its table."""
        self.tabs.active = OVERVIEW
        self.call_after_refresh(self.query_one("#overview-table", DataTable).focus)

    def current_area_index(self) -> int:
        """0 for the overview, else the area's position from 1."""
        active = self.tabs.active
        areas = self.state.instrument.areas
        if active in self.area_of_pane:
            return [a.id for a in areas].index(self.area_of_pane[active]) + 1
        return 0

    async def _go_to_index(self, index: int) -> None:
        count = len(self.state.instrument.areas)
        index %= count + 1
        if index == 0:
            await self.show_overview()
        else:
            await self.go_to(self.state.instrument.areas[index - 1])

    @on(TabbedContent.TabActivated)
    async def _tab_shown(self, event: TabbedContent.TabActivated) -> None:
        pane_id = event.pane.id or ""
        if pane_id in self.area_of_pane:
            await self.build(self.state.instrument.area_by_id[self.area_of_pane[pane_id]])
        self.refresh_labels()

    def on_resize(self) -> None:
        """Fit the tab labels to the new width."""
        self.refresh_labels()

    def refresh_labels(self) -> None:
        """Full labels when all fit; else the number only, except on the active tab."""
        state = self.state
        labels = {self.pane_of_area[a.id]: state.area_label(a) for a in state.instrument.areas}
        needed = sum(len(label) + 2 for label in labels.values()) + len(tr(state.lang, "overview"))
        compact = needed + 2 > self.size.width
        active = self.tabs.active
        for pane_id, label in labels.items():
            short = label if not compact or pane_id == active else label.split(" ", 1)[0]
            self.tabs.get_tab(pane_id).label = short

    # -- live updates ---------------------------------------------------------------------------

    def before_save(self) -> None:
        """Store what the notes editors hold now, typed just before ctrl+s or ctrl+q."""
        for view in self.query("AreaView"):
            view.sync_notes()

    def refresh_status(self) -> None:
        """Redraw the status line."""
        self.query_one(StatusLine).refresh_from(self.state)

    @on(ScoreChanged)
    def _score_changed(self, event: ScoreChanged) -> None:
        area = self.state.instrument.area_of_question[event.question_id]
        self.query_one(Overview).refresh_area(area)
        self.refresh_status()

    @on(NotesChanged)
    def _notes_changed(self) -> None:
        self.state.dirty = True
        self.refresh_status()

    @on(JumpToArea)
    async def _jump(self, event: JumpToArea) -> None:
        await self.go_to(self.state.instrument.area_by_id[event.area_id])

    # -- actions ------------------------------------------------------------------------------

    def focused_row(self) -> QuestionRow | None:
        """The question whose score field has focus."""
        focused = self.focused
        if isinstance(focused, ScoreInput):
            for ancestor in focused.ancestors:
                if isinstance(ancestor, QuestionRow):
                    return ancestor
        return None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Question actions apply only while a score field has focus; consensus ones when needed."""
        if action in QUESTION_ACTIONS and self.focused_row() is None:
            return None
        return action not in DISPUTE_ACTIONS or self.has_disputes()

    @after_typing
    async def action_next_area(self) -> None:
        """Go to the next tab (after the last area: the overview)."""
        await self._go_to_index(self.current_area_index() + 1)

    @after_typing
    async def action_prev_area(self) -> None:
        """Go to the previous tab."""
        await self._go_to_index(self.current_area_index() - 1)

    @after_typing
    async def action_overview(self) -> None:
        """Go to the overview."""
        await self.show_overview()

    @after_typing
    async def action_area(self, number: int) -> None:
        """Go to the area at a position (1 for the first)."""
        if 1 <= number <= len(self.state.instrument.areas):
            await self._go_to_index(number)

    @after_typing
    async def action_next_unscored(self) -> None:
        """Go to the next unscored question after the focused one."""
        row = self.focused_row()
        question = self.state.next_unscored(row.question.id if row else None)
        if question is None:
            self.notify(tr(self.state.lang, "all_scored"))
            return
        await self.go_to(self.state.instrument.area_of_question[question.id], question.id)

    @after_typing
    def action_not_applicable(self) -> None:
        """Toggle not applicable on the focused question."""
        row = self.focused_row()
        if row is not None:
            row.toggle_not_applicable()

    @after_typing
    def action_comment(self) -> None:
        """Edit the focused question's comment in a dialog."""
        from kompass_tui.tui.screens.comment_editor import CommentEditor

        row = self.focused_row()
        if row is None:
            return
        qid = row.question.id

        def done(text: str | None) -> None:
            session = self.state.session
            if text is None or text == session.comments.get(qid, ""):
                return
            session.set_comment(qid, text)
            row.refresh_marks()
            self.post_message(NotesChanged())

        text = self.state.session.comments.get(qid, "")
        self.app.push_screen(CommentEditor(qid, text, self.state.lang), done)

    @after_typing
    def action_language(self) -> None:
        """Switch the interface and instrument texts between the instrument's languages."""
        languages = self.state.instrument.languages
        self.state.lang = languages[(languages.index(self.state.lang) + 1) % len(languages)]
        self.app.switch_screen(WorkbenchScreen(self.state))
