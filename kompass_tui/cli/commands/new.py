"""`kompass new FILE --municipality NAME`: write a new, empty session file.

`kompass new FILE --from EARLIER.toml` starts a re-evaluation: a new, empty session of the
earlier one's municipality and instrument that links to it (see `core.session.reevaluation`).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from kompass_tui.cli.arguments import criteria_dir_option, lang_option
from kompass_tui.cli.exit_codes import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import LoadError
from kompass_tui.core.session.model import municipality_key, new_session
from kompass_tui.core.session.reevaluation import ReevaluationError, start_reevaluation
from kompass_tui.core.session.toml_io import create_session_file, load_session

DEFAULT_INSTRUMENT = "kommunkompassen-2010"


def run_new(args: argparse.Namespace) -> int:
    """Create the session file, then open it unless --no-open."""
    path = args.file
    if args.municipality is None and args.earlier is None:
        print("kompass new: give --municipality NAME or --from EARLIER.toml", file=sys.stderr)
        return EXIT_USAGE
    municipality = (args.municipality or "").strip()
    if args.earlier is None and not municipality:
        print("--municipality: must not be empty", file=sys.stderr)
        return EXIT_INVALID
    dates: list[date] = []
    for text in args.date:
        try:
            dates.append(date.fromisoformat(text))
        except ValueError:
            print(f"--date: not a date (YYYY-MM-DD): {text!r}", file=sys.stderr)
            return EXIT_INVALID
    catalog = Catalog.default(args.criteria_dir)
    earlier = None
    if args.earlier is not None:
        try:
            earlier = load_session(args.earlier, catalog)
        except LoadError as failure:
            print(f"--from {args.earlier}: does not load:", file=sys.stderr)
            for problem in failure.problems:
                print(problem, file=sys.stderr)
            return EXIT_INVALID
        named = earlier.session.municipality
        if municipality and municipality_key(municipality) != municipality_key(named):
            print(
                f"--municipality: {municipality!r}, but {args.earlier} evaluates {named!r}; "
                "a re-evaluation is of the same municipality",
                file=sys.stderr,
            )
            return EXIT_INVALID
        municipality = named
    try:
        default = earlier.instrument.id if earlier is not None else DEFAULT_INSTRUMENT
        instrument = catalog.get(args.instrument or default)
    except LoadError as failure:
        for problem in failure.problems:
            print(problem if problem.file else f"--criteria: {problem.message}", file=sys.stderr)
        return EXIT_INVALID
    if path.suffix != ".toml":
        print(f"{path}: a session file name must end in .toml", file=sys.stderr)
        return EXIT_INVALID
    if not path.parent.is_dir():
        print(f"{path}: folder {str(path.parent)!r} does not exist", file=sys.stderr)
        return EXIT_INVALID
    evaluators = [e.strip() for e in args.evaluator if e.strip()]
    if earlier is not None and path.resolve() == args.earlier.resolve():
        print(f"{path}: is the earlier session itself", file=sys.stderr)
        return EXIT_INVALID
    if earlier is not None:
        try:
            session = start_reevaluation(earlier, path, instrument, dates, evaluators)
        except ReevaluationError as refusal:
            print(f"--from {refusal}", file=sys.stderr)
            return EXIT_INVALID
    else:
        session = new_session(instrument, municipality, sorted(dates), evaluators)
    try:
        create_session_file(session, instrument, path)
    except FileExistsError:
        print(f"{path}: already exists; kompass new never overwrites a file", file=sys.stderr)
        return EXIT_INVALID
    except OSError as failure:
        print(f"{path}: cannot be written: {failure.strerror}", file=sys.stderr)
        return EXIT_INVALID
    print(f"created {path}: {municipality}, {instrument.id}, {len(instrument.questions)} questions")
    if session.earlier is not None:
        label = session.earlier.label or "?"
        print(f"re-evaluation of {args.earlier} ({label}): no score copied; its totals kept")
    if args.no_open:
        return EXIT_OK
    from kompass_tui.cli.commands.open import run_open

    return run_open(path, args.criteria_dir, args.lang)


def configure(parser: argparse.ArgumentParser) -> None:
    """`kompass new FILE --municipality NAME ...`."""
    parser.add_argument("file", type=Path, help="the session file to create (never overwritten)")
    parser.add_argument("--municipality", metavar="NAME", help="needed unless --from")
    parser.add_argument(
        "--from",
        dest="earlier",
        type=Path,
        metavar="EARLIER.toml",
        help="start a re-evaluation of an earlier session: same municipality and instrument, "
        "no score copied, the earlier one shown beside it",
    )
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
