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

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import TypeVar

from kompass_tui.core.instrument.criteria import Instrument, Question
from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.scoring.disputes import (
    ConsensusNotes,
    Dispute,
    TextDispute,
    WrittenBy,
    is_too_far,
    mean_score,
    proposed_score,
    score_spread,
)
from kompass_tui.core.session.agenda import text_at
from kompass_tui.core.session.merge_parts import (
    TextMerge,
    merge_list,
    merge_set,
    merge_text,
    merge_value,
    renames,
)
from kompass_tui.core.session.model import (
    REPORT_SECTIONS,
    AreaNotes,
    BenchmarkEntry,
    ScoreState,
    Session,
    municipality_key,
)
from kompass_tui.core.session.practice import Action

W = TypeVar("W")


@lean_dataclass
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
        merged.consensus.texts = dict(sorted(merged.consensus.texts.items()))
    return merged


def merge_independent(
    sides: Sequence[Side], instrument: Instrument, threshold: Decimal, sources: Sequence[str]
) -> tuple[Session, list[QuestionMerge]]:
    """Merge evaluations made apart (at least two, of one municipality and instrument):
    texts and lists three ways from an empty base, side by side; scores together. Returns
    the session and how each question was merged."""
    sides = _unique_names(sides)
    merged = _merge_apart(sides, instrument)
    notes = merged.consensus or ConsensusNotes(threshold)
    notes.threshold, notes.sources = threshold, list(sources)
    merged.consensus = notes
    questions = [
        _independent_score(question, sides, threshold, merged, notes)
        for question in instrument.questions
    ]
    notes.written_by = _written_by(sides, merged, instrument)
    return merged, questions


def _merge_apart(sides: Sequence[Side], instrument: Instrument) -> Session:
    """Everything but the scores of evaluations made apart, merged as `_merge_pair` merges
    them one after the other from an empty base, taken by value: the distinct texts of a
    place merged in turn (a disagreement holding each evaluator's own version when they
    differ), lists as the union of their items (strengths and improvement areas alike
    but for spacing and case once), the first earlier link and older-scale total."""
    first = sides[0].session
    merged = replace(
        first,
        dates=sorted({day for side in sides for day in side.session.dates}),
        evaluators=list(dict.fromkeys(e for side in sides for e in side.session.evaluators)),
        scores={},
        not_applicable=set(),
        comments={},
        findings={},
        report_sections={},
        areas={},
        evidence={},
        consensus=None,
    )
    notes: ConsensusNotes | None = None
    for side in sides:
        if side.session.consensus is not None:
            notes = _merge_notes(None, notes, side.session.consensus)
    texts: dict[str, TextDispute] = {}

    def text(place: str, one_line: bool = False) -> str:
        values = [(side, text_at(side.session, place)) for side in sides]
        distinct = list(dict.fromkeys(value for _, value in values if value.strip()))
        if len(distinct) <= 1:
            return distinct[0] if distinct else ""
        joined = distinct[0]
        for value in distinct[1:]:
            joined = merge_text("", joined, value, one_line=one_line).text
        written = [(side, value) for side, value in values if value.strip()]
        texts[place] = TextDispute(
            {side.who: value for side, value in written},
            {side.who: side.when for side, _ in written if side.when},
        )
        return joined

    merged.municipality = text("municipality", one_line=True)
    merged.affiliation = text("affiliation", one_line=True)
    for key in REPORT_SECTIONS:
        _put(merged.report_sections, key, text(f"report.{key}"))
    for question in instrument.questions:
        _put(merged.findings, question.id, text(f"findings.{question.id}"))
        _put(merged.comments, question.id, text(f"comments.{question.id}"))
        evidence = _union(side.session.evidence.get(question.id, []) for side in sides)
        if evidence:
            merged.evidence[question.id] = evidence
    merged.interviews = _union(side.session.interviews for side in sides)
    entries = _union((side.session.benchmarks for side in sides), _benchmark_identity)
    merged.benchmarks = [e for e in entries if e.scale == entries[0].scale]
    merged.earlier = next((s.session.earlier for s in sides if s.session.earlier), None)
    for area in instrument.areas:
        parts = [side.session.areas.get(area.id, AreaNotes()) for side in sides]
        improvements = _union((p.improvements for p in parts), text_key)
        spelled = {text_key(item): item for item in reversed(improvements)}
        actions: list[Action] = []
        for action in _union(p.actions for p in parts):
            target = spelled.get(text_key(action.improvement))
            if target is None:
                improvements.append(action.improvement)
                target = spelled[text_key(action.improvement)] = action.improvement
            actions.append(replace(action, improvement=target))
        merged.areas[area.id] = AreaNotes(
            strengths=_union((p.strengths for p in parts), text_key),
            improvements=improvements,
            notes=text(f"notes.{area.id}"),
            older_scale_total=next(
                (p.older_scale_total for p in parts if p.older_scale_total is not None), None
            ),
            actions=_unique(actions),
        )
    if texts:
        notes = notes or ConsensusNotes(Decimal(0))
        notes.texts = dict(sorted({**notes.texts, **texts}.items()))
    merged.consensus = notes
    return merged


