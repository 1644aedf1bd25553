"""Arguments several commands share."""

from __future__ import annotations

import argparse
from pathlib import Path

LANGUAGES = ("sv", "en")


def criteria_dir_option(parser: argparse.ArgumentParser) -> None:
    """`--criteria-dir DIR` (repeatable): more folders of instrument files."""
    parser.add_argument(
        "--criteria-dir",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help="another folder of instrument files (repeatable; also $KOMPASS_CRITERIA_PATH)",
    )


def lang_option(parser: argparse.ArgumentParser) -> None:
    """`--lang LANG`: the language of the interface and texts."""
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of the interface and texts (default: the instrument's own)",
    )


def earlier_option(parser: argparse.ArgumentParser) -> None:
    """`--earlier FILE`: an earlier evaluation to show beside the totals."""
    parser.add_argument(
        "--earlier",
        type=Path,
        metavar="FILE",
        help="an earlier evaluation of the same municipality (a session, or a benchmark file: "
        "its latest record before the session) to show beside the totals, with the change",
    )


def compare_option(parser: argparse.ArgumentParser) -> None:
    """`--compare FILE` (repeatable): other municipalities for the report's comparison."""
    parser.add_argument(
        "--compare",
        action="append",
        type=Path,
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
