"""Reading and writing session files (TOML), validated against their instrument.

The written form is deterministic: top-level facts first, then `[instrument]`, `[scores]`
(one score per line, in instrument order), `[comments]`, and one `[areas."N"]` table per
area. Diffs and merges of sessions kept in git stay readable.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from kompass_tui.core.files.atomic import create_text_exclusive, write_text_atomic
from kompass_tui.core.files.toml_reading import parse_toml_bytes, read_file_bytes
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.problems import KompassError, LoadError, Problem, ProblemList, join_key
from kompass_tui.core.scoring.disputes import consensus_table, parse_consensus_table
from kompass_tui.core.scoring.numbers import ScoreError, check_score, decimals_of, parse_decimal
from kompass_tui.core.session.model import SCHEMA, AreaNotes, Session, normalize_newlines

TOP_KEYS = (
    "schema",
    "municipality",
    "dates",
    "evaluators",
    "not_applicable",
    "instrument",
    "scores",
    "comments",
    "areas",
    "consensus",
)
AREA_KEYS = ("strengths", "improvements", "notes", "older_scale_total")


@dataclass
class LoadedSession:
    """A session together with its instrument and any warnings found while loading."""

    session: Session
    instrument: Instrument
    warnings: list[Problem]
    path: Path
    digest: str = ""
    """SHA-256 of the bytes loaded, to notice when the file changes on disk later."""


def load_session(path: Path, catalog: Catalog) -> LoadedSession:
    """Load and validate a session file; raise LoadError listing every problem."""
    raw = read_file_bytes(path)
    loaded = parse_session(parse_toml_bytes(raw, str(path)), path, catalog)
    loaded.digest = content_digest(raw)
    return loaded


def content_digest(raw: bytes) -> str:
    """The digest used to tell whether a file on disk still holds what was loaded."""
    return hashlib.sha256(raw).hexdigest()


def file_digest(path: Path) -> str | None:
    """The digest of a file's current bytes, or None if it is gone or unreadable."""
    try:
        return content_digest(path.read_bytes())
    except (OSError, ValueError):
        return None


def parse_session(data: dict[str, Any], path: Path, catalog: Catalog) -> LoadedSession:
    """Validate parsed session data against its instrument."""
    problems = ProblemList(str(path))
    _unknown(data, TOP_KEYS, "", problems)

    schema = data.get("schema")
    if schema is None:
        problems.error("schema", f"missing (the session format version, {SCHEMA})")
    elif type(schema) is not int:
        problems.error("schema", f"must be a whole number, not {_kind(schema)}")
    elif schema > SCHEMA:
        problems.error("schema", f"{schema} is newer than this kompass understands ({SCHEMA})")
    elif schema < 1:
        problems.error("schema", f"unknown session format {schema}")

    instrument = _instrument(data, catalog, problems)
    municipality = _string(data, "municipality", "", problems, required=True)
    dates = _dates(data.get("dates", []), problems)
    evaluators = _string_list(data.get("evaluators", []), "evaluators", problems)

    session = Session(
        instrument_id=instrument.id if instrument else "",
        municipality=municipality,
        dates=dates,
        evaluators=evaluators,
    )
    ref = data.get("instrument")
    if isinstance(ref, dict):
        structure, wording = ref.get("structure"), ref.get("wording")
        session.structure = structure if isinstance(structure, str) else ""
        session.wording = wording if isinstance(wording, str) else ""

    if instrument is not None:
        session.scores = _scores(data.get("scores", {}), instrument, problems)
        session.comments = _comments(data.get("comments", {}), instrument, problems)
        not_applicable = data.get("not_applicable", [])
        session.not_applicable = _not_applicable(not_applicable, instrument, problems)
        session.areas = _areas(data.get("areas", {}), instrument, problems)
        session.consensus = parse_consensus_table(data.get("consensus"), instrument, problems)

    problems.raise_if_errors()
    assert instrument is not None
    return LoadedSession(session, instrument, problems.warnings, path)


