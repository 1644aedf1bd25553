"""The number rules: what a score may be, how points, percentages and changes are shown."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kompass_tui.core.scoring.numbers import (
    REASONS,
    ScoreError,
    change_between,
    format_max,
    format_number,
    format_percent,
    format_points,
    parse_score,
    percent,
    percent_to_decide,
    round_percent,
    shown_change,
    shown_points,
    signed_points,
)

FIFTEEN = Decimal(15)
D = Decimal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7.5", "7.5"),
        ("7,5", "7.5"),
        (" 14 ", "14"),
        ("\u00a014\u00a0", "14"),
        ("0", "0"),
        ("15", "15"),
        ("0,25", "0.25"),
        ("9.60", "9.60"),
        ("+5", "5"),
        (".5", "0.5"),
    ],
)
def test_parse_score_accepts_point_and_comma(text: str, expected: str) -> None:
    assert parse_score(text, FIFTEEN) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "reason", "message"),
    [
        ("abc", "not_a_number", "not a number"),
        ("", "not_a_number", "not a number"),
        ("7,5,1", "not_a_number", "not a number"),
        ("1.2.3", "not_a_number", "not a number"),
        ("nan", "not_a_number", "not a number"),
        ("inf", "not_a_number", "not a number"),
        ("²", "not_a_number", "not a number"),
        ("−1", "not_a_number", "not a number"),  # a typographic minus is no sign here
        ("1e3", "exponent", "exponent not allowed: '1e3'"),
        ("1,5E-1", "exponent", "exponent not allowed"),
        ("1 0", "space_inside", "space inside the number: '1 0'"),
        ("1\u00a00", "space_inside", "space inside the number"),
        ("1,\t5", "space_inside", "space inside the number"),
        ("-0", "negative_zero", "-0 is not a score"),
        ("-0,00", "negative_zero", "-0 is not a score"),
        ("-1", "below_zero", "below 0"),
        ("15.01", "above_max", "above the maximum 15"),
        ("16", "above_max", "above the maximum 15"),
        ("1.234", "too_many_decimals", "more than 2 decimals"),
        ("1,005", "too_many_decimals", "more than 2 decimals"),
    ],
)
def test_parse_score_rejects_with_reason(text: str, reason: str, message: str) -> None:
    with pytest.raises(ScoreError, match=message) as caught:
        parse_score(text, FIFTEEN)
    assert caught.value.reason == reason
    assert reason in REASONS


def test_score_errors_carry_the_figures_their_sentence_needs() -> None:
    with pytest.raises(ScoreError) as caught:
        parse_score("8", D("7.5"))
    assert caught.value.figures == {"max": D("7.5")}
    assert str(caught.value) == "above the maximum 7.5"
    with pytest.raises(ScoreError) as caught:
        parse_score("1,125", D(2))
    assert caught.value.figures == {"decimals": 2}
    with pytest.raises(ScoreError) as caught:
        parse_score(" 1 0 ", D(20))
    assert caught.value.figures == {"text": "1 0"}


def test_points_with_up_to_two_decimals_are_shown_as_entered() -> None:
    assert format_points(D("1.13"), "sv") == "1,13"
    assert format_points(D("3.75"), "sv") == "3,75"
    assert format_points(D("2.25"), "en") == "2.25"
    assert format_points(D("131.6"), "sv") == "131,6"
    # At least one decimal, as the seed prints: 14,0 and 7,5.
    assert format_points(D("14"), "sv") == "14,0"
    assert format_points(D("7.50"), "sv") == "7,5"
    assert format_points(D("0"), "sv") == "0,0"


def test_figures_with_more_decimals_are_shown_to_two_half_up() -> None:
    assert format_points(D(43) / D(6), "sv") == "7,17"  # 7,1666…
    assert format_points(D("0.005"), "sv") == "0,01"
    assert format_points(D("7.995"), "sv") == "8,0"
    assert shown_points(D("2.345")) == D("2.35")
    assert shown_points(D("2.34")) == D("2.34")


def test_minus_zero_is_never_shown() -> None:
    assert format_points(D("-0"), "sv") == "0,0"
    assert format_points(D("-0.001"), "sv") == "0,0"
    assert format_number(D("-0.0"), "sv") == "0"
    assert signed_points(D("-0.001"), "sv") == "±0,0"
    assert percent_to_decide(D("-0.0001"), D(20), "sv") == "0 %"


@given(st.integers(0, 10**6))
def test_every_two_decimal_figure_shows_unrounded(cents: int) -> None:
    value = D(cents) / 100
    assert D(format_points(value, "sv").replace(",", ".")) == value


def test_percentages_are_whole_half_up() -> None:
    assert round_percent(D("47.5")) == 48
    assert round_percent(D("48.5")) == 49
    assert round_percent(D("60.4")) == 60
    assert format_percent(percent(D("47.5"), D(100))) == "48 %"
    assert format_percent(None) == "–"
    assert percent(D(1), D(0)) is None


def test_a_percentage_beside_a_threshold_shows_what_decides() -> None:
    assert percent_to_decide(D("20.04"), D(20), "sv") == "20,04 %"
    assert percent_to_decide(D(40), D(20), "sv") == "40 %"
    assert percent_to_decide(D(20), D(20), "en") == "20 %"
    assert percent_to_decide(D("19.96"), D(20), "en") == "19.96 %"
    assert percent_to_decide(D(100) / D(3), D("33.33"), "en") == "33.333 %"


@given(
    st.integers(0, 10**5), st.integers(1, 10**5), st.integers(0, 10**4).map(lambda c: D(c) / 100)
)
def test_the_shown_percentage_never_contradicts_the_verdict(
    spread_cents: int, max_cents: int, threshold: Decimal
) -> None:
    exact = D(spread_cents) * 100 / D(max_cents)
    shown = D(percent_to_decide(exact, threshold, "en").removesuffix(" %"))
    assert (shown > threshold) == (exact > threshold)
    assert (shown == threshold) == (exact == threshold)


def test_changes_are_taken_between_shown_figures() -> None:
    # 12,334 and 12,326 both show as 12,33: the change shown is none, not +0,01.
    assert shown_change(D("12.326"), D("12.334"), "sv") == "±0,0"
    assert change_between(D("12.326"), D("12.334")) == 0
    assert shown_change(D("9"), D("16.5"), "sv") == "+7,5"
    assert shown_change(D("2.5"), D("2.25"), "sv") == "−0,25"
    assert shown_change(None, D(1), "sv") == "–"
    assert signed_points(None, "sv") == "–"


@given(
    st.decimals(0, 1000, allow_nan=False, allow_infinity=False, places=6),
    st.decimals(0, 1000, allow_nan=False, allow_infinity=False, places=6),
)
def test_shown_figures_subtract_to_the_shown_change(before: Decimal, after: Decimal) -> None:
    shown_before = D(format_points(before, "en"))
    shown_after = D(format_points(after, "en"))
    change = shown_change(before, after, "en")
    difference = shown_after - shown_before
    # Read back as a number: ± for none, the minus sign (−) for a negative change.
    assert D(change.replace("±", "").replace("−", "-")) == difference


def test_formatting_follows_the_language() -> None:
    assert format_points(D("47.5"), "sv") == "47,5"
    assert format_points(D("47.5"), "en") == "47.5"
    assert format_points(D("47.5"), "nb") == "47,5"
    assert format_max(D("100"), "sv") == "100"
    assert format_max(D("7.5"), "sv") == "7,5"
    assert format_max(D("2.25"), "sv") == "2,25"
