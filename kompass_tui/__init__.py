"""kompass-tui: a terminal workbench for Kommunkompassen evaluations."""

__version__ = "0.1.0"
