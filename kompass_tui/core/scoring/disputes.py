"""The questions a consensus left to discuss, kept in the merged session's `[consensus]` table.

    [consensus]
    threshold = 20                      # percent of a question's max
    sources = ["anna.toml", "bo.toml"]  # the files merged

    [consensus.disputes."1.1"]          # one table per question to discuss
    spread = 5.5                        # highest minus lowest score
    not_applicable = ["Bo"]             # authors who marked it not applicable (optional)
    unscored = ["Dan"]                  # authors who left it unscored (optional)
    scores = { Anna = 7.5, Cecilia = 2 }
    when = { Anna = "2026-03-02", Cecilia = "2026-03-04" }  # when each side scored (optional)

    [consensus.texts."findings.1.1"]    # a text both sides changed differently
    versions = { Anna = "…", Cecilia = "…" }
    when = { Anna = "2026-03-02" }      # optional

    [[consensus.log]]                   # what was agreed, never printed in the report
    place = "1.1"                       # a question id, or a text's place
    score = 6.5                         # or: text = "…", or: not_applicable = true
    reason = "Planen finns men följs inte upp"
    by = "Anna"
    at = "2026-03-05T10:12"

    [[consensus.written_by]]            # who wrote a list item (shown, never printed)
    place = "areas.1.strengths"
    text = "Tydlig plan"
    by = ["Anna", "Cecilia"]

A text's place is `municipality`, `affiliation`, `report.SECTION`, `notes.AREA` (the area's
general text), `findings.QUESTION` or `comments.QUESTION`.

The workbench settles a dispute by storing the agreed score and dropping its entry. This
module reads and writes the table and says how a spread compares with the threshold
(`spread_text`); it depends on nothing but the instrument and the number rules.
"""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal
from typing import Any

from kompass_tui.core.files.toml_codec import read_number, unknown_keys
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.problems import ProblemList, join_key
from kompass_tui.core.scoring.numbers import (
    HUNDRED,
    format_max,
    format_points,
    percent_to_decide,
    shown_points,
)
from kompass_tui.core.scoring.totals import combine

TABLE = "consensus"
KEYS = ("threshold", "sources", "disputes", "texts", "log", "written_by")
DISPUTE_KEYS = ("spread", "scores", "not_applicable", "unscored", "when")
TEXT_KEYS = ("versions", "when")
LOG_KEYS = ("place", "score", "text", "not_applicable", "reason", "by", "at")
WRITTEN_BY_KEYS = ("place", "text", "by")


@lean_dataclass(frozen=False)
class Dispute:
    """One question the evaluators scored too differently (or disagreed on applying)."""

    spread: Decimal
    """Highest minus lowest score (0 when fewer than two scored it)."""
    scores: dict[str, Decimal] = field(default_factory=dict)
    """Each author's score."""
    not_applicable: list[str] = field(default_factory=list)
    """Authors who marked the question not applicable."""
    unscored: list[str] = field(default_factory=list)
    """Authors who left the question unscored while others scored it or found it not
    applicable."""
    when: dict[str, str] = field(default_factory=dict)
    """When each author gave their value (an ISO date or time), where known."""

    @property
    def authors(self) -> list[str]:
        """Everyone with a side in the dispute, in the order recorded."""
        return [*self.scores, *self.not_applicable, *self.unscored]


@lean_dataclass(frozen=False)
class TextDispute:
    """A text both sides changed differently: every version, whole."""

    versions: dict[str, str] = field(default_factory=dict)
    """Each author's version of the text."""
    when: dict[str, str] = field(default_factory=dict)
    """When each author wrote theirs (an ISO date or time), where known."""


@lean_dataclass
class Settlement:
    """One agreement of the consensus meeting, kept in the log (never printed)."""

    place: str
    """A question id, or a text's place (`findings.1.1`)."""
    reason: str
    by: str
    at: str
    """When it was agreed: an ISO date and time."""
    score: Decimal | None = None
    text: str | None = None
    not_applicable: bool = False


@lean_dataclass
class WrittenBy:
    """Who wrote a list item of a merged session: shown in the workbench, never printed."""

    place: str
    """`areas.N.strengths` or `areas.N.improvements`."""
    text: str
    by: tuple[str, ...]


@lean_dataclass(frozen=False)
class ConsensusNotes:
    """What a consensus merge records beside the merged session."""

    threshold: Decimal
    """A spread above this percentage of a question's max is to be discussed."""
    sources: list[str] = field(default_factory=list)
    """The names of the merged files."""
    disputes: dict[str, Dispute] = field(default_factory=dict)
    """Disputed questions by id, in instrument order."""
    texts: dict[str, TextDispute] = field(default_factory=dict)
    """Texts changed differently on two sides, by place, sorted."""
    log: list[Settlement] = field(default_factory=list)
    """What the consensus meeting agreed, in order."""
    written_by: list[WrittenBy] = field(default_factory=list)
    """Who wrote the list items of a merged session."""

    def settle(self, question_id: str) -> None:
        """Drop a question from the disputes once the agreed score is stored."""
        self.disputes.pop(question_id, None)

    @property
    def open_count(self) -> int:
        """How many disagreements are still open (scores and texts)."""
        return len(self.disputes) + len(self.texts)

    def authors_of(self, place: str, text: str) -> tuple[str, ...]:
        """Who wrote a list item, as recorded (empty when not recorded)."""
        for item in self.written_by:
            if item.place == place and item.text == text:
                return item.by
        return ()


