"""Three-way merges of the parts of a session: one value, one text, one list, one set.

Texts are merged line by line with `merge3` (the three-way merge of Breezy, kept as its own
small pure-Python package): a session's long texts are paragraphs separated by blank lines,
so a line is a paragraph and two evaluators who changed different paragraphs merge cleanly.
Where both changed the same lines differently the merge never writes conflict markers: it
returns both whole versions, for the session to keep as a disagreement.

Lists (strengths, improvement areas, actions, sources, interviews, benchmarks) are merged
with the same algorithm over their items, so an item's identity is its value at its place:
an addition on either side is kept, a deletion on one side is respected, an edit on one
side wins over no change. Where both sides changed the same stretch of a list, both sides'
items are kept, ours first; an item is never in a merged list twice.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import TypeVar

from merge3 import Merge3

from kompass_tui.core.lean_dataclasses import lean_dataclass

T = TypeVar("T")
V = TypeVar("V")


def merge_value(base: V, ours: V, theirs: V) -> tuple[V, bool]:
    """A value changed on one side is taken, the same change on both once; the bool says
    both changed it differently (ours is returned then)."""
    if ours == theirs or theirs == base:
        return ours, False
    if ours == base:
        return theirs, False
    return ours, True


@lean_dataclass
class TextMerge:
    """A text merged three ways."""

    text: str
    """The merged text; where both sides changed the same lines, ours then theirs."""
    ours: str
    """The whole text with ours where both changed the same lines (the merged text when
    there was no conflict)."""
    theirs: str
    """The whole text with theirs where both changed the same lines."""

    @property
    def conflict(self) -> bool:
        """Whether both sides changed the same lines differently."""
        return self.ours != self.theirs


def merge_text(base: str, ours: str, theirs: str, *, one_line: bool = False) -> TextMerge:
    """Merge texts line by line (a paragraph is a line). For a `one_line` text (a name) a
    conflict keeps ours as the text."""
    if ours == theirs or theirs == base:
        return TextMerge(ours, ours, ours)
    if ours == base:
        return TextMerge(theirs, theirs, theirs)
    b_lines, a_lines, t_lines = _lines(base), _lines(ours), _lines(theirs)
    text: list[str] = []
    mine: list[str] = []
    other: list[str] = []
    for kind, at in _regions(b_lines, a_lines, t_lines):
        if kind != "conflict":
            source = {"unchanged": b_lines, "same": a_lines, "a": a_lines, "b": t_lines}[kind]
            part = source[at[0] : at[1]]
            text += part
            mine += part
            other += part
        else:
            a_part = a_lines[at[2] : at[3]]
            b_part = t_lines[at[4] : at[5]]
            mine += a_part
            other += b_part
            text += a_part
            extra = [line for line in b_part if line not in a_part or not line.strip()]
            if a_part and any(line.strip() for line in extra) and a_part[-1].strip():
                text.append("")  # theirs as its own paragraph
            text += extra
    merged, ours_version, theirs_version = "\n".join(text), "\n".join(mine), "\n".join(other)
    if one_line:
        merged = ours_version
    # Each side's version is its own lines as they stand; only the joined text is tidied.
    return TextMerge(_tidy(merged), ours_version, theirs_version)


def _regions(
    base: list[str], ours: list[str], theirs: list[str]
) -> Iterator[tuple[str, tuple[int, ...]]]:
    """merge3's regions as (kind, bounds): `unchanged`/`same`/`a`/`b` with (start, end) in
    base/ours/ours/theirs; `conflict` with (base start, end, ours start, end, theirs
    start, end)."""
    for region in Merge3(base, ours, theirs).merge_regions():
        yield str(region[0]), tuple(int(str(x)) for x in region[1:])


def _lines(text: str) -> list[str]:
    return text.split("\n") if text else []


def _tidy(text: str) -> str:
    # A conflict at a paragraph's edge may leave three newlines in a row.
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip("\n") if text.strip() else ""


def merge_list(
    base: Sequence[T],
    ours: Sequence[T],
    theirs: Sequence[T],
    key: Callable[[T], Hashable],
    same: Callable[[T], Hashable] | None = None,
) -> list[T]:
    """Merge lists by their items' `key` (see the module's docstring); `same` says which
    items count as one when both sides kept them (default: the key). A list only one side
    changed is that side's, as it is."""
    if ours == theirs or theirs == base:
        return list(ours)
    if ours == base:
        return list(theirs)
    base_keys, our_keys, their_keys = (
        [key(item) for item in base],
        [key(item) for item in ours],
        [key(item) for item in theirs],
    )
    items: dict[Hashable, T] = {}
    for source in (base, theirs, ours):  # ours wins when two items share a key
        for item in source:
            items[key(item)] = item
    merged: list[Hashable] = []
    if not base_keys:
        # Both sides added everything: one region, ours then theirs (as merge3 gives it).
        merged = our_keys + their_keys
    else:
        # merge3 compares strings: each distinct key gets a token.
        tokens: dict[Hashable, str] = {}
        for item_key in [*base_keys, *our_keys, *their_keys]:
            tokens.setdefault(item_key, str(len(tokens)))
        keys = {token: item_key for item_key, token in tokens.items()}
        b_tokens, o_tokens, t_tokens = (
            [tokens[k] for k in base_keys],
            [tokens[k] for k in our_keys],
            [tokens[k] for k in their_keys],
        )
        for kind, at in _regions(b_tokens, o_tokens, t_tokens):
            if kind != "conflict":
                side = {"unchanged": b_tokens, "same": o_tokens, "a": o_tokens, "b": t_tokens}
                merged += [keys[t] for t in side[kind][at[0] : at[1]]]
            else:
                merged += [keys[t] for t in o_tokens[at[2] : at[3]]]
                merged += [keys[t] for t in t_tokens[at[4] : at[5]]]
    result: list[T] = []
    seen: set[Hashable] = set()
    identity = same or key
    for item_key in merged:
        item = items[item_key]
        one = identity(item)
        if one not in seen:
            seen.add(one)
            result.append(item)
    return result


def merge_set(base: Sequence[T], ours: Sequence[T], theirs: Sequence[T]) -> list[T]:
    """Everything either side has, less what one side removed from the base, in first-seen
    order (ours first)."""
    if list(ours) == list(theirs) or list(theirs) == list(base):
        return list(ours)
    if list(ours) == list(base):
        return list(theirs)
    removed = {item for item in base if item not in ours or item not in theirs}
    result: list[T] = []
    for item in [*ours, *theirs]:
        if item not in removed and item not in result:
            result.append(item)
    return result


def renames(before: Sequence[str], after: Sequence[str]) -> dict[str, str]:
    """Texts of a list edited in place, old → new: where `after` replaced items of
    `before` one for one."""
    import difflib

    found: dict[str, str] = {}
    matcher = difflib.SequenceMatcher(a=list(before), b=list(after), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace" and i2 - i1 == j2 - j1:
            for old, new in zip(before[i1:i2], after[j1:j2], strict=True):
                found[old] = new
    return found
