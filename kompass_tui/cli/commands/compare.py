"""`kompass compare FILE... [--median] [--mean] [-o OUT.md]`: evaluations side by side."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from kompass_tui.cli.arguments import criteria_dir_option, lang_option, path_argument
from kompass_tui.cli.output import say, warn_all
from kompass_tui.core.compare.comparison import (
    ComparisonError,
    build_comparison,
    check_comparable,
    load_evaluations,
    repeated_file,
)
from kompass_tui.core.files.atomic import write_text_atomic
from kompass_tui.core.files.targets import target_problem
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import KompassError, LoadError, Problem
from kompass_tui.exit_codes import EXIT_OK
from kompass_tui.views.compare_view import comparison_markdown, comparison_renderable


def run_compare(args: argparse.Namespace) -> int:
    """Print the comparison (or write it as Markdown to -o); 1 on invalid input or refusal."""
    paths: list[Path] = list(args.files)
    twice = repeated_file(paths)
    if twice is not None:
        message = "given twice; each evaluation may be compared once"
        raise LoadError([Problem(str(twice), "", message)])
    output: Path | None = args.output
    if output is not None:
        problem = target_problem("-o", output, paths, "one of the files compared")
        if problem:
            raise LoadError([Problem("", "", problem)])
    loaded = load_evaluations(paths, Catalog.default(args.criteria_dir))
    warn_all(loaded.warnings)
    try:
        instrument = loaded.instruments[check_comparable(loaded.evaluations)]
        comparison = build_comparison(loaded.evaluations, instrument)
    except ComparisonError as refusal:
        raise KompassError(str(refusal)) from None
    lang = instrument.language(args.lang)
    if output is None:
        console = Console()
        view = comparison_renderable(comparison, lang, args.median, args.mean, console.width)
        console.print(view)
        return EXIT_OK
    try:
        write_text_atomic(output, comparison_markdown(comparison, lang, args.median, args.mean))
    except OSError as error:
        message = f"cannot be written: {error.strerror or error}"
        raise LoadError([Problem(str(output), "", message)]) from None
    say(f"wrote {output}: {len(comparison.evaluations)} evaluations, {instrument.id}")
    return EXIT_OK


def configure(parser: argparse.ArgumentParser) -> None:
    """`kompass compare FILE... [--median] [--mean] [-o OUT.md]`."""
    parser.add_argument(
        "files", nargs="+", type=path_argument, metavar="FILE", help="sessions or benchmark files"
    )
    parser.add_argument("--median", action="store_true", help="add a median column")
    parser.add_argument("--mean", action="store_true", help="add a mean column")
    parser.add_argument(
        "-o", "--output", type=path_argument, metavar="OUT.md", help="write Markdown"
    )
    criteria_dir_option(parser)
    lang_option(parser)


run = run_compare