def _union(lists: Iterable[Sequence[W]], same: Callable[[W], Hashable] | None = None) -> list[W]:
    """Every item of the lists once, first-seen order (`merge_list` from an empty base)."""
    seen: set[Hashable] = set()
    result: list[W] = []
    for items in lists:
        for item in items:
            one = same(item) if same is not None else item
            if one not in seen:
                seen.add(one)
                result.append(item)
    return result


# -- the parts --------------------------------------------------------------------------------


def text_key(text: str) -> str:
    """What makes two list items of independent evaluations the same: spacing and case
    aside ("Tydlig plan" and "tydlig  plan" are one strength)."""
    return " ".join(text.split()).casefold()


def _merge_pair(base: Session, ours: Side, theirs: Side, instrument: Instrument) -> Session:
    """Everything but the scores merged into a new session (scores: ours, for now)."""
    o, t = ours.session, theirs.session
    # Every part below is rebuilt: ours is never changed, and nothing is copied twice.
    merged = replace(
        o,
        scores=dict(o.scores),
        not_applicable=set(o.not_applicable),
        comments={},
        findings={},
        report_sections={},
        areas={},
        evidence={},
    )
    notes = _merge_notes(base.consensus, o.consensus, t.consensus)
    merged.consensus = notes

    def text(place: str, b: str, our: str, their: str, one_line: bool = False) -> str:
        result = merge_text(b, our, their, one_line=one_line)
        if result.conflict:
            nonlocal notes
            if notes is None:
                notes = merged.consensus = ConsensusNotes(Decimal(0))
            notes.texts[place] = _text_dispute(notes.texts.get(place), ours, theirs, result)
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
        merged.areas[area.id] = _merge_area(b_notes, o_notes, t_notes, notes_text)
    merged.consensus = notes
    return merged


def _merge_area(base: AreaNotes, ours: AreaNotes, theirs: AreaNotes, notes: str) -> AreaNotes:
    improvements = merge_list(base.improvements, ours.improvements, theirs.improvements, _itself)
    moved: dict[str, str] = {}
    if base.improvements:  # nothing to rename from an empty base
        moved.update(renames(base.improvements, theirs.improvements))
        moved.update(renames(base.improvements, ours.improvements))
    actions = merge_list(base.actions, ours.actions, theirs.actions, _itself)
    kept: list[Action] = []
    for action in actions:
        target = action.improvement
        while target not in improvements and target in moved and moved[target] != target:
            target = moved[target]
        if target not in improvements:
            improvements.append(target)  # the other side removed it: the action keeps it
        kept.append(replace(action, improvement=target))
    return AreaNotes(
        strengths=merge_list(base.strengths, ours.strengths, theirs.strengths, _itself),
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
        base.score_state(question_id),
        ours.session.score_state(question_id),
        theirs.session.score_state(question_id),
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


def _set_state(session: Session, question_id: str, state: ScoreState) -> None:
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
    existing: Dispute | None, ours: Side, o: ScoreState, theirs: Side, t: ScoreState
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
    dispute.spread = score_spread(dispute.scores.values())
    return dispute


def _proposal(dispute: Dispute, maximum: Decimal) -> ScoreState:
    """What a disputed question holds meanwhile: the mean of the scores given, else not
    applicable when that is all anyone said."""
    if dispute.scores:
        return proposed_score(dispute.scores.values(), maximum), False
    return None, bool(dispute.not_applicable) and not dispute.unscored


@lean_dataclass
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
        score, is_not_applicable = side.session.score_state(question.id)
        if is_not_applicable:
            not_applicable.append(side.who)
        elif score is not None:
            scores[side.who] = score
        else:
            unscored.append(side.who)
    proposed = spread = mean = None
    if scores:
        mean = mean_score(scores.values())
        proposed = proposed_score(scores.values(), question.max)
        spread = score_spread(scores.values())
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


def _written_by(sides: Sequence[Side], merged: Session, instrument: Instrument) -> list[WrittenBy]:
    found: list[WrittenBy] = []
    for area in instrument.areas:
        notes = merged.areas.get(area.id, AreaNotes())
        for name, items in (("strengths", notes.strengths), ("improvements", notes.improvements)):
            place = f"areas.{area.id}.{name}"
            authors: dict[str, list[str]] = {}
            for side in sides:
                written = getattr(side.session.areas.get(area.id, AreaNotes()), name)
                for key in dict.fromkeys(map(text_key, written)):
                    authors.setdefault(key, []).append(side.who)
            for item in items:
                by = tuple(authors.get(text_key(item), ()))
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


def _copy_notes(notes: ConsensusNotes) -> ConsensusNotes:
    import copy

    return copy.deepcopy(notes)
