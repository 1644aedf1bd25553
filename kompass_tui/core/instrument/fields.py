"""Reading the fields of an instrument file: texts per language, ids."""

from __future__ import annotations

import re
from typing import Any

from kompass_tui.core.problems import ProblemList, join_key

Texts = dict[str, str]
"""A text in each language of the instrument, by language code."""

MAX_ID_LENGTH = 20
"""Characters of an area or question id."""
_ID_CHARACTERS = re.compile(r"[A-Za-z0-9_.-]+")
"""What an id may hold: it names scores in session files, widgets and report anchors."""


def read_texts(
    data: dict[str, Any],
    name: str,
    key: str,
    languages: tuple[str, ...],
    problems: ProblemList,
    max_length: int | None = None,
) -> Texts:
    """The texts of `data[name]`, one per language; every language must have one, of at
    most `max_length` characters when given."""
    full = join_key(key, name)
    value = data.get(name)
    if value is None:
        problems.error(full, "missing")
        return {}
    if not isinstance(value, dict):
        problems.error(full, f'must be a table of texts per language, like {name}.sv = "..."')
        return {}
    texts: Texts = {}
    for lang, text in value.items():
        if not isinstance(text, str) or not text.strip():
            problems.error(join_key(full, lang), "must be a non-empty string")
        elif max_length is not None and len(text) > max_length:
            message = f"has {len(text)} characters; kompass allows at most {max_length}"
            problems.error(join_key(full, lang), message)
        elif languages and lang not in languages:
            problems.error(join_key(full, lang), f"language {lang!r} is not in languages")
        else:
            texts[lang] = text
    for lang in languages:
        if lang not in value:
            problems.error(join_key(full, lang), "missing translation")
    return texts


def one_line_texts(texts: Texts, key: str, problems: ProblemList) -> None:
    """Headings and names are printed on one line: a line break in them is an error."""
    for lang, text in texts.items():
        if "\n" in text.strip() or "\r" in text.strip():
            problems.error(join_key(key, lang), "must be one line (it is printed as a heading)")


def identifier(data: dict[str, Any], key: str, what: str, problems: ProblemList) -> str:
    """An area's or question's id (`what` names it): short, and only characters that are
    safe in a session file's keys, a widget's id and a report's anchor."""
    value = required_str(data, "id", key, problems)
    if value and not _ID_CHARACTERS.fullmatch(value):
        problems.error(
            join_key(key, "id"),
            f"{what} may hold only letters A-Z and a-z, digits, '_', '.' and '-'",
        )
        return ""
    if len(value) > MAX_ID_LENGTH:
        message = f"{what} may have at most {MAX_ID_LENGTH} characters, not {len(value)}"
        problems.error(join_key(key, "id"), message)
        return ""
    return value


def unique_identifier(
    data: dict[str, Any], key: str, what: str, seen: set[str], problems: ProblemList
) -> str:
    """`identifier`, and an error when an earlier one of `seen` has it too (then added)."""
    value = identifier(data, key, what, problems)
    if value in seen:
        problems.error(
            join_key(key, "id"),
            f"duplicate {what.removeprefix('an ').removeprefix('a ')} {value!r}",
        )
    seen.add(value)
    return value


def required_str(data: dict[str, Any], name: str, key: str, problems: ProblemList) -> str:
    """A non-empty string at `data[name]`, or "" after recording why it is not."""
    value = data.get(name)
    full = join_key(key, name)
    if value is None:
        problems.error(full, "missing")
        return ""
    if not isinstance(value, str) or not value.strip():
        problems.error(full, "must be a non-empty string")
        return ""
    return value
