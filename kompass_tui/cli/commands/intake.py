"""`kompass intake SESSION Q.docx [--lang LANG]`: the municipality's answers from a returned
questionnaire into the session, each as a source of the kind "the municipality's answer"
on its question (see `core.questionnaire.intake`).

A file that is not a Word document, or a questionnaire made for another instrument,
edition or municipality, is refused (exit 1) and nothing is written. The session is
written atomically (its previous version kept as NAME.toml.bak), only while no workbench
holds it open, and only if it did not change since it was read.
"""

from __future__ import annotations

import argparse
import hashlib
from datetime import date

from kompass_tui.cli.arguments import criteria_dir_option, lang_option, path_argument
from kompass_tui.cli.commands.export import load_for_report
from kompass_tui.cli.commands.questionnaire import MAX_QUESTIONNAIRE_BYTES
from kompass_tui.cli.output import document_language, say
from kompass_tui.core.files.locks import LockHeldError, SessionLock
from kompass_tui.core.files.regular import read_regular
from kompass_tui.core.problems import KompassError, LoadError, Problem
from kompass_tui.core.session.toml_io import ExternalChangeError, LoadedSession, save_session
from kompass_tui.core.texts.catalog import Texts
from kompass_tui.exit_codes import EXIT_OK


def run_intake(args: argparse.Namespace) -> int:
    """Take the answers in; 1 when the file or the session cannot be used (nothing
    written)."""
    from kompass_tui.core.questionnaire.answers import NotAQuestionnaireError, read_questionnaire
    from kompass_tui.core.questionnaire.intake import WrongQuestionnaireError, take_in

    words = Texts(args.ui_lang, "cli.intake.")
    try:
        data = read_regular(args.file, MAX_QUESTIONNAIRE_BYTES)
    except (OSError, ValueError) as error:
        why = getattr(error, "strerror", None) or str(error)
        raise LoadError([Problem(str(args.file), "", f"cannot be read: {why}")]) from None
    loaded = load_for_report(args.session, args.criteria_dir)
    instrument = loaded.instrument
    lang = document_language(instrument, args.lang, args.ui_lang)
    name = args.file.name
    try:
        read = read_questionnaire(data, instrument)
    except NotAQuestionnaireError as refusal:
        raise KompassError(words("refused", file=args.file, reason=refusal)) from None
    try:
        lock = SessionLock.acquire(loaded.path)
    except LockHeldError as held:
        raise KompassError(
            words("locked", path=loaded.path, holder=held.holder.describe())
        ) from None
    except OSError as error:
        raise KompassError(f"{loaded.path}: {error.strerror or error}") from None
    try:
        digest = hashlib.sha256(data).hexdigest()
        try:
            result = take_in(loaded.session, instrument, read, name, digest, date.today())
        except WrongQuestionnaireError as refusal:
            raise KompassError(words("refused", file=args.file, reason=refusal)) from None
        if result.already is not None:
            say(words("already", file=name, date=result.already.isoformat()))
            return EXIT_OK
        if result.changes_session:
            _save(loaded)
    finally:
        lock.release()
    total = len(instrument.questions)
    say(words("answered", file=name, answered=len(result.answered), n=total))
    if result.revises is not None:
        say(words("revises", date=result.revises.isoformat()))
        for key, ids in (
            ("changed", result.changed),
            ("added", result.added),
            ("withdrawn", result.withdrawn),
        ):
            if ids:
                say("  " + words(key, ids=", ".join(ids)))
    if result.unanswered:
        say(words("unanswered", n=len(result.unanswered)))
        for question_id in result.unanswered:
            question = instrument.question_by_id[question_id]
            missing = "" if question_id in read.found else " " + words("no_table")
            say(f"  {question_id} {instrument.text(question.text, lang)}{missing}")
    return EXIT_OK


def _save(loaded: LoadedSession) -> None:
    """Write the session, unless it changed on disk since it was read."""
    try:
        save_session(loaded.session, loaded.instrument, loaded.path, loaded.digest)
    except ExternalChangeError as changed:
        raise KompassError(f"{changed}; nothing was written") from None
    except OSError as error:
        raise KompassError(f"{loaded.path}: {error.strerror or error}") from None


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """`kompass intake SESSION FILE`."""
    words = Texts(lang, "cli.")
    parser.add_argument("session", type=path_argument, help=words("option.session"))
    parser.add_argument("file", type=path_argument, metavar="FILE", help=words("intake.file"))
    criteria_dir_option(parser, lang)
    lang_option(parser, lang)


run = run_intake
