"""`kompass merge BASE OURS THEIRS [PATH]`: git's merge driver for session files (%O %A %B %P).

The merged session is written into OURS atomically and the exit code is 0: what both
sides changed differently is kept in the session as disagreements to settle, not left
as a conflict. A file that cannot be read, or a session that does not load, leaves OURS
untouched with exit code 1 (git then reports a conflict). A file that is not a session is
merged as git merges text; its conflicts give exit code 1, as `git merge-file` does.
"""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path

from kompass_tui.cli.arguments import criteria_dir_option, lang_option, path_argument
from kompass_tui.cli.output import warn
from kompass_tui.core.files.atomic import write_bytes_atomic
from kompass_tui.core.files.toml_reading import read_file_bytes
from kompass_tui.core.git.merge_file import Author, merge_file, side_authors
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import LoadError, Problem
from kompass_tui.core.texts.catalog import Texts
from kompass_tui.exit_codes import EXIT_INVALID, EXIT_OK


def run_merge(args: argparse.Namespace) -> int:
    """Merge BASE, OURS and THEIRS into OURS; 0 when merged, 1 when OURS was left as it was."""
    words = Texts(args.ui_lang, "cli.merge.")
    paths: tuple[Path, Path, Path] = (args.base, args.ours, args.theirs)
    base, ours, theirs = (read_file_bytes(path) for path in paths)
    repo_path: str = args.path or ""
    authors = (
        side_authors(repo_path, Path.cwd()) if repo_path else (Author("ours"), Author("theirs"))
    )
    merged = merge_file(base, ours, theirs, paths, Catalog.default(args.criteria_dir), authors)
    name = repo_path or str(args.ours)
    if merged.session is None and merged.conflicts:
        warn(words("plain_conflicts", path=name, n=merged.conflicts))
        try:
            write_bytes_atomic(args.ours, merged.data)
        except OSError as error:
            raise LoadError([Problem(str(args.ours), "", f"cannot be written: {error}")]) from None
        return EXIT_INVALID
    try:
        write_bytes_atomic(args.ours, merged.data)
    except OSError as error:
        raise LoadError([Problem(str(args.ours), "", f"cannot be written: {error}")]) from None
    notes = merged.session.consensus if merged.session is not None else None
    if notes is not None and notes.open_count:
        warn(words("open", path=name, quoted=shlex.quote(name), n=notes.open_count))
    return EXIT_OK


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """`kompass merge BASE OURS THEIRS [PATH]`."""
    words = Texts(lang, "cli.merge.")
    parser.add_argument("base", type=path_argument, metavar="BASE", help=words("base"))
    parser.add_argument("ours", type=path_argument, metavar="OURS", help=words("ours"))
    parser.add_argument("theirs", type=path_argument, metavar="THEIRS", help=words("theirs"))
    parser.add_argument("path", nargs="?", default="", metavar="PATH", help=words("path"))
    criteria_dir_option(parser, lang)
    lang_option(parser, lang)


run = run_merge
