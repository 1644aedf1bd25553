"""The questions a consensus left to discuss, kept in the merged session's `[consensus]` table.

    [consensus]
    threshold = 20                      # percent of a question's max
    sources = ["anna.toml", "bo.toml"]  # the files merged

    [consensus.disputes."1.1"]          # one table per question to discuss
    spread = 5.5                        # highest minus lowest score
    not_applicable = ["Bo"]             # authors who marked it not applicable (optional)
    unscored = ["Dan"]                  # authors who left it unscored (optional)
    scores = { Anna = 7.5, Cecilia = 2 }

The workbench settles a dispute by storing the agreed score and dropping its entry. This
module reads and writes the table and says how a spread compares with the threshold
(`spread_text`); it depends on nothing but the instrument and the number rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kompass_tui.core.files.toml_codec import read_number, unknown_keys
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.problems import ProblemList, join_key
from kompass_tui.core.scoring.numbers import (
    HUNDRED,
    format_max,
    format_points,
    percent_to_decide,
)

TABLE = "consensus"
KEYS = ("threshold", "sources", "disputes")
DISPUTE_KEYS = ("spread", "scores", "not_applicable", "unscored")


@dataclass
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


@dataclass
class ConsensusNotes:
    """What a consensus merge records beside the merged session."""

    threshold: Decimal
    """A spread above this percentage of a question's max is to be discussed."""
    sources: list[str] = field(default_factory=list)
    """The names of the merged files."""
    disputes: dict[str, Dispute] = field(default_factory=dict)
    """Disputed questions by id, in instrument order."""

    def settle(self, question_id: str) -> None:
        """Drop a question from the disputes once the agreed score is stored."""
        self.disputes.pop(question_id, None)


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
        disputes[question.id] = entry
    return {
        "threshold": notes.threshold,
        "sources": list(notes.sources),
        "disputes": disputes,
    }


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
    return notes


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
    if spread is None:
        return None
    return Dispute(spread, scores, not_applicable, unscored)


def _strings(value: Any, key: str, problems: ProblemList) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.error(key, "must be a list of strings")
        return []
    return list(value)
