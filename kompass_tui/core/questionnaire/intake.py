"""Taking the municipality's answers into a session: each becomes a source of its own kind
(`practice.ANSWER`) on its question, first among the question's sources.

A file is known by its SHA-256: the same bytes taken in twice add nothing. A file with the
name of one taken in before but other bytes is a revision: its earlier answers are replaced
(an evaluator's judgement of an answer whose text did not change is kept), and the result
says which answers changed, which are new and which were withdrawn.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.problems import KompassError
from kompass_tui.core.questionnaire.answers import ReadQuestionnaire
from kompass_tui.core.questionnaire.identity import QuestionnaireIdentity
from kompass_tui.core.session.model import Session, municipality_key, normalize_newlines
from kompass_tui.core.session.practice import ANSWER, Evidence


class WrongQuestionnaireError(KompassError):
    """The questionnaire was made for another instrument, edition or municipality."""


@lean_dataclass(frozen=False)
class IntakeResult:
    """What taking in one file did."""

    file_name: str
    digest: str
    answered: list[str] = field(default_factory=list)
    """The ids of the questions answered in the file, in instrument order."""
    unanswered: list[str] = field(default_factory=list)
    """The ids of the questions the file leaves unanswered, in instrument order."""
    already: date | None = None
    """When these very bytes were taken in before (then nothing was changed)."""
    revises: date | None = None
    """When the earlier version of this file was taken in, for a revision."""
    changed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    changes_session: bool = False
    """Whether the session was changed (an answer added, replaced or removed)."""


def check_identity(
    identity: QuestionnaireIdentity | None, session: Session, instrument: Instrument
) -> list[str]:
    """Why a questionnaire cannot be taken into this session (empty when it can); the
    wording of the instrument may have changed (that is not a reason)."""
    if identity is None:
        return ["no kompass questionnaire properties: it was not made by `kompass questionnaire`"]
    if identity.instrument != instrument.id:
        return [f"made for instrument {identity.instrument!r}; the session uses {instrument.id!r}"]
    if identity.structure != instrument.structure_fingerprint:
        return [
            f"made for another edition of {instrument.id!r} (its questions or maxima "
            "differ from the instrument's now)"
        ]
    if municipality_key(identity.municipality) != municipality_key(session.municipality):
        return [
            f"made for {identity.municipality!r}; the session evaluates {session.municipality!r}"
        ]
    return []


def take_in(
    session: Session,
    instrument: Instrument,
    read: ReadQuestionnaire,
    file_name: str,
    digest: str,
    today: date,
) -> IntakeResult:
    """Add the file's answers to the session (see the module's docstring); raise
    WrongQuestionnaireError, changing nothing, when the file does not belong to it."""
    problems = check_identity(read.identity, session, instrument)
    if problems:
        raise WrongQuestionnaireError("; ".join(problems))
    result = IntakeResult(file_name, digest)
    answers = {q: normalize_newlines(a) for q, a in read.answers.items() if a.strip()}
    for question in instrument.questions:
        target = result.answered if question.id in answers else result.unanswered
        target.append(question.id)
    for items in session.evidence.values():
        for item in items:
            if item.kind == ANSWER and item.digest == digest:
                result.already = item.date or today
                return result
    for question in instrument.questions:
        _replace_answer(session, question.id, answers.get(question.id), result, today)
    return result


def _replace_answer(
    session: Session, question_id: str, answer: str | None, result: IntakeResult, today: date
) -> None:
    items = session.evidence.get(question_id, [])
    index = next(
        (i for i, e in enumerate(items) if e.kind == ANSWER and e.reference == result.file_name),
        None,
    )
    old = items[index] if index is not None else None
    if old is not None and index is not None:
        result.revises = old.date
        result.changes_session = True
        session.delete_evidence(question_id, index)
    if answer is None:
        if old is not None:
            result.withdrawn.append(question_id)
        return
    new = Evidence(ANSWER, "", result.file_name, "", today, answer, result.digest)
    if old is None:
        result.added.append(question_id)
        remaining = session.evidence.get(question_id, [])
        index = next((i for i, e in enumerate(remaining) if e.kind != ANSWER), len(remaining))
    elif old.shows == answer:
        new = replace(new, status=old.status)  # the evaluator's judgement still holds
    else:
        result.changed.append(question_id)
    session.add_evidence(question_id, new, index)
    result.changes_session = True
