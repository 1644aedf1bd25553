"""Evaluations side by side: benchmark records, comparisons and folders of sessions."""