def is_open(notes: ConsensusNotes | None) -> bool:
    """Whether a session still has disagreements to settle."""
    return notes is not None and notes.open_count > 0


def score_spread(scores: Collection[Decimal]) -> Decimal:
    """Highest minus lowest of the scores given (0 with fewer than two)."""
    return max(scores) - min(scores) if len(scores) > 1 else Decimal(0)


def mean_score(scores: Collection[Decimal]) -> Decimal:
    """The exact mean of scores (to 28 significant digits when it does not terminate)."""
    return combine("mean", list(scores))


def proposed_score(scores: Collection[Decimal], maximum: Decimal) -> Decimal:
    """What a question holds until the evaluators agree: the exact mean of their scores,
    half-up to two decimals when it has more (a score holds at most two), at most
    `maximum`."""
    return min(shown_points(mean_score(scores)), maximum)


def is_too_far(spread: Decimal, maximum: Decimal, threshold: Decimal) -> bool:
    """Whether a spread is above `threshold` percent of a question's maximum (exact)."""
    return spread * HUNDRED > threshold * maximum


def spread_text(spread: Decimal, maximum: Decimal, threshold: Decimal, lang: str) -> str:
    """A spread as the points, the maximum and the share that decides against the threshold,
    with as many decimals as the verdict needs: '5,01 / 25 = 20,04 %' (above 20 %),
    '3,0 / 7,5 = 40 %'. No words, so it reads in any language."""
    share = percent_to_decide(spread * HUNDRED / maximum, threshold, lang)
    return f"{format_points(spread, lang)} / {format_max(maximum, lang)} = {share}"


def consensus_table(notes: ConsensusNotes, instrument: Instrument) -> dict[str, Any]:
    """The `[consensus]` table as plain data for `toml_text`, disputes in instrument order."""
    disputes: dict[str, Any] = {}
    for question in instrument.questions:
        dispute = notes.disputes.get(question.id)
        if dispute is None:
            continue
        entry: dict[str, Any] = {"spread": dispute.spread}
        if dispute.not_applicable:
            entry["not_applicable"] = list(dispute.not_applicable)
        if dispute.unscored:
            entry["unscored"] = list(dispute.unscored)
        entry["scores"] = dict(dispute.scores)
        if dispute.when:
            entry["when"] = dict(dispute.when)
        disputes[question.id] = entry
    table: dict[str, Any] = {
        "threshold": notes.threshold,
        "sources": list(notes.sources),
        "disputes": disputes,
    }
    if notes.texts:
        texts: dict[str, Any] = {}
        for place in sorted(notes.texts):
            text_dispute = notes.texts[place]
            texts[place] = {"versions": dict(text_dispute.versions)}
            if text_dispute.when:
                texts[place]["when"] = dict(text_dispute.when)
        table["texts"] = texts
    if notes.log:
        table["log"] = [_settlement_table(item) for item in notes.log]
    if notes.written_by:
        table["written_by"] = [
            {"place": w.place, "text": w.text, "by": list(w.by)} for w in notes.written_by
        ]
    return table


def _settlement_table(item: Settlement) -> dict[str, Any]:
    entry: dict[str, Any] = {"place": item.place}
    if item.score is not None:
        entry["score"] = item.score
    if item.text is not None:
        entry["text"] = item.text
    if item.not_applicable:
        entry["not_applicable"] = True
    entry.update(reason=item.reason, by=item.by, at=item.at)
    return entry


def parse_consensus_table(
    value: Any, instrument: Instrument, problems: ProblemList
) -> ConsensusNotes | None:
    """Validate a `[consensus]` table (None when absent), recording problems at its keys."""
    if value is None:
        return None
    if not isinstance(value, dict):
        problems.error(TABLE, "must be a table")
        return None
    unknown_keys(value, KEYS, TABLE, problems)
    threshold = read_number(value.get("threshold"), join_key(TABLE, "threshold"), problems)
    if threshold is not None and threshold > 100:
        problems.error(join_key(TABLE, "threshold"), "must be a percentage from 0 to 100")
    sources = _strings(value.get("sources", []), join_key(TABLE, "sources"), problems)
    notes = ConsensusNotes(threshold if threshold is not None else Decimal(0), sources)
    raw = value.get("disputes", {})
    key = join_key(TABLE, "disputes")
    if not isinstance(raw, dict):
        problems.error(key, "must be a table of question id = dispute table")
        return notes
    for question_id, entry in raw.items():
        dispute = _dispute(entry, join_key(key, question_id), problems)
        if question_id not in instrument.question_by_id:
            problems.error(join_key(key, question_id), "unknown question id")
        elif dispute is not None:
            notes.disputes[question_id] = dispute
    order = [q.id for q in instrument.questions]
    notes.disputes = {q: notes.disputes[q] for q in order if q in notes.disputes}
    notes.texts = _text_disputes(value.get("texts", {}), join_key(TABLE, "texts"), problems)
    notes.log = _log(value.get("log", []), join_key(TABLE, "log"), problems)
    notes.written_by = _written_by(
        value.get("written_by", []), join_key(TABLE, "written_by"), problems
    )
    return notes


