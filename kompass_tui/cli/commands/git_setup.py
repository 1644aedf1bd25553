"""`kompass git-setup [DIR]`: let git merge the sessions of a repository with `kompass merge`."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from kompass_tui.cli.arguments import path_argument
from kompass_tui.cli.output import say
from kompass_tui.core.files.git_run import top_level
from kompass_tui.core.git.setup import set_up
from kompass_tui.core.problems import KompassError, LoadError, Problem
from kompass_tui.core.texts.catalog import Texts
from kompass_tui.exit_codes import EXIT_OK


def this_kompass() -> str:
    """The command that runs this kompass, as a shell word or two: the `kompass` script
    started, else this Python with `-m kompass_tui`."""
    started = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if started is not None and started.name == "kompass" and started.exists():
        return shlex.quote(str(started.resolve()))
    return f"{shlex.quote(sys.executable)} -m kompass_tui"


def run_git_setup(args: argparse.Namespace) -> int:
    """Register the driver, name the session files; say what was done."""
    words = Texts(args.ui_lang, "cli.git_setup.")
    folder: Path = args.dir
    if not folder.is_dir():
        raise LoadError([Problem(str(folder), "", "no such folder")])
    top = top_level(folder)
    if top is None:
        raise KompassError(words("no_repo", path=folder))
    try:
        done = set_up(top, this_kompass())
    except OSError as error:
        raise KompassError(f"{top}: {error}") from None
    say(words("driver_set" if done.driver_set else "driver_kept", path=top))
    for pattern in done.added:
        say(words("added", pattern=pattern))
    for pattern in done.kept:
        say(words("kept", pattern=pattern))
    if not done.added and not done.kept:
        say(words("no_sessions"))
    elif done.added:
        say(words("commit"))
    return EXIT_OK


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """`kompass git-setup [DIR]`."""
    words = Texts(lang, "cli.git_setup.")
    parser.add_argument(
        "dir", nargs="?", default=Path("."), type=path_argument, metavar="DIR", help=words("dir")
    )


run = run_git_setup
