"""`kompass export SESSION [-o FILE] [--format md|html|docx|pdf|csv|json] [--svg FILE]
[--earlier FILE] [--compare FILE]... [--exact] [--sources] [--comments] [--lang LANG]`: the
report as Markdown, one HTML file, an editable Word document or a PDF, or the questions as data
(CSV, JSON). The name of `-o FILE` chooses the format (`core/report/formats.py`); the
evaluators' private comments are in it only with `--comments`.

A session started with `kompass new --from` shows its earlier evaluation's totals and the
change without `--earlier`; `--earlier FILE` chooses another."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kompass_tui.cli.arguments import output_argument, path_argument, report_options
from kompass_tui.cli.output import document_language, warn, warn_all, write_failure, write_output
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import KompassError, LoadError, Problem, UsageError
from kompass_tui.core.report.model import Report, build_report
from kompass_tui.core.session.model import BenchmarkEntry
from kompass_tui.core.session.toml_io import LoadedSession, load_session
from kompass_tui.core.texts.catalog import Texts, text
from kompass_tui.exit_codes import EXIT_OK

if TYPE_CHECKING:
    from kompass_tui.core.report.earlier import EarlierTotals


def load_for_report(
    path: Path, criteria_dirs: list[Path], catalog: Catalog | None = None
) -> LoadedSession:
    """Load a session and print its warnings; LoadError (every problem) if it is invalid.
    `catalog`: the run's, when it has one (its instruments are read once)."""
    loaded = load_session(path, catalog or Catalog.default(criteria_dirs))
    warn_all(loaded.warnings)
    return loaded


def earlier_for_report(
    path: Path | None, loaded: LoadedSession, catalog: Catalog, ui_lang: str
) -> EarlierTotals | None:
    """The totals of `--earlier FILE` for the report (None without the option); raise
    KompassError saying why the file does not load or cannot be used."""
    if path is None:
        return None
    # Only now: an earlier evaluation brings in the comparison and benchmark code.
    from kompass_tui.core.report.earlier import EarlierError, load_earlier

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
    paths: list[Path], loaded: LoadedSession, catalog: Catalog, ui_lang: str
) -> list[BenchmarkEntry] | None:
    """The columns of `--compare FILE...` for the comparison table (None without the
    option); raise KompassError saying why a file cannot be used."""
    if not paths:
        return None
    # Only now, as for --earlier.
    from kompass_tui.core.compare.comparison import ComparisonError
    from kompass_tui.core.report.compared import load_compared

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
    # One catalog for the session, the earlier evaluation and the compared files: each
    # instrument is read and checked once (#23).
    catalog = Catalog.default(args.criteria_dir)
    loaded = load_for_report(args.session, args.criteria_dir, catalog)
    earlier = earlier_for_report(args.earlier, loaded, catalog, args.ui_lang)
    if args.earlier is None and loaded.session.earlier is not None:
        earlier = linked_earlier(loaded, catalog)
    benchmarks = compared_for_report(args.compare, loaded, catalog, args.ui_lang)
    check_final(loaded, args)
    lang = document_language(loaded.instrument, args.lang, args.ui_lang)
    report = build_report(
        loaded.session,
        loaded.instrument,
        lang,
        earlier,
        benchmarks,
        not args.exact,
        sources=getattr(args, "sources", False),
        comments=getattr(args, "comments", False),
    )
    return loaded, report


def check_final(loaded: LoadedSession, args: argparse.Namespace) -> None:
    """While disagreements are open the output is preliminary: say so on stderr, or with
    `--final` refuse (KompassError)."""
    notes = loaded.session.consensus
    count = notes.open_count if notes is not None else 0
    if not count:
        return
    words = Texts(args.ui_lang, "cli.export.")
    if getattr(args, "final", False):
        raise KompassError(words("final_refused", path=args.session, n=count))
    warn(words("preliminary", path=args.session, n=count))


