"""The `kompass` command line: one registry of commands, one place that reports errors.

`main` finds the command asked for, imports only its module, builds only its arguments,
runs it, and turns the project's errors into messages and exit codes (see `exit_codes`).
The workbench is imported only by `open`.

The command line speaks the language asked for with `--lang`, else the locale's (LC_ALL,
LC_MESSAGES, LANG), else English (`core.texts.catalog.command_language`); commands find
it as `args.ui_lang`. argparse's own words (usage:, options:, error: ...) stay English.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from kompass_tui import __version__
from kompass_tui.cli.help_format import DescriptionFormatter, HelpFormatter, terminal_columns
from kompass_tui.cli.output import VisibleArgumentParser, warn, warn_all
from kompass_tui.cli.registry import BY_NAME, COMMANDS, DEFAULT
from kompass_tui.core.problems import KompassError, LoadError, UsageError
from kompass_tui.core.texts.catalog import command_language, text
from kompass_tui.exit_codes import EXIT_INTERRUPTED, EXIT_INVALID, EXIT_OK, EXIT_USAGE

_VALUE_OPTIONS = ("--criteria-dir", "--lang")
_QUICK = frozenset({"export", "show", "validate", "criteria"})
"""Commands that read one session (or the instruments) and end: Python's cycle collector,
run again and again on the many objects their imports and the TOML parser make (nearly
none of them garbage), took some 6-10 % of `show`'s and `export`'s CPU time, so it is off
while they run (#23). Run as the program (`main()` reading `sys.argv`), they end by
freezing what they made (`gc.freeze`): Python's collections at exit then pass over none
of it, where they took some 5 ms each; the process ends next and frees it all at once."""


def _description(lang: str) -> str:
    """The commands and what each does, in lines no wider than the help (argparse prints
    a raw description as it is): side by side where they fit, else each summary under its
    command."""
    import textwrap  # only for help

    columns = terminal_columns() - 2  # as argparse's formatter
    width = max(len(c.usage) for c in COMMANDS)
    side_by_side = all(4 + width + len(c.summary(lang)) <= columns for c in COMMANDS)
    lines = [*textwrap.wrap(text(lang, "cli.description"), columns), ""]
    for command in COMMANDS:
        if side_by_side:
            lines.append(f"  {command.usage:<{width}}  {command.summary(lang)}")
            continue
        lines += textwrap.wrap(
            command.usage, columns, initial_indent="  ", subsequent_indent="    "
        )
        lines += textwrap.wrap(
            command.summary(lang), columns, initial_indent=" " * 6, subsequent_indent=" " * 6
        )
    lines += ["", *textwrap.wrap(text(lang, "cli.more_help"), columns)]
    return "\n".join(lines)


def build_parser(
    command_name: str | None = None, lang: str = "en", lean: bool = False
) -> argparse.ArgumentParser:
    """The argument parser, its help in `lang`; only `command_name`'s arguments are set up
    (all when None). `lean`: `command_name` is the only command it knows, and instead of
    kompass's own help or an error of its own it raises FullParserNeeded (see `_run`)."""
    parser = _MainParser(
        lang,
        lean and command_name is not None,
        prog="kompass",
        formatter_class=DescriptionFormatter,
        add_help=False,
    )
    _help_option(parser, lang)
    parser.add_argument(
        "--version",
        action="version",
        version=f"kompass {__version__}",
        help=text(lang, "cli.option.version"),
    )
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=VisibleArgumentParser
    )
    for command in COMMANDS:
        if parser.lean and command.name != command_name:
            continue
        sub = commands.add_parser(
            command.name,
            help=command.summary(lang),
            formatter_class=HelpFormatter,
            add_help=False,
        )
        if command_name is None or command.name == command_name:
            # Only the command run can print its help: the others are names to choose (#23).
            _help_option(sub, lang)
            importlib.import_module(command.module).configure(sub, lang)
    parser.set_defaults(ui_lang=lang)
    return parser


class FullParserNeeded(Exception):
    """A lean parser (one command) met kompass's own help or an error of its own, which
    name every command: the full parser is to parse the arguments again."""


class _MainParser(VisibleArgumentParser):
    """`kompass`'s own parser: its description (every command and its summary, wrapped)
    is written only when the help is printed, not for every command run (#23). A `lean`
    one knows only the command run; it prints nothing of its own (FullParserNeeded)."""

    def __init__(self, lang: str, lean: bool = False, **options: Any) -> None:
        super().__init__(**options)
        self._lang = lang
        self.lean = lean

    def error(self, message: str) -> NoReturn:
        if self.lean:
            raise FullParserNeeded(message)
        super().error(message)

    def format_help(self) -> str:
        if self.lean:
            raise FullParserNeeded("help")
        if self.description is None:
            self.description = _description(self._lang)
        return super().format_help()


def _help_option(parser: argparse.ArgumentParser, lang: str) -> None:
    """argparse's `-h, --help`, its line in `lang`."""
    parser.add_argument("-h", "--help", action="help", help=text(lang, "cli.option.help"))


def requested_language(args: Sequence[str]) -> str | None:
    """The `--lang` given on a command line (before the parser, whose help needs it)."""
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith("--lang="):
            return arg.removeprefix("--lang=")
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `kompass FILE` and plain `kompass` mean `kompass open ...`.
    if _implicit_open(args_list):
        args_list.insert(0, DEFAULT)
    named = next((a for a in args_list if a in BY_NAME), None)
    if named in _QUICK and gc.isenabled():
        gc.disable()
        try:
            return _run(args_list, named)
        finally:
            if argv is None:
                gc.freeze()
            gc.enable()
    return _run(args_list, named)


def _run(args_list: list[str], named: str | None) -> int:
    """Parse the arguments and run the command they name."""
    lang = command_language(requested_language(args_list), os.environ)
    # The command named is nearly always the one run: a parser of it alone is enough (the
    # other thirteen took some 1.5 ms). For kompass's own help or errors, which list every
    # command, the full parser parses again and prints them as ever (#23).
    try:
        args = build_parser(named, lang, lean=True).parse_args(args_list)
    except FullParserNeeded:
        args = build_parser(named, lang).parse_args(args_list)
    command = BY_NAME[args.command]
    try:
        return int(importlib.import_module(command.module).run(args))
    except LoadError as failure:
        warn_all(failure.problems)
        return EXIT_INVALID
    except UsageError as failure:
        warn(f"kompass {command.name}: {failure}")
        return EXIT_USAGE
    except KompassError as failure:
        warn(f"kompass {command.name}: {failure}")
        return EXIT_INVALID
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `kompass criteria ID | head`: the reader went away, which is not an error.
        sys.stderr.close()
        return EXIT_OK


def _implicit_open(args: list[str]) -> bool:
    """Whether the arguments name no subcommand, so that `open` is meant."""
    if args[:1] and args[0] in ("-h", "--help", "--version"):
        return False
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in _VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            return arg not in BY_NAME
    return True
