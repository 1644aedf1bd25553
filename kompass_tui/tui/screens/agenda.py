"""The consensus meeting: one agenda of what the evaluators still disagree on, settled one
by one (ctrl+d in the workbench).

Score disagreements come first, the largest spread first, with every side's value and who
gave it; text disagreements follow, every version whole. Enter settles the highlighted one
in `SettleDialog`: the agreed score (or the version kept, to be edited further in the
workbench like any text) and a one-line reason, which the session's consensus log keeps
with who and when and the report never prints. Above the list, how much of each area has
been agreed. Every edit goes through the open session.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Input, Static

from kompass_tui.core.scoring.numbers import ScoreError, format_points, parse_score
from kompass_tui.core.session.agenda import AgendaItem, text_place
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.tui.dispute_text import dispute_line
from kompass_tui.tui.keys import AGENDA
from kompass_tui.tui.literal import literal, literal_content
from kompass_tui.tui.read_only import refuse_read_only
from kompass_tui.tui.screens.base import Dialog
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.steady import steady

NOT_APPLICABLE = ("-", "–")
"""Typed as the agreed value: the question does not apply."""


def place_label(state: OpenSession, place: str) -> str:
    """What a disagreement is about, in words: `1.1`, `Iakttagelser 2.3`, `Allmänt 4`."""
    if place in state.instrument.question_by_id:
        return place
    kind, key = text_place(place)
    return tr(state.lang, f"agenda_{kind}", id=key)


def item_line(state: OpenSession, item: AgendaItem) -> str:
    """One line of the agenda."""
    lang = state.lang
    label = place_label(state, item.place)
    if item.score is not None:
        return dispute_line(state, item.place, item.score, label, 5)
    assert item.text is not None
    names = ", ".join(item.text.versions)
    return literal(tr(lang, "agenda_versions", place=label, names=names), one_line=True)


def agreement_line(state: OpenSession) -> str:
    """How much of each area was agreed: `Överens: 1 2/3 · 4 0/1 · rapporten 1/1`."""
    parts = []
    for area in state.agreement():
        name = area.area_id or tr(state.lang, "agenda_report")
        parts.append(f"{name} {area.agreed}/{area.agreed + area.open}")
    return tr(state.lang, "agenda_agreed", parts=" · ".join(parts)) if parts else ""


class AgendaScreen(Dialog[None]):
    """The agenda: ↑/↓ to choose, Enter to settle, Escape back to the workbench."""

    key_context = AGENDA
    DEFAULT_CSS = """
    AgendaScreen { align: center middle; background: $background 60%; }
    AgendaScreen .dialog { height: 100%; }
    AgendaScreen #agenda-items { height: 1fr; }
    """

    def __init__(self, state: OpenSession) -> None:
        super().__init__(state.lang)
        self.state = state
        self.row = 0

    def compose(self) -> ComposeResult:
        """Title, the per-area figures, the items and a hint."""
        with Vertical(classes="dialog"):
            yield Static("", id="agenda-title", classes="dialog-title")
            yield Static("", id="agenda-agreed")
            with VerticalScroll(id="agenda-items"):
                yield Static("", id="agenda-list")
            yield Static(tr(self.lang, "agenda_hint"), classes="dialog-hint")

    def on_mount(self) -> None:
        """Draw from the session."""
        super().on_mount()
        self.redraw()

    def redraw(self) -> None:
        """The agenda as it stands."""
        items = self.state.agenda()
        self.row = max(0, min(self.row, len(items) - 1))
        title = tr(self.lang, "agenda_title", n=len(items))
        self.query_one("#agenda-title", Static).update(title)
        self.query_one("#agenda-agreed", Static).update(agreement_line(self.state))
        if not items:
            self.query_one("#agenda-list", Static).update(tr(self.lang, "agenda_empty"))
            return
        lines = []
        for index, item in enumerate(items):
            line = literal(item_line(self.state, item), one_line=True)
            lines.append(Content.styled(line, "reverse" if index == self.row else ""))
        self.query_one("#agenda-list", Static).update(Content("\n").join(lines))

    def lines(self) -> list[str]:
        """The agenda's lines as shown (for tests)."""
        return str(self.query_one("#agenda-list", Static).render()).splitlines()

    def action_row_down(self) -> None:
        """The next item."""
        self.row += 1
        self.redraw()

    def action_row_up(self) -> None:
        """The previous item."""
        self.row = max(0, self.row - 1)
        self.redraw()

    def action_settle_item(self) -> None:
        """Enter: settle the highlighted item."""
        items = self.state.agenda()
        if not items:
            return
        if refuse_read_only(self.app, self.state):
            return
        self.app.push_screen(SettleDialog(self.state, items[self.row], lambda _: self.redraw()))

    def action_back(self) -> None:
        """Escape: back to the workbench."""
        self.close(None)


