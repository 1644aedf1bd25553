"""The questions a consensus left to discuss, as the workbench shows them."""

from __future__ import annotations

from kompass_tui.core.scoring.disputes import Dispute
from kompass_tui.core.scoring.numbers import format_points
from kompass_tui.core.session.model import Session
from kompass_tui.tui.literal import literal
from kompass_tui.tui.strings import tr


def open_disputes(session: Session) -> dict[str, Dispute]:
    """The disputes not yet settled, by question id in instrument order; empty if none."""
    return session.consensus.disputes if session.consensus is not None else {}


def scores_text(dispute: Dispute, lang: str) -> str:
    """Each author's score, then who found the question not applicable: `Anna 7,0 · Bo 4,0`.

    Author names are user text: control characters are shown as symbols, on one line.
    """
    parts = [f"{author} {format_points(score, lang)}" for author, score in dispute.scores.items()]
    if dispute.not_applicable:
        parts.append(tr(lang, "na_by", names=", ".join(dispute.not_applicable)))
    return literal(" · ".join(parts), one_line=True)


def dispute_mark(dispute: Dispute, lang: str) -> str:
    """The mark under a disputed question: `⚑ spridning 3,0: Anna 7,0 · Bo 4,0`."""
    spread = format_points(dispute.spread, lang)
    return tr(lang, "disputed", spread=spread, scores=scores_text(dispute, lang))


def next_disputed(session: Session, order: list[str], after: str | None) -> str | None:
    """The first disputed question after `after` in `order` (wrapping), or the first one."""
    disputed = [qid for qid in order if qid in open_disputes(session)]
    if not disputed:
        return None
    if after is None or after not in order:
        return disputed[0]
    position = order.index(after)
    later = [qid for qid in disputed if order.index(qid) > position]
    return (later or disputed)[0]
