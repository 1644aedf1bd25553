"""One action of an area's plan (p on an improvement area in the area's texts, Enter on an
action): what is to be done, who answers for it, by when, how far it got, a note.

The action belongs to the improvement area it was added under, by that area's text (see
`core/session/practice.py`); the form shows which one and cannot move it to another.

Its form is the record form of sources and interviews, over the area's actions as a `Shelf`.
The actions are not listed in a `RecordList` over the workbench but in the area's texts
(`tui/widgets/area_texts.py`), each under its improvement area, among the strengths: one
highlight (the session's place) over all of them, so that Enter, a and d mean the same on
every row and p and s act on the plan where it is read.
"""

from __future__ import annotations

from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.core.session.practice import ACTION_STATUSES, Action
from kompass_tui.core.texts.catalog import text
from kompass_tui.tui.screens.record_form import FormProblem, Options, RecordForm, TextField, iso_day
from kompass_tui.tui.screens.shelf import Shelf
from kompass_tui.tui.strings import tr


def status_options(lang: str) -> tuple[tuple[str, str], ...]:
    """An action's statuses as options of a form: planned, started, done, dropped."""
    return tuple((s, text(lang, f"plan.status.{s}")) for s in ACTION_STATUSES)


def actions_of(state: OpenSession, area_id: str) -> Shelf[Action]:
    """An area's actions in the open session (every improvement area's, in the plan's order)."""
    edits = (state.add_action, state.replace_action, state.delete_action)
    return Shelf.keyed(area_id, state.actions_of, *edits)


class ActionForm(RecordForm[Action]):
    """Add an action at `index` among the area's actions, or edit the one there."""

    def __init__(
        self,
        state: OpenSession,
        area_id: str,
        improvement: str,
        index: int,
        original: Action | None,
    ) -> None:
        key = "action_add" if original is None else "action_edit"
        title = tr(state.lang, key, area=area_id)
        super().__init__(state, title, actions_of(state, area_id), index, original)
        self.area_id = area_id
        self.improvement = improvement

    def context_lines(self) -> list[str]:
        """The improvement area the action belongs to."""
        return [f"{text(self.lang, 'plan.improvement')}: {self.improvement}"]

    def fields(self) -> list[TextField | Options]:
        """What, owner, due, status, note."""
        lang = self.lang
        old = self.original or Action(self.improvement, "")
        return [
            TextField(
                "action", text(lang, "plan.action"), old.action, tr(lang, "form_action_hint")
            ),
            TextField("owner", text(lang, "plan.owner"), old.owner, tr(lang, "form_owner_hint")),
            TextField("due", text(lang, "plan.due"), iso_day(old.due), tr(lang, "form_date_hint")),
            Options("status", text(lang, "plan.status"), status_options(lang), old.status),
            TextField("note", text(lang, "plan.note"), old.note),
        ]

    def record(self) -> Action:
        """The action the fields make."""
        what = self.text("action")
        if not what:
            raise FormProblem(tr(self.lang, "form_needs_action"))
        due = self.date_of("due", self.original.due if self.original else None)
        owner, note = self.text("owner"), self.text("note")
        return Action(self.improvement, what, self.option("status"), owner, due, note)

    def blank(self) -> bool:
        """No text of what is to be done yet."""
        return not self.text("action")
