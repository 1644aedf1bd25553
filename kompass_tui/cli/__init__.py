"""The `kompass` command line: one registry of commands, one place that reports errors.

`main` finds the command asked for, imports only its module, builds only its arguments,
runs it, and turns the project's errors into messages and exit codes (see `exit_codes`).
The workbench is imported only by `open`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from kompass_tui import __version__
from kompass_tui.cli.output import VisibleArgumentParser, warn, warn_all
from kompass_tui.cli.registry import BY_NAME, COMMANDS, DEFAULT
from kompass_tui.core.problems import KompassError, LoadError, UsageError
from kompass_tui.exit_codes import EXIT_INTERRUPTED, EXIT_INVALID, EXIT_OK, EXIT_USAGE

_VALUE_OPTIONS = ("--criteria-dir", "--lang")


def _description() -> str:
    width = max(len(c.usage) for c in COMMANDS)
    lines = [
        "kompass: score municipalities with Kommunkompassen, keep each evaluation as TOML.",
        "",
    ]
    lines += [f"  {c.usage:<{width}}  {c.summary}" for c in COMMANDS]
    lines += ["", "Run `kompass COMMAND --help` for the options of a command."]
    return "\n".join(lines)


def build_parser(command_name: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; only `command_name`'s arguments are set up (all when None)."""
    parser = VisibleArgumentParser(
        prog="kompass",
        description=_description(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"kompass {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        sub = commands.add_parser(command.name, help=command.summary)
        if command_name is None or command.name == command_name:
            importlib.import_module(command.module).configure(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `kompass FILE` and plain `kompass` mean `kompass open ...`.
    if _implicit_open(args_list):
        args_list.insert(0, DEFAULT)
    named = next((a for a in args_list if a in BY_NAME), None)
    args = build_parser(named).parse_args(args_list)
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