class SettleDialog(Dialog[str]):
    """Settle one disagreement: the agreed score, or the number of the version kept, and a
    one-line reason; Enter keeps both, Escape leaves it open."""

    DEFAULT_CSS = """
    SettleDialog { align: center middle; background: $background 60%; }
    SettleDialog #settle-details { height: auto; max-height: 12; }
    """

    def __init__(
        self,
        state: OpenSession,
        item: AgendaItem,
        on_done: Callable[[str | None], None] | None = None,
    ) -> None:
        super().__init__(state.lang, on_done)
        self.state = state
        self.item = item

    def compose(self) -> ComposeResult:
        """What was said on each side, the agreed value and the reason."""
        lang, item, state = self.lang, self.item, self.state
        label = place_label(state, item.place)
        with Vertical(classes="dialog"):
            yield Static(
                literal_content(tr(lang, "settle_title", place=label), one_line=True),
                classes="dialog-title",
            )
            with VerticalScroll(id="settle-details"):
                yield Static(literal_content("\n".join(self._details())))
            if item.is_score:
                yield Static(tr(lang, "settle_score"))
                current = state.session.scores.get(item.place)
                shown = format_points(current, lang) if current is not None else ""
                if current is None and item.place in state.session.not_applicable:
                    shown = "-"
                yield steady(Input(shown, id="settle-value"))
            else:
                count = len(item.text.versions) if item.text else 0
                yield Static(tr(lang, "settle_version", n=count))
                yield steady(Input("1", id="settle-value", restrict=r"[0-9]*", max_length=2))
            yield Static(tr(lang, "settle_reason"))
            yield steady(Input("", id="settle-reason"))
            yield Static("", id="settle-problem", classes="dialog-error", markup=False)
            yield Static(tr(lang, "settle_hint"), classes="dialog-hint")

    def _details(self) -> list[str]:
        item, lang = self.item, self.lang
        if item.score is not None:
            dispute = item.score
            question = self.state.instrument.question_by_id[item.place]
            lines = [self.state.text(question.text)]
            for who in dispute.authors:
                if who in dispute.scores:
                    value = format_points(dispute.scores[who], lang)
                elif who in dispute.not_applicable:
                    value = tr(lang, "na_by", names=who)
                else:
                    value = tr(lang, "unscored_by", names=who)
                when = dispute.when.get(who, "")
                lines.append(f"  {who}: {value}" + (f"  ({when[:16]})" if when else ""))
            return lines
        assert item.text is not None
        lines = []
        for number, (who, text) in enumerate(item.text.versions.items(), 1):
            when = item.text.when.get(who, "")
            lines.append(f"{number} · {who}" + (f" ({when[:16]})" if when else ""))
            lines += [f"  {line}" for line in (text or "–").split("\n")]
        return lines

    def first_focus(self) -> Widget | None:
        """The agreed value."""
        return self.query_one("#settle-value", Input)

    def _say(self, problem: str) -> None:
        self.query_one("#settle-problem", Static).update(problem)

    def action_accept(self) -> None:
        """Enter: in the value, on to the reason; in the reason, settle when both are right."""
        value = self.query_one("#settle-value", Input)
        reason = self.query_one("#settle-reason", Input)
        if self.focused is value and not reason.value.strip():
            reason.focus()
            return
        settle = self._settling(value)
        if settle is None:
            value.focus()
            return
        item, state, lang = self.item, self.state, self.lang
        if not reason.value.strip():
            self._say(tr(lang, "settle_needs_reason"))
            reason.focus()
            return
        settle(reason.value)
        self.notify(tr(lang, "settled", qid=place_label(state, item.place), n=state.open_count()))
        self.close(item.place)

    def _settling(self, value: Input) -> Callable[[str], None] | None:
        """What settles the item with the agreed value, given the reason; None when the
        value is wrong (and said why)."""
        item, state, lang = self.item, self.state, self.lang
        if item.score is not None:
            question = state.instrument.question_by_id[item.place]
            score: Decimal | None = None
            if value.value.strip() not in NOT_APPLICABLE:
                try:
                    score = parse_score(value.value, question.max)
                except ScoreError as error:
                    self._say(f"{tr(lang, 'settle_bad_score', qid=item.place)} ({error})")
                    return None
            return partial(state.settle_score, item.place, score)
        assert item.text is not None
        versions = list(item.text.versions.values())
        number = int(value.value) if value.value.isdigit() else 0
        if not 1 <= number <= len(versions):
            self._say(tr(lang, "settle_bad_version", last=len(versions)))
            return None
        return partial(state.settle_text, item.place, versions[number - 1])
