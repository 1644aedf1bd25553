"""One question of an area: id, full text, score input with its maximum, bar and marks."""

from __future__ import annotations

from decimal import Decimal

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Input, Static

from kompass_tui.core.instrument.criteria import Question
from kompass_tui.core.scoring.numbers import ScoreError, format_max, format_number, parse_score
from kompass_tui.core.scoring.totals import question_percent
from kompass_tui.tui.dispute_text import dispute_mark, open_disputes
from kompass_tui.tui.literal import literal, literal_content
from kompass_tui.tui.messages import DisputeSettled, ScoreChanged, ScoreConfirmed
from kompass_tui.tui.state import OpenSession
from kompass_tui.tui.strings import score_reason, tr
from kompass_tui.tui.widgets.score_bar import ScoreBar
from kompass_tui.tui.widgets.score_input import ScoreInput


class QuestionRow(Vertical):
    """A question with its score field; valid scores are stored as they are typed."""

    def __init__(self, question: Question, state: OpenSession) -> None:
        super().__init__(classes="question")
        self.question = question
        self.state = state
        self.edited = False
        """Whether the score was typed since the field was last confirmed (Enter)."""

    def compose(self) -> ComposeResult:
        """The id, text, input, maximum and bar on one line; marks below."""
        question, state = self.question, self.state
        score = state.session.scores.get(question.id)
        value = "" if score is None else format_number(score, state.lang)
        with Horizontal(classes="question-line"):
            yield Static(question.id, classes="question-id")
            yield Static(literal_content(state.text(question.text)), classes="question-text")
            score_input = ScoreInput(question.id, value, "–", on_value=self.score_typed)
            score_input.disabled = state.read_only
            yield score_input
            yield Static(f"/ {format_max(question.max, state.lang)}", classes="question-max")
            yield ScoreBar(question_percent(state.session, question), width=10)
        yield Static("", classes="question-error")
        yield Static("", classes="question-marks")

    def on_mount(self) -> None:
        """Show the not-applicable mark and comment of a loaded session."""
        self.refresh_marks()

    @property
    def score_input(self) -> ScoreInput:
        """The row's score field."""
        return self.query_one(ScoreInput)

    @on(Input.Changed)
    def _score_changed_message(self, event: Input.Changed) -> None:
        event.stop()  # handled as it happens, by score_typed

    def score_typed(self, value: str) -> None:
        """Check what is typed; store it when valid, else show why not."""
        if self.state.read_only:
            return
        text = value.strip()
        self.edited = True
        session, question = self.state.session, self.question
        error = self.query_one(".question-error", Static)
        new: Decimal | None = None
        if text:
            try:
                new = parse_score(text, question.max)
            except ScoreError as failure:
                self.add_class("-invalid")
                # Content, not markup: the reason quotes what was typed.
                error.update(Content(f"⚠ {score_reason(str(failure), self.state.lang)}"))
                return
        if self.has_class("-invalid"):  # touch the layout only when the error goes away
            self.remove_class("-invalid")
            error.update("")
        old = session.scores.get(question.id)
        if new == old:
            return
        session.set_score(self.state.instrument, question.id, new)
        self.state.dirty = True
        self.query_one(ScoreBar).show(question_percent(session, question))
        self.post_message(ScoreChanged(question.id))

    @on(ScoreConfirmed)
    def _confirmed(self, event: ScoreConfirmed) -> None:
        event.stop()
        # Typing a score and pressing Enter settles a dispute; walking past it does not.
        if self.edited and self.question.id in open_disputes(self.state.session):
            self.settle()
        self.edited = False

    def settle_problem(self) -> str:
        """Why the question's dispute cannot be settled now ('' when it can)."""
        qid, lang = self.question.id, self.state.lang
        if qid not in open_disputes(self.state.session):
            return tr(lang, "not_disputed", qid=qid)
        session = self.state.session
        agreed = qid in session.scores or qid in session.not_applicable
        if self.has_class("-invalid") or not agreed:
            return tr(lang, "settle_needs_score", qid=qid)
        return ""

    def settle(self) -> bool:
        """Take the stored score (or not applicable) as agreed and drop the dispute."""
        consensus = self.state.session.consensus
        if consensus is None or self.settle_problem():
            return False
        consensus.settle(self.question.id)
        self.state.dirty = True
        self.refresh_marks()
        self.post_message(DisputeSettled(self.question.id))
        return True

    def toggle_not_applicable(self) -> None:
        """Mark the question not applicable, or applicable again."""
        if self.state.read_only:
            return
        qid = self.question.id
        self.state.session.set_not_applicable(qid, qid not in self.state.session.not_applicable)
        self.state.dirty = True
        self.query_one(ScoreBar).show(question_percent(self.state.session, self.question))
        self.refresh_marks()
        self.post_message(ScoreChanged(qid))

    def refresh_marks(self) -> None:
        """Show whether the question is not applicable and the start of its comment."""
        session, qid, lang = self.state.session, self.question.id, self.state.lang
        not_applicable = qid in session.not_applicable
        self.set_class(not_applicable, "-not-applicable")
        marks = Text()
        dispute = open_disputes(session).get(qid)
        self.set_class(dispute is not None, "-disputed")
        if dispute is not None:
            marks.append(f"{dispute_mark(dispute, lang)}  ", style="bold")
        if not_applicable:
            marks.append(f"⊘ {tr(lang, 'not_applicable')}  ", style="bold")
        comment = session.comments.get(qid, "").strip()
        if comment:
            marks.append(f"✎ {literal(comment.splitlines()[0], one_line=True)}", style="italic")
        marks_widget = self.query_one(".question-marks", Static)
        marks_widget.update(marks)
        marks_widget.display = bool(marks.plain)
