"""`kompass new FILE --municipality NAME`: write a new, empty session file.

`kompass new FILE --from EARLIER.toml` starts a re-evaluation: a new, empty session of the
earlier one's municipality and instrument that links to it (see `core.session.reevaluation`).
"""

from __future__ import annotations

import argparse
from datetime import date

from kompass_tui.cli.arguments import criteria_dir_option, lang_option, path_argument
from kompass_tui.cli.output import say
from kompass_tui.core.files.targets import check_target, same_target
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import KompassError, LoadError, Problem, UsageError
from kompass_tui.core.session.model import municipality_key, new_session
from kompass_tui.core.session.reevaluation import start_reevaluation
from kompass_tui.core.session.toml_io import LoadedSession, create_session_file, load_session
from kompass_tui.exit_codes import EXIT_OK

DEFAULT_INSTRUMENT = "kommunkompassen-2010"
NEVER_OVERWRITES = "kompass new"


def run_new(args: argparse.Namespace) -> int:
    """Create the session file, then open it unless --no-open."""
    path = args.file
    if args.municipality is None and args.earlier is None:
        raise UsageError("give --municipality NAME or --from EARLIER.toml")
    municipality = (args.municipality or "").strip()
    if args.earlier is None and not municipality:
        raise KompassError("--municipality: must not be empty")
    dates: list[date] = []
    for text in args.date:
        try:
            dates.append(date.fromisoformat(text))
        except ValueError:
            raise KompassError(f"--date: not a date (YYYY-MM-DD): {text!r}") from None
    catalog = Catalog.default(args.criteria_dir)
    earlier = _earlier(args, municipality, catalog)
    if earlier is not None:
        municipality = earlier.session.municipality
    try:
        default = earlier.instrument.id if earlier is not None else DEFAULT_INSTRUMENT
        instrument = catalog.get(args.instrument or default)
    except LoadError as failure:
        named = [p if p.file else Problem("--criteria", "", p.message) for p in failure.problems]
        raise LoadError(named) from None
    problem = check_target(path, new_by=NEVER_OVERWRITES, suffix=".toml")
    if problem is not None:
        raise LoadError([Problem("", "", problem.message("FILE"))])
    evaluators = [e.strip() for e in args.evaluator if e.strip()]
    if earlier is not None:
        # ReevaluationError (another instrument, a later earlier) goes to the one handler.
        session = start_reevaluation(earlier, path, instrument, dates, evaluators)
    else:
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
    if session.earlier is not None:
        label = session.earlier.label or "?"
        say(f"re-evaluation of {args.earlier} ({label}): no score copied; its totals kept")
    if args.no_open:
        return EXIT_OK
    from kompass_tui.cli.commands.open import run_open

    return run_open(path, args.criteria_dir, args.lang)


def _earlier(args: argparse.Namespace, municipality: str, catalog: Catalog) -> LoadedSession | None:
    """The session `--from` names, loaded; a `--municipality` given must be its own."""
    if args.earlier is None:
        return None
    if same_target(args.file, args.earlier):
        raise KompassError(f"{args.file}: is the earlier session itself")
    earlier = load_session(args.earlier, catalog)  # LoadError names every problem
    named = earlier.session.municipality
    if municipality and municipality_key(municipality) != municipality_key(named):
        raise KompassError(
            f"--municipality: {municipality!r}, but {args.earlier} evaluates {named!r}; "
            "a re-evaluation is of the same municipality"
        )
    return earlier


def configure(parser: argparse.ArgumentParser) -> None:
    """`kompass new FILE --municipality NAME ...`."""
    parser.add_argument(
        "file", type=path_argument, help="the session file to create (never overwritten)"
    )
    parser.add_argument("--municipality", metavar="NAME", help="needed unless --from")
    parser.add_argument(
        "--from",
        dest="earlier",
        type=path_argument,
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
