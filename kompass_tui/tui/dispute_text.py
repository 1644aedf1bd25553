"""The questions a consensus left to discuss, as the workbench shows them."""

from __future__ import annotations

from decimal import Decimal

from kompass_tui.core.scoring.disputes import Dispute, spread_text
from kompass_tui.core.scoring.numbers import format_points
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.tui.literal import literal
from kompass_tui.tui.strings import tr


def scores_text(dispute: Dispute, lang: str) -> str:
    """Each author's score, then who found it not applicable or left it blank.

    `Anna 7,0 · Bo 4,0 · ej bedömd av Cia`. Author names are user text: control characters
    are shown as symbols, on one line.
    """
    parts = [f"{author} {format_points(score, lang)}" for author, score in dispute.scores.items()]
    if dispute.not_applicable:
        parts.append(tr(lang, "na_by", names=", ".join(dispute.not_applicable)))
    if dispute.unscored:
        parts.append(tr(lang, "unscored_by", names=", ".join(dispute.unscored)))
    return literal(" · ".join(parts), one_line=True)


def dispute_line(
    state: OpenSession, question_id: str, dispute: Dispute, label: str, width: int
) -> str:
    """A disagreement on a score as one line of a list (the overview's, the agenda's):
    `2.1    3,0 / 7,5 = 40 %  Anna 7,0 · Bo 4,0`, the label `width` wide."""
    notes = state.session.consensus
    threshold = notes.threshold if notes is not None else Decimal(0)
    maximum = state.instrument.question_by_id[question_id].max
    spread = spread_text(dispute.spread, maximum, threshold, state.lang)
    return f"{label:<{width}} {spread}  {scores_text(dispute, state.lang)}"


def dispute_mark(dispute: Dispute, maximum: Decimal, threshold: Decimal, lang: str) -> str:
    """The mark under a disputed question: `⚑ spridning 3,0 / 7,5 = 40 %: Anna 7,0 · Bo 4,0`."""
    spread = spread_text(dispute.spread, maximum, threshold, lang)
    return tr(lang, "disputed", spread=spread, scores=scores_text(dispute, lang))
