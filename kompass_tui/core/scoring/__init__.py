"""Exact scoring: numbers and rounding, totals, consensus of evaluators and disputes."""
