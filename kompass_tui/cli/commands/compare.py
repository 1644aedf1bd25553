"""`kompass compare FILE...`: evaluations side by side, in year order, ranked, over time."""

from __future__ import annotations

import argparse
from pathlib import Path

from kompass_tui.cli.arguments import (
    criteria_dir_option,
    lang_option,
    output_argument,
    path_argument,
)
from kompass_tui.cli.output import document_language, say, warn_all, write_output
from kompass_tui.core.compare.comparison import compare_files
from kompass_tui.core.compare.evaluation import repeated_file
from kompass_tui.core.compare.mapping import load_mapping
from kompass_tui.core.compare.markdown import comparison_markdown
from kompass_tui.core.compare.over_time import trend_svg, trends
from kompass_tui.core.compare.reference import reference_median, reference_profile_svg
from kompass_tui.core.compare.statistics import Population
from kompass_tui.core.files.targets import target_problem
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import KompassError, LoadError, Problem, UsageError
from kompass_tui.core.report.formats import TABLE_ENDINGS, format_problem
from kompass_tui.core.report.writing import svg_link
from kompass_tui.core.texts.catalog import Texts
from kompass_tui.exit_codes import EXIT_OK


def run_compare(args: argparse.Namespace) -> int:
    """Print the comparison (or write it as Markdown or CSV to -o); 1 on invalid input or
    refusal."""
    words = Texts(args.ui_lang, "cli.compare.")
    paths: list[Path] = list(args.files)
    twice = repeated_file(paths)
    if twice is not None:
        message = "given twice; each evaluation may be compared once"
        raise LoadError([Problem(str(twice), "", message)])
    outputs = (
        ("-o", args.output),
        ("--trend-svg", args.trend_svg),
        ("--profile-svg", args.profile_svg),
    )
    for option, target in outputs:
        problem = target and target_problem(option, target, paths, "one of the files compared")
        if problem:
            raise LoadError([Problem("", "", problem)])
    if args.output is not None:
        refused = format_problem(args.output, args.format, TABLE_ENDINGS, "compare")
        if refused is not None:
            raise UsageError(refused.message())
    if args.since is not None and args.until is not None and args.since > args.until:
        raise KompassError(words("since_after_until", since=args.since, until=args.until))
    if args.trend and _format(args) == "csv":
        # Its table has no rows of its own in CSV: every evaluation's row has them already.
        raise KompassError(words("csv_trend"))
    catalog = Catalog.default(args.criteria_dir)
    mappings = [load_mapping(path, catalog) for path in args.map]
    if args.on:
        catalog.get(args.on)  # an unknown instrument is a LoadError, named
    result = compare_files(
        paths,
        catalog,
        on=args.on,
        mappings=mappings,
        keep_order=args.keep_order,
        population=Population(args.since, args.until),
    )
    warn_all(result.loaded.warnings)
    comparison = result.comparison
    instrument = comparison.instrument
    lang = document_language(instrument, args.lang, args.ui_lang)
    trend = args.trend or args.trend_svg is not None
    if args.trend_svg is not None and not trends(comparison):
        raise KompassError(words("no_trend"))
    links: dict[str, str] = {}
    if args.trend_svg is not None:
        write_output(args.trend_svg, trend_svg(comparison, lang))
        links["trend"] = svg_link(args.trend_svg, args.output)
    if args.profile_svg is not None:
        newest = comparison.evaluations[-1]
        population = comparison.population
        reference = reference_median(
            comparison.evaluations, instrument, since=population.since, until=population.until
        )
        write_output(args.profile_svg, reference_profile_svg(newest, reference, lang))
        links["profile"] = svg_link(args.profile_svg, args.output)
    if _format(args) == "csv":
        from kompass_tui.core.compare.comparison_csv import comparison_csv

        data = comparison_csv(comparison, args.median, args.mean)
        if args.output is None:
            return write_output(None, data)
        write_output(args.output, data)
        say(
            words(
                "wrote", path=args.output, n=len(comparison.evaluations), instrument=instrument.id
            )
        )
        return EXIT_OK
    if args.output is None:
        from rich.console import Console  # Rich only for the terminal

        from kompass_tui.cli.terminal import print_rich
        from kompass_tui.views.compare_view import comparison_renderable

        console = Console()
        view = comparison_renderable(
            comparison, lang, args.median, args.mean, console.width, trend=trend
        )
        # Split into groups of columns that fit the terminal; paged when taller than it.
        print_rich(console, view)
        return EXIT_OK
    markdown = comparison_markdown(
        comparison,
        lang,
        args.median,
        args.mean,
        trend,
        trend_chart=links.get("trend"),
        profile_chart=links.get("profile"),
    )
    write_output(args.output, markdown)
    count = len(comparison.evaluations)
    say(words("wrote", path=args.output, n=count, instrument=instrument.id))
    return EXIT_OK


def _format(args: argparse.Namespace) -> str:
    """`--format`, else what `-o`'s name asks for (`.csv`), else Markdown."""
    if args.format is not None:
        return str(args.format)
    if args.output is not None and args.output.suffix.lower() == ".csv":
        return "csv"
    return "md"


def _year(text: str) -> int:
    if not text.isdigit() or not 1900 <= int(text) <= 9999:
        raise argparse.ArgumentTypeError(f"not a year like 2009: {text!r}")
    return int(text)


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """The options of `kompass compare`."""
    words = Texts(lang, "cli.compare.")
    parser.add_argument("files", nargs="+", type=path_argument, metavar="FILE", help=words("files"))
    parser.add_argument("--median", action="store_true", help=words("median"))
    parser.add_argument("--mean", action="store_true", help=words("mean"))
    parser.add_argument("--since", type=_year, metavar="YEAR", help=words("since"))
    parser.add_argument("--until", type=_year, metavar="YEAR", help=words("until"))
    parser.add_argument("--keep-order", action="store_true", help=words("keep_order"))
    parser.add_argument("--trend", action="store_true", help=words("trend"))
    parser.add_argument(
        "--trend-svg", type=output_argument, metavar="FILE.svg", help=words("trend_svg")
    )
    parser.add_argument(
        "--profile-svg", type=output_argument, metavar="FILE.svg", help=words("profile_svg")
    )
    parser.add_argument("--on", metavar="INSTRUMENT", help=words("on"))
    parser.add_argument(
        "--map",
        action="append",
        type=path_argument,
        default=[],
        metavar="FILE",
        help=words("map"),
    )
    parser.add_argument("--format", choices=("md", "csv"), help=words("format"))
    parser.add_argument(
        "-o", "--output", type=output_argument, metavar="FILE", help=words("output")
    )
    criteria_dir_option(parser, lang)
    lang_option(parser, lang)


run = run_compare
