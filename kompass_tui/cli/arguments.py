"""Arguments several commands share, their help in the command line's language.

The checks of typed values (an empty path, a missing folder, a language code) raise
argparse's ArgumentTypeError, whose message argparse prints in its own English sentence
(`error: argument --criteria-dir: ...`), so they are English too."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kompass_tui.core.texts.catalog import text


def path_argument(typed: str) -> Path:
    """A path typed on the command line; an empty one is an error, not the current folder
    (which is what `Path("")` would mean)."""
    if not typed:
        raise argparse.ArgumentTypeError("an empty path")
    return Path(typed)


def output_argument(typed: str) -> Path:
    """A file a command writes; an empty path or a name ending in `/` whose folder does not
    exist is an error naming that folder (a `Path` would forget the slash)."""
    path = path_argument(typed)
    from kompass_tui.core.files.targets import folder_meant  # only when a file is named

    meant = folder_meant(typed)
    if meant is not None:
        raise argparse.ArgumentTypeError(meant.message(""))
    return path


def existing_folder(typed: str) -> Path:
    """A folder that exists: a mistyped `--criteria-dir` is an error, not silently ignored."""
    path = path_argument(typed)
    if not path.is_dir():
        what = "not a folder" if path.exists() else "no such folder"
        raise argparse.ArgumentTypeError(f"{typed}: {what}")
    return path


def criteria_dir_option(parser: argparse.ArgumentParser, lang: str) -> None:
    """`--criteria-dir DIR` (repeatable): more folders of instrument files."""
    _option(
        parser,
        lang,
        "--criteria-dir",
        action="append",
        type=existing_folder,
        default=[],
        metavar="DIR",
    )


def language_code(typed: str) -> str:
    """A language code as instruments declare them (`sv`, `en`, `nb`, `pt-BR`)."""
    code = typed.strip()
    parts = code.split("-")
    if not (2 <= len(parts[0]) <= 3 and parts[0].isascii() and parts[0].isalpha()):
        raise argparse.ArgumentTypeError(f"{typed!r} is not a language code like sv, en or nb")
    return code


def lang_option(parser: argparse.ArgumentParser, lang: str) -> None:
    """`--lang LANG`: the language of the interface and texts, one the instrument declares."""
    _option(parser, lang, "--lang", type=language_code, metavar="LANG")


def earlier_option(parser: argparse.ArgumentParser, lang: str) -> None:
    """`--earlier FILE`: an earlier evaluation to show beside the totals."""
    _option(parser, lang, "--earlier", type=path_argument, metavar="FILE")


def compare_option(parser: argparse.ArgumentParser, lang: str) -> None:
    """`--compare FILE` (repeatable): other municipalities for the report's comparison."""
    _option(
        parser, lang, "--compare", action="append", type=path_argument, default=[], metavar="FILE"
    )


def exact_option(parser: argparse.ArgumentParser, lang: str) -> None:
    """`--exact`: the results and comparison tables with exact figures."""
    _option(parser, lang, "--exact", action="store_true")


def sources_option(parser: argparse.ArgumentParser, lang: str) -> None:
    """`--sources`: list every question's evidence in the report."""
    _option(parser, lang, "--sources", action="store_true")


def _option(parser: argparse.ArgumentParser, lang: str, flag: str, **settings: Any) -> None:
    """A shared option, its help the catalog's `cli.option.<name>` (`--criteria-dir`:
    `criteria_dir`)."""
    key = flag.removeprefix("--").replace("-", "_")
    parser.add_argument(flag, help=text(lang, f"cli.option.{key}"), **settings)


def comments_option(parser: argparse.ArgumentParser, lang: str) -> None:
    """`--comments`: the evaluators' private comments in the report or data; without it
    they are in none."""
    parser.add_argument(
        "--comments",
        action="store_true",
        help=text(lang, "cli.option.comments"),
    )


def report_options(parser: argparse.ArgumentParser, lang: str) -> None:
    """The options of a command that makes the report (`export`, `show`): `--earlier`,
    `--compare`, `--exact`, `--sources`, `--comments`, `--criteria-dir`, `--lang`."""
    earlier_option(parser, lang)
    compare_option(parser, lang)
    exact_option(parser, lang)
    sources_option(parser, lang)
    comments_option(parser, lang)
    criteria_dir_option(parser, lang)
    lang_option(parser, lang)
