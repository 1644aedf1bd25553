"""Reading and writing evidence, the interview log, actions and the earlier link (schema 2).

Each key is optional in a schema-2 file, so files written before these keys existed load
as they are. Each entry is checked key by key and every problem is named with its path:
`evidence."1.1"[0].kind`, `interviews[2].date`, `areas."1".actions[0].improvement`.
Written, each entry is its own `[[...]]` table with one key per line, so diffs stay small.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from kompass_tui.core.files.toml_codec import (
    inline_numbers,
    kind,
    toml_table,
    unknown_keys,
)
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.problems import ProblemList, join_key, toml_key
from kompass_tui.core.session.fields import (
    read_area_totals,
    read_string,
)
from kompass_tui.core.session.model import normalize_newlines
from kompass_tui.core.session.practice import (
    DIGEST_PROBLEM,
    Action,
    Evidence,
    Interview,
    is_digest,
    record_problems,
)

if TYPE_CHECKING:
    from kompass_tui.core.session.earlier_link import EarlierLink

EVIDENCE_KEYS = ("kind", "status", "reference", "role", "date", "shows", "digest")
INTERVIEW_KEYS = ("people", "role", "approximate", "date", "areas", "note")
ACTION_KEYS = ("improvement", "action", "status", "owner", "due", "note")
EARLIER_KEYS = ("file", "digest", "label", "complete", "areas")
R = TypeVar("R", Evidence, Interview, Action)


def read_date(raw: dict[str, Any], name: str, key: str, problems: ProblemList) -> date | None:
    """An optional date at `key.name`: a TOML date or an ISO `YYYY-MM-DD` string."""
    value = raw.get(name)
    full = join_key(key, name)
    if value is None:
        return None
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            problems.error(full, f"not a date (YYYY-MM-DD): {value!r}")
            return None
    problems.error(full, f"must be a date (YYYY-MM-DD), not {kind(value)}")
    return None


def _tables(value: Any, key: str, problems: ProblemList) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        problems.error(key, f"must be an array of tables ([[{key}]])")
        return []
    return value


def read_evidence(
    value: Any, instrument: Instrument, problems: ProblemList
) -> dict[str, list[Evidence]]:
    """`[[evidence."1.1"]]`: the sources per question, in instrument order."""
    if not isinstance(value, dict):
        problems.error("evidence", f"must be a table of question id = sources, not {kind(value)}")
        return {}
    found: dict[str, list[Evidence]] = {}
    for question_id, entries in value.items():
        key = join_key("evidence", question_id)
        if question_id not in instrument.question_by_id:
            problems.error(key, f"unknown question id in instrument {instrument.id!r}")
            continue
        items = []
        for index, raw in enumerate(_tables(entries, key, problems)):
            item = _evidence(raw, f"{key}[{index}]", problems)
            if item is not None:
                items.append(item)
        if items:
            found[question_id] = items
    return {q.id: found[q.id] for q in instrument.questions if q.id in found}


def _evidence(raw: dict[str, Any], key: str, problems: ProblemList) -> Evidence | None:
    before = len(problems.errors)
    unknown_keys(raw, EVIDENCE_KEYS, key, problems)
    evidence = Evidence(
        kind=read_string(raw, "kind", key, problems),
        status=read_string(raw, "status", key, problems),
        reference=read_string(raw, "reference", key, problems),
        role=read_string(raw, "role", key, problems),
        date=read_date(raw, "date", key, problems),
        shows=read_string(raw, "shows", key, problems),
        digest=read_string(raw, "digest", key, problems),
    )
    return _checked(evidence, key, problems, before)


def read_interviews(value: Any, instrument: Instrument, problems: ProblemList) -> list[Interview]:
    """`[[interviews]]`: the interview log, in the order written."""
    interviews = []
    for index, raw in enumerate(_tables(value, "interviews", problems)):
        key = f"interviews[{index}]"
        before = len(problems.errors)
        unknown_keys(raw, INTERVIEW_KEYS, key, problems)
        people = raw.get("people", 1)
        if isinstance(people, bool) or not isinstance(people, int):
            people = 0  # a count interview_problems refuses
        role = read_string(raw, "role", key, problems)
        approximate = raw.get("approximate", False)
        if not isinstance(approximate, bool):
            problems.error(
                join_key(key, "approximate"), f"must be true or false, not {kind(approximate)}"
            )
        when = read_date(raw, "date", key, problems)
        areas = _area_ids(raw.get("areas", []), join_key(key, "areas"), instrument, problems)
        note = read_string(raw, "note", key, problems)
        interview = Interview(people, role, approximate, when, areas, note)
        if _checked(interview, key, problems, before):
            interviews.append(interview)
    return interviews


def _checked(record: R, key: str, problems: ProblemList, before: int) -> R | None:
    """The record read at `key`, or None when it has problems: those read (since `before`)
    and what the record's rules (`core/session/practice.py`) find in the fields read well."""
    found = record_problems(record)
    failed = {problem.key for problem in problems.errors[before:]}
    for name, what in found:
        if join_key(key, name) not in failed:
            problems.error(join_key(key, name), what)
    return record if len(problems.errors) == before else None


