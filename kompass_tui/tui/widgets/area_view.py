"""An area's page: its questions, the live area total, strengths, improvements and notes."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static, TextArea

from kompass_tui.core.instrument.criteria import Area
from kompass_tui.core.scoring.numbers import format_max, format_percent, format_points
from kompass_tui.core.scoring.totals import area_score
from kompass_tui.tui.literal import edited_or_original, literal, literal_content
from kompass_tui.tui.messages import NotesChanged, ScoreChanged
from kompass_tui.tui.state import OpenSession
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.note_list import NoteList
from kompass_tui.tui.widgets.question_row import QuestionRow
from kompass_tui.tui.widgets.score_bar import ScoreBar


class AreaView(VerticalScroll):
    """Everything about one area; built the first time its tab is shown."""

    def __init__(self, area: Area, state: OpenSession) -> None:
        super().__init__(classes="area-view")
        self.area = area
        self.state = state

    def compose(self) -> ComposeResult:
        """Title, question rows, total, the two lists and the free text."""
        area, state = self.area, self.state
        notes = state.session.area_notes(area.id)
        yield Static(literal_content(f"{area.id} {state.text(area.title)}"), classes="area-title")
        for question in area.questions:
            yield QuestionRow(question, state)
        with Horizontal(classes="area-total"):
            yield Static("", classes="area-total-text")
            yield ScoreBar(width=20)
        yield Static(tr(state.lang, "strengths"), classes="section-title")
        read_only = state.read_only
        yield NoteList(
            notes.strengths, state.lang, "strengths", read_only=read_only, classes="strengths"
        )
        yield Static(tr(state.lang, "improvements"), classes="section-title")
        yield NoteList(
            notes.improvements,
            state.lang,
            "improvements",
            read_only=read_only,
            classes="improvements",
        )
        yield Static(tr(state.lang, "notes"), classes="section-title")
        yield TextArea(
            literal(notes.notes), soft_wrap=True, read_only=read_only, classes="area-notes"
        )

    def on_mount(self) -> None:
        """Show the total of a loaded session."""
        self.refresh_total()

    def refresh_total(self) -> None:
        """Recompute and show this area's total, percentage and progress."""
        score = area_score(self.state.session, self.area)
        lang = self.state.lang
        text = (
            f"{tr(lang, 'area_total')} {format_points(score.total, lang)} / "
            f"{format_max(score.max, lang)} · {format_percent(score.percent)}"
            f"   ({score.scored}/{score.scorable} {tr(lang, 'answered')})"
        )
        self.query_one(".area-total-text", Static).update(text)
        self.query_one(".area-total ScoreBar", ScoreBar).show(score.percent)

    def row_of(self, question_id: str) -> QuestionRow | None:
        """The row of a question of this area."""
        for row in self.query(QuestionRow):
            if row.question.id == question_id:
                return row
        return None

    @on(ScoreChanged)
    def _score_changed(self) -> None:
        self.refresh_total()

    @on(TextArea.Changed, ".area-notes")
    def _notes_typed(self, event: TextArea.Changed) -> None:
        event.stop()
        self.sync_notes()

    def sync_notes(self) -> None:
        """Store the notes as they stand in the editor (also called right before saving)."""
        if self.state.read_only:
            return
        notes = self.state.session.area_notes(self.area.id)
        text = edited_or_original(notes.notes, self.query_one(".area-notes", TextArea).text)
        if notes.notes != text:
            notes.notes = text
            self.state.dirty = True
            self.post_message(NotesChanged())
