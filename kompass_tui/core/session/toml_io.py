"""Reading and writing session files (TOML), validated against their instrument.

The written form is deterministic: top-level facts first, then `[instrument]`, `[scores]`
(one score per line, in instrument order), `[comments]`, `[report]` (the report's own
texts), one `[areas."N"]` table per area, `[findings]` (one text per question, in
instrument order), `[[benchmarks]]` and `[consensus]`. Long texts are multi-line strings.
Diffs and merges of sessions kept in git stay readable.

Schema 1 (before the report texts) loads as it is: it has no report texts, findings,
benchmarks or affiliation, and its area `notes` are the area's general text; the next
save writes schema 2. A schema-1 file with a schema-2 key is refused, as the kompass that
wrote schema 1 would refuse it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kompass_tui.core.files.atomic import create_text_exclusive, write_text_atomic
from kompass_tui.core.files.digest import sha256_hex
from kompass_tui.core.files.regular import read_regular, real_path
from kompass_tui.core.files.toml_codec import kind, toml_text, unknown_keys
from kompass_tui.core.files.toml_reading import parse_toml_bytes, read_file_bytes
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.problems import KompassError, Problem, ProblemList, join_key
from kompass_tui.core.session.fields import (
    read_areas,
    read_dates,
    read_not_applicable,
    read_question_texts,
    read_scores,
    read_string,
    read_string_list,
)
from kompass_tui.core.session.model import (
    REPORT_SECTIONS,
    SCHEMA,
    AreaNotes,
    Session,
    normalize_newlines,
)
from kompass_tui.core.session.practice_fields import (
    actions_toml,
    earlier_toml,
    evidence_toml,
    interviews_toml,
    read_actions,
    read_earlier,
    read_evidence,
    read_interviews,
)
from kompass_tui.core.session.report_fields import (
    benchmarks_toml,
    read_benchmarks,
    read_report_sections,
)

TOP_KEYS = (
    "schema",
    "municipality",
    "dates",
    "evaluators",
    "affiliation",
    "not_applicable",
    "instrument",
    "earlier",
    "scores",
    "comments",
    "report",
    "interviews",
    "areas",
    "findings",
    "evidence",
    "benchmarks",
    "consensus",
)
"""The keys of a session file (schema 2), in the order they are written."""
SCHEMA_2_ADDITIONS = (
    "affiliation",
    "earlier",
    "report",
    "interviews",
    "findings",
    "evidence",
    "benchmarks",
)
"""Keys schema 1 did not have. `earlier`, `interviews`, `evidence` and areas' `actions`
came to schema 2 later; each is optional, so schema-2 files from before them load."""
SCHEMA_1_KEYS = tuple(key for key in TOP_KEYS if key not in SCHEMA_2_ADDITIONS)


@lean_dataclass(frozen=False)
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
    return session_from_bytes(read_file_bytes(path), path, catalog)


def session_from_bytes(raw: bytes, path: Path, catalog: Catalog) -> LoadedSession:
    """Validate a session file's bytes, already read from `path`; raise LoadError listing
    every problem."""
    loaded = parse_session(parse_toml_bytes(raw, str(path)), path, catalog)
    loaded.digest = content_digest(raw)
    return loaded


def content_digest(raw: bytes) -> str:
    """The digest used to tell whether a file on disk still holds what was loaded."""
    return sha256_hex(raw)


def file_digest(path: Path) -> str | None:
    """The digest of a file's current bytes, or None if it is gone, unreadable or not a
    regular file of a readable size."""
    try:
        return content_digest(read_regular(path))
    except (OSError, ValueError):
        return None


def parse_session(data: dict[str, Any], path: Path, catalog: Catalog) -> LoadedSession:
    """Validate parsed session data against its instrument (schema 1 or 2)."""
    problems = ProblemList(str(path))
    schema = data.get("schema")
    if schema is None:
        problems.error("schema", f"missing (the session format version, {SCHEMA})")
    elif type(schema) is not int:
        problems.error("schema", f"must be a whole number, not {kind(schema)}")
    elif schema > SCHEMA:
        problems.error("schema", f"{schema} is newer than this kompass understands ({SCHEMA})")
    elif schema < 1:
        problems.error("schema", f"unknown session format {schema}")
    unknown_keys(data, SCHEMA_1_KEYS if schema == 1 else TOP_KEYS, "", problems)

    instrument = _instrument(data, catalog, problems)
    session = Session(
        instrument_id=instrument.id if instrument else "",
        municipality=read_string(data, "municipality", "", problems, required=True),
        dates=read_dates(data.get("dates", []), problems),
        evaluators=read_string_list(data.get("evaluators", []), "evaluators", problems),
        affiliation=read_string(data, "affiliation", "", problems),
    )
    ref = data.get("instrument")
    if isinstance(ref, dict):
        structure, wording = ref.get("structure"), ref.get("wording")
        session.structure = structure if isinstance(structure, str) else ""
        session.wording = wording if isinstance(wording, str) else ""

    session.report_sections = read_report_sections(data.get("report", {}), problems)
    if instrument is not None:
        session.scores = read_scores(data.get("scores", {}), instrument, problems)
        session.comments = read_question_texts(
            data.get("comments", {}), "comments", instrument, problems
        )
        session.findings = read_question_texts(
            data.get("findings", {}), "findings", instrument, problems
        )
        not_applicable = data.get("not_applicable", [])
        session.not_applicable = read_not_applicable(not_applicable, instrument, problems)
        session.areas = read_areas(data.get("areas", {}), instrument, problems)
        _read_plans(data.get("areas"), session, problems)
        session.evidence = read_evidence(data.get("evidence", {}), instrument, problems)
        session.interviews = read_interviews(data.get("interviews", []), instrument, problems)
        session.earlier = read_earlier(data.get("earlier"), instrument, problems)
        session.benchmarks = read_benchmarks(data.get("benchmarks", []), instrument, problems)
        if "consensus" in data:  # its code only for a session that has one (#23)
            from kompass_tui.core.scoring.disputes import parse_consensus_table

            session.consensus = parse_consensus_table(data["consensus"], instrument, problems)

    problems.raise_if_errors()
    assert instrument is not None
    return LoadedSession(session, instrument, problems.warnings, path)


def _read_plans(areas: Any, session: Session, problems: ProblemList) -> None:
    if not isinstance(areas, dict):
        return
    for area_id, notes in session.areas.items():
        raw = areas.get(area_id)
        if isinstance(raw, dict) and "actions" in raw:
            key = f"{join_key('areas', area_id)}.actions"
            notes.actions = read_actions(raw["actions"], key, notes.improvements, problems)


def _instrument(data: dict[str, Any], catalog: Catalog, problems: ProblemList) -> Instrument | None:
    ref = data.get("instrument")
    if ref is None:
        problems.error("instrument", 'missing (a table with id = "<instrument id>")')
        return None
    if not isinstance(ref, dict):
        problems.error("instrument", f"must be a table, not {kind(ref)}")
        return None
    unknown_keys(ref, ("id", "structure", "wording"), "instrument", problems)
    instrument = catalog.named(ref.get("id"), "instrument.id", problems)
    if instrument is None:
        return None
    for name in ("structure", "wording"):
        value = ref.get(name, "")
        if not isinstance(value, str):
            problems.error(f"instrument.{name}", f"must be a string, not {kind(value)}")
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


def session_to_toml(session: Session, instrument: Instrument) -> str:
    """The deterministic TOML text of a session (schema 2), with the instrument's
    fingerprints."""
    order = [q.id for q in instrument.questions]
    head: dict[str, Any] = {
        "schema": SCHEMA,
        "municipality": normalize_newlines(session.municipality),
        "dates": list(session.dates),
        "evaluators": [normalize_newlines(e) for e in session.evaluators],
        "affiliation": normalize_newlines(session.affiliation),
        "not_applicable": [q for q in order if q in session.not_applicable],
        "instrument": {
            "id": instrument.id,
            "structure": instrument.structure_fingerprint,
            "wording": instrument.wording_fingerprint,
        },
    }
    texts: dict[str, Any] = {
        "scores": {q: session.scores[q] for q in order if q in session.scores},
        "comments": _texts_in_order(session.comments, order),
        "report": _texts_in_order(session.report_sections, REPORT_SECTIONS),
    }
    parts = [toml_text(head)]
    if session.earlier is not None:
        parts.append(earlier_toml(session.earlier, instrument))
    parts.append(toml_text(texts))
    if session.interviews:
        parts.append(interviews_toml(session.interviews))
    for area in instrument.areas:
        notes = session.areas.get(area.id, AreaNotes())
        table: dict[str, Any] = {
            "strengths": [normalize_newlines(t) for t in notes.strengths],
            "improvements": [normalize_newlines(t) for t in notes.improvements],
            "notes": normalize_newlines(notes.notes),
        }
        if notes.older_scale_total is not None:
            table["older_scale_total"] = notes.older_scale_total
        parts.append(toml_text({"areas": {area.id: table}}))
        if notes.actions:
            parts.append(actions_toml(area.id, notes.actions))
    findings = {"findings": _texts_in_order(session.findings, order)}
    parts.append(toml_text(findings))
    if session.evidence:
        parts.append(evidence_toml(session.evidence, instrument))
    if session.benchmarks:
        parts.append(benchmarks_toml(session.benchmarks, instrument))
    if session.consensus is not None:
        from kompass_tui.core.scoring.disputes import consensus_table

        consensus = {"consensus": consensus_table(session.consensus, instrument)}
        parts.append(toml_text(consensus))
    return "\n".join(part for part in parts if part)


def _texts_in_order(texts: dict[str, str], order: Sequence[str]) -> dict[str, str]:
    return {key: normalize_newlines(texts[key]) for key in order if texts.get(key, "").strip()}


def save_session(
    session: Session, instrument: Instrument, path: Path, expected_digest: str | None = None
) -> str:
    """Write a session atomically, keeping the previous version as `NAME.toml.bak`.

    A symbolic link is written through: the file it names changes, the link stays. With
    `expected_digest` (from `LoadedSession.digest`), refuse instead of overwriting: with
    SessionFileGoneError when the file was deleted or moved away since it was loaded,
    with ExternalChangeError when it holds something else. Returns the digest of what
    was written.
    """
    real = real_path(path)
    if expected_digest is not None:
        if not os.path.lexists(real):
            raise SessionFileGoneError(path)
        if file_digest(real) != expected_digest:
            raise ExternalChangeError(path)
    text = session_to_toml(session, instrument)
    write_text_atomic(real, text, keep_backup=True)
    session.structure = instrument.structure_fingerprint
    session.wording = instrument.wording_fingerprint
    return content_digest(text.encode("utf-8"))


class ExternalChangeError(KompassError):
    """The session file changed on disk since it was loaded."""

    def __init__(self, path: Path, message: str = "changed on disk since it was opened") -> None:
        self.path = path
        super().__init__(f"{path}: {message}")


class SessionFileGoneError(ExternalChangeError):
    """The session file was deleted or moved away since it was loaded; saving would
    create it anew, so the caller asks first (and saves with no expected digest)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "no longer exists (deleted or moved since it was opened)")


def create_session_file(session: Session, instrument: Instrument, path: Path) -> None:
    """Write a new session file; raise FileExistsError rather than overwrite one."""
    create_text_exclusive(path, session_to_toml(session, instrument))
    session.structure = instrument.structure_fingerprint
    session.wording = instrument.wording_fingerprint
