"""`kompass export SESSION [-o FILE] [--svg FILE] [--lang sv|en]`: the report as Markdown."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kompass_tui.cli import EXIT_INVALID, EXIT_OK
from kompass_tui.commands.targets import target_problem
from kompass_tui.core.atomic import write_text_atomic
from kompass_tui.core.catalog import Catalog
from kompass_tui.core.problems import LoadError
from kompass_tui.core.report.markdown import render_markdown
from kompass_tui.core.report.model import build_report
from kompass_tui.core.report.writing import svg_link, write_report
from kompass_tui.core.session_io import LoadedSession, load_session


def load_for_report(path: Path, criteria_dirs: list[Path]) -> LoadedSession | None:
    """Load a session, printing its warnings; print every problem and return None if invalid."""
    try:
        loaded = load_session(path, Catalog.default(criteria_dirs))
    except LoadError as failure:
        for problem in failure.problems:
            print(problem, file=sys.stderr)
        return None
    for warning in loaded.warnings:
        print(warning, file=sys.stderr)
    return loaded


def run_export(args: argparse.Namespace) -> int:
    """Write the report to -o (or stdout) and the chart to --svg; 1 on invalid input."""
    loaded = load_for_report(args.session, args.criteria_dir)
    if loaded is None:
        return EXIT_INVALID
    for option, target in (("-o", args.output), ("--svg", args.svg)):
        problem = (
            ""
            if target is None
            else target_problem(option, target, [args.session], "the session file")
        )
        if problem:
            print(problem, file=sys.stderr)
            return EXIT_INVALID
    lang = args.lang or loaded.instrument.default_language
    try:
        if args.output is not None:
            write_report(loaded.session, loaded.instrument, lang, args.output, args.svg)
            return EXIT_OK
        report = build_report(loaded.session, loaded.instrument, lang)
        link = None
        if args.svg is not None:
            from kompass_tui.core.report.chart import profile_svg  # Rich only for the chart

            write_text_atomic(args.svg, profile_svg(report))
            link = svg_link(args.svg, None)
        sys.stdout.write(render_markdown(report, link))
    except OSError as error:
        where = error.filename or args.output or args.svg
        print(f"{where}: cannot be written: {error.strerror or error}", file=sys.stderr)
        return EXIT_INVALID
    return EXIT_OK
