"""`kompass history SESSION [QUESTION]`: how the scores changed, commit by commit, from git."""

from __future__ import annotations

import argparse
from pathlib import Path

from kompass_tui.cli.arguments import criteria_dir_option, lang_option, path_argument
from kompass_tui.cli.output import say
from kompass_tui.core.files.toml_reading import read_file_bytes
from kompass_tui.core.git.history import Commit, ScoreChange, history
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import UsageError
from kompass_tui.core.scoring.numbers import format_points
from kompass_tui.core.session.model import ScoreState
from kompass_tui.core.session.toml_io import session_from_bytes
from kompass_tui.core.texts.catalog import Texts
from kompass_tui.exit_codes import EXIT_OK


def run_history(args: argparse.Namespace) -> int:
    """Print one block per commit that changed what was asked about, oldest first."""
    words = Texts(args.ui_lang, "cli.history.")
    catalog = Catalog.default(args.criteria_dir)
    path: Path = args.session
    loaded = session_from_bytes(read_file_bytes(path), path, catalog)
    question: str = args.question or ""
    if question and question not in loaded.instrument.question_by_id:
        raise UsageError(words("unknown_question", qid=question, instrument=loaded.instrument.id))
    lang = loaded.instrument.language(args.lang)
    commits = history(path, catalog, question)
    if not commits:
        say(words("none", path=path))
    for commit in commits:
        say(f"{commit.rev[:10]}  {commit.date}  {commit.author}  {commit.subject}")
        if commit.unreadable:
            say("  " + words("unreadable"))
        for change in commit.scores:
            say("  " + _score_line(change, lang, words))
        for text in commit.texts:
            say("  " + words(text.name))
            say(
                "\n".join(
                    [*(f"    - {p}" for p in text.removed), *(f"    + {p}" for p in text.added)]
                )
            )
    return EXIT_OK


def _shown(state: ScoreState, lang: str, words: Texts) -> str:
    score, not_applicable = state
    if not_applicable:
        return words("na")
    return "–" if score is None else format_points(score, lang)


def _score_line(change: ScoreChange, lang: str, words: Texts) -> str:
    old, new = _shown(change.old, lang, words), _shown(change.new, lang, words)
    line = f"{change.question_id:<5} {old} → {new}"
    if change.disputed:
        sides = " · ".join(f"{who} {format_points(s, lang)}" for who, s in change.disputed.items())
        line += "  " + words("disputed", sides=sides)
    if change.reason:
        line += "  " + words("reason", reason=change.reason)
    return line


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """`kompass history SESSION [QUESTION]`."""
    words = Texts(lang, "cli.history.")
    parser.add_argument("session", type=path_argument, metavar="SESSION", help=words("session"))
    parser.add_argument(
        "question", nargs="?", default="", metavar="QUESTION", help=words("question")
    )
    criteria_dir_option(parser, lang)
    lang_option(parser, lang)


__all__ = ["Commit", "configure", "run"]
run = run_history
