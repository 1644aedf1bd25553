"""The workbench's words: the catalog's `tui.` texts (`core/texts/`), in the interface
language of the session's language; instrument texts come from the instrument itself.

`tr(lang, "saved")` is `text(lang, "tui.saved")`: a new text of the workbench is a
`tui.` key in every module of `core/texts/` (tests/test_texts.py checks it).
"""

from __future__ import annotations

from kompass_tui.core.texts.catalog import decimal_separator, interface_language, text
from kompass_tui.core.texts.catalog import has_text as _has_text


def ui_language(lang: str) -> str:
    """The interface language for a text language: its own when the catalog has it, else
    English."""
    return interface_language(lang)


def has_text(key: str) -> bool:
    """Whether the workbench has an interface text by that key."""
    return _has_text(f"tui.{key}")


def tr(lang: str, key: str, **values: object) -> str:
    """An interface text in a language, with `{name}` fields filled in (a count as `n`)."""
    return text(lang, f"tui.{key}", **values)


def score_reason(reason: str, figures: dict[str, str], lang: str) -> str:
    """Why a score is refused, in the interface language (`reason` from the core's ScoreError)."""
    key = reason if has_text(f"reason.{reason}") else "not_a_number"
    values = {"text": "", "decimals": "2", "max": ""}
    values.update({name: str(value) for name, value in figures.items()})
    values["max"] = values["max"].replace(".", decimal_separator(lang))
    return tr(lang, f"reason.{key}", **values)
