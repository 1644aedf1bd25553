"""Exact numbers: parsing scores, the display rule and language-aware formatting.

The scoring rules (the README's "Scoring rules" section says the same):

- A score is a number from 0 to the question's maximum with at most two decimals, typed
  with a decimal comma or point (`7,5`, `7.5`). Refused, each with a reason code on
  ScoreError: text (`not_a_number`), below 0 (`below_zero`), above the maximum
  (`above_max`), more than two decimals (`too_many_decimals`), `-0` (`negative_zero`), a
  space inside the number, `1 0` (`space_inside`), an exponent, `1e1` (`exponent`).
- Scores are stored as entered; totals and percentages are computed exactly from them.
- Points are shown with at least one and at most two decimals. A figure with at most two
  decimals is shown exactly, never rounded: 14 as `14,0`, 7,5 as `7,5`, 1,13 as `1,13`. A
  figure with more (a mean or median of several evaluations, a CAF-style mean) is rounded
  half-up to two decimals: 7,1666… as `7,17`. `-0` is never shown: zero is `0,0`.
- Percentages are shown as whole numbers, half-up (`48 %`); where a comparison with a
  threshold depends on it, with as many decimals as it takes (`percent_to_decide`).
- A change between two figures is the difference of the figures as shown
  (`shown_change`), so the shown figures always subtract to the shown change.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Literal, get_args

from kompass_tui.core.files.toml_codec import decimals_of
from kompass_tui.core.texts.catalog import decimal_separator

MAX_SCORE_DECIMALS = 2
_SHOWN_STEP = Decimal("0.01")
_WHOLE = Decimal("1")
HUNDRED = Decimal(100)
# More decimals than two figures with two decimals each can ever need to differ (see
# percent_to_decide): a safety bound, not a display setting.
_MOST_PERCENT_PLACES = 12
_DIGITS = frozenset("0123456789")
EXACT_PLACES = 4
"""Decimals of an exact figure written beside its rounding (format_exact)."""

Reason = Literal[
    "not_a_number",
    "below_zero",
    "above_max",
    "too_many_decimals",
    "negative_zero",
    "space_inside",
    "exponent",
]
REASONS: tuple[Reason, ...] = get_args(Reason)
"""Every reason a ScoreError can give, for an interface's table of translations."""


class ScoreError(ValueError):
    """A number that cannot be stored; the message says why, for the user.

    `reason` is one of REASONS, so an interface can say it in its own language;
    `figures` holds what that sentence needs: `text` (what was typed) for `not_a_number`,
    `space_inside` and `exponent`, `max` for `above_max`, `decimals` for
    `too_many_decimals`.
    """

    def __init__(
        self, message: str, reason: Reason = "not_a_number", **figures: Decimal | int | str
    ) -> None:
        super().__init__(message)
        self.reason: Reason = reason
        self.figures: dict[str, Decimal | int | str] = figures


def parse_decimal(text: str) -> Decimal:
    """Parse `7.5` or the Swedish `7,5`; raise ScoreError unless it is a plain number.

    Spaces around the number are ignored; a space inside (`1 0`), an exponent (`1e1`),
    `nan`, `inf` and anything else but digits, one separator and a leading sign are refused.
    """
    typed = text.strip()
    if any(c.isspace() for c in typed):
        raise ScoreError(f"space inside the number: {typed!r}", "space_inside", text=typed)
    cleaned = typed
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    body = cleaned[1:] if cleaned[:1] in ("+", "-") else cleaned
    if _is_exponent(body):
        raise ScoreError(f"exponent not allowed: {typed!r}", "exponent", text=typed)
    digits = body.replace(".", "", 1)
    if not digits or not set(digits) <= _DIGITS:
        raise ScoreError(f"not a number: {typed!r}", "not_a_number", text=typed)
    try:
        return Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the checks above leave only valid forms
        raise ScoreError(f"not a number: {typed!r}", "not_a_number", text=typed) from None


def _is_exponent(body: str) -> bool:
    mantissa, e, exponent = body.lower().partition("e")
    if not e:
        return False
    exponent = exponent.removeprefix("+").removeprefix("-")
    mantissa = mantissa.replace(".", "", 1)
    return bool(mantissa) and set(mantissa) <= _DIGITS and bool(exponent) and exponent.isdigit()


def check_score(value: Decimal, maximum: Decimal) -> Decimal:
    """Return the score if 0 <= value <= maximum with at most two decimals, else raise."""
    if not value.is_finite():
        raise ScoreError("not a number")
    if value == 0 and value.is_signed():
        raise ScoreError("-0 is not a score: type 0", "negative_zero")
    if value < 0:
        raise ScoreError("below 0", "below_zero")
    if value > maximum:
        shown = format_number(maximum, "en")
        raise ScoreError(f"above the maximum {shown}", "above_max", max=maximum)
    if _more_decimals(value, MAX_SCORE_DECIMALS):
        message = f"more than {MAX_SCORE_DECIMALS} decimals"
        raise ScoreError(message, "too_many_decimals", decimals=MAX_SCORE_DECIMALS)
    return value


_STEPS = {places: Decimal(1).scaleb(-places) for places in range(MAX_SCORE_DECIMALS + 1)}


def _more_decimals(value: Decimal, places: int) -> bool:
    """Whether a finite value needs more than `places` decimals: rounding to them changes
    it exactly then (a quarter of the time `decimals_of` takes; compare checks thousands
    of scores)."""
    try:
        return value.quantize(_STEPS[places]) != value
    except InvalidOperation:  # more digits than the context holds: count them
        return decimals_of(value) > places


def parse_score(text: str, maximum: Decimal) -> Decimal:
    """Parse and check a typed score; raise ScoreError with the reason if it is not valid."""
    return check_score(parse_decimal(text), maximum)


