"""What commands print: every string from a file, a file name or an argument made visible.

A session, an instrument or a file name may hold escape sequences; printed as they are,
they could retitle or clear the user's terminal. Commands print through `say` and `warn`,
which turn every control character but newline and tab into a visible stand-in.
"""

from __future__ import annotations

import sys

from kompass_tui.core.visible import visible


def say(*parts: object, sep: str = " ") -> None:
    """Print a line to stdout, control characters made visible."""
    sys.stdout.write(visible(sep.join(str(p) for p in parts)) + "\n")


def warn(*parts: object, sep: str = " ") -> None:
    """Print a line to stderr, control characters made visible."""
    sys.stderr.write(visible(sep.join(str(p) for p in parts)) + "\n")