def _area_ids(
    value: Any, key: str, instrument: Instrument, problems: ProblemList
) -> tuple[str, ...]:
    if not isinstance(value, list):
        problems.error(key, f"must be a list of area ids, not {kind(value)}")
        return ()
    ids = set()
    for index, area_id in enumerate(value):
        if not isinstance(area_id, str) or area_id not in instrument.area_by_id:
            problems.error(f"{key}[{index}]", f"{area_id!r} is not an area id of {instrument.id!r}")
        else:
            ids.add(area_id)
    return tuple(a.id for a in instrument.areas if a.id in ids)


def read_actions(
    value: Any, key: str, improvements: list[str], problems: ProblemList
) -> list[Action]:
    """`[[areas."N".actions]]`: each action names exactly one of the area's improvement
    areas by its full text; one that names none (or a repeated text) is an error, never
    attached to another."""
    actions = []
    for index, raw in enumerate(_tables(value, key, problems)):
        item = f"{key}[{index}]"
        before = len(problems.errors)
        unknown_keys(raw, ACTION_KEYS, item, problems)
        improvement = read_string(raw, "improvement", item, problems, required=True)
        count = improvements.count(improvement)
        if improvement.strip() and count == 0:
            problems.error(
                join_key(item, "improvement"),
                "no improvement area of this area has this text; if its text was changed, "
                "change this to the new text",
            )
        elif count > 1:
            problems.error(
                join_key(item, "improvement"),
                f"{count} improvement areas have this text; make them differ",
            )
        action = read_string(raw, "action", item, problems, required=True)
        status = read_string(raw, "status", item, problems)
        owner = read_string(raw, "owner", item, problems)
        due = read_date(raw, "due", item, problems)
        note = read_string(raw, "note", item, problems)
        plan = Action(improvement, action, status, owner, due, note)
        if _checked(plan, item, problems, before):
            actions.append(plan)
    return actions


def read_earlier(value: Any, instrument: Instrument, problems: ProblemList) -> EarlierLink | None:
    """`[earlier]`: the evaluation this one re-evaluates, with its totals when started."""
    if value is None:
        return None
    if not isinstance(value, dict):
        problems.error("earlier", f"must be a table, not {kind(value)}")
        return None
    before = len(problems.errors)
    unknown_keys(value, EARLIER_KEYS, "earlier", problems)
    file = read_string(value, "file", "earlier", problems, required=True)
    digest = read_string(value, "digest", "earlier", problems)
    if digest and not is_digest(digest):
        problems.error("earlier.digest", DIGEST_PROBLEM)
    label = read_string(value, "label", "earlier", problems)
    complete = value.get("complete", True)
    if not isinstance(complete, bool):
        problems.error("earlier.complete", f"must be true or false, not {kind(complete)}")
    areas = read_area_totals(value.get("areas", {}), "earlier.areas", instrument, problems)
    if len(problems.errors) > before:
        return None
    from kompass_tui.core.session.earlier_link import EarlierLink  # only for a link (#23)

    return EarlierLink(file, digest, label, areas, complete)


def _block(header: str, facts: dict[str, Any]) -> str:
    body = {k: v for k, v in facts.items() if v not in ("", None, (), [], False)}
    return toml_table(header, body, array=True)


def evidence_toml(evidence: dict[str, list[Evidence]], instrument: Instrument) -> str:
    """One `[[evidence."Q"]]` table per source, questions in instrument order."""
    blocks = []
    for question in instrument.questions:
        for item in evidence.get(question.id, []):
            facts = {
                "kind": item.kind,
                "status": item.status,
                "role": item.role,
                "reference": normalize_newlines(item.reference),
                "date": item.date,
                "shows": normalize_newlines(item.shows),
                "digest": item.digest,
            }
            blocks.append(_block(f"evidence.{toml_key(question.id)}", facts))
    return "\n".join(blocks)


def interviews_toml(interviews: Iterable[Interview]) -> str:
    """One `[[interviews]]` table per entry of the log."""
    blocks = []
    for item in interviews:
        facts = {
            "people": item.people,
            "approximate": item.approximate,
            "role": item.role,
            "date": item.date,
            "areas": list(item.areas),
            "note": normalize_newlines(item.note),
        }
        blocks.append(_block("interviews", facts))
    return "\n".join(blocks)


def actions_toml(area_id: str, actions: Iterable[Action]) -> str:
    """One `[[areas."N".actions]]` table per action, in the order kept."""
    blocks = []
    for item in actions:
        facts = {
            "improvement": normalize_newlines(item.improvement),
            "action": normalize_newlines(item.action),
            "owner": normalize_newlines(item.owner),
            "due": item.due,
            "status": item.status,
            "note": normalize_newlines(item.note),
        }
        blocks.append(_block(f"areas.{toml_key(area_id)}.actions", facts))
    return "\n".join(blocks)


def earlier_toml(link: EarlierLink, instrument: Instrument) -> str:
    """The `[earlier]` table, its area totals on one line."""
    facts: dict[str, Any] = {"file": link.file, "digest": link.digest, "label": link.label}
    facts = {k: v for k, v in facts.items() if v} | {"complete": link.complete}
    areas = {a.id: link.areas[a.id] for a in instrument.areas if a.id in link.areas}
    return toml_table("earlier", facts) + inline_numbers("areas", areas) + "\n"