def shown_points(value: Decimal) -> Decimal:
    """A figure in points as it is shown: exact up to two decimals, else rounded half-up
    to two; zero without a sign."""
    if _more_decimals(value, MAX_SCORE_DECIMALS):
        value = value.quantize(_SHOWN_STEP, rounding=ROUND_HALF_UP)
    return abs(value) if value == 0 else value


def round_percent(value: Decimal) -> int:
    """Percentages for display: whole numbers, half-up."""
    return int(value.quantize(_WHOLE, rounding=ROUND_HALF_UP))


def percent(part: Decimal, whole: Decimal) -> Decimal | None:
    """Exact share in percent, or None when there is nothing to divide by."""
    if whole == 0:
        return None
    return part * HUNDRED / whole


def format_number(value: Decimal, lang: str) -> str:
    """A number as typed or stored, without trailing zeros (7.50 -> '7,5' in Swedish)."""
    normalized = value.normalize()
    if normalized == 0:
        normalized = Decimal(0)
    text = f"{normalized:f}"
    return text.replace(".", decimal_separator(lang))


def format_points(value: Decimal, lang: str) -> str:
    """Points by the display rule: '14,0', '7,5', '1,13'; a mean 7,1666… as '7,17'."""
    # The decimals it needs, at least one (a consensus lists thousands of scores).
    text = f"{shown_points(value).normalize():f}"
    if "." not in text:
        text += ".0"
    return text.replace(".", decimal_separator(lang))


def format_exact(value: Decimal, lang: str) -> str:
    """A figure as it is, when it has at most EXACT_PLACES decimals, else cut there and
    followed by '…': to show a mean beside its stored rounding ('7,1666…' → '7,17')."""
    if decimals_of(value) <= EXACT_PLACES:
        return format_number(value, lang)
    cut = value.quantize(Decimal(1).scaleb(-EXACT_PLACES), rounding=ROUND_DOWN)
    return format_number(cut, lang) + "…"


def change_between(before: Decimal | None, after: Decimal | None) -> Decimal | None:
    """The change from one figure to another, taken between the figures as shown, so the
    shown figures subtract to it; None when either is unknown."""
    if before is None or after is None:
        return None
    return shown_points(after) - shown_points(before)


MINUS = "\u2212"
"""The minus sign (−) of a negative change, as typeset text has it (not the hyphen)."""


def signed_points(value: Decimal | None, lang: str) -> str:
    """A change with its sign: '+7,5', '−2,0' (a minus sign, U+2212), '±0,0'; '–' if unknown.

    Pass a change of shown figures (change_between), so that it matches what is shown.
    """
    if value is None:
        return "–"
    text = format_points(abs(value), lang)
    if shown_points(value) == 0:
        return f"±{text}"
    return f"+{text}" if value > 0 else f"{MINUS}{text}"


def shown_change(before: Decimal | None, after: Decimal | None, lang: str) -> str:
    """The signed change between two figures as shown: 12,34 → 12,5 gives '+0,16'."""
    return signed_points(change_between(before, after), lang)


def format_max(value: Decimal, lang: str) -> str:
    """A maximum as a plain number ('15', or '7,5' for a fractional one)."""
    return format_number(value, lang)


def format_result(total: Decimal | None, maximum: Decimal, share: Decimal | None, lang: str) -> str:
    """`37,9 / 100 · 51 %`: a result, the maximum it can reach (not-applicable questions
    left out; unscored ones kept) and its share of what the scored questions can give;
    `– / 800 · –` before anything is scored (unscored is not 0). The one way the
    workbench's area tab, overview and status line show a result."""
    points = "–" if total is None else format_points(total, lang)
    return f"{points} / {format_max(maximum, lang)} · {format_percent(share)}"


def format_percent(value: Decimal | None) -> str:
    """A percentage rounded by the rule ('48 %'); a dash when undefined."""
    if value is None:
        return "–"
    return f"{round_percent(value)} %"


def percent_to_decide(value: Decimal, threshold: Decimal, lang: str) -> str:
    """A percentage with as few decimals as show how it compares with a threshold.

    Whole numbers when that is enough (`35 %` against 20), more where rounding would hide
    the verdict: 5,01 of 25 is `20,04 %`, above 20, not `20 %`.
    """
    for places in range(_MOST_PERCENT_PLACES + 1):
        step = Decimal(1).scaleb(-places)
        shown = value.quantize(step, rounding=ROUND_HALF_UP)
        if _compare(shown, threshold) == _compare(value, threshold):
            break
    text = f"{abs(shown) if shown == 0 else shown:f}".replace(".", decimal_separator(lang))
    return f"{text} %"


def _compare(a: Decimal, b: Decimal) -> int:
    return (a > b) - (a < b)


# Figures as published. A benchmark record or an older-scale total is a figure someone
# printed: `72` or `61,5`. It is shown with the decimals its value needs, never `72,0`; a
# median or mean of such figures the same way, rounded half-up to two decimals where it
# needs more (`535,17`). Session figures follow the points rule above.


def format_figure(value: Decimal, published: bool, lang: str) -> str:
    """A figure as published ('72', '61,5', a mean '535,17'), or by the points rule ('14,0')."""
    if not published:
        return format_points(value, lang)
    return format_number(shown_points(value), lang)


def signed_figure(value: Decimal | None, published: bool, lang: str) -> str:
    """A change with its sign, shown like its figures: '+35', '−2,5', '±0'; '–' if unknown."""
    if value is None:
        return "–"
    if not published:
        return signed_points(value, lang)
    text = format_figure(abs(value), True, lang)
    if shown_points(value) == 0:
        return f"±{text}"
    return f"+{text}" if value > 0 else f"{MINUS}{text}"
