"""The overview: one row per area (total, maximum, %, bar, progress), the total, what to discuss.

Drawn as lines of text from the open session, at the width it has: area titles are cut with
an ellipsis before a number is; with many areas the overview scrolls to keep the highlighted
row in view. The highlighted row is the model's (`place.row`): Enter goes to that area, or to
the question to discuss.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.widgets import Static

from kompass_tui.core.scoring.numbers import (
    format_max,
    format_percent,
    format_points,
    format_result,
)
from kompass_tui.core.scoring.totals import area_score
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.tui.dispute_text import dispute_line
from kompass_tui.tui.laid_out import laid_out_width
from kompass_tui.tui.literal import literal
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.score_bar import bar_content

WIDE = 100
"""From this width on, the overview shows full area titles and a longer bar."""
HEADER_LINES = 1


def _cut(text: str, width: int) -> str:
    """`text` in `width` cells, an ellipsis marking a cut."""
    if len(text) <= width:
        return text.ljust(width)
    return text[: max(0, width - 1)] + "…"


class Overview(VerticalScroll):
    """Every area's result and the overall total, from the open session."""

    DEFAULT_CSS = """
    Overview { padding: 0 1; scrollbar-size-vertical: 1; }
    Overview > Static { width: 100%; }
    """

    def __init__(self, state: OpenSession) -> None:
        super().__init__(id="overview")
        self.state = state
        self._drawn: tuple[object, ...] = ()

    def compose(self) -> ComposeResult:
        """One text holding every line."""
        yield Static("", id="overview-lines")

    def on_resize(self) -> None:
        """Lay the columns out for the new width."""
        self.redraw()

    def rows(self) -> int:
        """How many rows can be highlighted: the areas, then the questions to discuss."""
        return len(self.state.instrument.areas) + len(self.state.open_disputes())

    def redraw(self) -> None:
        """Draw from the session as it is now (nothing when nothing changed)."""
        state = self.state
        width = laid_out_width(self) - 3
        highlighted = state.place.row if state.place.kind == "overview" else -1
        key = (state.revision, width, highlighted, state.lang)
        if key == self._drawn:
            return
        self._drawn = key
        lines, highlight_line = self._lines(max(40, width), highlighted)
        self.query_one("#overview-lines", Static).update(Content("\n").join(lines))
        if highlight_line >= 0:
            self.scroll_to_region(
                Region(0, max(0, highlight_line - HEADER_LINES), 1, 3), animate=False
            )

    def _lines(self, width: int, highlighted: int) -> tuple[list[Content], int]:
        state, lang = self.state, self.state.lang
        wide = width >= WIDE - 3
        bar_width = 20 if wide else 12
        scores = [area_score(state.session, area) for area in state.instrument.areas]
        # Columns as wide as their widest figure (any instrument: 2,25 or 109,75 alike).
        points = [format_points(s.total, lang) if s.scored else "–" for s in scores]
        maxima = [format_max(s.max, lang) for s in scores]
        progress = [f"{s.scored}/{s.scorable}" for s in scores]
        points_w = max(map(len, [*points, tr(lang, "points")])) + 2
        max_w = max(map(len, [*maxima, tr(lang, "max")])) + 2
        done_w = max(map(len, [*progress, tr(lang, "scored")])) + 2
        numbers = points_w + max_w + 6 + 1 + bar_width + done_w
        title_width = max(8, width - numbers)
        header = (
            _cut(tr(lang, "area"), title_width)
            + f"{tr(lang, 'points'):>{points_w}}{tr(lang, 'max'):>{max_w}}"
            + f"{tr(lang, 'percent'):>6} "
            + " " * bar_width
            + f"{tr(lang, 'scored'):>{done_w}}"
        )
        lines = [Content.styled(header, "bold $text-muted")]
        highlight_line = -1
        for index, (area, score) in enumerate(zip(state.instrument.areas, scores, strict=True)):
            title = state.text(area.title)
            if len(title) + len(area.id) + 1 > title_width:
                title = state.text(area.short)
            name = Content(_cut(literal(f"{area.id} {title}", one_line=True), title_width))
            if index == highlighted:
                name = name.stylize("bold reverse")
                highlight_line = len(lines)
            lines.append(
                Content.assemble(
                    name,
                    f"{points[index]:>{points_w}}",
                    f"{maxima[index]:>{max_w}}",
                    f"{format_percent(score.percent):>6} ",
                    bar_content(score.percent, bar_width),
                    f"{progress[index]:>{done_w}}",
                )
            )
        total = state.score()
        lines.append(Content(""))
        lines.append(
            Content.assemble(
                (
                    f"{tr(lang, 'total')} "
                    + format_result(
                        total.total if total.scored else None, total.max, total.percent, lang
                    ),
                    "bold",
                ),
                f"   {total.scored}/{total.scorable} {tr(lang, 'answered')}",
            )
        )
        if not total.complete:
            lines.append(Content.styled(tr(lang, "percent_of_scored"), "$text-muted"))
        upcoming = state.start_place()
        next_text = (
            tr(lang, "next_unscored", qid=upcoming.question_id)
            if upcoming.kind == "question"
            else tr(lang, "all_scored")
        )
        lines.append(Content.styled(next_text, "$text-muted"))
        disputes = state.open_disputes()
        if disputes:
            lines.append(Content(""))
            lines.append(
                Content.styled(tr(lang, "to_discuss", n=len(disputes)), "bold $text-warning")
            )
            areas = len(state.instrument.areas)
            for offset, (qid, dispute) in enumerate(disputes.items()):
                row = Content(_cut(dispute_line(state, qid, dispute, qid, 6), width))
                if areas + offset == highlighted:
                    row = row.stylize("bold reverse")
                    highlight_line = len(lines)
                lines.append(row)
        notes = state.session.consensus
        if notes is not None and notes.texts:  # settled in the agenda (ctrl+d)
            lines.append(Content(""))
            lines.append(Content.styled(tr(lang, "texts_to_settle", n=len(notes.texts)), "bold"))
        return lines, highlight_line
