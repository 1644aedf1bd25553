"""`kompass [FILE|DIR]`: open a session in the workbench, or pick one in a folder.

Textual is imported only here, inside `run_open`, so the other commands start fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kompass_tui.cli.arguments import criteria_dir_option, lang_option
from kompass_tui.cli.exit_codes import EXIT_INVALID, EXIT_OK
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import LoadError
from kompass_tui.core.session.toml_io import load_session

DEFAULT_FOLDER = Path("sessions")
"""Plain `kompass` picks from ./sessions when it exists, else from the current folder."""


def run_open(path: Path | None, criteria_dirs: list[Path], lang: str | None) -> int:
    """Start the workbench on a session file, or the picker on a folder; return the exit code."""
    catalog = Catalog.default(criteria_dirs)
    if path is None:
        folder = DEFAULT_FOLDER if DEFAULT_FOLDER.is_dir() else Path(".")
        return _run(folder=folder, catalog=catalog, lang=lang)
    if path.is_dir():
        return _run(folder=path, catalog=catalog, lang=lang)
    if not path.exists():
        print(f"{path}: no such file or folder", file=sys.stderr)
        return EXIT_INVALID
    try:
        loaded = load_session(path, catalog)
    except LoadError as failure:
        for problem in failure.problems:
            print(problem, file=sys.stderr)
        return EXIT_INVALID
    from kompass_tui.core.session.open_session import OpenSession

    state = OpenSession.from_loaded(loaded, lang)
    state.claim(catalog)  # the lock, or read-only; unsaved work to offer restoring
    return _run(state=state, catalog=catalog, lang=lang)


def _run(**options: object) -> int:
    from kompass_tui.tui.app import KompassApp

    app = KompassApp(**options)  # type: ignore[arg-type]
    try:
        result = app.run()
    finally:
        # However the app ended (even by a crash): unsaved work to recovery, lock released.
        if app.keeper is not None:
            app.keeper.close()
        elif app.state is not None:
            app.state.release()
    if app.crash_message:
        print(app.crash_message, file=sys.stderr)
    return EXIT_OK if result is None else int(result)


def configure(parser: argparse.ArgumentParser) -> None:
    """`kompass open [PATH]`."""
    parser.add_argument("path", nargs="?", type=Path, help="a session file or a folder")
    criteria_dir_option(parser)
    lang_option(parser)


def run(args: argparse.Namespace) -> int:
    """Open the session or folder given."""
    return run_open(args.path, args.criteria_dir, args.lang)
