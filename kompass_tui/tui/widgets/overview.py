"""The overview: one row per area with total, maximum, percentage, bar and progress."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from kompass_tui.core.instrument.criteria import Area
from kompass_tui.core.scoring.numbers import format_max, format_percent, format_points
from kompass_tui.core.scoring.totals import area_score
from kompass_tui.tui.messages import JumpToArea
from kompass_tui.tui.state import OpenSession
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.dispute_list import DisputeList
from kompass_tui.tui.widgets.score_bar import bar_text

WIDE = 100
"""From this terminal width on, the overview shows full area titles instead of short ones."""


class Overview(Vertical):
    """Every area's result and the overall total; Enter on a row goes to that area."""

    def __init__(self, state: OpenSession, wide: bool) -> None:
        super().__init__(classes="overview")
        self.state = state
        self.wide = wide
        self.bar_width = 20 if wide else 12

    def compose(self) -> ComposeResult:
        """The table of areas, the total lines and the questions to discuss, if any."""
        yield DataTable(cursor_type="row", zebra_stripes=True, id="overview-table")
        yield Static("", id="overview-total")
        yield Static("", id="overview-next")
        yield DisputeList(self.state)

    def on_mount(self) -> None:
        """Fill the table from the session."""
        lang = self.state.lang
        table = self.query_one(DataTable)
        table.add_column(tr(lang, "area"), key="area")
        table.add_column(tr(lang, "points"), key="points")
        table.add_column(tr(lang, "max"), key="max")
        table.add_column(tr(lang, "percent"), key="percent")
        table.add_column("", key="bar")
        table.add_column(tr(lang, "scored"), key="scored")
        for area in self.state.instrument.areas:
            table.add_row(*self._cells(area), key=area.id)
        self.refresh_totals()

    def _cells(self, area: Area) -> list[object]:
        state, lang = self.state, self.state.lang
        score = area_score(state.session, area)
        title = state.text(area.title) if self.wide else state.text(area.short)
        return [
            f"{area.id} {title}",
            format_points(score.total, lang).rjust(5),
            format_max(score.max, lang).rjust(3),
            format_percent(score.percent).rjust(5),
            bar_text(score.percent, self.bar_width),
            f"{score.scored}/{score.scorable}",
        ]

    def refresh_area(self, area: Area) -> None:
        """Redraw one area's row and the totals."""
        table = self.query_one(DataTable)
        for column, value in zip(
            ("points", "max", "percent", "bar", "scored"), self._cells(area)[1:], strict=True
        ):
            table.update_cell(area.id, column, value)
        self.refresh_totals()

    def refresh_totals(self) -> None:
        """Redraw the overall total and the next unscored question."""
        state, lang = self.state, self.state.lang
        score = state.score()
        self.query_one("#overview-total", Static).update(
            f"[b]{tr(lang, 'total')} {format_points(score.total, lang)} / "
            f"{format_max(score.max, lang)} · {format_percent(score.percent)}[/b]"
            f"   {score.scored}/{score.scorable} {tr(lang, 'answered')}"
        )
        upcoming = state.next_unscored()
        self.query_one("#overview-next", Static).update(
            tr(lang, "next_unscored", qid=upcoming.id) if upcoming else tr(lang, "all_scored")
        )

    @on(DataTable.RowSelected)
    def _jump(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(JumpToArea(event.row_key.value))
