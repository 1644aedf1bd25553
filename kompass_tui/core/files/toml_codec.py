"""The one TOML codec of kompass's files (sessions, benchmarks, instruments, maps).

Reading is `toml_reading.py` (bounded, floats as Decimal); this module holds the rules
every reader and writer shares, so that each is written once.
"""

from __future__ import annotations

from decimal import Decimal


def decimals_of(value: Decimal) -> int:
    """How many decimals a Decimal needs for its value (7.50 -> 1, 14 -> 0)."""
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return max(0, -exponent)