def _instrument(data: dict[str, Any], catalog: Catalog, problems: ProblemList) -> Instrument | None:
    ref = data.get("instrument")
    if ref is None:
        problems.error("instrument", 'missing (a table with id = "<instrument id>")')
        return None
    if not isinstance(ref, dict):
        problems.error("instrument", f"must be a table, not {_kind(ref)}")
        return None
    _unknown(ref, ("id", "structure", "wording"), "instrument", problems)
    instrument_id = ref.get("id")
    if not isinstance(instrument_id, str) or not instrument_id:
        problems.error("instrument.id", "missing or not a string")
        return None
    try:
        instrument = catalog.get(instrument_id)
    except LoadError as error:
        for problem in error.problems:
            if problem.file:
                message = f"instrument {instrument_id!r} does not load: {problem}"
                problems.error("instrument.id", message)
            else:
                problems.error("instrument.id", problem.message)
        return None
    for name in ("structure", "wording"):
        value = ref.get(name, "")
        if not isinstance(value, str):
            problems.error(f"instrument.{name}", f"must be a string, not {_kind(value)}")
    structure = ref.get("structure", "")
    wording = ref.get("wording", "")
    if not structure:
        problems.warning("instrument.structure", "no fingerprint recorded; the next save adds it")
    elif structure != instrument.structure_fingerprint:
        problems.error(
            "instrument.structure",
            f"instrument {instrument.id!r} changed its questions or maxima since this session "
            "was saved; scores may no longer fit",
        )
    if structure and wording and wording != instrument.wording_fingerprint:
        problems.warning(
            "instrument.wording",
            f"the wording of instrument {instrument.id!r} changed since this session was saved",
        )
    return instrument


def _scores(value: Any, instrument: Instrument, problems: ProblemList) -> dict[str, Decimal]:
    if not isinstance(value, dict):
        problems.error("scores", f"must be a table of question id = score, not {_kind(value)}")
        return {}
    scores: dict[str, Decimal] = {}
    for question_id, raw in value.items():
        # The key path is built only for a problem: thousands of files are read at a time.
        question = instrument.question_by_id.get(question_id)
        if question is None:
            message = f"unknown question id in instrument {instrument.id!r}"
            problems.error(join_key("scores", question_id), message)
            continue
        try:
            if isinstance(raw, bool) or not isinstance(raw, int | Decimal | str):
                raise ScoreError(f"must be a number, not {_kind(raw)}")
            number = parse_decimal(raw) if isinstance(raw, str) else Decimal(raw)
            scores[question_id] = check_score(number, question.max)
        except ScoreError as error:
            problems.error(join_key("scores", question_id), f"{error} (max {question.max})")
    return {q.id: scores[q.id] for q in instrument.questions if q.id in scores}


def _comments(value: Any, instrument: Instrument, problems: ProblemList) -> dict[str, str]:
    if not isinstance(value, dict):
        problems.error("comments", f"must be a table of question id = text, not {_kind(value)}")
        return {}
    comments: dict[str, str] = {}
    for question_id, text in value.items():
        key = join_key("comments", question_id)
        if question_id not in instrument.question_by_id:
            problems.error(key, f"unknown question id in instrument {instrument.id!r}")
        elif not isinstance(text, str):
            problems.error(key, f"must be a string, not {_kind(text)}")
        elif text.strip():
            comments[question_id] = normalize_newlines(text)
    return {q.id: comments[q.id] for q in instrument.questions if q.id in comments}


def _not_applicable(value: Any, instrument: Instrument, problems: ProblemList) -> set[str]:
    if not isinstance(value, list):
        problems.error("not_applicable", f"must be a list of question ids, not {_kind(value)}")
        return set()
    result: set[str] = set()
    for index, question_id in enumerate(value):
        key = f"not_applicable[{index}]"
        if not isinstance(question_id, str):
            problems.error(key, f"must be a question id string, not {_kind(question_id)}")
        elif question_id not in instrument.question_by_id:
            problems.error(key, f"unknown question id {question_id!r}")
        else:
            result.add(question_id)
    return result


def _areas(value: Any, instrument: Instrument, problems: ProblemList) -> dict[str, AreaNotes]:
    if not isinstance(value, dict):
        problems.error("areas", f"must be a table of area tables, not {_kind(value)}")
        value = {}
    for area_id in value:
        if area_id not in instrument.area_by_id:
            problems.error(join_key("areas", area_id), f"unknown area id in {instrument.id!r}")
    areas: dict[str, AreaNotes] = {}
    for area in instrument.areas:
        key = join_key("areas", area.id)
        raw = value.get(area.id, {})
        if not isinstance(raw, dict):
            problems.error(key, f"must be a table, not {_kind(raw)}")
            raw = {}
        _unknown(raw, AREA_KEYS, key, problems)
        notes = AreaNotes(
            strengths=_string_list(raw.get("strengths", []), join_key(key, "strengths"), problems),
            improvements=_string_list(
                raw.get("improvements", []), join_key(key, "improvements"), problems
            ),
            notes=_string(raw, "notes", key, problems),
            older_scale_total=_older_total(raw.get("older_scale_total"), key, problems),
        )
        areas[area.id] = notes
    return areas


def _older_total(value: Any, key: str, problems: ProblemList) -> Decimal | None:
    if value is None:
        return None
    full = join_key(key, "older_scale_total")
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        problems.error(full, f"must be a number, not {_kind(value)}")
        return None
    number = Decimal(value)
    if not number.is_finite() or number < 0 or decimals_of(number) > 2:
        problems.error(full, "must be a number ≥ 0 with at most 2 decimals")
        return None
    return number


