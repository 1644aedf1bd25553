"""One question of an area: id, text, the score field, maximum and bar; a reason and marks below.

The row only shows what the open session holds: the field's text (the entry being typed, or
the stored score), whether the question is the current one, why an entry is refused, the
not-applicable mark, a dispute, the earlier evaluation's score at a re-evaluation, how many
sources the question has, and the start of the question's texts. It never edits.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.css.query import NoMatches
from textual.widgets import Static

from kompass_tui.core.instrument.criteria import Question
from kompass_tui.core.scoring.numbers import format_max
from kompass_tui.core.scoring.totals import question_percent
from kompass_tui.core.session.entry import Refusal, shown_score
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.tui.dispute_text import dispute_mark
from kompass_tui.tui.literal import literal, literal_content
from kompass_tui.tui.strings import score_reason, tr
from kompass_tui.tui.widgets.score_bar import ScoreBar

FIELD_WIDTH = 8


def max_column_width(state: OpenSession) -> int:
    """Cells for `/ max`: the instrument's widest maximum in the language's format."""
    widest = max(len(format_max(q.max, state.lang)) for q in state.instrument.questions)
    return widest + 4  # padding, '/ ', the number, a space before the bar


class QuestionRow(Vertical):
    """A question as the open session has it; `show()` redraws what changed."""

    def __init__(self, question: Question, state: OpenSession, max_width: int) -> None:
        super().__init__(classes="question", id=f"q-{_css_id(question.id)}")
        self.question = question
        self.state = state
        self.max_width = max_width
        self._drawn: dict[str, object] = {}

    def compose(self) -> ComposeResult:
        """The id, text, field, maximum and bar on one line; the reason and marks below."""
        question, state = self.question, self.state
        with Horizontal(classes="question-line"):
            yield Static(literal(question.id, one_line=True), classes="question-id")
            yield Static(literal_content(state.text(question.text)), classes="question-text")
            yield Static("", classes="score-field")
            maximum = Static(f"/ {format_max(question.max, state.lang)}", classes="question-max")
            maximum.styles.width = self.max_width
            yield maximum
            yield ScoreBar(None, width=10)
        yield Static("", classes="question-error")
        yield Static("", classes="question-marks")

    def on_mount(self) -> None:
        """Show what the session holds. A row taken down while it was built (an area built
        ahead as the app quit or its workbench was replaced) has lost its parts: it draws
        nothing."""
        with suppress(NoMatches):
            self.show()

    def show(self) -> None:
        """Redraw the field, reason, bar and marks where they changed."""
        state, qid = self.state, self.question.id
        current = state.place.kind == "question" and state.place.question_id == qid
        text, error = state.field_text(qid), state.field_error(qid)
        fresh = state.field_fresh(qid)
        self._set("current", current, lambda: self.set_class(current, "-current"))
        invalid = error is not None
        self._set("invalid", invalid, lambda: self.set_class(invalid, "-invalid"))
        field = (text, current, fresh)
        self._set("field", field, lambda: self._field(text, current, fresh))
        refused = state.refused_text(qid)
        counts = state.session.scores.get(qid)
        self._set("error", (error, refused, counts), lambda: self._error(error, refused))
        percent = question_percent(state.session, self.question)
        self._set("bar", percent, lambda: self.query_one(ScoreBar).show(percent))
        self._set("marks", self._marks().plain, self._show_marks)

    def _set(self, name: str, value: object, draw: Callable[[], object]) -> None:
        if self._drawn.get(name, ...) != value:
            self._drawn[name] = value
            draw()

    def _field(self, text: str, current: bool, fresh: bool) -> None:
        shown = literal(text, one_line=True)[: FIELD_WIDTH - 1]
        if not shown and not current:
            content = Content.styled("–".center(FIELD_WIDTH), "dim")
        elif current and fresh and shown:
            content = Content.assemble(
                " " * (FIELD_WIDTH - 1 - len(shown)), (shown, "reverse"), " "
            )
        elif current:
            # No cursor glyph: the field's colour marks it, and the glyph's own style would
            # cost every keystroke another escape sequence over SSH.
            content = Content(shown.rjust(FIELD_WIDTH - 1) + " ")
        else:
            content = Content(shown.rjust(FIELD_WIDTH - 1) + " ")
        self.query_one(".score-field", Static).update(content, layout=False)

    def _error(self, error: Refusal | None, refused: str | None) -> None:
        line = self.query_one(".question-error", Static)
        if error is None:
            line.update("")
            return
        lang = self.state.lang
        reason = score_reason(error.reason, dict(error.figures), lang)
        if refused is not None:
            # Left behind: the field shows the score that counts; the text is named here.
            stored = self.state.session.scores.get(self.question.id)
            counts = shown_score(stored, lang) if stored is not None else tr(lang, "no_score")
            reason = tr(lang, "refused_left", text=refused, reason=reason, counts=counts)
        line.update(Content(f"⚠ {literal(reason, one_line=True)}"))

    def stale(self) -> bool:
        """Whether the field or the highlight shows anything but what the session holds
        (a guard: `show()` draws only what changed since it last drew)."""
        state, qid = self.state, self.question.id
        current = state.place.kind == "question" and state.place.question_id == qid
        if self.has_class("-current") != current:
            return True
        shown = str(self.query_one(".score-field", Static).render()).strip()
        expected = literal(state.field_text(qid), one_line=True)[: FIELD_WIDTH - 1]
        return shown != (expected or ("" if current else "–"))

    def redraw(self) -> None:
        """Draw everything anew from the session."""
        self._drawn.clear()
        self.show()

    def _marks(self) -> Text:
        session, qid, lang = self.state.session, self.question.id, self.state.lang
        marks = Text()
        dispute = self.state.open_disputes().get(qid)
        consensus = session.consensus
        if dispute is not None and consensus is not None:
            mark = dispute_mark(dispute, self.question.max, consensus.threshold, lang)
            marks.append(f"{mark}  ", style="bold")
        if qid in session.not_applicable:
            marks.append(f"⊘ {tr(lang, 'not_applicable')}  ", style="bold")
        earlier = self.state.earlier_by_question.get(qid)
        if earlier is not None and earlier.not_applicable:
            marks.append(f"{tr(lang, 'earlier_not_applicable')}  ")
        elif earlier is not None and earlier.score is not None:
            marks.append(f"{tr(lang, 'earlier_score', score=shown_score(earlier.score, lang))}  ")
        if self.state.answers_of(qid):
            marks.append(f"✉ {tr(lang, 'answer_mark')}  ", style="bold")
        sources = len(session.evidence.get(qid, ()))
        if sources:
            marks.append(f"§ {tr(lang, 'sources', n=sources)}  ")
        findings = session.findings.get(qid, "").strip()
        if findings:
            marks.append(f"¶ {literal(findings.splitlines()[0], one_line=True)}  ")
        comment = session.comments.get(qid, "").strip()
        if comment:
            marks.append(f"✎ {literal(comment.splitlines()[0], one_line=True)}", style="italic")
        return marks

    def _show_marks(self) -> None:
        session, qid = self.state.session, self.question.id
        self.set_class(qid in session.not_applicable, "-not-applicable")
        self.set_class(qid in self.state.open_disputes(), "-disputed")
        marks = self._marks()
        widget = self.query_one(".question-marks", Static)
        widget.update(marks)
        widget.display = bool(marks.plain)


def _css_id(question_id: str) -> str:
    """A question id as a widget id, one to one: every character but [A-Za-z0-9-] (`_` too)
    spelled out as `_<hex>_`, so no two question ids can become the same widget id."""
    return "".join(
        c if c.isascii() and (c.isalnum() or c == "-") else f"_{ord(c):x}_" for c in question_id
    )
