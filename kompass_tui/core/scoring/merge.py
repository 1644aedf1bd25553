"""The merge engine: two or more evaluations of one municipality made into one session.

`merge_three(base, ours, theirs)` is what git needs (`kompass merge`): the common ancestor
and both sides' versions. `merge_independent(sides)` is `kompass consensus`: evaluations
made apart, merged from an empty base. Both use the same rules:

- scores and not-applicable marks: a change on one side is taken, the same change on both
  once; different changes on both sides become a disagreement (`Dispute`: every side's
  value, who, when), kept in the session's `[consensus]` table, not a pick. Meanwhile the
  question holds the mean of the scores given (`consensus.proposed_score`);
- texts (the municipality's name, the affiliation, the report's sections, every area's
  general text, every question's findings and comments) three ways by line
  (`merge_parts.merge_text`); where both changed the same lines, a `TextDispute` holds both
  whole versions and the text holds ours then theirs: never conflict markers;
- lists (strengths, improvement areas, actions, sources, interviews, benchmarks) by
  their items (`merge_parts.merge_list`); an action follows its improvement area when one
  side renamed it; an action whose area the other side removed brings it back;
- evaluators and dates: both sides' (less what one side removed from the base);
- the `[consensus]` tables themselves: a disagreement settled on one side is settled, the
  logs of what was agreed are joined.

For independent evaluations a question some scored and others left blank is a
disagreement too, and scores within the threshold are agreed on their mean (as
`consensus` has always done); who wrote each strength and improvement area is kept in
`ConsensusNotes.written_by`, never in the text.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TypeVar

from kompass_tui.core.instrument.criteria import Instrument, Question
from kompass_tui.core.scoring.disputes import (
    ConsensusNotes,
    Dispute,
    TextDispute,
    WrittenBy,
    is_too_far,
)
from kompass_tui.core.scoring.merge_parts import (
    TextMerge,
    merge_list,
    merge_set,
    merge_text,
    merge_value,
    renames,
)
from kompass_tui.core.scoring.numbers import shown_points
from kompass_tui.core.scoring.totals import combine
from kompass_tui.core.session.model import (
    REPORT_SECTIONS,
    AreaNotes,
    BenchmarkEntry,
    Session,
    municipality_key,
)
from kompass_tui.core.session.practice import Action

W = TypeVar("W")
State = tuple[Decimal | None, bool]
"""A question's score (None: not scored) and whether it is marked not applicable."""


@dataclass(frozen=True)
class Side:
    """One version being merged and who made it."""

    session: Session
    who: str
    """The evaluator(s) behind it, as disagreements name them."""
    when: str = ""
    """When it was made (an ISO date or time), where known."""


def merge_three(base: Session | None, ours: Side, theirs: Side, instrument: Instrument) -> Session:
    """Merge two versions of a session with their common ancestor (None: none, as for a
    file both sides added)."""
    theirs = _distinct(ours, theirs)
    start = base if base is not None else _empty_like(ours.session)
    merged = _merge_pair(start, ours, theirs, instrument)
    for question in instrument.questions:
        _merge_score(question.id, question.max, start, ours, theirs, merged)
    if merged.consensus is not None:
        order = [q.id for q in instrument.questions]
        disputes = merged.consensus.disputes
        merged.consensus.disputes = {q: disputes[q] for q in order if q in disputes}
    return merged


def merge_independent(
    sides: Sequence[Side], instrument: Instrument, threshold: Decimal, sources: Sequence[str]
) -> tuple[Session, list[QuestionMerge]]:
    """Merge evaluations made apart (at least two, of one municipality and instrument):
    texts and lists three ways from an empty base, side by side; scores together. Returns
    the session and how each question was merged."""
    sides = _unique_names(sides)
    first = sides[0]
    empty = _empty_like(first.session)
    merged = _copy(first.session)
    merged.scores, merged.not_applicable = {}, set()
    accumulated = Side(merged, first.who, first.when)
    for side in sides[1:]:
        merged = _merge_pair(empty, accumulated, side, instrument, loose=True)
        accumulated = Side(merged, ", ".join(s.who for s in sides[: sides.index(side) + 1]))
    merged.scores, merged.not_applicable = {}, set()
    notes = merged.consensus or ConsensusNotes(threshold)
    notes.threshold, notes.sources = threshold, list(sources)
    merged.consensus = notes
    questions = [
        _independent_score(question, sides, threshold, merged, notes)
        for question in instrument.questions
    ]
    notes.written_by = _written_by(sides, merged, instrument)
    # Texts from an empty base: the first evaluator's version versus the joined ones is
    # the disagreement; versions are kept under each evaluator's own name.
    for place, dispute in notes.texts.items():
        notes.texts[place] = _by_evaluator(place, dispute, sides)
    return merged, questions