def _dates(value: Any, problems: ProblemList) -> list[date]:
    if not isinstance(value, list):
        problems.error("dates", f"must be a list of dates like [2010-01-25], not {_kind(value)}")
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
            problems.error(key, f"must be a date (YYYY-MM-DD), not {_kind(item)}")
    return dates


def _string(
    data: dict[str, Any], name: str, key: str, problems: ProblemList, required: bool = False
) -> str:
    full = join_key(key, name)
    value = data.get(name)
    if value is None:
        if required:
            problems.error(full, "missing")
        return ""
    if not isinstance(value, str):
        problems.error(full, f"must be a string, not {_kind(value)}")
        return ""
    if required and not value.strip():
        problems.error(full, "must not be empty")
    return normalize_newlines(value)


def _string_list(value: Any, key: str, problems: ProblemList) -> list[str]:
    if not isinstance(value, list):
        problems.error(key, f"must be a list of strings, not {_kind(value)}")
        return []
    items: list[str] = []
    for index, item in enumerate(value):
        if isinstance(item, str):
            items.append(normalize_newlines(item))
        else:
            problems.error(f"{key}[{index}]", f"must be a string, not {_kind(item)}")
    return items


def _unknown(data: dict[str, Any], known: tuple[str, ...], key: str, problems: ProblemList) -> None:
    for name in data:
        if name not in known:
            problems.error(join_key(key, name), f"unknown key (expected: {', '.join(known)})")


def _kind(value: Any) -> str:
    kinds = {
        bool: "a boolean",
        int: "a whole number",
        Decimal: "a number",
        str: "a string",
        list: "a list",
        dict: "a table",
    }
    for kind, name in kinds.items():
        if type(value) is kind:
            return name
    if isinstance(value, date):
        return "a date"
    return type(value).__name__


def session_to_toml(session: Session, instrument: Instrument) -> str:
    """The deterministic TOML text of a session, with the instrument's fingerprints."""
    import tomli_w  # only when writing

    order = [q.id for q in instrument.questions]
    doc: dict[str, Any] = {
        "schema": SCHEMA,
        "municipality": normalize_newlines(session.municipality),
        "dates": list(session.dates),
        "evaluators": [normalize_newlines(e) for e in session.evaluators],
        "not_applicable": [q for q in order if q in session.not_applicable],
        "instrument": {
            "id": instrument.id,
            "structure": instrument.structure_fingerprint,
            "wording": instrument.wording_fingerprint,
        },
        "scores": {q: _plain(session.scores[q]) for q in order if q in session.scores},
        "comments": {
            q: normalize_newlines(session.comments[q])
            for q in order
            if session.comments.get(q, "").strip()
        },
        "areas": {},
    }
    for area in instrument.areas:
        notes = session.areas.get(area.id, AreaNotes())
        table: dict[str, Any] = {
            "strengths": [normalize_newlines(t) for t in notes.strengths],
            "improvements": [normalize_newlines(t) for t in notes.improvements],
            "notes": normalize_newlines(notes.notes),
        }
        if notes.older_scale_total is not None:
            table["older_scale_total"] = _plain(notes.older_scale_total)
        doc["areas"][area.id] = table
    if session.consensus is not None:
        doc["consensus"] = consensus_table(session.consensus, instrument)
    return tomli_w.dumps(doc, multiline_strings=True)


def _plain(value: Decimal) -> Decimal:
    # 1E+1 is valid TOML but not what a person expects to read in a session file.
    return Decimal(f"{value:f}")


def save_session(
    session: Session, instrument: Instrument, path: Path, expected_digest: str | None = None
) -> str:
    """Write a session atomically, keeping the previous version as `NAME.toml.bak`.

    With `expected_digest` (from `LoadedSession.digest`), refuse with ExternalChangeError
    when the file on disk no longer holds what was loaded, instead of overwriting it.
    Returns the digest of what was written.
    """
    if expected_digest is not None:
        current = file_digest(path)
        if current is not None and current != expected_digest:
            raise ExternalChangeError(path)
    text = session_to_toml(session, instrument)
    write_text_atomic(path, text, keep_backup=True)
    session.structure = instrument.structure_fingerprint
    session.wording = instrument.wording_fingerprint
    return content_digest(text.encode("utf-8"))


class ExternalChangeError(KompassError):
    """The session file changed on disk since it was loaded."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path}: changed on disk since it was opened")


def create_session_file(session: Session, instrument: Instrument, path: Path) -> None:
    """Write a new session file; raise FileExistsError rather than overwrite one."""
    create_text_exclusive(path, session_to_toml(session, instrument))
    session.structure = instrument.structure_fingerprint
    session.wording = instrument.wording_fingerprint
