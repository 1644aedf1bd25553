"""Consensus beyond the scores: what a merged session keeps of every evaluator's texts,
sources and plan.

- Findings and report sections are merged as comments are: each distinct text once,
  followed by its author(s), "text (Anna, Bo)".
- The affiliation is the first evaluator's that has one.
- Benchmarks: the union by municipality and year, the first evaluator's entry winning;
  one comparison table has one scale, so entries on another scale than the first kept
  are left out (and listed in `dropped`).
- Evidence per question and the interview log: the union, each identical entry once.
- Actions follow their improvement area to its merged text ("X" by Anna becomes
  "X (Anna)"), each identical action once.
- The earlier link: the first evaluator's that has one, its path still to be made
  relative to the merged file (`rebase_earlier`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol, TypeVar

from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.session.earlier_link import relative_file
from kompass_tui.core.session.model import (
    REPORT_SECTIONS,
    AreaNotes,
    BenchmarkEntry,
    Session,
    municipality_key,
)
from kompass_tui.core.session.practice import Action

T = TypeVar("T")


class Source(Protocol):
    """One evaluation being merged (`consensus.Source`): its session, file and author."""

    @property
    def session(self) -> Session: ...

    @property
    def file(self) -> Path: ...

    @property
    def author(self) -> str: ...


@dataclass
class MergedTexts:
    """What `merge_texts_into` left out, for the command to say."""

    dropped: list[BenchmarkEntry] = field(default_factory=list)
    """Benchmarks on another scale than the first kept."""


def text_key(text: str) -> str:
    """What makes two texts the same in a merge: spacing and case aside."""
    return " ".join(text.split()).casefold()


def merge_texts(texts: Sequence[tuple[str, str]]) -> list[str]:
    """(text, author) pairs as 'text (author, author)', in first-seen order, without repeats.

    Texts that differ only in spacing or case count as the same; the first spelling is kept.
    """
    order: list[str] = []
    spelling: dict[str, str] = {}
    authors: dict[str, list[str]] = {}
    for text, author in texts:
        stripped = text.strip()
        if not stripped:
            continue
        key = text_key(stripped)
        if key not in spelling:
            order.append(key)
            spelling[key] = stripped
            authors[key] = []
        if author not in authors[key]:
            authors[key].append(author)
    return [f"{spelling[k]} ({', '.join(authors[k])})" for k in order]


def merge_paragraphs(texts: Sequence[tuple[str, str]]) -> str:
    """The merged texts as paragraphs of one text."""
    return "\n\n".join(merge_texts(texts))


def unique(items: Iterable[T]) -> list[T]:
    """The items in first-seen order, each equal item once."""
    result: list[T] = []
    for item in items:
        if item not in result:
            result.append(item)
    return result


def merge_texts_into(
    merged: Session,
    sources: Sequence[Source],
    instrument: Instrument,
) -> MergedTexts:
    """Fill the merged session's findings, report sections, affiliation, benchmarks,
    evidence, interviews, actions and earlier link from the sources (texts as
    `merge_paragraphs` merges them)."""
    result = MergedTexts()
    for question in instrument.questions:
        text = merge_paragraphs(
            [(s.session.findings.get(question.id, ""), s.author) for s in sources]
        )
        if text:
            merged.findings[question.id] = text
        evidence = unique(e for s in sources for e in s.session.evidence.get(question.id, []))
        if evidence:
            merged.evidence[question.id] = evidence
    for key in REPORT_SECTIONS:
        text = merge_paragraphs(
            [(s.session.report_sections.get(key, ""), s.author) for s in sources]
        )
        if text:
            merged.report_sections[key] = text
    merged.affiliation = next((s.session.affiliation for s in sources if s.session.affiliation), "")
    merged.interviews = unique(i for s in sources for i in s.session.interviews)
    seen: set[tuple[str, int]] = set()
    for entry in (b for s in sources for b in s.session.benchmarks):
        identity = (municipality_key(entry.municipality), entry.year)
        if identity in seen:
            continue
        if merged.benchmarks and entry.scale != merged.benchmarks[0].scale:
            result.dropped.append(entry)
            continue
        seen.add(identity)
        merged.benchmarks.append(entry)
    for area in instrument.areas:
        notes = merged.areas.setdefault(area.id, AreaNotes())
        notes.actions = _merged_actions(area.id, sources)
    linked = next((s for s in sources if s.session.earlier is not None), None)
    if linked is not None and linked.session.earlier is not None:
        link = linked.session.earlier
        merged.earlier = replace(link, file=str(link.path_from(linked.file)))
    return result


def _merged_actions(area_id: str, sources: Sequence[Source]) -> list[Action]:
    """Every source's actions, each pointing at its improvement's merged text: the
    improvements merged again the same way, keyed as the merge keys them."""
    texts = [
        (text, s.author)
        for s in sources
        for text in s.session.areas.get(area_id, AreaNotes()).improvements
    ]
    keys = unique(text_key(text) for text, _ in texts if text.strip())
    by_key = dict(zip(keys, merge_texts(texts), strict=True))
    actions = []
    for source in sources:
        for action in source.session.areas.get(area_id, AreaNotes()).actions:
            target = by_key.get(text_key(action.improvement))
            if target is not None:
                actions.append(replace(action, improvement=target))
    return unique(actions)


def rebase_earlier(session: Session, path: Path) -> None:
    """Make the merged session's earlier link relative to the file it is written to."""
    if session.earlier is not None:
        file = relative_file(Path(session.earlier.file), path)
        session.earlier = replace(session.earlier, file=file)
