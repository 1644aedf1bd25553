"""`kompass show SESSION`: the report rendered by Rich in the terminal, paged when long."""

from __future__ import annotations

import argparse
import os

from rich.console import Console, RenderableType

from kompass_tui.cli.arguments import (
    criteria_dir_option,
    earlier_option,
    lang_option,
    path_argument,
)
from kompass_tui.cli.commands.export import earlier_for_report, load_for_report
from kompass_tui.cli.exit_codes import EXIT_OK
from kompass_tui.views.report_view import report_renderable


def run_show(args: argparse.Namespace) -> int:
    """Print the report; page it when it is taller than the terminal, plain when piped."""
    loaded = load_for_report(args.session, args.criteria_dir)
    earlier = earlier_for_report(args.earlier, loaded, args.criteria_dir)
    lang = args.lang or loaded.instrument.default_language
    console = Console()
    renderable = report_renderable(loaded.session, loaded.instrument, lang, earlier)
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


def configure(parser: argparse.ArgumentParser) -> None:
    """`kompass show SESSION [--no-pager] [--earlier FILE]`."""
    parser.add_argument("session", type=path_argument, help="the session file")
    parser.add_argument("--no-pager", action="store_true", help="never page the output")
    earlier_option(parser)
    criteria_dir_option(parser)
    lang_option(parser)


run = run_show
