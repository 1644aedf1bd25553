"""Text fields with a steady cursor: a blinking one costs bytes over SSH every half second."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # TextArea is imported where one is made, not before the first frame
    from textual.widgets import Input, TextArea

Field = TypeVar("Field", "Input", "TextArea")


def steady(field: Field) -> Field:
    """`field` with its cursor's blinking turned off."""
    field.cursor_blink = False
    return field