def questions_in_dispute(session: Session) -> list[str]:
    """The questions a session still has to settle."""
    return list(session.consensus.disputes) if session.consensus is not None else []


# -- the parts --------------------------------------------------------------------------------


def text_key(text: str) -> str:
    """What makes two list items of independent evaluations the same: spacing and case
    aside ("Tydlig plan" and "tydlig  plan" are one strength)."""
    return " ".join(text.split()).casefold()


def _merge_pair(
    base: Session, ours: Side, theirs: Side, instrument: Instrument, loose: bool = False
) -> Session:
    """Everything but the scores merged into a new session (scores: ours, for now); with
    `loose`, strengths and improvement areas that differ only in spacing or case are one."""
    o, t = ours.session, theirs.session
    merged = _copy(o)
    notes = _merge_notes(base.consensus, o.consensus, t.consensus)
    merged.consensus = notes
    texts: list[TextDispute] = []

    def text(place: str, b: str, our: str, their: str, one_line: bool = False) -> str:
        result = merge_text(b, our, their, one_line=one_line)
        if result.conflict:
            nonlocal notes
            if notes is None:
                notes = merged.consensus = ConsensusNotes(Decimal(0))
            notes.texts[place] = _text_dispute(notes.texts.get(place), ours, theirs, result)
            texts.append(notes.texts[place])
        return result.text

    merged.municipality = text(
        "municipality", base.municipality, o.municipality, t.municipality, one_line=True
    )
    merged.affiliation = text(
        "affiliation", base.affiliation, o.affiliation, t.affiliation, one_line=True
    )
    merged.evaluators = merge_list(base.evaluators, o.evaluators, t.evaluators, _itself)
    merged.dates = sorted(merge_set(base.dates, o.dates, t.dates))
    for key in REPORT_SECTIONS:
        value = text(
            f"report.{key}",
            base.report_sections.get(key, ""),
            o.report_sections.get(key, ""),
            t.report_sections.get(key, ""),
        )
        _put(merged.report_sections, key, value)
    for question in instrument.questions:
        q = question.id
        for name, b_texts, o_texts, t_texts, into in (
            ("findings", base.findings, o.findings, t.findings, merged.findings),
            ("comments", base.comments, o.comments, t.comments, merged.comments),
        ):
            value = text(f"{name}.{q}", b_texts.get(q, ""), o_texts.get(q, ""), t_texts.get(q, ""))
            _put(into, q, value)
        evidence = merge_list(
            base.evidence.get(q, []), o.evidence.get(q, []), t.evidence.get(q, []), _itself
        )
        merged.evidence.pop(q, None)
        if evidence:
            merged.evidence[q] = evidence
    merged.evidence = {
        q.id: merged.evidence[q.id] for q in instrument.questions if q.id in merged.evidence
    }
    merged.interviews = merge_list(base.interviews, o.interviews, t.interviews, _itself)
    merged.benchmarks = _benchmarks(base.benchmarks, o.benchmarks, t.benchmarks)
    merged.earlier = merge_value(base.earlier, o.earlier, t.earlier)[0]
    for area in instrument.areas:
        b_notes = base.areas.get(area.id, AreaNotes())
        o_notes, t_notes = o.areas.get(area.id, AreaNotes()), t.areas.get(area.id, AreaNotes())
        notes_text = text(f"notes.{area.id}", b_notes.notes, o_notes.notes, t_notes.notes)
        merged.areas[area.id] = _merge_area(b_notes, o_notes, t_notes, notes_text, loose)
    merged.consensus = notes
    return merged


