"""What commands print: every string from a file, a file name or an argument made visible.

A session, an instrument or a file name may hold escape sequences; printed as they are,
they could retitle or clear the user's terminal. Commands print through `say` and `warn`,
argparse's messages (which echo arguments) through `VisibleArgumentParser`, and Rich
output through `views.visible.Visible`: each turns every control character but newline
and tab into a visible stand-in.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kompass_tui.core.visible import visible

if TYPE_CHECKING:
    from _typeshed import SupportsWrite


def say(*parts: object, sep: str = " ") -> None:
    """Print a line to stdout, control characters made visible."""
    sys.stdout.write(visible(sep.join(str(p) for p in parts)) + "\n")


def warn(*parts: object, sep: str = " ") -> None:
    """Print a line to stderr, control characters made visible."""
    sys.stderr.write(visible(sep.join(str(p) for p in parts)) + "\n")


def warn_all(lines: Iterable[object]) -> None:
    """Print each problem (or any line) to stderr, one line each."""
    for line in lines:
        warn(line)


class VisibleArgumentParser(argparse.ArgumentParser):
    """An argument parser whose usage, help and errors (which quote the arguments typed)
    reach the terminal with control characters made visible."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if message:
            super()._print_message(visible(message), file)
