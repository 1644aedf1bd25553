"""Text and language as a Word document holds them: shared by the report (`report/docx.py`)
and the municipality's questionnaire (`questionnaire/document.py`)."""

from __future__ import annotations

import re

from kompass_tui.core.visible import visible

_LANGUAGES = {"sv": "sv-SE", "nb": "nb-NO", "nn": "nn-NO", "en": "en-GB", "da": "da-DK"}
_NOT_XML = str.maketrans({"\ufffe": "\ufffd", "\uffff": "\ufffd"})
_NON_CHARACTER = re.compile("[\ufffe\uffff]")
"""What `_NOT_XML` replaces: almost no text has one, and a search in C is many times faster
than `translate` looking up every character (#23: it was a tenth of a Word export)."""


def word_text(text: str) -> str:
    """Text Word can hold: control characters visible, XML's non-characters replaced."""
    shown = visible(text)
    return shown.translate(_NOT_XML) if _NON_CHARACTER.search(shown) else shown


def word_language(lang: str) -> str:
    """The document language Word names a language by (`sv` → `sv-SE`)."""
    return _LANGUAGES.get(lang.lower(), lang)
