"""The evaluation as practised: evidence per question, the interview log, the action plan.

A Kommunkompassen evaluation draws on interviews, official documents and the
municipality's website, and only practice in place counts, not plans. Evidence records
where a finding comes from and which of the two it shows. The interview log says who was
interviewed (by role, never by name), so the report can count them. Actions are what the
municipality does about an improvement area: what, who, by when, how far it got.

An action names its improvement area by the area's full text, never by its place in the
list: reordering the list cannot move an action to another improvement, editing a text
through kompass carries its actions along (`Session.replace_improvement`), and a text
edited by hand in the file without its actions makes the file fail to load, naming the
action, instead of attaching it anywhere.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from kompass_tui.core.lean_dataclasses import field, lean_dataclass

EVIDENCE_KINDS = ("interview", "document", "website", "other", "answer")
"""Where a piece of evidence comes from: the seed's three sources, anything else, and the
municipality's own answer to the questionnaire (`kompass intake`)."""
ANSWER = "answer"
"""The kind of the municipality's answer: its text in `shows`, the file's name in
`reference`, the day it was taken in as `date`, the file's SHA-256 as `digest`; its status
is "" until an evaluator judges it."""
ROLES = ("politician", "manager", "staff", "union", "company")
"""Who an interviewee is: a politician, a manager, a member of staff, a union
representative, someone from a municipal company. Names are never asked for."""
EVIDENCE_STATUSES = ("practice", "plan")
MAX_PEOPLE = 9999
"""The most people one entry of the interview log counts: more is a typing slip, never an
interview (a whole municipality's staff is asked by survey, not interviewed)."""
"""Whether evidence shows practice in place or only a plan (which does not count)."""
ACTION_STATUSES = ("planned", "started", "done", "dropped")
"""How far an action has got."""


@lean_dataclass
class Evidence:
    """One source behind a question's score."""

    kind: str
    """One of EVIDENCE_KINDS."""
    status: str
    """One of EVIDENCE_STATUSES: practice in place, or only a plan."""
    reference: str = ""
    """A document's title, a URL, or for an interview who said it (no name needed)."""
    role: str = ""
    """For an interview: the interviewee's role (one of ROLES), or "" when not recorded."""
    date: date | None = None
    """The document's date, or the day of the interview or of the visit to the site."""
    shows: str = ""
    """What the source shows (for the municipality's answer: the answer, its paragraphs
    separated by blank lines, list items as `- ` or `1. ` lines)."""
    digest: str = ""
    """For the municipality's answer: the SHA-256 of the file it was taken in from."""


@lean_dataclass
class InterviewCount:
    """How many people of one role were interviewed: an entry of the interview log, or
    all of the role's entries added up (`interview_counts`)."""

    people: int = 1
    """How many people were interviewed."""
    role: str = ""
    """One of ROLES, or "" when the role was not recorded."""
    approximate: bool = False
    """Whether `people` is an approximate count ("ett 40-tal", about 40)."""


@lean_dataclass
class Interview(InterviewCount):
    """One interview, or one group of interviewees of one role, in the interview log."""

    date: date | None = None
    areas: tuple[str, ...] = ()
    """The area ids the interview informed, in instrument order."""
    note: str = ""


@lean_dataclass
class Action:
    """One thing the municipality does about an improvement area."""

    improvement: str
    """The full text of the improvement area it belongs to (see the module's docstring)."""
    action: str
    """What is to be done."""
    status: str = "planned"
    """One of ACTION_STATUSES."""
    owner: str = ""
    """Who is responsible: a role or a name."""
    due: date | None = None
    note: str = ""


def interview_counts(interviews: Iterable[Interview]) -> list[InterviewCount]:
    """People interviewed per role, in ROLES order, the unrecorded role last; a count is
    approximate when any of its entries is."""
    people: Counter[str] = Counter()
    approximate: set[str] = set()
    for interview in interviews:
        people[interview.role] += interview.people
        if interview.approximate:
            approximate.add(interview.role)
    order = [*ROLES, ""]
    return [InterviewCount(people[r], r, r in approximate) for r in order if people[r]]


@lean_dataclass(frozen=False)
class ImprovementPlan:
    """An improvement area with its actions, as a plan lists it."""

    text: str
    actions: list[Action] = field(default_factory=list)


def is_digest(value: str) -> bool:
    """Whether `value` is a SHA-256 digest as kompass writes them: 64 lowercase hex digits."""
    return len(value) == 64 and all(c in "0123456789abcdef" for c in value)


RecordProblems = list[tuple[str, str]]
"""What is wrong with a record: (its field, what is wrong) pairs; empty when nothing.
The one set of rules for a record typed in the workbench (`Session` refuses it) and read
from a file (each problem reported at its key)."""

DIGEST_PROBLEM = "must be a SHA-256 digest (64 hexadecimal digits)"


def record_problems(record: Evidence | Interview | Action) -> RecordProblems:
    """What is wrong with a source, an interview or an action (empty: nothing)."""
    if isinstance(record, Evidence):
        return _evidence_problems(record)
    if isinstance(record, Interview):
        return _interview_problems(record)
    return _action_problems(record)


def _evidence_problems(evidence: Evidence) -> RecordProblems:
    """A source's kind, status and role must be known ones; only an interview has a role,
    only the municipality's answer a digest, and an answer may be unjudged (status "");
    a source needs a reference unless it is an interviewee's role."""
    found = _not_one_of("kind", evidence.kind, EVIDENCE_KINDS)
    if evidence.status or evidence.kind != ANSWER:
        found += _not_one_of("status", evidence.status, EVIDENCE_STATUSES)
    if evidence.role:
        found += _not_one_of("role", evidence.role, ROLES)
    if evidence.kind not in EVIDENCE_KINDS:
        return found  # what else is wrong depends on the kind
    if evidence.role and evidence.kind != "interview":
        found.append(("role", "only an interview has a role"))
    if not (evidence.reference.strip() or evidence.role):
        what = "an interviewee's role or a reference" if evidence.kind == "interview" else "a title"
        found.append(("reference", f"missing ({what}, a URL or a description)"))
    if evidence.digest and evidence.kind != ANSWER:
        found.append(("digest", "only the municipality's answer has a digest"))
    elif evidence.digest and not is_digest(evidence.digest):
        found.append(("digest", DIGEST_PROBLEM))
    return found


def _interview_problems(interview: Interview) -> RecordProblems:
    """An interview's role, when recorded, is a known one; it counts 1 to MAX_PEOPLE."""
    found = _not_one_of("role", interview.role, ROLES) if interview.role else []
    if not 1 <= interview.people <= MAX_PEOPLE:
        what = f"must be a whole number of people, at least 1 and at most {MAX_PEOPLE}"
        found.append(("people", what))
    return found


def _action_problems(action: Action) -> RecordProblems:
    """An action's status is a known one and it says what is to be done."""
    found = _not_one_of("status", action.status, ACTION_STATUSES)
    if not action.action.strip():
        found.append(("action", "must not be empty"))
    return found


def _not_one_of(field: str, value: str, known: tuple[str, ...]) -> RecordProblems:
    if value in known:
        return []
    listed = ", ".join(known)
    return [(field, f"{value!r} is not one of {listed}" if value else f"missing (one of {listed})")]
