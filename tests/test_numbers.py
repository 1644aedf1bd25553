from decimal import Decimal

import pytest

from kompass_tui.core.scoring.numbers import (
    ScoreError,
    format_max,
    format_percent,
    format_points,
    parse_score,
    percent,
    round_percent,
    round_points,
)

FIFTEEN = Decimal(15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7.5", "7.5"),
        ("7,5", "7.5"),
        (" 14 ", "14"),
        ("0", "0"),
        ("15", "15"),
        ("0,25", "0.25"),
        ("9.60", "9.60"),
    ],
)
def test_parse_score_accepts_point_and_comma(text: str, expected: str) -> None:
    assert parse_score(text, FIFTEEN) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("abc", "not a number"),
        ("", "not a number"),
        ("7,5,1", "not a number"),
        ("1e3", "not a number"),
        ("nan", "not a number"),
        ("-1", "below 0"),
        ("15.01", "above the maximum 15"),
        ("16", "above the maximum 15"),
        ("1.234", "more than 2 decimals"),
        ("1,005", "more than 2 decimals"),
    ],
)
def test_parse_score_rejects_with_reason(text: str, reason: str) -> None:
    with pytest.raises(ScoreError, match=reason):
        parse_score(text, FIFTEEN)


def test_rounding_is_half_up() -> None:
    assert round_points(Decimal("0.05")) == Decimal("0.1")
    assert round_points(Decimal("2.25")) == Decimal("2.3")
    assert round_points(Decimal("2.35")) == Decimal("2.4")
    assert round_percent(Decimal("47.5")) == 48
    assert round_percent(Decimal("48.5")) == 49
    assert round_percent(Decimal("60.4")) == 60


def test_formatting_follows_the_language() -> None:
    assert format_points(Decimal("47.5"), "sv") == "47,5"
    assert format_points(Decimal("47.5"), "en") == "47.5"
    assert format_points(Decimal("14"), "sv") == "14,0"
    assert format_max(Decimal("100"), "sv") == "100"
    assert format_max(Decimal("7.5"), "sv") == "7,5"
    assert format_percent(percent(Decimal("47.5"), Decimal(100))) == "48 %"
    assert format_percent(None) == "–"
    assert percent(Decimal(1), Decimal(0)) is None
