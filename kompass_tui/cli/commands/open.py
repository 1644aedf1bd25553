"""`kompass [FILE|DIR]`: open a session in the workbench, or pick one in a folder.

Textual is imported only here, inside `run_open`, so the other commands start fast.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from kompass_tui.cli.arguments import criteria_dir_option, lang_option, path_argument
from kompass_tui.cli.output import warn, warn_all
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import LoadError
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.core.texts.catalog import text
from kompass_tui.exit_codes import EXIT_INVALID, EXIT_OK, EXIT_USAGE

_workbench_ran = False
"""Whether this process ran the workbench (then `run` leaves without interpreter teardown)."""

DEFAULT_FOLDER = Path("sessions")
"""Plain `kompass` picks from ./sessions when it exists, else from the current folder."""


def run_open(
    path: Path | None, criteria_dirs: list[Path], lang: str | None, ui_lang: str = "en"
) -> int:
    """Start the workbench on a session file, or the picker on a folder; return the exit code.

    The file is read and checked first (a broken file is exit 1 wherever it is run); the
    workbench needs a terminal on stdin and stdout, else exit 2 with a message, never a
    program that waits forever for keys no one can type.
    """
    # Starting makes many objects that live as long as the program (modules, the
    # instrument, the session, the app) and little garbage: the collector waits until
    # they are frozen (`_run`) instead of walking them again and again meanwhile.
    gc.disable()
    try:
        return _open(path, criteria_dirs, lang, ui_lang)
    finally:
        gc.enable()


def _open(path: Path | None, criteria_dirs: list[Path], lang: str | None, ui_lang: str) -> int:
    catalog = Catalog.default(criteria_dirs)
    if path is None:
        folder = DEFAULT_FOLDER if DEFAULT_FOLDER.is_dir() else Path(".")
        return _run(ui_lang, folder=folder, catalog=catalog, lang=lang)
    if path.is_dir():
        return _run(ui_lang, folder=path, catalog=catalog, lang=lang)
    if not path.exists():
        warn(f"{path}: no such file or folder")
        return EXIT_INVALID
    try:
        loaded = load_session(path, catalog)
    except LoadError as failure:
        warn_all(failure.problems)
        return EXIT_INVALID
    # UsageError for a language neither the instrument nor kompass has; the workbench says
    # once where the instrument has no texts in it.
    lang = loaded.instrument.language(lang)
    if not _has_terminal():
        return _no_terminal(ui_lang)
    from kompass_tui.core.session.open_session import OpenSession

    state = OpenSession.from_loaded(loaded, lang)
    # The lock, or read-only; unsaved work to offer restoring. Taking the lock waits for
    # the disk (its file is synced), so it runs while the workbench's modules load; the
    # app starts, and takes keys, only once the claim is done.
    try:
        with _meanwhile(state.claim, catalog):
            import kompass_tui.tui.app  # noqa: F401
    except BaseException:
        state.release()  # interrupted before the workbench ran: the lock goes
        raise
    return _run(ui_lang, state=state, catalog=catalog, lang=lang)


@contextlib.contextmanager
def _meanwhile(work: Callable[[Catalog], None], catalog: Catalog) -> Iterator[None]:
    """Run `work(catalog)` in a thread while the block runs; wait for it at the block's
    end and raise what it raised."""
    failure: list[BaseException] = []

    def run() -> None:
        try:
            work(catalog)
        except BaseException as error:  # handed to the main thread
            failure.append(error)

    worker = threading.Thread(target=run, name="kompass-claim")
    worker.start()
    try:
        yield
    finally:
        worker.join()
    if failure:
        raise failure[0]


def _has_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def _no_terminal(ui_lang: str) -> int:
    warn(text(ui_lang, "cli.open.no_terminal"))
    return EXIT_USAGE


def _run(ui_lang: str, **options: object) -> int:
    if not _has_terminal():
        return _no_terminal(ui_lang)
    from kompass_tui.tui.app import KompassApp

    app = KompassApp(**options)  # type: ignore[arg-type]
    # What is loaded by now lives as long as the app: the collector stays off until the
    # app's first frame, then passes over it (frozen).
    app.collect_after_first_frame()
    global _workbench_ran
    _workbench_ran = True
    try:
        result = app.run()
    finally:
        # However the app ended (even by a crash): unsaved work to recovery, lock released.
        if app.keeper is not None:
            app.keeper.close()
        elif app.state is not None:
            app.state.release()
    if app.crash_message:
        warn(app.crash_message)  # it names the session's file: made visible
    return EXIT_OK if result is None else int(result)


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """`kompass open [PATH]`."""
    parser.add_argument("path", nargs="?", type=path_argument, help=text(lang, "cli.open.path"))
    criteria_dir_option(parser, lang)
    lang_option(parser, lang)


def run(args: argparse.Namespace) -> int:
    """Open the session or folder given; after the workbench, leave without teardown."""
    code = run_open(args.path, args.criteria_dir, args.lang, args.ui_lang)
    if _workbench_ran:
        # The workbench ran and is closed: the session is saved or in its recovery file and
        # the lock released. Tearing the interpreter down would only cost time.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
