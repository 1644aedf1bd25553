"""The words for evidence, interviews and the action plan, in Swedish and English: the
sentence that counts interviews by role, one line per source, the plan's headings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kompass_tui.core.report.labels import labels_for
from kompass_tui.core.session.practice import Evidence, InterviewCount

# role: (one, many)
_ROLES = {
    "sv": {
        "politician": ("politiker", "politiker"),
        "manager": ("chef", "chefer"),
        "staff": ("medarbetare", "medarbetare"),
        "union": ("facklig företrädare", "fackliga företrädare"),
        "company": ("företrädare för kommunala bolag", "företrädare för kommunala bolag"),
        "": ("person", "personer"),
    },
    "en": {
        "politician": ("politician", "politicians"),
        "manager": ("manager", "managers"),
        "staff": ("member of staff", "members of staff"),
        "union": ("union representative", "union representatives"),
        "company": ("person from a municipal company", "people from municipal companies"),
        "": ("person", "people"),
    },
}


@dataclass(frozen=True)
class PracticeWords:
    """The fixed words around evidence and plans in one language."""

    interviewed: str
    altogether: str
    about: str
    sources: str
    kinds: dict[str, str]
    statuses: dict[str, str]
    plan_title: str
    improvement: str
    action: str
    owner: str
    due: str
    status: str
    note: str
    no_actions: str
    action_statuses: dict[str, str]


WORDS = {
    "sv": PracticeWords(
        interviewed="Utvärderarna intervjuade {counts}.",
        altogether="Sammanlagt {count} personer.",
        about="ca ",
        sources="Källor",
        kinds={
            "interview": "Intervju",
            "document": "Dokument",
            "website": "Webbplats",
            "other": "Annat",
        },
        statuses={"practice": "tillämpas", "plan": "endast plan"},
        plan_title="Handlingsplan för {municipality}",
        improvement="Förbättringsområde",
        action="Åtgärd",
        owner="Ansvarig",
        due="Klart senast",
        status="Status",
        note="Anteckning",
        no_actions="Inga åtgärder ännu.",
        action_statuses={
            "planned": "planerad",
            "started": "påbörjad",
            "done": "klar",
            "dropped": "avbruten",
        },
    ),
    "en": PracticeWords(
        interviewed="The evaluators interviewed {counts}.",
        altogether="{count} people altogether.",
        about="about ",
        sources="Sources",
        kinds={
            "interview": "Interview",
            "document": "Document",
            "website": "Website",
            "other": "Other",
        },
        statuses={"practice": "in practice", "plan": "a plan only"},
        plan_title="Action plan for {municipality}",
        improvement="Improvement area",
        action="Action",
        owner="Owner",
        due="Due",
        status="Status",
        note="Note",
        no_actions="No actions yet.",
        action_statuses={
            "planned": "planned",
            "started": "started",
            "done": "done",
            "dropped": "dropped",
        },
    ),
}


def words_for(lang: str) -> PracticeWords:
    """The words of a language; English for one without its own."""
    return WORDS.get(lang, WORDS["en"])


def role_name(role: str, people: int, lang: str) -> str:
    """An interviewee role as running text names it: `chef`, `chefer`."""
    one, many = _ROLES.get(lang, _ROLES["en"])[role]
    return one if people == 1 else many


def interview_sentence(counts: Sequence[InterviewCount], lang: str) -> str:
    """Who was interviewed, by role: `Utvärderarna intervjuade 12 politiker och 20 chefer.
    Sammanlagt 32 personer.`; empty without interviews."""
    if not counts:
        return ""
    words = words_for(lang)
    labels = labels_for(lang)
    parts = [
        f"{words.about if c.approximate else ''}{c.people} {role_name(c.role, c.people, lang)}"
        for c in counts
    ]
    text = words.interviewed.format(counts=labels.join_names(parts))
    if len(counts) > 1:
        total = sum(c.people for c in counts)
        prefix = words.about if any(c.approximate for c in counts) else ""
        text += " " + words.altogether.format(count=f"{prefix}{total}")
    return text[0].upper() + text[1:]


def source_text(evidence: Evidence, lang: str) -> str:
    """One source as a line of text: `Dokument: Informationsplan, 1 januari 2002 – what it
    shows (endast plan)`."""
    words = words_for(lang)
    labels = labels_for(lang)
    head = words.kinds[evidence.kind]
    details = []
    if evidence.role:
        details.append(role_name(evidence.role, 1, lang))
    if evidence.reference.strip():
        details.append(" ".join(evidence.reference.split()))
    if evidence.date is not None:
        details.append(labels.dates_text([evidence.date]))
    text = f"{head}: {', '.join(details)}" if details else head
    if evidence.shows.strip():
        text += f" – {' '.join(evidence.shows.split())}"
    return f"{text} ({words.statuses[evidence.status]})"
