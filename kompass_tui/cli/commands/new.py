"""`kompass new FILE --municipality NAME`: write a new, empty session file.

`kompass new FILE --from EARLIER.toml` starts a re-evaluation: a new, empty session of the
earlier one's municipality and instrument that links to it (see `core.session.reevaluation`).
"""

from __future__ import annotations

import argparse
from datetime import date

from kompass_tui.cli.arguments import criteria_dir_option, lang_option, path_argument
from kompass_tui.cli.output import say, write_failure
from kompass_tui.core.files.targets import check_target, same_target
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import KompassError, LoadError, Problem, UsageError
from kompass_tui.core.session.model import municipality_key, new_session
from kompass_tui.core.session.reevaluation import start_reevaluation
from kompass_tui.core.session.toml_io import LoadedSession, create_session_file, load_session
from kompass_tui.core.texts.catalog import Texts
from kompass_tui.exit_codes import EXIT_OK

DEFAULT_INSTRUMENT = "kommunkompassen-2010"
NEVER_OVERWRITES = "kompass new"


def run_new(args: argparse.Namespace) -> int:
    """Create the session file, then open it unless --no-open."""
    words = Texts(args.ui_lang, "cli.new.")
    path = args.file
    if args.municipality is None and args.earlier is None:
        raise UsageError(words("needs_municipality"))
    municipality = (args.municipality or "").strip()
    if args.earlier is None and not municipality:
        raise KompassError(words("empty_municipality"))
    dates: list[date] = []
    for typed in args.date:
        try:
            dates.append(date.fromisoformat(typed))
        except ValueError:
            raise KompassError(words("bad_date", text=repr(typed))) from None
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
    except OSError as error:
        raise write_failure(path, error, new_by=NEVER_OVERWRITES) from None
    questions = len(instrument.questions)
    say(
        words(
            "created", path=path, municipality=municipality, instrument=instrument.id, n=questions
        )
    )
    if session.earlier is not None:
        label = session.earlier.label or "?"
        say(words("reevaluation", path=args.earlier, label=label))
    if args.no_open:
        return EXIT_OK
    from kompass_tui.cli.commands.open import run_open

    return run_open(path, args.criteria_dir, args.lang, args.ui_lang)


def _earlier(args: argparse.Namespace, municipality: str, catalog: Catalog) -> LoadedSession | None:
    """The session `--from` names, loaded; a `--municipality` given must be its own."""
    if args.earlier is None:
        return None
    words = Texts(args.ui_lang, "cli.new.")
    if same_target(args.file, args.earlier):
        raise KompassError(words("is_earlier", path=args.file))
    earlier = load_session(args.earlier, catalog)  # LoadError names every problem
    named = earlier.session.municipality
    if municipality and municipality_key(municipality) != municipality_key(named):
        raise KompassError(
            words(
                "other_municipality", given=repr(municipality), path=args.earlier, named=repr(named)
            )
        )
    return earlier


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """`kompass new FILE --municipality NAME ...`."""
    words = Texts(lang, "cli.new.")
    parser.add_argument("file", type=path_argument, help=words("file"))
    parser.add_argument("--municipality", metavar="NAME", help=words("municipality"))
    parser.add_argument(
        "--from",
        dest="earlier",
        type=path_argument,
        metavar="EARLIER.toml",
        help=words("from"),
    )
    parser.add_argument("--criteria", dest="instrument", metavar="ID", help=words("criteria"))
    parser.add_argument(
        "--date", action="append", default=[], metavar="YYYY-MM-DD", help=words("date")
    )
    parser.add_argument(
        "--evaluator", action="append", default=[], metavar="NAME", help=words("evaluator")
    )
    parser.add_argument("--no-open", action="store_true", help=words("no_open"))
    criteria_dir_option(parser, lang)
    lang_option(parser, lang)


run = run_new
