"""An area's page: its title and live total, its questions, then its texts and lists.

The title line stays in view (above the scrolling part) however long the area is; the
questions and the texts scroll beneath it, and the current question or the highlighted
text row is kept in view.

Built the first time the area is shown; it draws what the open session holds when it is
mounted, so keys typed before that are already in it. At a re-evaluation the earlier
evaluation's total stands beside the area's (drawn once, when it is found).
"""

from __future__ import annotations

from decimal import Decimal

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.css.query import NoMatches
from textual.geometry import Region
from textual.widgets import Static

from kompass_tui.core.instrument.criteria import Area
from kompass_tui.core.scoring.numbers import format_max, format_points, format_result
from kompass_tui.core.scoring.totals import area_score
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.tui.literal import literal_content
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.area_texts import AreaTexts
from kompass_tui.tui.widgets.question_row import QuestionRow, max_column_width
from kompass_tui.tui.widgets.score_bar import ScoreBar
from kompass_tui.tui.widgets.tab_ready import TabReady


def total_width(state: OpenSession) -> int:
    """Cells for an area's total line at its widest: `109,75 / 109,75 · 100 %  99/99`."""
    lang = state.lang
    widest_points = max(
        len(format_points(area.max, lang)) + 1 for area in state.instrument.areas
    )  # a total may hold one decimal more than its maximum shows
    widest_max = max(len(format_max(area.max, lang)) for area in state.instrument.areas)
    counts = max(len(area.questions) for area in state.instrument.areas)
    return widest_points + 3 + widest_max + len(" · 100 %  ") + 2 * len(str(counts)) + 2


class AreaView(Vertical):
    """Everything about one area, drawn from the open session."""

    def __init__(self, area: Area, state: OpenSession) -> None:
        super().__init__(classes="area-view")
        self.area = area
        self.state = state
        self.rows: dict[str, QuestionRow] = {}
        self._total = ""

    def compose(self) -> ComposeResult:
        """Title, total, question rows, texts."""
        area, state = self.area, self.state
        with Horizontal(classes="area-head"):
            yield Static(
                literal_content(f"{area.id} {state.text(area.title)}", one_line=True),
                classes="area-title",
            )
            yield Static("", classes="area-earlier")
            total = Static("", classes="area-total-text")
            total.styles.width = total_width(state)
            yield total
            yield ScoreBar(width=12)
        # Said where it applies: the maximum above leaves the not-applicable questions out.
        note = Static("", classes="area-na-note")
        note.display = False
        yield note
        width = max_column_width(state)
        with VerticalScroll(classes="area-scroll"):
            for question in area.questions:
                row = QuestionRow(question, state, width)
                self.rows[question.id] = row
                yield row
            yield AreaTexts(state, area)

    def on_mount(self) -> None:
        """Show the rows and totals as the session is now, bring the current question into
        view; say it is ready.

        Each row drew itself when it was mounted, but keys handled between that and this
        (a burst typed while the area was built, under load) changed the session while the
        view was not yet mounted, and the workbench redraws rows of mounted views only: the
        rows draw again here (each only what changed).

        A view taken down while it was built (an area built ahead as the app quit or its
        workbench was replaced) has lost its parts: it draws nothing and is not shown."""
        try:
            for row in self.rows.values():
                row.show()
            self.show_total()
            self._show_earlier_total()
        except NoMatches:
            return
        self.follow_place()
        self.post_message(TabReady(self))

    def show_earlier(self) -> None:
        """The earlier evaluation was found: beside every question, the total, the texts."""
        for row in self.rows.values():
            row.show()
        self._show_earlier_total()
        self.show_texts()

    def _show_earlier_total(self) -> None:
        state, lang = self.state, self.state.lang
        earlier = state.earlier_by_area.get(self.area.id)
        line = self.query_one(".area-earlier", Static)
        if state.earlier is None or earlier is None or earlier.total is None:
            line.display = False
            return
        label = state.earlier.label or tr(lang, "earlier_label")
        points = format_points(earlier.total, lang)
        line.update(Content(f"{label}: {points} "))
        line.display = True

    def show_total(self) -> None:
        """The area's total, percentage and progress."""
        score = area_score(self.state.session, self.area)
        lang = self.state.lang
        total = score.total if score.scored else None
        result = format_result(total, score.max, score.percent, lang)
        text = f"{result}  {score.scored}/{score.scorable}"
        self._show_na_note(score.max)
        if text == self._total:
            return
        self._total = text
        # A fixed width (total_width): a new total repaints this text, not the line's layout.
        self.query_one(".area-total-text", Static).update(
            Content(f"{text} ".rjust(total_width(self.state))), layout=False
        )
        self.query_one(".area-head ScoreBar", ScoreBar).show(score.percent)

    def _show_na_note(self, maximum: Decimal) -> None:
        applies = any(q.id in self.state.session.not_applicable for q in self.area.questions)
        note = self.query_one(".area-na-note", Static)
        if applies:
            lang = self.state.lang
            note.update(Content(tr(lang, "max_without_na", max=format_max(maximum, lang))))
        if note.display != applies:
            note.display = applies

    def follow_place(self) -> None:
        """Scroll the current question (or the highlighted text row) into view, if needed."""
        place = self.state.place
        scroll = self.query_one(".area-scroll", VerticalScroll)
        if place.kind == "question" and place.question_id in self.rows:
            scroll.scroll_to_widget(self.rows[place.question_id], animate=False, top=False)
        elif place.kind == "texts":
            # Once the texts just redrawn have their new height.
            self.call_after_refresh(self._show_highlighted_text)

    def _show_highlighted_text(self) -> None:
        """The texts' heading at the top, the highlighted row (and a line below it) in view."""
        if self.state.place.kind != "texts" or self.state.place.area_id != self.area.id:
            return
        scroll = self.query_one(".area-scroll", VerticalScroll)
        texts = self.query_one(AreaTexts)
        top = texts.virtual_region.y
        line = texts.highlighted_line
        if line + 2 > scroll.size.height:
            scroll.scroll_to_region(Region(0, top + line, 1, 2), animate=False)
        else:
            scroll.scroll_to(y=top, animate=False)

    def show_texts(self) -> None:
        """Redraw the texts and lists."""
        self.query_one(AreaTexts).redraw()

    @property
    def area_label(self) -> str:
        """The section heading over the question list (for help and tests)."""
        return tr(self.state.lang, "area")
