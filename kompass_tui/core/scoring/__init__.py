"""Exact scoring: numbers and rounding, totals, the merge engine, consensus of evaluators,
their disagreements and the consensus meeting's agenda."""
