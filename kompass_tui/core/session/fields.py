"""Reading the fields of a session file, each validated: `file: key.path: what is wrong`.

Every reader records what is wrong in a ProblemList and returns what it could use, so one
load reports every problem of a file at once.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from kompass_tui.core.files.toml_codec import kind, read_number, unknown_keys
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.problems import ProblemList, join_key
from kompass_tui.core.scoring.numbers import ScoreError, check_score, parse_decimal
from kompass_tui.core.session.model import AreaNotes, normalize_newlines

AREA_KEYS = ("strengths", "improvements", "notes", "older_scale_total", "actions")
"""The keys of an `[areas."N"]` table; its `actions` are read by `practice_fields`."""


def read_scores(value: Any, instrument: Instrument, problems: ProblemList) -> dict[str, Decimal]:
    """`[scores]`: question id = score, each checked against the question's maximum."""
    if not isinstance(value, dict):
        problems.error("scores", f"must be a table of question id = score, not {kind(value)}")
        return {}
    scores: dict[str, Decimal] = {}
    for question_id, raw in value.items():
        # The key path is built only for a problem: compare reads thousands of files.
        question = instrument.question_by_id.get(question_id)
        if question is None:
            message = f"unknown question id in instrument {instrument.id!r}"
            problems.error(join_key("scores", question_id), message)
            continue
        try:
            if isinstance(raw, bool) or not isinstance(raw, int | Decimal | str):
                raise ScoreError(f"must be a number, not {kind(raw)}")
            number = parse_decimal(raw) if isinstance(raw, str) else Decimal(raw)
            scores[question_id] = check_score(number, question.max)
        except ScoreError as error:
            problems.error(join_key("scores", question_id), f"{error} (max {question.max})")
    return {q.id: scores[q.id] for q in instrument.questions if q.id in scores}


def read_question_texts(
    value: Any, name: str, instrument: Instrument, problems: ProblemList
) -> dict[str, str]:
    """A table of question id = text (`[comments]`, `[findings]`), in instrument order;
    blank texts are dropped."""
    if not isinstance(value, dict):
        problems.error(name, f"must be a table of question id = text, not {kind(value)}")
        return {}
    texts: dict[str, str] = {}
    for question_id, text in value.items():
        key = join_key(name, question_id)
        if question_id not in instrument.question_by_id:
            problems.error(key, f"unknown question id in instrument {instrument.id!r}")
        elif not isinstance(text, str):
            problems.error(key, f"must be a string, not {kind(text)}")
        elif text.strip():
            texts[question_id] = normalize_newlines(text)
    return {q.id: texts[q.id] for q in instrument.questions if q.id in texts}


def read_not_applicable(value: Any, instrument: Instrument, problems: ProblemList) -> set[str]:
    """`not_applicable`: a list of question ids."""
    if not isinstance(value, list):
        problems.error("not_applicable", f"must be a list of question ids, not {kind(value)}")
        return set()
    result: set[str] = set()
    for index, question_id in enumerate(value):
        key = f"not_applicable[{index}]"
        if not isinstance(question_id, str):
            problems.error(key, f"must be a question id string, not {kind(question_id)}")
        elif question_id not in instrument.question_by_id:
            problems.error(key, f"unknown question id {question_id!r}")
        else:
            result.add(question_id)
    return result