def _merge_area(
    base: AreaNotes, ours: AreaNotes, theirs: AreaNotes, notes: str, loose: bool
) -> AreaNotes:
    same = text_key if loose else None
    improvements = merge_list(
        base.improvements, ours.improvements, theirs.improvements, _itself, same
    )
    moved = {**renames(base.improvements, theirs.improvements)}
    moved.update(renames(base.improvements, ours.improvements))
    actions = merge_list(base.actions, ours.actions, theirs.actions, _itself)
    kept: list[Action] = []
    for action in actions:
        target = action.improvement
        while target not in improvements and target in moved and moved[target] != target:
            target = moved[target]
        if target not in improvements and loose:
            target = next((i for i in improvements if text_key(i) == text_key(target)), target)
        if target not in improvements:
            improvements.append(target)  # the other side removed it: the action keeps it
        kept.append(replace(action, improvement=target))
    return AreaNotes(
        strengths=merge_list(base.strengths, ours.strengths, theirs.strengths, _itself, same),
        improvements=improvements,
        notes=notes,
        older_scale_total=merge_value(
            base.older_scale_total, ours.older_scale_total, theirs.older_scale_total
        )[0],
        actions=_unique(kept),
    )


def _benchmarks(
    base: list[BenchmarkEntry], ours: list[BenchmarkEntry], theirs: list[BenchmarkEntry]
) -> list[BenchmarkEntry]:
    """Benchmarks by value; one entry per municipality and year (ours first), on one scale."""
    entries = merge_list(base, ours, theirs, _benchmark_key, _benchmark_identity)
    scale = entries[0].scale if entries else ""
    return [entry for entry in entries if entry.scale == scale]


def _benchmark_key(entry: BenchmarkEntry) -> Hashable:
    return (*_benchmark_identity(entry), entry.scale, tuple(entry.areas.items()), entry.total)


def _benchmark_identity(entry: BenchmarkEntry) -> tuple[str, int]:
    return (municipality_key(entry.municipality), entry.year)


def _merge_score(
    question_id: str,
    maximum: Decimal,
    base: Session,
    ours: Side,
    theirs: Side,
    merged: Session,
) -> None:
    b, o, t = (
        _state(base, question_id),
        _state(ours.session, question_id),
        _state(theirs.session, question_id),
    )
    value, conflict = merge_value(b, o, t)
    if conflict:
        notes = merged.consensus
        if notes is None:
            notes = merged.consensus = ConsensusNotes(Decimal(0))
        dispute = _score_dispute(notes.disputes.get(question_id), ours, o, theirs, t)
        notes.disputes[question_id] = dispute
        value = _proposal(dispute, maximum)
    _set_state(merged, question_id, value)


def _state(session: Session, question_id: str) -> State:
    return session.scores.get(question_id), question_id in session.not_applicable


def _set_state(session: Session, question_id: str, state: State) -> None:
    score, not_applicable = state
    if score is None:
        session.scores.pop(question_id, None)
    else:
        session.scores[question_id] = score
    if not_applicable:
        session.not_applicable.add(question_id)
    else:
        session.not_applicable.discard(question_id)


def _score_dispute(
    existing: Dispute | None, ours: Side, o: State, theirs: Side, t: State
) -> Dispute:
    dispute = (
        Dispute(
            existing.spread,
            dict(existing.scores),
            list(existing.not_applicable),
            list(existing.unscored),
            dict(existing.when),
        )
        if existing is not None
        else Dispute(Decimal(0))
    )
    sides = [(theirs, t)] if existing is not None else [(ours, o), (theirs, t)]
    for side, (score, not_applicable) in sides:
        who = side.who
        if who in dispute.authors:
            continue
        if not_applicable:
            dispute.not_applicable.append(who)
        elif score is None:
            dispute.unscored.append(who)
        else:
            dispute.scores[who] = score
        if side.when:
            dispute.when[who] = side.when
    scores = list(dispute.scores.values())
    dispute.spread = max(scores) - min(scores) if len(scores) > 1 else Decimal(0)
    return dispute


def _proposal(dispute: Dispute, maximum: Decimal) -> State:
    """What a disputed question holds meanwhile: the mean of the scores given, else not
    applicable when that is all anyone said."""
    if dispute.scores:
        mean = combine("mean", list(dispute.scores.values()))
        return min(shown_points(mean), maximum), False
    return None, bool(dispute.not_applicable) and not dispute.unscored


