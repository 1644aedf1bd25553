"""The one TOML codec of kompass's files (sessions, benchmarks, instruments, maps, locks).

Reading is `toml_reading.py` (bounded, floats as Decimal); this module holds what every
reader and writer shares, written once: the check for unknown keys, how a value's kind is
named in a message, the rule for a number in a file, and assembling TOML text. Bare keys
follow the one pattern of `core/problems.py` (`toml_key`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from kompass_tui.core.problems import ProblemList, join_key, toml_key

MAX_DECIMALS = 2
"""Numbers in kompass's files (points, totals, maxima, spreads) have at most 2 decimals."""


def unknown_keys(
    data: Mapping[str, object], known: Collection[str], key: str, problems: ProblemList
) -> None:
    """An error for every key of `data` not in `known`, at `key.name`: `unknown key
    (expected: a, b)`, the expected keys in their order (a set's sorted)."""
    for name in data:
        if name not in known:
            expected = ", ".join(known if isinstance(known, tuple | list) else sorted(known))
            problems.error(join_key(key, name), f"unknown key (expected: {expected})")


def kind(value: object) -> str:
    """What a TOML value is, for messages: `a string`, `a table`, `a date`."""
    kinds = {
        bool: "a boolean",
        int: "a whole number",
        Decimal: "a number",
        str: "a string",
        list: "a list",
        dict: "a table",
    }
    for type_, name in kinds.items():
        if type(value) is type_:
            return name
    if isinstance(value, date):
        return "a date"
    return type(value).__name__


def decimals_of(value: Decimal) -> int:
    """How many decimals a Decimal needs for its value (7.50 -> 1, 14 -> 0)."""
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return max(0, -exponent)


def read_number(
    value: object, key: str, problems: ProblemList, *, positive: bool = False
) -> Decimal | None:
    """The one rule for a number in a file: a TOML integer or float, finite, at least 0
    (above 0 when `positive`), with at most 2 decimals; else an error at `key` and None."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        problems.error(key, "missing (a number)" if value is None else must_be_number(value))
        return None
    number = Decimal(value)
    if not number.is_finite() or number < 0 or (positive and number == 0):
        message = f"must be positive, not {value}" if positive else "must be a number ≥ 0"
        problems.error(key, message)
        return None
    if decimals_of(number) > MAX_DECIMALS:
        problems.error(key, f"has more than {MAX_DECIMALS} decimals")
        return None
    return number


def must_be_number(value: object) -> str:
    """The message for a value that is no number: `must be a number, not a boolean`."""
    return f"must be a number, not {kind(value)}"


def plain(value: Decimal) -> Decimal:
    """A number as a person writes it: 72 and 61.5, never 7.2E+1."""
    return Decimal(f"{value:f}")


def _plain_numbers(value: Any) -> Any:
    if isinstance(value, Decimal):
        return plain(value)
    if isinstance(value, dict):
        return {k: _plain_numbers(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain_numbers(v) for v in value]
    return value


def toml_text(doc: Mapping[str, Any]) -> str:
    """A document as TOML text: multi-line strings where a text has lines, every number
    plain (`plain`), keys bare where they can be."""
    import tomli_w  # only when writing

    return tomli_w.dumps(_plain_numbers(doc), multiline_strings=True)


def toml_table(header: str, facts: Mapping[str, Any], *, array: bool = False) -> str:
    """`[header]` (or `[[header]]`) and its keys; `header` is a dotted path of keys already
    written with `toml_key` where they are not bare."""
    brackets = ("[[", "]]") if array else ("[", "]")
    return f"{brackets[0]}{header}{brackets[1]}\n" + toml_text(facts)


def inline_numbers(name: str, numbers: Mapping[str, Decimal | int]) -> str:
    """`name = { 1 = 72, 2 = 61.5 }` on one line, in the order given."""
    cells = ", ".join(f"{toml_key(k)} = {_number_text(v)}" for k, v in numbers.items())
    return f"{name} = {{ {cells} }}" if cells else f"{name} = {{}}"


def _number_text(value: Decimal | int) -> str:
    return str(value) if isinstance(value, int) else f"{value:f}"