def linked_earlier(loaded: LoadedSession, catalog: Catalog) -> EarlierTotals:
    """The totals of the evaluation the session re-evaluates (its `[earlier]` link), from
    the earlier file when it loads, else as kept in the link; warnings printed."""
    from kompass_tui.core.report.earlier import totals_of_resolved
    from kompass_tui.core.session.reevaluation import resolve_earlier

    resolved = resolve_earlier(loaded.session, loaded.path, loaded.instrument, catalog)
    assert resolved is not None
    warn_all(resolved.warnings)
    return totals_of_resolved(resolved)


def run_export(args: argparse.Namespace) -> int:
    """Write the export to -o (or stdout) in the format its name chooses, and the chart to
    --svg; 1 on invalid input, 2 for a name or --format kompass cannot write."""
    # Here, not above: `show` shares this module's report and writes no file (#23).
    from kompass_tui.core.report.formats import (
        BINARY_FORMATS,
        DATA_FORMATS,
        PdfUnavailable,
        chosen_format,
        format_problem,
    )
    from kompass_tui.core.report.writing import ExportContent, export_document, write_export

    for option, target in (("-o", args.output), ("--svg", args.svg)):
        problem = _target_problem(option, target, args.session, args.earlier, args.compare)
        if problem:
            raise LoadError([Problem("", "", problem)])
    if args.output is not None and args.svg is not None and _same_target(args.output, args.svg):
        message = "-o and --svg name the same file; the chart would overwrite the report"
        raise LoadError([Problem(str(args.svg), "", message)])
    if args.output is not None:
        refused = format_problem(args.output, args.format)
        if refused is not None:
            raise UsageError(refused.message())
    chosen = chosen_format(args.output, args.format)
    if chosen in BINARY_FORMATS and args.output is None:
        raise KompassError(text(args.ui_lang, f"cli.export.{chosen}_needs_output"))
    if chosen in DATA_FORMATS:
        loaded = load_for_report(args.session, args.criteria_dir)
        check_final(loaded, args)
        lang = document_language(loaded.instrument, args.lang, args.ui_lang)
        content = ExportContent(loaded.session, loaded.instrument, lang, args.comments)
    else:
        loaded, report = report_for(args)
        content = ExportContent(
            loaded.session, loaded.instrument, report.lang, args.comments, report
        )
    try:
        if args.output is not None:
            write_export(args.output, chosen, content, args.svg)
            return EXIT_OK
        document = export_document(chosen, content, None, args.svg)
    except OSError as error:
        raise write_failure(Path(error.filename or args.output or args.svg), error) from None
    except PdfUnavailable as missing:
        raise KompassError(text(args.ui_lang, "cli.export.pdf_missing", detail=missing)) from None
    assert isinstance(document, str)  # the binary formats need -o (above)
    return write_output(None, document)


def _target_problem(
    option: str, target: Path | None, session: Path, earlier: Path | None, compared: list[Path]
) -> str:
    if target is None:
        return ""
    from kompass_tui.core.files.targets import target_problem  # only when a file is named

    problem = target_problem(option, target, [session], "the session file")
    if not problem and earlier is not None:
        problem = target_problem(option, target, [earlier], "the earlier evaluation's file")
    if not problem and compared:
        problem = target_problem(option, target, compared, "a file it compares with")
    return problem


def _same_target(first: Path, second: Path) -> bool:
    from kompass_tui.core.files.targets import same_target

    return same_target(first, second)


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """`kompass export SESSION [-o FILE] [--format md|html] [--svg FILE] [--earlier FILE]
    [--compare FILE]... [--exact]`."""
    from kompass_tui.core.report.formats import FORMATS

    words = Texts(lang, "cli.")
    parser.add_argument("session", type=path_argument, help=words("option.session"))
    parser.add_argument(
        "-o", "--output", type=output_argument, metavar="FILE", help=words("option.stdout")
    )
    parser.add_argument("--format", choices=FORMATS, help=words("export.format"))
    parser.add_argument("--svg", type=output_argument, metavar="FILE", help=words("export.svg"))
    parser.add_argument("--final", action="store_true", help=words("export.final"))
    report_options(parser, lang)


run = run_export
