"""Exact scoring: numbers and rounding, totals, and the disagreements a consensus leaves
(scores and texts, and what was agreed)."""
