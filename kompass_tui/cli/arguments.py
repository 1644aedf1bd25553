"""Arguments several commands share."""

from __future__ import annotations

import argparse
from pathlib import Path


def path_argument(text: str) -> Path:
    """A path typed on the command line; an empty one is an error, not the current folder
    (which is what `Path("")` would mean)."""
    if not text:
        raise argparse.ArgumentTypeError("an empty path")
    return Path(text)


def existing_folder(text: str) -> Path:
    """A folder that exists: a mistyped `--criteria-dir` is an error, not silently ignored."""
    path = path_argument(text)
    if not path.is_dir():
        what = "not a folder" if path.exists() else "no such folder"
        raise argparse.ArgumentTypeError(f"{text}: {what}")
    return path


def criteria_dir_option(parser: argparse.ArgumentParser) -> None:
    """`--criteria-dir DIR` (repeatable): more folders of instrument files."""
    parser.add_argument(
        "--criteria-dir",
        action="append",
        type=existing_folder,
        default=[],
        metavar="DIR",
        help="another folder of instrument files (repeatable; also $KOMPASS_CRITERIA_PATH)",
    )


def language_code(text: str) -> str:
    """A language code as instruments declare them (`sv`, `en`, `nb`, `pt-BR`)."""
    code = text.strip()
    parts = code.split("-")
    if not (2 <= len(parts[0]) <= 3 and parts[0].isascii() and parts[0].isalpha()):
        raise argparse.ArgumentTypeError(f"{text!r} is not a language code like sv, en or nb")
    return code


def lang_option(parser: argparse.ArgumentParser) -> None:
    """`--lang LANG`: the language of the interface and texts, one the instrument declares."""
    parser.add_argument(
        "--lang",
        type=language_code,
        metavar="LANG",
        help="a language of the instrument (e.g. sv, en, nb; default: the instrument's own)",
    )


def earlier_option(parser: argparse.ArgumentParser) -> None:
    """`--earlier FILE`: an earlier evaluation to show beside the totals."""
    parser.add_argument(
        "--earlier",
        type=path_argument,
        metavar="FILE",
        help="an earlier evaluation of the same municipality (a session, or a benchmark file: "
        "its latest record before the session) to show beside the totals, with the change",
    )


def compare_option(parser: argparse.ArgumentParser) -> None:
    """`--compare FILE` (repeatable): other municipalities for the report's comparison."""
    parser.add_argument(
        "--compare",
        action="append",
        type=path_argument,
        default=[],
        metavar="FILE",
        help="benchmark records or sessions of other municipalities for the comparison table "
        "(repeatable; instead of the benchmarks kept in the session)",
    )


def exact_option(parser: argparse.ArgumentParser) -> None:
    """`--exact`: the results and comparison tables with exact figures."""
    parser.add_argument(
        "--exact",
        action="store_true",
        help="exact points in the results and comparison tables (default: whole points, "
        "as printed reports give them)",
    )
