"""Recovery files: unsaved work kept beside the session until it is saved or discarded.

The workbench writes `.NAME.toml.recovery` (same format as a session, same permissions as
the session, beside the real file when the session is a symbolic link) shortly after
each edit and when the terminal goes away. Opening a session whose recovery file differs
from it offers to restore it, whatever the files' times: a backup tool, `git checkout` or
`touch` may have made the session look newer.

A recovery file is removed only when it holds nothing unsaved: what this process wrote
itself or showed the user (who then restored or discarded it), or what the session file
holds now. Work left by another process that was never offered is never removed.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from kompass_tui.core.files.atomic import file_mode, write_text_atomic
from kompass_tui.core.files.regular import read_regular, real_path
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.problems import LoadError
from kompass_tui.core.scoring.numbers import format_number
from kompass_tui.core.session.model import REPORT_SECTIONS, Session
from kompass_tui.core.session.toml_io import (
    LoadedSession,
    content_digest,
    session_from_bytes,
    session_to_toml,
)
from kompass_tui.core.texts.catalog import text

RECOVERY_SUFFIX = ".recovery"

_KNOWN: dict[Path, set[str]] = {}
"""Per recovery file, digests of the contents this process wrote or offered to restore."""


def recovery_path(path: Path) -> Path:
    """The recovery file of a session: hidden, beside the real file."""
    real = real_path(path)
    return real.with_name(f".{real.name}{RECOVERY_SUFFIX}")


def write_recovery(session: Session, instrument: Instrument, path: Path) -> None:
    """Write the current state of a session to its recovery file (atomically), with the
    session file's permissions."""
    text = session_to_toml(session, instrument)
    recovery = recovery_path(path)
    mode = file_mode(real_path(path))
    write_text_atomic(recovery, text, mode=None if mode is None else mode & 0o666)
    _KNOWN.setdefault(recovery, set()).add(content_digest(text.encode("utf-8")))


def discard_recovery(path: Path) -> bool:
    """Remove a session's recovery file unless it holds work the user has not seen;
    True if there is no recovery file any more."""
    recovery = recovery_path(path)
    held = _read(recovery)
    if held is None:
        return True
    if content_digest(held) not in _KNOWN.get(recovery, set()) and held != _read(real_path(path)):
        return False  # unsaved work of another process, never offered: keep it
    with contextlib.suppress(FileNotFoundError):
        recovery.unlink()
    _KNOWN.pop(recovery, None)
    return True


def pending_recovery(path: Path, catalog: Catalog) -> LoadedSession | None:
    """The recovery file's session when it differs from the session file, whatever the
    files' times; None when there is none, it is the same, or it does not load."""
    recovery = recovery_path(path)
    held = _read(recovery)
    if held is None or held == _read(real_path(path)):
        return None
    try:
        loaded = session_from_bytes(held, recovery, catalog)
    except LoadError:
        return None
    _KNOWN.setdefault(recovery, set()).add(content_digest(held))
    return loaded


def _read(path: Path) -> bytes | None:
    try:
        return read_regular(path)
    except (OSError, ValueError):
        return None


def describe_changes(old: Session, new: Session, instrument: Instrument, lang: str) -> list[str]:
    """Lines saying how `new` differs from `old` (for restore dialogs), in the interface
    language: the question or area and the field by their names, never a TOML key."""

    def say(key: str, **values: object) -> str:
        return text(lang, f"tui.diff.{key}", **values)

    lines: list[str] = []
    if old.municipality != new.municipality:
        lines.append(say("municipality", before=old.municipality, after=new.municipality))
    disputes_before = old.consensus.disputes if old.consensus is not None else {}
    disputes_after = new.consensus.disputes if new.consensus is not None else {}
    for question in instrument.questions:
        qid = question.id
        before, after = old.scores.get(qid), new.scores.get(qid)
        if before != after:
            shown = [format_number(v, lang) if v is not None else "–" for v in (before, after)]
            lines.append(say("score", qid=qid, before=shown[0], after=shown[1]))
        if (qid in old.not_applicable) != (qid in new.not_applicable):
            lines.append(
                say("not_applicable" if qid in new.not_applicable else "applicable", qid=qid)
            )
        if old.comments.get(qid, "") != new.comments.get(qid, ""):
            lines.append(say("comment", qid=qid))
        if old.findings.get(qid, "") != new.findings.get(qid, ""):
            lines.append(say("findings", qid=qid))
        if old.evidence.get(qid, []) != new.evidence.get(qid, []):
            lines.append(say("evidence", qid=qid))
        if qid in disputes_before and qid not in disputes_after:
            lines.append(say("settled", qid=qid))
    for area in instrument.areas:
        a, b = old.area_notes(area.id), new.area_notes(area.id)
        for name, title in (
            ("strengths", "tui.strengths"),
            ("improvements", "tui.improvements"),
            ("notes", "tui.general"),
            ("actions", "tui.diff.actions"),
        ):
            if getattr(a, name) != getattr(b, name):
                lines.append(say("area", area=area.id, part=text(lang, title)))
    for key in REPORT_SECTIONS:
        if old.report_sections.get(key, "") != new.report_sections.get(key, ""):
            lines.append(say("section", section=text(lang, f"tui.section.{key}")))
    if old.interviews != new.interviews:
        lines.append(say("interviews"))
    if old.benchmarks != new.benchmarks:
        lines.append(say("benchmarks"))
    if (old.evaluators, old.dates, old.affiliation) != (new.evaluators, new.dates, new.affiliation):
        lines.append(say("about"))
    return lines
