"""The overview's list of questions to discuss after a consensus; Enter goes to one."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from kompass_tui.core.scoring.numbers import format_points
from kompass_tui.tui.dispute_text import open_disputes, scores_text
from kompass_tui.tui.messages import JumpToQuestion
from kompass_tui.tui.state import OpenSession
from kompass_tui.tui.strings import tr


class DisputeList(Vertical):
    """Question id, spread and every author's score; hidden when nothing is left to discuss."""

    def __init__(self, state: OpenSession) -> None:
        super().__init__(id="disputes")
        self.state = state

    def compose(self) -> ComposeResult:
        """A heading and the table."""
        yield Static("", id="disputes-title")
        yield DataTable(cursor_type="row", zebra_stripes=True, id="disputes-table")

    def on_mount(self) -> None:
        """Add the columns and fill the table."""
        lang = self.state.lang
        table = self.query_one(DataTable)
        table.add_column(tr(lang, "question"), key="question")
        table.add_column(tr(lang, "spread"), key="spread")
        table.add_column(tr(lang, "author_scores"), key="scores")
        self.refresh_disputes()

    def refresh_disputes(self) -> None:
        """Show the disputes as they stand now."""
        lang = self.state.lang
        disputes = open_disputes(self.state.session)
        table = self.query_one(DataTable)
        table.clear()
        for qid, dispute in disputes.items():
            spread = Text(format_points(dispute.spread, lang), justify="right")
            table.add_row(qid, spread, Text(scores_text(dispute, lang)), key=qid)
        self.query_one("#disputes-title", Static).update(tr(lang, "to_discuss", n=len(disputes)))
        self.display = bool(disputes)

    @on(DataTable.RowSelected)
    def _jump(self, event: DataTable.RowSelected) -> None:
        event.stop()  # the overview's own table jumps to areas; this one to questions
        if event.row_key.value is not None:
            self.post_message(JumpToQuestion(event.row_key.value))
