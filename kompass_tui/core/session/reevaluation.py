"""Re-evaluation: a new evaluation of a municipality that starts from its earlier one.

`start_reevaluation` makes the new, empty session (no score, text or plan is copied: the
new evaluation is made afresh) with an `[earlier]` link to the earlier file. `resolve_earlier`
finds that file again; `earlier_questions` and `earlier_areas` give, per question and per
area, what the earlier evaluation said (score, strengths, improvement areas and how far
their actions got) for showing beside the new one. When the earlier file has moved or no
longer loads, the totals kept in the link still give the report its earlier column.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.problems import KompassError, LoadError
from kompass_tui.core.scoring.totals import session_score
from kompass_tui.core.session.earlier_link import EarlierLink, relative_file
from kompass_tui.core.session.model import AreaNotes, Session, municipality_key, new_session
from kompass_tui.core.session.practice import ImprovementPlan
from kompass_tui.core.session.toml_io import LoadedSession, load_session


class ReevaluationError(KompassError):
    """An earlier evaluation a new one cannot start from; the message says why."""


def start_reevaluation(
    earlier: LoadedSession,
    path: Path,
    instrument: Instrument,
    dates: list[date] | None = None,
    evaluators: list[str] | None = None,
) -> Session:
    """A new, empty session of the earlier one's municipality, to be saved at `path`,
    linked to the earlier file with its digest and totals. Raises ReevaluationError when
    the instrument differs (a later instrument needs an area mapping, not yet supported)."""
    if instrument.id != earlier.instrument.id:
        raise ReevaluationError(
            f"{earlier.path}: was scored with {earlier.instrument.id}, the new session would "
            f"use {instrument.id}; a later instrument needs an area mapping, which "
            "kompass new --from does not support yet"
        )
    first = sorted(dates or [])
    if first and earlier.session.dates and min(earlier.session.dates) >= first[0]:
        raise ReevaluationError(
            f"{earlier.path}: is from {min(earlier.session.dates).isoformat()}, not before "
            f"the new evaluation ({first[0].isoformat()})"
        )
    session = new_session(instrument, earlier.session.municipality, first, evaluators)
    session.earlier = link_to(earlier, path)
    return session


def link_to(earlier: LoadedSession, path: Path) -> EarlierLink:
    """The `[earlier]` link of a session at `path` to a loaded earlier session."""
    score = session_score(earlier.session, earlier.instrument)
    dates = earlier.session.dates
    return EarlierLink(
        file=relative_file(earlier.path, path),
        digest=earlier.digest,
        label=str(min(dates).year) if dates else "",
        areas={a.area.id: a.total for a in score.areas},
        complete=score.complete,
    )


@lean_dataclass
class ResolvedEarlier:
    """The earlier evaluation of a session, found through its `[earlier]` link."""

    link: EarlierLink
    session: Session | None
    """The earlier session as its file holds it now; None when it is not found or does not
    load (then only the kept totals are known)."""
    areas: dict[str, Decimal]
    """The earlier area totals: the file's when it loads, else those kept in the link."""
    complete: bool
    warnings: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """How reports name the earlier evaluation (its year)."""
        return self.link.label


def resolve_earlier(
    session: Session, session_path: Path, instrument: Instrument, catalog: Catalog
) -> ResolvedEarlier | None:
    """The session's earlier evaluation (None without an `[earlier]` link), with a warning
    when its file has moved, no longer loads, changed since, or is of something else."""
    link = session.earlier
    if link is None:
        return None
    path = link.path_from(session_path)
    kept = ResolvedEarlier(link, None, dict(link.areas), link.complete)
    try:
        loaded = load_session(path, catalog)
    except LoadError as failure:
        reason = failure.problems[0].message if failure.problems else "does not load"
        kept.warnings.append(
            f"{session_path}: earlier.file: warning: {path}: {reason}; the report shows the totals "
            "kept in [earlier]"
        )
        return kept
    if loaded.instrument.id != instrument.id or municipality_key(
        loaded.session.municipality
    ) != municipality_key(session.municipality):
        kept.warnings.append(
            f"{session_path}: earlier.file: warning: {path} is not an evaluation of "
            f"{session.municipality} with {instrument.id}; the report shows the kept totals"
        )
        return kept
    warnings = []
    if link.digest and loaded.digest != link.digest:
        warnings.append(
            f"{session_path}: earlier.file: warning: {path} changed since this evaluation "
            "started; it is shown as it is now"
        )
    score = session_score(loaded.session, loaded.instrument)
    areas = {a.area.id: a.total for a in score.areas}
    return ResolvedEarlier(link, loaded.session, areas, score.complete, warnings)


@lean_dataclass
class EarlierQuestion:
    """What the earlier evaluation said about one question."""

    score: Decimal | None
    not_applicable: bool
    comment: str = ""
    findings: str = ""


@lean_dataclass
class EarlierArea:
    """What the earlier evaluation said about one area."""

    total: Decimal | None
    strengths: tuple[str, ...] = ()
    improvements: tuple[ImprovementPlan, ...] = ()
    """Its improvement areas, each with its actions (and their statuses) as the earlier
    file holds them now: how far the plan got."""


def earlier_questions(
    earlier: ResolvedEarlier, instrument: Instrument
) -> dict[str, EarlierQuestion]:
    """Per question id of `instrument`, what the earlier evaluation said; empty when its
    file is not found (only its totals are known then)."""
    old = earlier.session
    if old is None:
        return {}
    return {
        q.id: EarlierQuestion(
            old.scores.get(q.id),
            q.id in old.not_applicable,
            old.comments.get(q.id, ""),
            old.findings.get(q.id, ""),
        )
        for q in instrument.questions
    }


def earlier_areas(earlier: ResolvedEarlier, instrument: Instrument) -> dict[str, EarlierArea]:
    """Per area id of `instrument`, the earlier total, strengths and improvement areas with
    their plans (the totals alone when the earlier file is not found)."""
    result = {}
    for area in instrument.areas:
        total = earlier.areas.get(area.id)
        notes = earlier.session.areas.get(area.id) if earlier.session is not None else None
        if notes is None:
            result[area.id] = EarlierArea(total)
            continue
        result[area.id] = EarlierArea(total, tuple(notes.strengths), improvement_plans(notes))
    return result


def improvement_plans(notes: AreaNotes) -> tuple[ImprovementPlan, ...]:
    """An area's improvement areas in order, each with its actions."""
    return tuple(ImprovementPlan(text, notes.actions_for(text)) for text in notes.improvements)
