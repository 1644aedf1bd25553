"""User text fitted to one line of a few cells: cut with an ellipsis, parts joined by ` · `."""

from __future__ import annotations

from kompass_tui.tui.literal import literal


def cut(text: str, width: int) -> str:
    """A user text on one line (spaces collapsed, controls visible), cut to `width` cells
    with an ellipsis."""
    shown = literal(" ".join(text.split()), one_line=True)
    return shown if len(shown) <= width else shown[: max(1, width - 1)] + "…"


def joined(parts: list[str], width: int, flexible: int) -> str:
    """The non-empty `parts` joined by ` · ` in `width` cells: part `flexible` (a user's
    text) is cut to make room, the others stay whole as long as they fit."""
    kept = [(part, index == flexible) for index, part in enumerate(parts) if part]
    fixed = sum(len(part) for part, flex in kept if not flex) + 3 * (len(kept) - 1)
    shown = [cut(part, max(8, width - fixed)) if flex else part for part, flex in kept]
    return cut(" · ".join(shown), width)
