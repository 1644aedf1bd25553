"""`kompass export SESSION [-o FILE] [--format md|html|docx|csv|json] [--svg FILE]
[--earlier FILE] [--compare FILE]... [--exact] [--sources] [--lang sv|en]`: the report as
Markdown, one HTML file or an editable Word document, or the questions as data (CSV, JSON).

A session started with `kompass new --from` shows its earlier evaluation's totals and the
change without `--earlier`; `--earlier FILE` chooses another."""

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
    sources_option,
)
from kompass_tui.cli.exit_codes import EXIT_INVALID, EXIT_OK
from kompass_tui.cli.output import warn
from kompass_tui.core.compare.comparison import ComparisonError
from kompass_tui.core.files.atomic import write_bytes_atomic, write_text_atomic
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

FORMATS = ("md", "html", "docx", "csv", "json")
SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".docx": "docx", ".csv": "csv", ".json": "json"}
"""The format an `-o FILE` asks for by its name, when `--format` does not say."""


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
    if args.earlier is None and loaded.session.earlier is not None:
        earlier = linked_earlier(loaded, args.criteria_dir)
    usable, benchmarks = compared_for_report(args.compare, loaded, args.criteria_dir, command)
    if not usable:
        return None
    lang = args.lang or loaded.instrument.default_language
    report = build_report(
        loaded.session,
        loaded.instrument,
        lang,
        earlier,
        benchmarks,
        not args.exact,
        sources=getattr(args, "sources", False),
    )
    return loaded, report


def linked_earlier(loaded: LoadedSession, criteria_dirs: list[Path]) -> EarlierTotals:
    """The totals of the evaluation the session re-evaluates (its `[earlier]` link), from
    the earlier file when it loads, else as kept in the link; warnings printed."""
    from kompass_tui.core.report.earlier import totals_of_resolved
    from kompass_tui.core.session.reevaluation import resolve_earlier

    catalog = Catalog.default(criteria_dirs)
    resolved = resolve_earlier(loaded.session, loaded.path, loaded.instrument, catalog)
    assert resolved is not None
    for warning in resolved.warnings:
        warn(warning)
    return totals_of_resolved(resolved)


def run_export(args: argparse.Namespace) -> int:
    """Write the report to -o (or stdout) and the chart to --svg; 1 on invalid input."""
    for option, target in (("-o", args.output), ("--svg", args.svg)):
        problem = _target_problem(option, target, args.session, args.earlier, args.compare)
        if problem:
            print(problem, file=sys.stderr)
            return EXIT_INVALID
    chosen = args.format
    if chosen is None and args.output is not None:
        chosen = SUFFIX_FORMATS.get(args.output.suffix.lower())
    if chosen in ("csv", "json"):
        return _export_data(args, chosen)
    if chosen == "docx" and args.output is None:
        warn("kompass export: --format docx needs -o FILE.docx (a Word file is not text)")
        return EXIT_INVALID
    made = report_for(args, "export")
    if made is None:
        return EXIT_INVALID
    _, report = made
    try:
        if chosen == "docx":
            from kompass_tui.core.report.docx import render_docx

            write_bytes_atomic(args.output, render_docx(report))
            if args.svg is not None:
                from kompass_tui.views.chart import profile_svg  # Rich only for the chart

                write_text_atomic(args.svg, profile_svg(report))
            return EXIT_OK
        if chosen == "html":
            from kompass_tui.core.report.html import render_html
            from kompass_tui.views.chart import profile_svg  # Rich only for the chart

            text = render_html(report, profile_svg(report, printable=True))
            if args.svg is not None:
                write_text_atomic(args.svg, profile_svg(report))
        else:
            link = None
            if args.svg is not None:
                from kompass_tui.views.chart import profile_svg  # Rich only for the chart

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


def _export_data(args: argparse.Namespace, chosen: str) -> int:
    """The questions as CSV or JSON, to -o or stdout."""
    from kompass_tui.core.report.data_out import questions_csv, questions_json

    loaded = load_for_report(args.session, args.criteria_dir)
    if loaded is None:
        return EXIT_INVALID
    lang = args.lang or loaded.instrument.default_language
    write = questions_csv if chosen == "csv" else questions_json
    text = write(loaded.session, loaded.instrument, lang)
    return write_output(args.output, text)


def write_output(output: Path | None, text: str) -> int:
    """Write a command's text to `output` atomically, or to stdout; 1 when it cannot."""
    if output is None:
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
        return EXIT_OK
    try:
        write_text_atomic(output, text)
    except OSError as error:
        warn(f"{error.filename or output}: cannot be written: {error.strerror or error}")
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
        help="md (Markdown), html (one self-contained file, printable on A4), docx (an "
        "editable Word document, needs -o), or the questions as data: csv or json; "
        "default: from the -o FILE's suffix (.html, .docx, .csv, .json), else md",
    )
    parser.add_argument("--svg", type=Path, metavar="FILE", help="also write a profile chart")
    earlier_option(parser)
    compare_option(parser)
    exact_option(parser)
    sources_option(parser)
    criteria_dir_option(parser)
    lang_option(parser)


run = run_export
