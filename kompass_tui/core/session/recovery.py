"""Recovery files: unsaved work kept beside the session until it is saved or discarded.

The workbench writes `.NAME.toml.recovery` (same format as a session) shortly after each
edit and when the terminal goes away. Opening a session whose recovery file is newer and
differs offers to restore it.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from kompass_tui.core.files.atomic import write_text_atomic
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.problems import LoadError
from kompass_tui.core.scoring.numbers import format_number
from kompass_tui.core.session.model import REPORT_SECTIONS, Session
from kompass_tui.core.session.toml_io import LoadedSession, load_session, session_to_toml

RECOVERY_SUFFIX = ".recovery"


def recovery_path(path: Path) -> Path:
    """The recovery file of a session: hidden, in the same folder."""
    return path.with_name(f".{path.name}{RECOVERY_SUFFIX}")


def write_recovery(session: Session, instrument: Instrument, path: Path) -> None:
    """Write the current state of a session to its recovery file (atomically)."""
    write_text_atomic(recovery_path(path), session_to_toml(session, instrument))


def discard_recovery(path: Path) -> None:
    """Remove a session's recovery file, if any."""
    with contextlib.suppress(FileNotFoundError):
        recovery_path(path).unlink()


def pending_recovery(path: Path, catalog: Catalog) -> LoadedSession | None:
    """The recovery file's session if it is newer than the session and differs from it."""
    recovery = recovery_path(path)
    try:
        recovery_time = recovery.stat().st_mtime_ns
    except (FileNotFoundError, ValueError):
        return None
    try:
        session_time = path.stat().st_mtime_ns
    except FileNotFoundError:
        session_time = -1
    if recovery_time < session_time:
        return None
    try:
        if path.is_file() and recovery.read_bytes() == path.read_bytes():
            return None
        return load_session(recovery, catalog)
    except (LoadError, OSError):
        return None


def describe_changes(old: Session, new: Session, instrument: Instrument, lang: str) -> list[str]:
    """Human-readable lines saying how `new` differs from `old` (for restore dialogs)."""
    lines: list[str] = []
    if old.municipality != new.municipality:
        lines.append(f"{old.municipality} → {new.municipality}")
    for question in instrument.questions:
        before, after = old.scores.get(question.id), new.scores.get(question.id)
        if before != after:
            shown = [format_number(v, lang) if v is not None else "–" for v in (before, after)]
            lines.append(f"{question.id}: {shown[0]} → {shown[1]}")
        if (question.id in old.not_applicable) != (question.id in new.not_applicable):
            lines.append(
                f"{question.id}: n/a {'on' if question.id in new.not_applicable else 'off'}"
            )
        if old.comments.get(question.id, "") != new.comments.get(question.id, ""):
            lines.append(f"{question.id}: comment")
        if old.findings.get(question.id, "") != new.findings.get(question.id, ""):
            lines.append(f"{question.id}: findings")
    for area in instrument.areas:
        a, b = old.area_notes(area.id), new.area_notes(area.id)
        for name in ("strengths", "improvements", "notes"):
            if getattr(a, name) != getattr(b, name):
                lines.append(f"{area.id}: {name}")
    for key in REPORT_SECTIONS:
        if old.report_sections.get(key, "") != new.report_sections.get(key, ""):
            lines.append(f"report: {key}")
    if old.benchmarks != new.benchmarks:
        lines.append("benchmarks")
    if (old.evaluators, old.dates, old.affiliation) != (new.evaluators, new.dates, new.affiliation):
        lines.append("evaluators/dates")
    return lines
