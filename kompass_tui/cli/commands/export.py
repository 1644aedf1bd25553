"""`kompass export SESSION [-o FILE] [--format md|html] [--svg FILE] [--earlier FILE]
[--compare FILE]... [--exact] [--lang sv|en]`: the report as Markdown or as one HTML file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kompass_tui.cli.arguments import (
    compare_option,
    criteria_dir_option,
    earlier_option,
    exact_option,
    lang_option,
)
from kompass_tui.cli.exit_codes import EXIT_INVALID, EXIT_OK
from kompass_tui.core.compare.comparison import ComparisonError
from kompass_tui.core.files.atomic import write_text_atomic
from kompass_tui.core.files.targets import target_problem
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import LoadError
from kompass_tui.core.report.compared import load_compared
from kompass_tui.core.report.earlier import EarlierError, EarlierTotals, load_earlier
from kompass_tui.core.report.markdown import render_markdown
from kompass_tui.core.report.model import Report, build_report
from kompass_tui.core.report.writing import svg_link
from kompass_tui.core.session.model import BenchmarkEntry
from kompass_tui.core.session.toml_io import LoadedSession, load_session

FORMATS = ("md", "html")
HTML_SUFFIXES = (".html", ".htm")


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


def compared_for_report(
    paths: list[Path], loaded: LoadedSession, criteria_dirs: list[Path], command: str
) -> tuple[bool, list[BenchmarkEntry] | None]:
    """The columns of `--compare FILE...` for the comparison table: (True, None) without
    the option, (False, None) after printing why a file cannot be used."""
    if not paths:
        return True, None
    catalog = Catalog.default(criteria_dirs)
    try:
        compared = load_compared(paths, loaded.instrument, loaded.path, catalog)
    except LoadError as failure:
        print(f"kompass {command}: --compare does not load:", file=sys.stderr)
        for problem in failure.problems:
            print(problem, file=sys.stderr)
        return False, None
    except ComparisonError as refusal:
        print(f"kompass {command}: --compare {refusal}", file=sys.stderr)
        return False, None
    for warning in compared.warnings:
        print(warning, file=sys.stderr)
    return True, compared.entries


def report_for(args: argparse.Namespace, command: str) -> tuple[LoadedSession, Report] | None:
    """The report the options ask for (`--earlier`, `--compare`, `--exact`, `--lang`);
    None after printing why it cannot be made."""
    loaded = load_for_report(args.session, args.criteria_dir)
    if loaded is None:
        return None
    usable, earlier = earlier_for_report(args.earlier, loaded, args.criteria_dir, command)
    if not usable:
        return None
    usable, benchmarks = compared_for_report(args.compare, loaded, args.criteria_dir, command)
    if not usable:
        return None
    lang = args.lang or loaded.instrument.default_language
    report = build_report(
        loaded.session, loaded.instrument, lang, earlier, benchmarks, not args.exact
    )
    return loaded, report


def run_export(args: argparse.Namespace) -> int:
    """Write the report to -o (or stdout) and the chart to --svg; 1 on invalid input."""
    for option, target in (("-o", args.output), ("--svg", args.svg)):
        problem = _target_problem(option, target, args.session, args.earlier, args.compare)
        if problem:
            print(problem, file=sys.stderr)
            return EXIT_INVALID
    made = report_for(args, "export")
    if made is None:
        return EXIT_INVALID
    _, report = made
    html = args.format == "html" or (
        args.format is None
        and args.output is not None
        and args.output.suffix.lower() in HTML_SUFFIXES
    )
    try:
        if html:
            from kompass_tui.core.report.charts import profile_svg
            from kompass_tui.core.report.html import render_html

            text = render_html(report, profile_svg(report))
            if args.svg is not None:
                write_text_atomic(args.svg, profile_svg(report))
        else:
            link = None
            if args.svg is not None:
                from kompass_tui.core.report.charts import profile_svg

                # The chart first, so the Markdown never links to a chart that is missing.
                write_text_atomic(args.svg, profile_svg(report))
                link = svg_link(args.svg, args.output)
            text = render_markdown(report, link)
        if args.output is None:
            sys.stdout.write(text)
        else:
            write_text_atomic(args.output, text)
    except OSError as error:
        where = error.filename or args.output or args.svg
        print(f"{where}: cannot be written: {error.strerror or error}", file=sys.stderr)
        return EXIT_INVALID
    return EXIT_OK


def _target_problem(
    option: str, target: Path | None, session: Path, earlier: Path | None, compared: list[Path]
) -> str:
    if target is None:
        return ""
    problem = target_problem(option, target, [session], "the session file")
    if not problem and earlier is not None:
        problem = target_problem(option, target, [earlier], "the earlier evaluation's file")
    if not problem and compared:
        problem = target_problem(option, target, compared, "a file it compares with")
    return problem


def configure(parser: argparse.ArgumentParser) -> None:
    """`kompass export SESSION [-o FILE] [--format md|html] [--svg FILE] [--earlier FILE]
    [--compare FILE]... [--exact]`."""
    parser.add_argument("session", type=Path, help="the session file")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: stdout")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="md (Markdown) or html (one self-contained file, printable on A4); "
        "default: html for an -o FILE ending in .html, else md",
    )
    parser.add_argument("--svg", type=Path, metavar="FILE", help="also write a profile chart")
    earlier_option(parser)
    compare_option(parser)
    exact_option(parser)
    criteria_dir_option(parser)
    lang_option(parser)


run = run_export
