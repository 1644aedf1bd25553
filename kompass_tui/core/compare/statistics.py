"""Median, mean and rank, exact, over the evaluations that have the figure.

The median of an even count is the mean of the two middle values. A mean that does not
terminate is carried to 28 significant digits, far below what any display rounds to.
A rank is "competition" style: equal values share a rank, and the next rank skips
(1, 2, 2, 4); higher is better.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Context, Decimal

from kompass_tui.core.lean_dataclasses import lean_dataclass

_ZERO = Decimal(0)
# Division in a fixed context, so a caller's decimal settings cannot change results.
_DIVISION = Context(prec=28)


def median(values: Sequence[Decimal]) -> Decimal:
    """The exact median; for an even count the mean of the middle two values."""
    if not values:
        raise ValueError("median of no values")
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return _DIVISION.divide(ordered[middle - 1] + ordered[middle], Decimal(2))


def mean(values: Sequence[Decimal]) -> Decimal:
    """The mean, exact when it terminates, else to 28 significant digits."""
    if not values:
        raise ValueError("mean of no values")
    return _DIVISION.divide(sum(values, _ZERO), Decimal(len(values)))


def ranks(values: Sequence[Decimal | None]) -> list[int | None]:
    """Each value's rank among the known ones, highest first; None where unknown."""
    order = sorted((v for v in values if v is not None), reverse=True)
    first: dict[Decimal, int] = {}
    for position, value in enumerate(order, 1):
        first.setdefault(value, position)
    return [None if v is None else first[v] for v in values]


@lean_dataclass
class Statistic:
    """A median and a mean with the number of values behind them."""

    median: Decimal
    mean: Decimal
    n: int


def statistic(values: Sequence[Decimal | None]) -> Statistic | None:
    """Median and mean of the known values; None when no value is known."""
    known = [v for v in values if v is not None]
    if not known:
        return None
    return Statistic(median(known), mean(known), len(known))


@lean_dataclass
class Population:
    """Which evaluations the median and mean are taken over: a span of years, or all."""

    since: int | None = None
    until: int | None = None

    def includes(self, year: int | None) -> bool:
        """Whether an evaluation from `year` belongs (one without a year only to all)."""
        if self.since is None and self.until is None:
            return True
        if year is None:
            return False
        return (self.since is None or year >= self.since) and (
            self.until is None or year <= self.until
        )

    @property
    def everyone(self) -> bool:
        """Whether no year limit applies."""
        return self.since is None and self.until is None
