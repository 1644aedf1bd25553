"""The `kompass` command line: a thin layer over the core; the workbench is imported lazily.

Exit codes: 0 success, 1 invalid input (a file that does not load, a refused action),
2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kompass_tui import __version__

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
LANGUAGES = ("sv", "en")
SUBCOMMANDS = ("open", "validate", "criteria", "new", "export", "show", "compare", "consensus")
_VALUE_OPTIONS = ("--criteria-dir", "--lang")

DESCRIPTION = """\
kompass: score municipalities with Kommunkompassen, keep each evaluation as a TOML file.

  kompass FILE.toml            open a session in the workbench
  kompass [DIR]                pick a session in DIR (default: ./sessions, else .)
  kompass validate PATH...     check session and instrument files
  kompass criteria [ID]        list instruments, or show one
  kompass new FILE --municipality NAME   start a new session
  kompass export SESSION [-o FILE]       write the report as Markdown
  kompass show SESSION         read the report in the terminal
  kompass compare FILE...      evaluations side by side, with median/mean
  kompass consensus A B -o C   merge two evaluators' sessions into one

Run `kompass COMMAND --help` for the options of a command."""


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--criteria-dir",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help="another folder of instrument files (repeatable; also $KOMPASS_CRITERIA_PATH)",
    )


def _lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of the interface and texts (default: the instrument's own)",
    )


def _earlier(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--earlier",
        type=Path,
        metavar="FILE",
        help="an earlier evaluation of the same municipality (a session, or a benchmark file: "
        "its latest record before the session) to show beside the totals, with the change",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="kompass",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"kompass {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    open_cmd = commands.add_parser(
        "open", help="open a session file, or pick one in a folder (the default command)"
    )
    open_cmd.add_argument("path", nargs="?", type=Path, help="a session file or a folder")
    _common(open_cmd)
    _lang(open_cmd)

    validate = commands.add_parser(
        "validate", help="check session and instrument files (and folders of them)"
    )
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    _common(validate)

    criteria = commands.add_parser(
        "criteria", help="list the instruments found, or print one's areas and questions"
    )
    criteria.add_argument("id", nargs="?", help="an instrument id to print")
    _common(criteria)
    _lang(criteria)

    new = commands.add_parser("new", help="write a new, empty session file")
    new.add_argument("file", type=Path, help="the session file to create (never overwritten)")
    new.add_argument("--municipality", required=True, metavar="NAME")
    new.add_argument("--criteria", dest="instrument", metavar="ID", help="instrument id")
    new.add_argument(
        "--date",
        action="append",
        default=[],
        metavar="YYYY-MM-DD",
        help="a day of the evaluation (repeatable)",
    )
    new.add_argument("--evaluator", action="append", default=[], metavar="NAME", help="repeatable")
    new.add_argument("--no-open", action="store_true", help="only write the file")
    _common(new)
    _lang(new)

    export = commands.add_parser("export", help="write the report of a session as Markdown")
    export.add_argument("session", type=Path, help="the session file")
    export.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: stdout")
    export.add_argument("--svg", type=Path, metavar="FILE", help="also write a profile chart")
    _earlier(export)
    _common(export)
    _lang(export)

    show = commands.add_parser("show", help="print the report of a session in the terminal")
    show.add_argument("session", type=Path, help="the session file")
    show.add_argument("--no-pager", action="store_true", help="never page the output")
    _earlier(show)
    _common(show)
    _lang(show)

    compare = commands.add_parser(
        "compare", help="areas x evaluations: sessions and benchmark records side by side"
    )
    compare.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="sessions or benchmark files"
    )
    compare.add_argument("--median", action="store_true", help="add a median column")
    compare.add_argument("--mean", action="store_true", help="add a mean column")
    compare.add_argument("-o", "--output", type=Path, metavar="OUT.md", help="write Markdown")
    _common(compare)
    _lang(compare)

    consensus = commands.add_parser(
        "consensus", help="merge independent evaluations of one municipality into one session"
    )
    consensus.add_argument("files", nargs="+", type=Path, metavar="FILE", help="sessions")
    consensus.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="the merged session"
    )
    consensus.add_argument(
        "--threshold",
        default="20",
        metavar="PERCENT",
        help="spread, in percent of a question's max, above which to discuss (default 20)",
    )
    _common(consensus)
    _lang(consensus)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `kompass FILE` and plain `kompass` mean `kompass open ...`.
    if _implicit_open(args_list):
        args_list.insert(0, "open")
    parser = build_parser()
    args = parser.parse_args(args_list)
    try:
        if args.command == "validate":
            from kompass_tui.commands.validate import run_validate

            return run_validate(args.paths, args.criteria_dir)
        if args.command == "criteria":
            from kompass_tui.commands.criteria import run_criteria

            return run_criteria(args.id, args.criteria_dir, args.lang)
        if args.command == "new":
            from kompass_tui.commands.new import run_new

            return run_new(args)
        if args.command == "export":
            from kompass_tui.commands.export import run_export

            return run_export(args)
        if args.command == "show":
            from kompass_tui.commands.show import run_show

            return run_show(args)
        if args.command == "compare":
            from kompass_tui.commands.compare import run_compare

            return run_compare(args)
        if args.command == "consensus":
            from kompass_tui.commands.consensus import run_consensus

            return run_consensus(args)
        from kompass_tui.commands.open import run_open

        return run_open(args.path, args.criteria_dir, args.lang)
    except KeyboardInterrupt:
        return 130
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
            return arg not in SUBCOMMANDS
    return True
