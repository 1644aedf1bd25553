"""What an instrument gives the municipality's questionnaire: optional texts.

An instrument file may carry a `[questionnaire]` table (see README, "Before the visit"):
per area an introduction and the documents to attach, per question guidance on what to
describe. Every part is optional; texts are in every language of the instrument:

    [questionnaire.areas."1"]
    intro.sv = "..."
    documents = [{ sv = "Informationsplan", en = "Information plan" }]

    [questionnaire.questions."1.1"]
    guidance.sv = "..."
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from kompass_tui.core.files.toml_codec import unknown_keys
from kompass_tui.core.instrument.fields import Texts, read_texts
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.problems import ProblemList, join_key

QUESTIONNAIRE_KEYS = {"areas", "questions"}


@lean_dataclass
class AreaRequest:
    """What the questionnaire says about one area."""

    intro: Texts = field(default_factory=dict)
    documents: tuple[Texts, ...] = ()
    """The documents the municipality is asked to attach, in order."""


@lean_dataclass
class QuestionnaireTexts:
    """The instrument's texts for the questionnaire, by area and question id."""

    areas: dict[str, AreaRequest] = field(default_factory=dict)
    guidance: dict[str, Texts] = field(default_factory=dict)
    """Guidance per question id: what the answer should describe."""


def parse_questionnaire(
    value: Any,
    languages: tuple[str, ...],
    area_ids: Collection[str],
    question_ids: Collection[str],
    problems: ProblemList,
) -> QuestionnaireTexts:
    """Validate an instrument's `[questionnaire]` table, recording problems; absent is
    empty."""
    if value is None:
        return QuestionnaireTexts()
    if not isinstance(value, dict):
        problems.error("questionnaire", "must be a table ([questionnaire])")
        return QuestionnaireTexts()
    unknown_keys(value, QUESTIONNAIRE_KEYS, "questionnaire", problems)
    areas: dict[str, AreaRequest] = {}
    for area_id, raw in _tables(value, "areas", area_ids, problems):
        key = join_key("questionnaire.areas", area_id)
        unknown_keys(raw, {"intro", "documents"}, key, problems)
        intro = read_texts(raw, "intro", key, languages, problems) if "intro" in raw else {}
        areas[area_id] = AreaRequest(intro, _documents(raw, key, languages, problems))
    guidance: dict[str, Texts] = {}
    for question_id, raw in _tables(value, "questions", question_ids, problems):
        key = join_key("questionnaire.questions", question_id)
        unknown_keys(raw, {"guidance"}, key, problems)
        guidance[question_id] = read_texts(raw, "guidance", key, languages, problems)
    return QuestionnaireTexts(areas, guidance)


def _tables(
    value: dict[str, Any], name: str, known: Collection[str], problems: ProblemList
) -> list[tuple[str, dict[str, Any]]]:
    tables = value.get(name, {})
    key = f"questionnaire.{name}"
    if not isinstance(tables, dict):
        problems.error(key, f'must be a table of ids, like [{key}."1"]')
        return []
    found = []
    for item_id, raw in tables.items():
        if item_id not in known:
            problems.error(join_key(key, item_id), "no such id in the instrument")
        elif not isinstance(raw, dict):
            problems.error(join_key(key, item_id), "must be a table")
        else:
            found.append((item_id, raw))
    return found


def _documents(
    raw: dict[str, Any], key: str, languages: tuple[str, ...], problems: ProblemList
) -> tuple[Texts, ...]:
    value = raw.get("documents", [])
    full = join_key(key, "documents")
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        problems.error(full, 'must be a list of texts, like [{ sv = "...", en = "..." }]')
        return ()
    return tuple(
        read_texts({"document": item}, "document", f"{full}[{index}]", languages, problems)
        for index, item in enumerate(value)
    )
