"""The interview log (a row of the report tab): who was interviewed, by role, never by name.

Each entry counts the people of one interview or group (exactly, or about: "ett 40-tal"),
their role if recorded, the day, the areas it informed and a note; the report's
"Utvärderingen" counts them by role.
"""

from __future__ import annotations

import re

from kompass_tui.core.report.practice_text import role_name
from kompass_tui.core.session.change import SessionChange
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.core.session.practice import MAX_PEOPLE, Interview
from kompass_tui.core.texts.catalog import text
from kompass_tui.tui.one_line import cut
from kompass_tui.tui.screens.evidence import role_options
from kompass_tui.tui.screens.record_form import FormProblem, Options, RecordForm, TextField, iso_day
from kompass_tui.tui.screens.record_list import RecordList
from kompass_tui.tui.screens.shelf import Shelf
from kompass_tui.tui.strings import tr

_SEPARATORS = re.compile(r"[,;\s]+")


def people_text(interview: Interview, lang: str) -> str:
    """`ca 40 personer`, `3 chefer`: how many of whom."""
    people = interview.people
    number = text(lang, "report.approximately", number=people) if interview.approximate else ""
    return f"{number or people} {role_name(interview.role, people, lang)}"


def interview_log(state: OpenSession) -> Shelf[Interview]:
    """The open session's interview log."""
    return Shelf(
        state.interview_log,
        lambda index, interview: state.add_interview(interview, index),
        state.replace_interview,
        state.delete_interview,
    )


class InterviewList(RecordList[Interview]):
    """Every entry of the session's interview log."""

    def __init__(self, state: OpenSession) -> None:
        super().__init__(state, tr(state.lang, "interviews_title"), interview_log(state))

    def empty_text(self) -> str:
        """No interviews yet."""
        return tr(self.lang, "interviews_empty")

    def record_lines(self, record: Interview, width: int) -> list[str]:
        """`ca 40 personer · 2010-01-25 · områden 1, 2`, the note below."""
        lang = self.lang
        areas = ", ".join(record.areas)
        informed = tr(lang, "interview_areas", n=len(record.areas), areas=areas) if areas else ""
        parts = [people_text(record, lang), iso_day(record.date), informed]
        return self.head_and_detail(parts, record.note, width)

    def shows(self, change: SessionChange) -> bool:
        """A change of the log."""
        return change.kind == "interviews"

    def form(self, index: int, original: Interview | None) -> InterviewForm:
        """The form for a new entry at `index`, or for the one there."""
        return InterviewForm(self.state, index, original)


class InterviewForm(RecordForm[Interview]):
    """One entry of the interview log: people, exact or about, role, date, areas, note."""

    def __init__(self, state: OpenSession, index: int, original: Interview | None) -> None:
        key = "interview_add" if original is None else "interview_edit"
        super().__init__(state, tr(state.lang, key), interview_log(state), index, original)

    def fields(self) -> list[TextField | Options]:
        """The entry's fields."""
        lang, old = self.lang, self.original or Interview()
        people = str(old.people) if self.original is not None else ""  # empty: one
        exactness = (("exact", tr(lang, "count_exact")), ("about", tr(lang, "count_about")))
        return [
            TextField("people", tr(lang, "form_people"), people, "1"),
            Options(
                "count", tr(lang, "form_count"), exactness, "about" if old.approximate else "exact"
            ),
            Options("role", tr(lang, "form_role"), role_options(lang), old.role),
            TextField("date", tr(lang, "form_date"), iso_day(old.date), tr(lang, "form_date_hint")),
            TextField(
                "areas", tr(lang, "form_areas"), ", ".join(old.areas), tr(lang, "form_areas_hint")
            ),
            TextField("note", text(lang, "plan.note"), old.note),
        ]

    def record(self) -> Interview:
        """The entry the fields make."""
        typed = self.text("people") or "1"
        digits = typed.isascii() and typed.isdigit() and len(typed) <= len(str(MAX_PEOPLE))
        if not (digits and 1 <= int(typed) <= MAX_PEOPLE):
            raise FormProblem(tr(self.lang, "form_bad_people", most=MAX_PEOPLE))
        when = self.date_of("date", self.original.date if self.original else None)
        instrument = self.state.instrument
        named = [a for a in _SEPARATORS.split(self.text("areas")) if a]
        for area_id in named:
            if area_id not in instrument.area_by_id:
                raise FormProblem(tr(self.lang, "form_bad_area", area=cut(area_id, 12)))
        areas = tuple(a.id for a in instrument.areas if a.id in named)
        approximate = self.option("count") == "about"
        role, note = self.option("role"), self.text("note")
        return Interview(int(typed), role, approximate, when, areas, note)