def _text_disputes(raw: Any, key: str, problems: ProblemList) -> dict[str, TextDispute]:
    if not isinstance(raw, dict):
        problems.error(key, "must be a table of place = text dispute")
        return {}
    found: dict[str, TextDispute] = {}
    for place, entry in raw.items():
        where = join_key(key, place)
        if not isinstance(entry, dict):
            problems.error(where, "must be a table with versions")
            continue
        unknown_keys(entry, TEXT_KEYS, where, problems)
        versions = _string_table(entry.get("versions", {}), join_key(where, "versions"), problems)
        when = _string_table(entry.get("when", {}), join_key(where, "when"), problems)
        found[place] = TextDispute(versions, when)
    return {place: found[place] for place in sorted(found)}


def _string_table(raw: Any, key: str, problems: ProblemList) -> dict[str, str]:
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        problems.error(key, "must be a table of author = text")
        return {}
    return {str(k): v.replace("\r\n", "\n") for k, v in raw.items()}


def _tables(raw: Any, key: str, problems: ProblemList) -> list[dict[str, Any]]:
    if not isinstance(raw, list) or not all(isinstance(v, dict) for v in raw):
        problems.error(key, f"must be an array of tables ([[{key}]])")
        return []
    return raw


def _log(raw: Any, key: str, problems: ProblemList) -> list[Settlement]:
    log: list[Settlement] = []
    for index, entry in enumerate(_tables(raw, key, problems)):
        where = f"{key}[{index}]"
        before = len(problems.errors)
        unknown_keys(entry, LOG_KEYS, where, problems)
        strings = {}
        for name in ("place", "reason", "by", "at"):
            value = entry.get(name, "")
            if not isinstance(value, str):
                problems.error(join_key(where, name), "must be a string")
                value = ""
            strings[name] = value
        if not strings["place"]:
            problems.error(join_key(where, "place"), "missing")
        score = None
        if "score" in entry:
            score = read_number(entry["score"], join_key(where, "score"), problems)
        text = entry.get("text")
        if text is not None and not isinstance(text, str):
            problems.error(join_key(where, "text"), "must be a string")
            text = None
        not_applicable = entry.get("not_applicable", False)
        if not isinstance(not_applicable, bool):
            problems.error(join_key(where, "not_applicable"), "must be true or false")
            not_applicable = False
        if len(problems.errors) == before:
            log.append(
                Settlement(
                    strings["place"],
                    strings["reason"],
                    strings["by"],
                    strings["at"],
                    score,
                    text,
                    not_applicable,
                )
            )
    return log


def _written_by(raw: Any, key: str, problems: ProblemList) -> list[WrittenBy]:
    items: list[WrittenBy] = []
    for index, entry in enumerate(_tables(raw, key, problems)):
        where = f"{key}[{index}]"
        unknown_keys(entry, WRITTEN_BY_KEYS, where, problems)
        place, text = entry.get("place"), entry.get("text")
        if not isinstance(place, str) or not isinstance(text, str):
            problems.error(where, "place and text must be strings")
            continue
        by = _strings(entry.get("by", []), join_key(where, "by"), problems)
        items.append(WrittenBy(place, text, tuple(by)))
    return items


def _dispute(entry: Any, key: str, problems: ProblemList) -> Dispute | None:
    if not isinstance(entry, dict):
        problems.error(key, "must be a table with spread and scores")
        return None
    unknown_keys(entry, DISPUTE_KEYS, key, problems)
    spread = read_number(entry.get("spread"), join_key(key, "spread"), problems)
    scores: dict[str, Decimal] = {}
    raw_scores = entry.get("scores", {})
    if not isinstance(raw_scores, dict):
        problems.error(join_key(key, "scores"), "must be a table of author = score")
        raw_scores = {}
    for author, raw in raw_scores.items():
        number = read_number(raw, join_key(join_key(key, "scores"), author), problems)
        if number is not None:
            scores[author] = number
    not_applicable = _strings(
        entry.get("not_applicable", []), join_key(key, "not_applicable"), problems
    )
    unscored = _strings(entry.get("unscored", []), join_key(key, "unscored"), problems)
    when = _string_table(entry.get("when", {}), join_key(key, "when"), problems)
    if spread is None:
        return None
    return Dispute(spread, scores, not_applicable, unscored, when)


def _strings(value: Any, key: str, problems: ProblemList) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.error(key, "must be a list of strings")
        return []
    return list(value)
