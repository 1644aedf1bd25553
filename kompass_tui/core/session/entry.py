"""What is typed into a question's score field, checked on every key, stored only when valid.

A score field works like a spreadsheet cell: arriving at a question shows its stored score;
the first character typed replaces it, later ones append; Backspace takes off the last
character. After every key the text is checked: a valid text is stored at once (so totals
follow the typing), an empty one clears the score, and an invalid one stores nothing — the
score goes back to what it was before this entry began, and the field keeps the text with
the reason, until it is corrected.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kompass_tui.core.scoring.numbers import ScoreError, format_number, parse_score

NOT_APPLICABLE = "not applicable"
"""The reason a not-applicable question refuses every score."""
MAX_ENTRY_LENGTH = 12
"""Characters a field holds; more typed are dropped (no valid score is that long)."""


@dataclass
class Entry:
    """The text of one question's field while it differs from the stored score."""

    text: str
    original: Decimal | None
    """The stored score when this entry began: what an invalid text leaves stored."""
    fresh: bool = True
    """True until a key edits the text: the next character typed replaces it."""
    error: str = ""
    """Why the text cannot be stored ('' when it is stored)."""

    @property
    def valid(self) -> bool:
        """Whether the text is what is stored."""
        return not self.error


def shown_score(score: Decimal | None, lang: str) -> str:
    """A stored score as its field shows it: as entered, in the language's format."""
    return "" if score is None else format_number(score, lang)


def edited_text(entry: Entry, key: str, character: str | None) -> str | None:
    """The field's text after one key, or None when the key does not edit a field.

    `key` is Textual's key name; printable keys carry their `character`.
    """
    if key == "backspace":
        return entry.text[:-1]
    if key == "delete":
        return ""
    if character is not None and character.isprintable() and len(character) == 1:
        text = character if entry.fresh else entry.text + character
        return text if len(text) <= MAX_ENTRY_LENGTH else entry.text
    return None


def check_entry(text: str, maximum: Decimal, not_applicable: bool) -> tuple[Decimal | None, str]:
    """The score a field's text stands for and '' — or None and why it cannot be stored."""
    if not_applicable:
        return None, NOT_APPLICABLE
    if not text.strip():
        return None, ""
    try:
        return parse_score(text, maximum), ""
    except ScoreError as refusal:
        return None, str(refusal)
