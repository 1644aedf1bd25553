"""Exact numbers: parsing scores, the rounding rule and language-aware formatting.

Rounding rule (one rule, used everywhere): points are shown rounded to one decimal and
percentages to whole numbers, both half-up (`ROUND_HALF_UP`). Totals and percentages are
always computed from the stored, unrounded scores; only display rounds.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

MAX_SCORE_DECIMALS = 2
_ONE_DECIMAL = Decimal("0.1")
_WHOLE = Decimal("1")
HUNDRED = Decimal(100)


class ScoreError(ValueError):
    """A score that cannot be stored; the message says why, for the user."""


def parse_decimal(text: str) -> Decimal:
    """Parse `7.5` or the Swedish `7,5` into a Decimal; raise ScoreError if it is no number."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    if not cleaned or not all(c.isdigit() or c in "+-." for c in cleaned):
        raise ScoreError(f"not a number: {text.strip()!r}")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ScoreError(f"not a number: {text.strip()!r}") from None
    if not value.is_finite():
        raise ScoreError(f"not a number: {text.strip()!r}")
    return value


def decimals_of(value: Decimal) -> int:
    """How many decimals a Decimal carries beyond what its value needs (7.50 -> 1)."""
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return max(0, -exponent)


def check_score(value: Decimal, maximum: Decimal) -> Decimal:
    """Return the score if 0 <= value <= maximum with at most two decimals, else raise."""
    if not value.is_finite():
        raise ScoreError("not a number")
    if value < 0:
        raise ScoreError("below 0")
    if value > maximum:
        raise ScoreError(f"above the maximum {format_number(maximum, 'en')}")
    if decimals_of(value) > MAX_SCORE_DECIMALS:
        raise ScoreError(f"more than {MAX_SCORE_DECIMALS} decimals")
    return value


def parse_score(text: str, maximum: Decimal) -> Decimal:
    """Parse and check a typed score; raise ScoreError with the reason if it is not valid."""
    return check_score(parse_decimal(text), maximum)


def round_points(value: Decimal) -> Decimal:
    """Points for display: one decimal, half-up."""
    return value.quantize(_ONE_DECIMAL, rounding=ROUND_HALF_UP)


def round_percent(value: Decimal) -> int:
    """Percentages for display: whole numbers, half-up."""
    return int(value.quantize(_WHOLE, rounding=ROUND_HALF_UP))


def percent(part: Decimal, whole: Decimal) -> Decimal | None:
    """Exact share in percent, or None when there is nothing to divide by."""
    if whole == 0:
        return None
    return part * HUNDRED / whole


def decimal_separator(lang: str) -> str:
    """The decimal separator of a language: a comma in Swedish, Norwegian and Danish."""
    return "," if lang in {"sv", "nb", "nn", "no", "da"} else "."


def format_number(value: Decimal, lang: str) -> str:
    """A number as typed or stored, without trailing zeros (7.50 -> '7,5' in Swedish)."""
    normalized = value.normalize()
    text = f"{normalized:f}"
    return text.replace(".", decimal_separator(lang))


def format_points(value: Decimal, lang: str) -> str:
    """Points rounded by the rule, always with one decimal ('47,5', '14,0')."""
    return f"{round_points(value):f}".replace(".", decimal_separator(lang))


def signed_points(value: Decimal | None, lang: str) -> str:
    """A change with its sign, rounded by the rule: '+7,5', '-2,0', '±0,0'; '–' if unknown."""
    if value is None:
        return "–"
    text = format_points(abs(value), lang)
    if text.strip("0.,") == "":
        return f"±{text}"
    return f"+{text}" if value > 0 else f"-{text}"


def format_max(value: Decimal, lang: str) -> str:
    """A maximum as a plain number ('15', or '7,5' for a fractional one)."""
    return format_number(value, lang)


def format_percent(value: Decimal | None) -> str:
    """A percentage rounded by the rule ('48 %'); a dash when undefined."""
    if value is None:
        return "–"
    return f"{round_percent(value)} %"


# Figures as published. A benchmark record or an older-scale total is a figure someone
# printed: `72` or `61,5`. It is shown with the decimals its value needs, never `72,0`.
# A figure derived from published ones (a median, a mean) carries their precision, at least
# one decimal, rounded half-up. `places=None` means an exact session figure: the points rule.


def round_to(value: Decimal, places: int) -> Decimal:
    """A value rounded half-up to `places` decimals."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def format_figure(value: Decimal, places: int | None, lang: str) -> str:
    """A figure by its precision: None = the points rule ('14,0'); else as published ('72').

    With `places`, the value is rounded half-up to that many decimals and shown with the
    decimals it then needs: 72 -> '72', 61.50 -> '61,5', 70.333 (places 1) -> '70,3'.
    """
    if places is None:
        return format_points(value, lang)
    rounded = round_to(value, places)
    return format_number(rounded if rounded else Decimal(0), lang)


def signed_figure(value: Decimal | None, places: int | None, lang: str) -> str:
    """A change with its sign, by the figure's precision: '+35', '-2,5', '±0'; '–' if unknown."""
    if value is None:
        return "–"
    if places is None:
        return signed_points(value, lang)
    text = format_figure(abs(value), places, lang)
    if text.strip("0.,") == "":
        return f"±{text}"
    return f"+{text}" if value > 0 else f"-{text}"
