"""`kompass show SESSION`: the report rendered by Rich in the terminal, paged when long."""

from __future__ import annotations

import argparse

from rich.console import Console

from kompass_tui.cli.arguments import path_argument, report_options
from kompass_tui.cli.commands.export import report_for
from kompass_tui.cli.terminal import print_rich
from kompass_tui.core.texts.catalog import Texts
from kompass_tui.exit_codes import EXIT_OK
from kompass_tui.views.report_view import report_renderable


def run_show(args: argparse.Namespace) -> int:
    """Print the report; page it when it is taller than the terminal, plain when piped."""
    _, report = report_for(args)
    print_rich(Console(), report_renderable(report), pager=not args.no_pager)
    return EXIT_OK


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """`kompass show SESSION [--no-pager] [--earlier FILE] [--compare FILE]... [--exact]`."""
    words = Texts(lang, "cli.")
    parser.add_argument("session", type=path_argument, help=words("option.session"))
    parser.add_argument("--no-pager", action="store_true", help=words("show.no_pager"))
    report_options(parser, lang)


run = run_show
