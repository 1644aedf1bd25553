"""argparse's help formatters, as wide as the terminal, without importing shutil.

argparse makes a formatter for every `add_argument` (to check its metavar), and each one
asks `shutil.get_terminal_size()` for the width, so every command imported shutil (and
with it zlib, bz2 and lzma: about 2 ms) for help that is rarely printed. These formatters
get the same width the same way (COLUMNS, else the terminal of stdout, else 80) through `os`.
"""

from __future__ import annotations

import argparse
import os
import sys


def terminal_columns() -> int:
    """`shutil.get_terminal_size().columns`."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    stdout = sys.__stdout__
    if stdout is None:
        return 80
    try:
        return os.get_terminal_size(stdout.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


class _TerminalWidth(argparse.HelpFormatter):
    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        # As argparse does: the terminal's width less two columns.
        width = terminal_columns() - 2 if width is None else width
        super().__init__(prog, indent_increment, max_help_position, width)


class HelpFormatter(_TerminalWidth):
    """For a command's options: argparse's default layout."""


class DescriptionFormatter(_TerminalWidth, argparse.RawDescriptionHelpFormatter):
    """For `kompass --help`: the description's lines kept as written."""
