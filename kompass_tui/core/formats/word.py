"""Text and language as a Word document holds them: shared by the report (`report/docx.py`)
and the municipality's questionnaire (`questionnaire/document.py`)."""

from __future__ import annotations

from kompass_tui.core.visible import visible

_LANGUAGES = {"sv": "sv-SE", "nb": "nb-NO", "nn": "nn-NO", "en": "en-GB", "da": "da-DK"}
_NOT_XML = str.maketrans({"\ufffe": "\ufffd", "\uffff": "\ufffd"})


def word_text(text: str) -> str:
    """Text Word can hold: control characters visible, XML's non-characters replaced."""
    return visible(text).translate(_NOT_XML)


def word_language(lang: str) -> str:
    """The document language Word names a language by (`sv` → `sv-SE`)."""
    return _LANGUAGES.get(lang.lower(), lang)