@dataclass(frozen=True)
class QuestionMerge:
    """How one question of independent evaluations was merged."""

    question: Question
    scores: dict[str, Decimal]
    """Each author's score (authors who marked it not applicable are left out)."""
    not_applicable: tuple[str, ...]
    """Authors who marked it not applicable."""
    proposed: Decimal | None
    """The score stored: the mean, to two decimals at most; None when nobody scored it."""
    spread: Decimal | None
    """Highest minus lowest score; None when nobody scored it."""
    disputed: bool
    unscored: tuple[str, ...] = ()
    """Authors who left it unscored (and did not mark it not applicable)."""
    mean: Decimal | None = None
    """The exact mean of the scores; None when nobody scored it."""

    @property
    def rounded(self) -> bool:
        """Whether the stored proposal differs from the exact mean (more than 2 decimals)."""
        return self.mean is not None and self.proposed != self.mean


def score_together(question: Question, sides: Sequence[Side], threshold: Decimal) -> QuestionMerge:
    """One question of independent evaluations: the proposal is the exact mean of the
    scores given (to two decimals); a spread above `threshold` percent of the maximum, a
    split on whether it applies, or a score beside a blank is a disagreement."""
    scores: dict[str, Decimal] = {}
    not_applicable: list[str] = []
    unscored: list[str] = []
    for side in sides:
        score, is_not_applicable = _state(side.session, question.id)
        if is_not_applicable:
            not_applicable.append(side.who)
        elif score is not None:
            scores[side.who] = score
        else:
            unscored.append(side.who)
    proposed = spread = mean = None
    if scores:
        mean = combine("mean", list(scores.values()))
        proposed = min(shown_points(mean), question.max)
        spread = max(scores.values()) - min(scores.values())
    too_far = spread is not None and is_too_far(spread, question.max, threshold)
    split_on_applying = bool(not_applicable) and len(not_applicable) < len(sides)
    # Blank beside a score (or beside not applicable) is a disagreement; blank everywhere
    # is just not scored yet.
    split_on_scoring = bool(unscored) and len(unscored) < len(sides)
    disputed = too_far or split_on_applying or split_on_scoring
    return QuestionMerge(
        question, scores, tuple(not_applicable), proposed, spread, disputed, tuple(unscored), mean
    )


def _independent_score(
    question: Question,
    sides: Sequence[Side],
    threshold: Decimal,
    merged: Session,
    notes: ConsensusNotes,
) -> QuestionMerge:
    merge = score_together(question, sides, threshold)
    if merge.disputed:
        when = {side.who: side.when for side in sides if side.when}
        spread = merge.spread if merge.spread is not None else Decimal(0)
        notes.disputes[question.id] = Dispute(
            spread, dict(merge.scores), list(merge.not_applicable), list(merge.unscored), when
        )
    if merge.proposed is not None:
        _set_state(merged, question.id, (merge.proposed, False))
    elif merge.not_applicable and len(merge.not_applicable) == len(sides):
        _set_state(merged, question.id, (None, True))
    return merge


def _merge_notes(
    base: ConsensusNotes | None, ours: ConsensusNotes | None, theirs: ConsensusNotes | None
) -> ConsensusNotes | None:
    """The `[consensus]` tables merged: open items by key three ways, logs joined."""
    if ours is None and theirs is None:
        return None
    if theirs is None or theirs == base:
        return _copy_notes(ours) if ours is not None else None
    if ours is None or ours == base:
        return _copy_notes(theirs)
    empty = ConsensusNotes(ours.threshold)
    b = base or empty
    notes = ConsensusNotes(ours.threshold, merge_set(b.sources, ours.sources, theirs.sources))
    notes.disputes = _merge_keyed(b.disputes, ours.disputes, theirs.disputes, _join_disputes)
    notes.texts = dict(sorted(_merge_keyed(b.texts, ours.texts, theirs.texts, _join_texts).items()))
    notes.log = merge_list(b.log, ours.log, theirs.log, _itself)
    notes.written_by = merge_list(b.written_by, ours.written_by, theirs.written_by, _itself)
    return notes


