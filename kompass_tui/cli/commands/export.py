"""`kompass export SESSION [-o FILE] [--svg FILE] [--earlier FILE] [--lang sv|en]`: the report
as Markdown."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kompass_tui.cli.arguments import criteria_dir_option, earlier_option, lang_option
from kompass_tui.cli.exit_codes import EXIT_INVALID, EXIT_OK
from kompass_tui.core.files.atomic import write_text_atomic
from kompass_tui.core.files.targets import target_problem
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import LoadError
from kompass_tui.core.report.earlier import EarlierError, EarlierTotals, load_earlier
from kompass_tui.core.report.markdown import render_markdown
from kompass_tui.core.report.model import build_report
from kompass_tui.core.report.writing import svg_link, write_report
from kompass_tui.core.session.toml_io import LoadedSession, load_session


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


def earlier_for_report(
    path: Path | None, loaded: LoadedSession, criteria_dirs: list[Path], command: str
) -> tuple[bool, EarlierTotals | None]:
    """The totals of `--earlier FILE` for the report: (True, None) without the option,
    (False, None) after printing why the file does not load or cannot be used."""
    if path is None:
        return True, None
    catalog = Catalog.default(criteria_dirs)
    try:
        earlier = load_earlier(path, loaded.session, loaded.instrument, loaded.path, catalog)
    except LoadError as failure:
        print(f"kompass {command}: --earlier {path} does not load:", file=sys.stderr)
        for problem in failure.problems:
            print(problem, file=sys.stderr)
        return False, None
    except EarlierError as refusal:
        print(f"kompass {command}: --earlier {refusal}", file=sys.stderr)
        return False, None
    for warning in earlier.warnings:
        print(warning, file=sys.stderr)
    if not earlier.evaluation.complete:
        print(
            f"{earlier.evaluation.where}: warning: the earlier evaluation is not complete; "
            "the change lacks its unscored questions' points",
            file=sys.stderr,
        )
    return True, earlier.totals


def run_export(args: argparse.Namespace) -> int:
    """Write the report to -o (or stdout) and the chart to --svg; 1 on invalid input."""
    loaded = load_for_report(args.session, args.criteria_dir)
    if loaded is None:
        return EXIT_INVALID
    for option, target in (("-o", args.output), ("--svg", args.svg)):
        problem = _target_problem(option, target, args.session, args.earlier)
        if problem:
            print(problem, file=sys.stderr)
            return EXIT_INVALID
    usable, earlier = earlier_for_report(args.earlier, loaded, args.criteria_dir, "export")
    if not usable:
        return EXIT_INVALID
    lang = args.lang or loaded.instrument.default_language
    try:
        if args.output is not None:
            write_report(
                loaded.session, loaded.instrument, lang, args.output, args.svg, earlier=earlier
            )
            return EXIT_OK
        report = build_report(loaded.session, loaded.instrument, lang, earlier)
        link = None
        if args.svg is not None:
            from kompass_tui.core.report.charts import profile_svg

            write_text_atomic(args.svg, profile_svg(report))
            link = svg_link(args.svg, None)
        sys.stdout.write(render_markdown(report, link))
    except OSError as error:
        where = error.filename or args.output or args.svg
        print(f"{where}: cannot be written: {error.strerror or error}", file=sys.stderr)
        return EXIT_INVALID
    return EXIT_OK


def _target_problem(option: str, target: Path | None, session: Path, earlier: Path | None) -> str:
    if target is None:
        return ""
    problem = target_problem(option, target, [session], "the session file")
    if not problem and earlier is not None:
        problem = target_problem(option, target, [earlier], "the earlier evaluation's file")
    return problem


def configure(parser: argparse.ArgumentParser) -> None:
    """`kompass export SESSION [-o FILE] [--svg FILE] [--earlier FILE]`."""
    parser.add_argument("session", type=Path, help="the session file")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: stdout")
    parser.add_argument("--svg", type=Path, metavar="FILE", help="also write a profile chart")
    earlier_option(parser)
    criteria_dir_option(parser)
    lang_option(parser)


run = run_export
