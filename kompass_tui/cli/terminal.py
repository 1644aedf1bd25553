"""Output that fits the terminal: no line wider than it, paged when taller than it.

On a terminal, a command's text is wrapped to the terminal's width (a wrapped line keeps
going under where its text starts, and no word or number is split unless it alone is wider
than the terminal) and goes through `$PAGER` (else `less`) when it has more lines than the
terminal. To a pipe or a file it is written unchanged (Markdown, tab-separated lines).
Rich renderables (`show`, `compare`) are paged the same way by `print_rich`.
"""

from __future__ import annotations

import os
import re
import sys
from typing import TYPE_CHECKING

from kompass_tui.cli.help_format import terminal_columns
from kompass_tui.core.visible import visible

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.segment import Segment

# Where a line's text starts: after its leading spaces and any run of short fields each
# followed by two or more spaces (`  1.1   15  Finns en plan …`, `ok: file: …`).
# Compiled (and kept by `re`) the first time a line is too wide: most output never is (#23).
_HANGING = r"^( *(?:[-–•] )?(?:\S{1,12}(?: \S{1,12})? {2,})*)"


def on_terminal() -> bool:
    """Whether stdout is a terminal (then output is fitted and paged)."""
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def terminal_lines() -> int:
    """The terminal's height: LINES, else the terminal of stdout, else 24."""
    try:
        lines = int(os.environ["LINES"])
    except (KeyError, ValueError):
        lines = 0
    if lines > 0:
        return lines
    try:
        return os.get_terminal_size(sys.stdout.fileno()).lines or 24
    except (AttributeError, ValueError, OSError):
        return 24


def fit_line(line: str, width: int) -> list[str]:
    """One line as lines of at most `width` characters, continued under its text."""
    line = line.expandtabs(2) if "\t" in line else line
    if len(line) <= width:
        return [line]
    leading = len(line) - len(line.lstrip(" "))
    match = re.match(_HANGING, line)
    indent = len(match.group(1)) if match else 0
    if indent <= leading or indent > width // 2:
        indent = leading + 4  # no column to continue under: a little further in
    if indent > width // 2:
        indent = 0
    import textwrap  # only for a line wider than a terminal

    wrapped = textwrap.wrap(
        line[leading:],
        width=width,
        initial_indent=" " * leading,
        subsequent_indent=" " * indent,
        break_on_hyphens=False,
        break_long_words=True,
    )
    return wrapped or [line[:width]]


def fit_text(text: str, width: int) -> str:
    """Every line of `text` fitted to `width` (see `fit_line`)."""
    ending = "\n" if text.endswith("\n") else ""
    lines = text[: len(text) - len(ending)].split("\n")
    return "\n".join(part for line in lines for part in fit_line(line, width)) + ending


def print_text(text: str, pager: bool = True) -> None:
    """Print a command's plain text: on a terminal fitted to its width and through the
    pager when longer than a screen; elsewhere as it is. Control characters made visible."""
    text = visible(text)
    if not text.endswith("\n"):
        text += "\n"
    if not on_terminal():
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
        return
    fitted = fit_text(text, terminal_columns())
    if pager and fitted.count("\n") > terminal_lines() - 1 and _page(fitted):
        return
    sys.stdout.write(fitted)
    sys.stdout.flush()


def _page(text: str) -> bool:
    """Show text through `$PAGER` (else `less`); False when no pager could be started."""
    import subprocess  # only when paging

    command = os.environ.get("PAGER") or "less"
    environment = dict(os.environ)
    environment.setdefault("LESS", "-R")
    try:
        process = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=environment)
    except OSError:
        return False
    assert process.stdin is not None
    try:
        process.stdin.write(text.encode("utf-8"))
        process.stdin.close()
    except (BrokenPipeError, OSError):
        pass  # the reader quit early (q in less)
    process.wait()
    return process.returncode != 127  # 127: the shell found no such pager


def print_rich(console: Console, renderable: RenderableType, pager: bool = True) -> None:
    """Print a Rich renderable, through the pager when it is taller than the terminal.

    It is laid out once: the lines that decide whether to page are the lines printed
    (laying a long report out twice cost as much as the rest of `show`). Rich crops every
    line to the width as it prints; lines that all fit are printed as they are (cropping
    looked at each of a report's thousands of lines again, #23)."""
    from rich.segment import Segments

    segments = list(console.render(renderable, console.options))
    shown, crop = Segments(segments), not _fits(segments, console.width)
    if pager and console.is_terminal and _line_count(segments) > console.height:
        # The pager gets colours as escape codes; `less` shows them only with -R.
        # Like git, set it only when the user has not chosen their own LESS options.
        os.environ.setdefault("LESS", "-R")
        with console.pager(styles=True):
            console.print(shown, crop=crop)
    else:
        console.print(shown, crop=crop)


def _fits(segments: list[Segment], width: int) -> bool:
    """Whether no line of rendered segments is wider than `width` cells."""
    from rich.cells import cell_len

    from kompass_tui.views.text_wrap import one_cell_lines

    column = 0
    for segment in segments:
        if segment.control:
            continue
        text = segment.text
        measure = len if one_cell_lines(text) else cell_len  # one-cell text: as wide as long
        if "\n" not in text:
            column += measure(text)
            if column > width:
                return False
            continue
        first, _, rest = text.partition("\n")
        middle, _, last = rest.rpartition("\n")
        if column + measure(first) > width:
            return False
        if middle and max(map(measure, middle.split("\n"))) > width:
            return False
        column = measure(last)
        if column > width:
            return False
    return True


def _line_count(segments: list[Segment]) -> int:
    """How many lines rendered segments make, counted as Rich's `render_lines` counts them:
    each new line ends one, and whatever follows the last new line is one more."""
    count, open_line = 0, False
    for segment in segments:
        if "\n" in segment.text and not segment.control:
            count += segment.text.count("\n")
            open_line = not segment.text.endswith("\n")
        else:
            open_line = True
    return count + open_line