def _merge_keyed(
    base: dict[str, W], ours: dict[str, W], theirs: dict[str, W], join: Callable[[W, W], W]
) -> dict[str, W]:
    result: dict[str, W] = {}
    for key in [*ours, *(k for k in theirs if k not in ours)]:
        value, conflict = merge_value(base.get(key), ours.get(key), theirs.get(key))
        if conflict:
            our, their = ours.get(key), theirs.get(key)
            value = join(our, their) if our is not None and their is not None else our or their
        if value is not None:
            result[key] = value
    return result


def _join_disputes(ours: Dispute, theirs: Dispute) -> Dispute:
    scores = {**theirs.scores, **ours.scores}
    values = list(scores.values())
    return Dispute(
        max(values) - min(values) if len(values) > 1 else Decimal(0),
        scores,
        _unique([*ours.not_applicable, *theirs.not_applicable]),
        _unique([*ours.unscored, *theirs.unscored]),
        {**theirs.when, **ours.when},
    )


def _join_texts(ours: TextDispute, theirs: TextDispute) -> TextDispute:
    return TextDispute({**theirs.versions, **ours.versions}, {**theirs.when, **ours.when})


def _text_dispute(
    existing: TextDispute | None, ours: Side, theirs: Side, result: TextMerge
) -> TextDispute:
    dispute = (
        TextDispute(dict(existing.versions), dict(existing.when))
        if existing is not None
        else TextDispute({ours.who: result.ours})
    )
    if ours.when and existing is None:
        dispute.when[ours.who] = ours.when
    if theirs.who not in dispute.versions:
        dispute.versions[theirs.who] = result.theirs
        if theirs.when:
            dispute.when[theirs.who] = theirs.when
    return dispute


def _by_evaluator(place: str, dispute: TextDispute, sides: Sequence[Side]) -> TextDispute:
    """A text dispute of independent evaluations: each evaluator's own text."""
    versions = {side.who: _text_at(side.session, place) for side in sides}
    when = {side.who: side.when for side in sides if side.when}
    return TextDispute(versions, when)


def _text_at(session: Session, place: str) -> str:
    kind, _, key = place.partition(".")
    if kind == "municipality":
        return session.municipality
    if kind == "affiliation":
        return session.affiliation
    if kind == "report":
        return session.report_sections.get(key, "")
    if kind == "notes":
        return session.areas.get(key, AreaNotes()).notes
    if kind == "findings":
        return session.findings.get(key, "")
    return session.comments.get(key, "")


def _written_by(sides: Sequence[Side], merged: Session, instrument: Instrument) -> list[WrittenBy]:
    found: list[WrittenBy] = []
    for area in instrument.areas:
        notes = merged.areas.get(area.id, AreaNotes())
        for name, items in (("strengths", notes.strengths), ("improvements", notes.improvements)):
            place = f"areas.{area.id}.{name}"
            for item in items:
                by = tuple(
                    side.who
                    for side in sides
                    if text_key(item)
                    in map(text_key, getattr(side.session.areas.get(area.id, AreaNotes()), name))
                )
                if by:
                    found.append(WrittenBy(place, item, by))
    return found


# -- small helpers ------------------------------------------------------------------------------


def _itself(item: Hashable) -> Hashable:
    return item


def _unique(items: Sequence[W]) -> list[W]:
    result: list[W] = []
    for item in items:
        if item not in result:
            result.append(item)
    return result


def _put(texts: dict[str, str], key: str, value: str) -> None:
    if value.strip():
        texts[key] = value
    else:
        texts.pop(key, None)


def _distinct(ours: Side, theirs: Side) -> Side:
    if theirs.who != ours.who:
        return theirs
    return replace(theirs, who=f"{theirs.who} (2)")


def _unique_names(sides: Sequence[Side]) -> list[Side]:
    result: list[Side] = []
    for side in sides:
        who, count = side.who, 2
        while who in [s.who for s in result]:
            who, count = f"{side.who} ({count})", count + 1
        result.append(replace(side, who=who))
    return result


def _empty_like(session: Session) -> Session:
    return Session(
        session.instrument_id,
        "",
        structure=session.structure,
        wording=session.wording,
    )


def _copy(session: Session) -> Session:
    """A deep enough copy to edit without touching the original."""
    import copy

    return copy.deepcopy(session)


def _copy_notes(notes: ConsensusNotes) -> ConsensusNotes:
    import copy

    return copy.deepcopy(notes)
