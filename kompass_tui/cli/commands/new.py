"""`kompass new FILE --municipality NAME`: write a new, empty session file."""

from __future__ import annotations

import argparse
from datetime import date

from kompass_tui.cli.arguments import criteria_dir_option, lang_option, path_argument
from kompass_tui.cli.output import say
from kompass_tui.core.files.targets import check_target
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import KompassError, LoadError, Problem
from kompass_tui.core.session.model import new_session
from kompass_tui.core.session.toml_io import create_session_file
from kompass_tui.exit_codes import EXIT_OK

DEFAULT_INSTRUMENT = "kommunkompassen-2010"
NEVER_OVERWRITES = "kompass new"


def run_new(args: argparse.Namespace) -> int:
    """Create the session file, then open it unless --no-open."""
    path = args.file
    municipality = args.municipality.strip()
    if not municipality:
        raise KompassError("--municipality: must not be empty")
    dates: list[date] = []
    for text in args.date:
        try:
            dates.append(date.fromisoformat(text))
        except ValueError:
            raise KompassError(f"--date: not a date (YYYY-MM-DD): {text!r}") from None
    catalog = Catalog.default(args.criteria_dir)
    try:
        instrument = catalog.get(args.instrument or DEFAULT_INSTRUMENT)
    except LoadError as failure:
        named = [p if p.file else Problem("--criteria", "", p.message) for p in failure.problems]
        raise LoadError(named) from None
    problem = check_target(path, new_by=NEVER_OVERWRITES, suffix=".toml")
    if problem is not None:
        raise LoadError([Problem("", "", problem.message("FILE"))])
    evaluators = [e.strip() for e in args.evaluator if e.strip()]
    session = new_session(instrument, municipality, sorted(dates), evaluators)
    try:
        create_session_file(session, instrument, path)
    except FileExistsError:
        message = f"already exists; {NEVER_OVERWRITES} never overwrites a file"
        raise LoadError([Problem(str(path), "", message)]) from None
    except OSError as failure:
        message = f"cannot be written: {failure.strerror or failure}"
        raise LoadError([Problem(str(path), "", message)]) from None
    say(f"created {path}: {municipality}, {instrument.id}, {len(instrument.questions)} questions")
    if args.no_open:
        return EXIT_OK
    from kompass_tui.cli.commands.open import run_open

    return run_open(path, args.criteria_dir, args.lang)


def configure(parser: argparse.ArgumentParser) -> None:
    """`kompass new FILE --municipality NAME ...`."""
    parser.add_argument(
        "file", type=path_argument, help="the session file to create (never overwritten)"
    )
    parser.add_argument("--municipality", required=True, metavar="NAME")
    parser.add_argument("--criteria", dest="instrument", metavar="ID", help="instrument id")
    parser.add_argument(
        "--date",
        action="append",
        default=[],
        metavar="YYYY-MM-DD",
        help="a day of the evaluation (repeatable)",
    )
    parser.add_argument(
        "--evaluator", action="append", default=[], metavar="NAME", help="repeatable"
    )
    parser.add_argument("--no-open", action="store_true", help="only write the file")
    criteria_dir_option(parser)
    lang_option(parser)


run = run_new
