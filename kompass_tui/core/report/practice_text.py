"""Evidence and interviews in running text: the sentence that counts interviews by role,
one line per source (its words in the catalog, `report.`)."""

from __future__ import annotations

from collections.abc import Sequence

from kompass_tui.core.session.practice import Evidence, InterviewCount
from kompass_tui.core.texts.catalog import text
from kompass_tui.core.texts.grammar import dates_text, join_names


def role_name(role: str, people: int, lang: str) -> str:
    """An interviewee role as running text names it for a number of people: `chef`,
    `chefer`."""
    return text(lang, f"report.role.{role or 'person'}", n=people)


def interview_sentence(counts: Sequence[InterviewCount], lang: str) -> str:
    """Who was interviewed, by role: `Utvärderarna intervjuade 12 politiker och 20 chefer.
    Sammanlagt 32 personer.`; empty without interviews."""
    if not counts:
        return ""
    parts = [
        f"{_number(c.people, c.approximate, lang)} {role_name(c.role, c.people, lang)}"
        for c in counts
    ]
    sentence = text(lang, "report.interviewed", counts=join_names(lang, parts))
    if len(counts) > 1:
        total = sum(c.people for c in counts)
        count = _number(total, any(c.approximate for c in counts), lang)
        sentence += " " + text(lang, "report.altogether", n=total, count=count)
    return sentence[0].upper() + sentence[1:]


def _number(people: int, approximate: bool, lang: str) -> str:
    """A number of people, `ca 12` when it is an estimate."""
    return text(lang, "report.approximately", number=people) if approximate else str(people)


def source_text(evidence: Evidence, lang: str) -> str:
    """One source as a line of text: `Dokument: Informationsplan, 1 januari 2002 – what it
    shows (endast plan)`."""
    head = text(lang, f"report.source.{evidence.kind}")
    details = []
    if evidence.role:
        details.append(role_name(evidence.role, 1, lang))
    if evidence.reference.strip():
        details.append(" ".join(evidence.reference.split()))
    if evidence.date is not None:
        details.append(dates_text(lang, [evidence.date]))
    line = f"{head}: {', '.join(details)}" if details else head
    if evidence.shows.strip():
        line += f" – {' '.join(evidence.shows.split())}"
    if not evidence.status:  # the municipality's answer, not yet judged
        return line
    return f"{line} ({text(lang, f'report.evidence.{evidence.status}')})"