def read_areas(value: Any, instrument: Instrument, problems: ProblemList) -> dict[str, AreaNotes]:
    """`[areas."N"]`: strengths, improvements, the general text and the older-scale total."""
    if not isinstance(value, dict):
        problems.error("areas", f"must be a table of area tables, not {kind(value)}")
        value = {}
    for area_id in value:
        if area_id not in instrument.area_by_id:
            problems.error(join_key("areas", area_id), f"unknown area id in {instrument.id!r}")
    areas: dict[str, AreaNotes] = {}
    for area in instrument.areas:
        key = join_key("areas", area.id)
        raw = value.get(area.id, {})
        if not isinstance(raw, dict):
            problems.error(key, f"must be a table, not {kind(raw)}")
            raw = {}
        unknown_keys(raw, AREA_KEYS, key, problems)
        # Key paths are built only for what is there (compare reads thousands of files).
        strengths, improvements = raw.get("strengths"), raw.get("improvements")
        areas[area.id] = AreaNotes(
            strengths=[]
            if strengths is None
            else read_string_list(strengths, join_key(key, "strengths"), problems),
            improvements=[]
            if improvements is None
            else read_string_list(improvements, join_key(key, "improvements"), problems),
            notes=read_string(raw, "notes", key, problems) if "notes" in raw else "",
            older_scale_total=read_points(raw.get("older_scale_total"), key, problems),
        )
    return areas


def read_points(
    value: Any, key: str, problems: ProblemList, name: str = "older_scale_total"
) -> Decimal | None:
    """An optional number of points ≥ 0 with at most 2 decimals at `key.name`."""
    return None if value is None else read_number(value, join_key(key, name), problems)


def read_dates(value: Any, problems: ProblemList) -> list[date]:
    """`dates`: TOML dates (or ISO strings) of the evaluation, in the order given."""
    if not isinstance(value, list):
        problems.error("dates", f"must be a list of dates like [2010-01-25], not {kind(value)}")
        return []
    dates: list[date] = []
    for index, item in enumerate(value):
        key = f"dates[{index}]"
        if isinstance(item, date) and not hasattr(item, "hour"):
            dates.append(item)
        elif isinstance(item, str):
            try:
                dates.append(date.fromisoformat(item))
            except ValueError:
                problems.error(key, f"not a date (YYYY-MM-DD): {item!r}")
        else:
            problems.error(key, f"must be a date (YYYY-MM-DD), not {kind(item)}")
    return dates


def read_string(
    data: dict[str, Any], name: str, key: str, problems: ProblemList, required: bool = False
) -> str:
    """The string at `key.name` with `\n` line endings; "" when absent or wrong."""
    full = join_key(key, name)
    value = data.get(name)
    if value is None:
        if required:
            problems.error(full, "missing")
        return ""
    if not isinstance(value, str):
        problems.error(full, f"must be a string, not {kind(value)}")
        return ""
    if required and not value.strip():
        problems.error(full, "must not be empty")
    return normalize_newlines(value)


def read_string_list(value: Any, key: str, problems: ProblemList) -> list[str]:
    """A list of strings at `key`, with `\n` line endings."""
    if not isinstance(value, list):
        problems.error(key, f"must be a list of strings, not {kind(value)}")
        return []
    items: list[str] = []
    for index, item in enumerate(value):
        if isinstance(item, str):
            items.append(normalize_newlines(item))
        else:
            problems.error(f"{key}[{index}]", f"must be a string, not {kind(item)}")
    return items


def read_area_totals(
    value: Any, key: str, instrument: Instrument, problems: ProblemList, within_max: bool = True
) -> dict[str, Decimal]:
    """A table `area id = total` at `key`, in instrument order; unknown areas, and with
    `within_max` totals above the area's maximum, recorded as problems and left out."""
    if not isinstance(value, dict):
        problems.error(key, f"must be a table of area id = total, not {kind(value)}")
        return {}
    areas: dict[str, Decimal] = {}
    for area_id, raw in value.items():
        area = instrument.area_by_id.get(area_id)
        if area is None:
            problems.error(join_key(key, area_id), f"unknown area id in {instrument.id!r}")
            continue
        number = read_points(raw, key, problems, area_id)
        if number is not None and within_max and number > area.max:
            problems.error(join_key(key, area_id), f"above the area's maximum {area.max}")
        elif number is not None:
            areas[area_id] = number
    return {a.id: areas[a.id] for a in instrument.areas if a.id in areas}
