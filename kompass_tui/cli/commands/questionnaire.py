"""`kompass questionnaire SESSION -o Q.docx [--return-by DATE] [--lang LANG] [--force]`:
the municipality's questionnaire as a Word document, made from the session's instrument.

An existing file is replaced, unless it is a questionnaire that already holds answers:
that is the municipality's work, refused without `--force`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from kompass_tui.cli.arguments import (
    criteria_dir_option,
    lang_option,
    output_argument,
    path_argument,
)
from kompass_tui.cli.commands.export import load_for_report
from kompass_tui.cli.output import document_language, say, write_failure
from kompass_tui.core.files.atomic import write_bytes_atomic
from kompass_tui.core.files.regular import read_regular
from kompass_tui.core.files.targets import target_problem
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.problems import KompassError, LoadError, Problem
from kompass_tui.core.texts.catalog import Texts
from kompass_tui.exit_codes import EXIT_OK

MAX_QUESTIONNAIRE_BYTES = 64 * 1024 * 1024
"""The largest returned questionnaire read (pictures pasted into answers make it big)."""


def run_questionnaire(args: argparse.Namespace) -> int:
    """Write the questionnaire to -o; 1 on invalid input or an answered file in the way."""
    from kompass_tui.core.questionnaire.document import render_questionnaire
    from kompass_tui.core.questionnaire.identity import QuestionnaireIdentity

    words = Texts(args.ui_lang, "cli.questionnaire.")
    problem = target_problem("-o", args.output, [args.session], "the session file")
    if problem:
        raise LoadError([Problem("", "", problem)])
    loaded = load_for_report(args.session, args.criteria_dir)
    instrument = loaded.instrument
    lang = document_language(instrument, args.lang, args.ui_lang)
    if not args.force:
        answered = _answers_in(args.output, instrument)
        if answered:
            raise KompassError(words("has_answers", path=args.output, n=answered))
    identity = QuestionnaireIdentity.of(loaded.session, instrument, args.session.name)
    data = render_questionnaire(loaded.session, instrument, lang, identity, args.return_by)
    try:
        write_bytes_atomic(args.output, data)
    except OSError as error:
        raise write_failure(args.output, error) from None
    count = len(instrument.questions)
    say(words("written", path=args.output, municipality=loaded.session.municipality, n=count))
    return EXIT_OK


def _answers_in(path: Path, instrument: Instrument) -> int:
    """How many answers an existing questionnaire at `path` holds (0 for anything else)."""
    from kompass_tui.core.questionnaire.answers import NotAQuestionnaireError, read_questionnaire

    try:
        data = read_regular(path, MAX_QUESTIONNAIRE_BYTES)
    except (OSError, ValueError):
        return 0
    try:
        return len(read_questionnaire(data, instrument).answers)
    except NotAQuestionnaireError:
        return 0


def iso_date(typed: str) -> date:
    """A day typed as YYYY-MM-DD."""
    try:
        return date.fromisoformat(typed)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{typed!r} is not a date (YYYY-MM-DD)") from None


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """`kompass questionnaire SESSION -o FILE [--return-by DATE] [--force]`."""
    words = Texts(lang, "cli.")
    parser.add_argument("session", type=path_argument, help=words("option.session"))
    parser.add_argument(
        "-o",
        "--output",
        type=output_argument,
        metavar="FILE",
        required=True,
        help=words("questionnaire.output"),
    )
    parser.add_argument(
        "--return-by", type=iso_date, metavar="DATE", help=words("questionnaire.return_by")
    )
    parser.add_argument("--force", action="store_true", help=words("questionnaire.force"))
    criteria_dir_option(parser, lang)
    lang_option(parser, lang)


run = run_questionnaire
