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
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kompass_tui.cli.help_format import terminal_columns
from kompass_tui.cli.terminal import fit_text
from kompass_tui.core.problems import LoadError, Problem
from kompass_tui.core.texts.catalog import text
from kompass_tui.core.visible import visible
from kompass_tui.exit_codes import EXIT_OK

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

    from kompass_tui.core.instrument.criteria import Instrument


def say(*parts: object, sep: str = " ") -> None:
    """Print a line to stdout, control characters made visible; on a terminal wrapped to
    its width."""
    sys.stdout.write(_fitted(visible(sep.join(str(p) for p in parts)), sys.stdout) + "\n")


def warn(*parts: object, sep: str = " ") -> None:
    """Print a line to stderr, control characters made visible; on a terminal wrapped to
    its width."""
    sys.stderr.write(_fitted(visible(sep.join(str(p) for p in parts)), sys.stderr) + "\n")


def _fitted(text: str, stream: TextIO) -> str:
    try:
        terminal = stream.isatty()
    except (AttributeError, ValueError):
        terminal = False
    return fit_text(text, terminal_columns()) if terminal else text


def warn_all(lines: Iterable[object]) -> None:
    """Print each problem (or any line) to stderr, one line each."""
    for line in lines:
        warn(line)


def terminal_text(text: str) -> str:
    """A document as it may reach a terminal: every control character visible (C0, ESC,
    DEL, C1) but newline, tab and the CRLF that ends a CSV line."""
    return "\r\n".join(visible(part) for part in text.split("\r\n"))


def document_language(instrument: Instrument, requested: str | None, ui_lang: str) -> str:
    """The language of a document (`--lang`, else the instrument's own); when the
    instrument has no texts in it, say once on stderr which language its texts are in."""
    lang = instrument.language(requested)  # UsageError for a language neither has
    if not instrument.has_texts_in(lang):
        own = instrument.default_language
        warn(text(ui_lang, "cli.instrument_texts_in", instrument=instrument.id, lang=lang, own=own))
    return lang


def write_output(output: Path | None, text: str) -> int:
    """Write a command's text to `output` atomically, or to stdout (as UTF-8, with
    `terminal_text`: stdout may be a terminal)."""
    if output is None:
        sys.stdout.buffer.write(terminal_text(text).encode("utf-8"))
        sys.stdout.flush()
        return EXIT_OK
    from kompass_tui.core.files.atomic import write_text_atomic  # only for -o

    try:
        write_text_atomic(output, text)
    except OSError as error:
        raise write_failure(output, error) from None
    return EXIT_OK


def write_failure(path: Path, error: OSError, new_by: str = "") -> LoadError:
    """The problem to raise when writing `path` failed: `already exists; NEW_BY never
    overwrites a file` for a file that must be new (`new_by` names the command), else
    `cannot be written: why`."""
    if new_by and isinstance(error, FileExistsError):
        message = f"already exists; {new_by} never overwrites a file"
    else:
        message = f"cannot be written: {error.strerror or error}"
    return LoadError([Problem(str(path), "", message)])


class VisibleArgumentParser(argparse.ArgumentParser):
    """An argument parser whose usage, help and errors (which quote the arguments typed)
    reach the terminal with control characters made visible."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if message:
            super()._print_message(visible(message), file)
