"""What is typed into a question's score field, checked on every key, stored only when valid.

A score field works like a spreadsheet cell: arriving at a question shows its stored score;
the first character typed replaces it, later ones append; Backspace takes off the last
character. After every key the text is checked: a valid text is stored at once (so totals
follow the typing), an empty one clears the score, and an invalid one stores nothing — the
score goes back to what it was before this entry began, and the field keeps the text with
the reason, until it is corrected.
"""

from __future__ import annotations

from decimal import Decimal

from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.scoring.numbers import ScoreError, format_points, parse_score

NOT_APPLICABLE = "not_applicable"
"""The reason a not-applicable question refuses every score."""
MAX_ENTRY_LENGTH = 12
"""Characters a field holds; more typed are dropped (no valid score is that long)."""


@lean_dataclass
class Refusal:
    """Why a field's text is not stored: a `ScoreError` reason (or `not_applicable`)."""

    reason: str
    figures: tuple[tuple[str, str], ...] = ()
    """What the reason's sentence needs (`max`, `text`, `decimals`), as text."""
    message: str = ""
    """The core's own wording, in English."""


@lean_dataclass(frozen=False)
class Entry:
    """The text of one question's field while it differs from the stored score."""

    text: str
    original: Decimal | None
    """The stored score when this entry began: what an invalid text leaves stored."""
    fresh: bool = True
    """True until a key edits the text: the next character typed replaces it."""
    error: Refusal | None = None
    """Why the text cannot be stored (None when it is stored)."""
    left: bool = False
    """The evaluator moved on from the refused text: the field shows the score that counts
    (the stored one, or none), the text stays only in the refusal's message."""

    @property
    def valid(self) -> bool:
        """Whether the text is what is stored."""
        return not self.error


def shown_score(score: Decimal | None, lang: str) -> str:
    """A stored score as its field shows it: as reports print points (`14,0`, `7,25`)."""
    return "" if score is None else format_points(score, lang)


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


def check_entry(
    text: str, maximum: Decimal, not_applicable: bool
) -> tuple[Decimal | None, Refusal | None]:
    """The score a field's text stands for and None — or None and why it cannot be stored."""
    if not_applicable:
        return None, Refusal(NOT_APPLICABLE, message="not applicable")
    if not text.strip():
        return None, None
    try:
        return parse_score(text, maximum), None
    except ScoreError as refusal:
        figures = tuple((k, str(v)) for k, v in refusal.figures.items())
        return None, Refusal(refusal.reason, figures, str(refusal))
