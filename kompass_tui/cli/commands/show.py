"""`kompass show SESSION`: the report rendered by Rich in the terminal, paged when long."""

from __future__ import annotations

import argparse
import os

from rich.console import Console, RenderableType

from kompass_tui.cli.arguments import path_argument, report_options
from kompass_tui.cli.commands.export import report_for
from kompass_tui.core.texts.catalog import Texts
from kompass_tui.exit_codes import EXIT_OK
from kompass_tui.views.report_view import render_report
from kompass_tui.views.visible import Visible


def run_show(args: argparse.Namespace) -> int:
    """Print the report; page it when it is taller than the terminal, plain when piped."""
    _, report = report_for(args)
    console = Console()
    renderable = Visible(render_report(report))
    if not args.no_pager and console.is_terminal and _taller_than_screen(console, renderable):
        # The pager gets colours as escape codes; `less` shows them only with -R.
        # Like git, set it only when the user has not chosen their own LESS options.
        os.environ.setdefault("LESS", "-R")
        with console.pager(styles=True):
            console.print(renderable)
    else:
        console.print(renderable)
    return EXIT_OK


def _taller_than_screen(console: Console, renderable: RenderableType) -> bool:
    lines = console.render_lines(renderable, console.options, pad=False)
    return len(lines) > console.height


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """`kompass show SESSION [--no-pager] [--earlier FILE] [--compare FILE]... [--exact]`."""
    words = Texts(lang, "cli.")
    parser.add_argument("session", type=path_argument, help=words("option.session"))
    parser.add_argument("--no-pager", action="store_true", help=words("show.no_pager"))
    report_options(parser, lang)


run = run_show
