"""`kompass export SESSION [-o FILE] [--format md|html|docx|pdf|csv|json] [--svg FILE]
[--earlier FILE] [--compare FILE]... [--exact] [--sources] [--lang LANG]`: the report as
Markdown, one HTML file, an editable Word document or a PDF, or the questions as data
(CSV, JSON).

A session started with `kompass new --from` shows its earlier evaluation's totals and the
change without `--earlier`; `--earlier FILE` chooses another."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kompass_tui.cli.arguments import path_argument, report_options
from kompass_tui.cli.output import warn, warn_all, write_failure, write_output
from kompass_tui.core.files.atomic import write_bytes_atomic, write_text_atomic
from kompass_tui.core.files.targets import same_target, target_problem
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import KompassError, LoadError, Problem
from kompass_tui.core.report.markdown import render_markdown
from kompass_tui.core.report.model import Report, build_report
from kompass_tui.core.report.writing import svg_link
from kompass_tui.core.session.model import BenchmarkEntry
from kompass_tui.core.session.toml_io import LoadedSession, load_session
from kompass_tui.core.texts.catalog import Texts, text
from kompass_tui.exit_codes import EXIT_OK

if TYPE_CHECKING:
    from kompass_tui.core.report.earlier import EarlierTotals

FORMATS = ("md", "html", "docx", "pdf", "csv", "json")
SUFFIX_FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
    ".csv": "csv",
    ".json": "json",
}
"""The format an `-o FILE` asks for by its name, when `--format` does not say."""


def load_for_report(path: Path, criteria_dirs: list[Path]) -> LoadedSession:
    """Load a session and print its warnings; LoadError (every problem) if it is invalid."""
    loaded = load_session(path, Catalog.default(criteria_dirs))
    warn_all(loaded.warnings)
    return loaded


def earlier_for_report(
    path: Path | None, loaded: LoadedSession, criteria_dirs: list[Path], ui_lang: str
) -> EarlierTotals | None:
    """The totals of `--earlier FILE` for the report (None without the option); raise
    KompassError saying why the file does not load or cannot be used."""
    if path is None:
        return None
    # Only now: an earlier evaluation brings in the comparison and benchmark code.
    from kompass_tui.core.report.earlier import EarlierError, load_earlier

    catalog = Catalog.default(criteria_dirs)
    try:
        earlier = load_earlier(path, loaded.session, loaded.instrument, loaded.path, catalog)
    except LoadError as failure:
        heading = text(ui_lang, "cli.export.earlier_does_not_load", path=path)
        lines = [heading, *map(str, failure.problems)]
        raise KompassError("\n".join(lines)) from None
    except EarlierError as refusal:
        raise KompassError(f"--earlier {refusal}") from None
    warn_all(earlier.warnings)
    if not earlier.evaluation.complete:
        warn(
            f"{earlier.evaluation.where}: warning: the earlier evaluation is not complete; "
            "the change lacks its unscored questions' points"
        )
    return earlier.totals


def compared_for_report(
    paths: list[Path], loaded: LoadedSession, criteria_dirs: list[Path], ui_lang: str
) -> list[BenchmarkEntry] | None:
    """The columns of `--compare FILE...` for the comparison table (None without the
    option); raise KompassError saying why a file cannot be used."""
    if not paths:
        return None
    # Only now, as for --earlier.
    from kompass_tui.core.compare.comparison import ComparisonError
    from kompass_tui.core.report.compared import load_compared

    catalog = Catalog.default(criteria_dirs)
    try:
        compared = load_compared(paths, loaded.instrument, loaded.path, catalog)
    except LoadError as failure:
        lines = [text(ui_lang, "cli.export.compare_does_not_load"), *map(str, failure.problems)]
        raise KompassError("\n".join(lines)) from None
    except ComparisonError as refusal:
        raise KompassError(f"--compare {refusal}") from None
    warn_all(compared.warnings)
    return compared.entries


def report_for(args: argparse.Namespace) -> tuple[LoadedSession, Report]:
    """The report the options ask for (`--earlier`, `--compare`, `--exact`, `--lang`);
    LoadError or KompassError saying why it cannot be made."""
    loaded = load_for_report(args.session, args.criteria_dir)
    earlier = earlier_for_report(args.earlier, loaded, args.criteria_dir, args.ui_lang)
    if args.earlier is None and loaded.session.earlier is not None:
        earlier = linked_earlier(loaded, args.criteria_dir)
    benchmarks = compared_for_report(args.compare, loaded, args.criteria_dir, args.ui_lang)
    lang = loaded.instrument.language(args.lang)
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
    warn_all(resolved.warnings)
    return totals_of_resolved(resolved)


def run_export(args: argparse.Namespace) -> int:
    """Write the report to -o (or stdout) and the chart to --svg; 1 on invalid input."""
    for option, target in (("-o", args.output), ("--svg", args.svg)):
        problem = _target_problem(option, target, args.session, args.earlier, args.compare)
        if problem:
            raise LoadError([Problem("", "", problem)])
    if args.output is not None and args.svg is not None and same_target(args.output, args.svg):
        message = "-o and --svg name the same file; the chart would overwrite the report"
        raise LoadError([Problem(str(args.svg), "", message)])
    chosen = args.format
    if chosen is None and args.output is not None:
        chosen = SUFFIX_FORMATS.get(args.output.suffix.lower())
    if chosen in ("csv", "json"):
        return _export_data(args, chosen)
    if chosen == "docx" and args.output is None:
        raise KompassError(text(args.ui_lang, "cli.export.docx_needs_output"))
    if chosen == "pdf" and args.output is None:
        raise KompassError(text(args.ui_lang, "cli.export.pdf_needs_output"))
    _, report = report_for(args)
    try:
        if chosen == "pdf":
            return _export_pdf(args, report)
        if chosen == "docx":
            from kompass_tui.core.report.docx import render_docx

            write_bytes_atomic(args.output, render_docx(report))
            if args.svg is not None:
                from kompass_tui.core.report.charts import profile_svg

                write_text_atomic(args.svg, profile_svg(report))
            return EXIT_OK
        if chosen == "html":
            from kompass_tui.core.report.charts import profile_svg
            from kompass_tui.core.report.html import render_html

            document = render_html(report, profile_svg(report))
            if args.svg is not None:
                write_text_atomic(args.svg, profile_svg(report))
        else:
            link = None
            if args.svg is not None:
                from kompass_tui.core.report.charts import profile_svg

                # The chart first, so the Markdown never links to a chart that is missing.
                write_text_atomic(args.svg, profile_svg(report))
                link = svg_link(args.svg, args.output)
            document = render_markdown(report, link)
        if args.output is None:
            sys.stdout.write(document)
        else:
            write_text_atomic(args.output, document)
    except OSError as error:
        raise write_failure(Path(error.filename or args.output or args.svg), error) from None
    return EXIT_OK


def _export_pdf(args: argparse.Namespace, report: Report) -> int:
    """The report as a PDF to -o, whole or not at all; KompassError saying what to install
    when WeasyPrint or Pango is missing."""
    from kompass_tui.core.report.charts import profile_svg
    from kompass_tui.core.report.pdf import PdfUnavailable, render_pdf

    chart = profile_svg(report)
    try:
        document = render_pdf(report, chart)
    except PdfUnavailable as missing:
        raise KompassError(text(args.ui_lang, "cli.export.pdf_missing", detail=missing)) from None
    write_bytes_atomic(args.output, document)
    if args.svg is not None:
        write_text_atomic(args.svg, chart)
    return EXIT_OK


def _export_data(args: argparse.Namespace, chosen: str) -> int:
    """The questions as CSV or JSON, to -o or stdout."""
    from kompass_tui.core.report.data_out import questions_csv, questions_json

    loaded = load_for_report(args.session, args.criteria_dir)
    lang = loaded.instrument.language(args.lang)
    write = questions_csv if chosen == "csv" else questions_json
    return write_output(args.output, write(loaded.session, loaded.instrument, lang))


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


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """`kompass export SESSION [-o FILE] [--format md|html] [--svg FILE] [--earlier FILE]
    [--compare FILE]... [--exact]`."""
    words = Texts(lang, "cli.")
    parser.add_argument("session", type=path_argument, help=words("option.session"))
    parser.add_argument(
        "-o", "--output", type=path_argument, metavar="FILE", help=words("option.stdout")
    )
    parser.add_argument("--format", choices=FORMATS, help=words("export.format"))
    parser.add_argument("--svg", type=path_argument, metavar="FILE", help=words("export.svg"))
    report_options(parser, lang)


run = run_export
