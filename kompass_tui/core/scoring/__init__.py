"""Exact scoring: numbers and rounding, totals, and the disputes a consensus leaves."""
