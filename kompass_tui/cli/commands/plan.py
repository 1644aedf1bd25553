"""`kompass plan SESSION [-o FILE] [--csv] [--by-action] [--lang sv|en]`: the action plan
(every improvement area with its actions) as Markdown or as CSV for a spreadsheet."""

from __future__ import annotations

import argparse

from kompass_tui.cli.arguments import (
    criteria_dir_option,
    lang_option,
    output_argument,
    path_argument,
)
from kompass_tui.cli.commands.export import load_for_report
from kompass_tui.cli.output import document_language, write_output
from kompass_tui.cli.terminal import on_terminal, print_text
from kompass_tui.core.files.targets import target_problem
from kompass_tui.core.problems import LoadError, Problem, UsageError
from kompass_tui.core.report.formats import TABLE_ENDINGS, format_problem, name_suffix
from kompass_tui.core.texts.catalog import Texts
from kompass_tui.exit_codes import EXIT_OK


def run_plan(args: argparse.Namespace) -> int:
    """Write the plan to -o (or stdout); 1 on invalid input."""
    from kompass_tui.core.report.plan import plan_csv, plan_markdown, plan_text

    if args.output is not None:
        problem = target_problem("-o", args.output, [args.session], "the session file")
        if problem:
            raise LoadError([Problem("", "", problem)])
        asked = "csv" if args.csv or args.by_action else None
        option = "--by-action" if args.by_action else "--csv"
        refused = format_problem(args.output, asked, TABLE_ENDINGS, "plan", option)
        if refused is not None:
            raise UsageError(refused.message())
        if name_suffix(args.output) == ".csv":
            args.csv = True  # the name decides
    if args.by_action and not args.csv:
        args.csv = True  # one row per action is a table for a spreadsheet
    loaded = load_for_report(args.session, args.criteria_dir)  # LoadError when invalid
    lang = document_language(loaded.instrument, args.lang, args.ui_lang)
    if args.csv:
        text = plan_csv(loaded.session, loaded.instrument, args.by_action)
    elif args.output is None and on_terminal():
        # On a terminal: no table wider than the screen, the plan stacked per action.
        print_text(plan_text(loaded.session, loaded.instrument, lang))
        return EXIT_OK
    else:
        text = plan_markdown(loaded.session, loaded.instrument, lang)
    if args.output is None and on_terminal():
        print_text(text)
        return EXIT_OK
    return write_output(args.output, text)


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """`kompass plan SESSION [-o FILE] [--csv] [--by-action]`."""
    words = Texts(lang, "cli.")
    parser.add_argument("session", type=path_argument, help=words("option.session"))
    parser.add_argument(
        "-o", "--output", type=output_argument, metavar="FILE", help=words("option.stdout")
    )
    parser.add_argument("--csv", action="store_true", help=words("plan.csv"))
    parser.add_argument("--by-action", action="store_true", help=words("plan.by_action"))
    criteria_dir_option(parser, lang)
    lang_option(parser, lang)


run = run_plan
