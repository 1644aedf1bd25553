"""The merge driver's work: three versions of one file merged into ours.

git calls a merge driver with the common ancestor (%O), ours (%A, where the result goes)
and theirs (%B). A session is merged by the engine (`scoring.merge`): the result always
loads, and what both sides changed differently is kept as disagreements, so the merge
succeeds. A file that is not a kompass session is merged as git merges text
(`git merge-file`), conflict markers and all.
"""

from __future__ import annotations

import os
import tomllib
from datetime import datetime
from pathlib import Path
from typing import Any

from kompass_tui.core.files.git_run import git
from kompass_tui.core.files.toml_reading import parse_toml_bytes
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.problems import KompassError, LoadError, Problem
from kompass_tui.core.session.merge import Side, merge_three
from kompass_tui.core.session.model import Session
from kompass_tui.core.session.toml_io import LoadedSession, parse_session, session_to_toml


@lean_dataclass
class FileMerge:
    """The merged file and what it holds."""

    data: bytes
    session: Session | None
    """The merged session; None when the file was merged as plain text."""
    conflicts: int = 0
    """Conflicts left in a plain-text merge (as conflict markers)."""


@lean_dataclass
class Author:
    """Who made one side, and when (from git's log when it knows)."""

    who: str
    when: str = ""


def looks_like_session(raw: bytes) -> bool:
    """Whether a file's bytes are a TOML table with a session's `schema` and `instrument`."""
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return "schema" in data and isinstance(data.get("instrument"), dict)


def merge_file(
    base: bytes,
    ours: bytes,
    theirs: bytes,
    paths: tuple[Path, Path, Path],
    catalog: Catalog,
    authors: tuple[Author, Author],
) -> FileMerge:
    """Merge the three versions; raise LoadError when ours or theirs is a session that does
    not load, KompassError when they cannot be merged (two instruments)."""
    if not (looks_like_session(ours) and looks_like_session(theirs)):
        return merge_plain(base, ours, theirs)
    our = _load(ours, paths[1], catalog)
    their = _load(theirs, paths[2], catalog)
    if our.instrument.id != their.instrument.id:
        raise KompassError(
            f"{paths[1]}: instrument {our.instrument.id!r}, theirs {their.instrument.id!r}: "
            "sessions of two instruments are not merged"
        )
    common: Session | None = None
    if base.strip() and looks_like_session(base):
        try:
            loaded = _load(base, paths[0], catalog)
            if loaded.instrument.id == our.instrument.id:
                common = loaded.session
        except LoadError:
            common = None  # merged as two sessions added apart, nothing lost
    sides = Side(our.session, *_fields(authors[0])), Side(their.session, *_fields(authors[1]))
    merged = merge_three(common, sides[0], sides[1], our.instrument)
    text = session_to_toml(merged, our.instrument)
    return FileMerge(text.encode("utf-8"), merged)


def _fields(author: Author) -> tuple[str, str]:
    return author.who, author.when


def _load(raw: bytes, path: Path, catalog: Catalog) -> LoadedSession:
    data: dict[str, Any] = parse_toml_bytes(raw, str(path))
    return parse_session(data, path, catalog)


def merge_plain(base: bytes, ours: bytes, theirs: bytes) -> FileMerge:
    """Merge as git merges text files: `git merge-file`, conflict markers where both
    changed the same lines."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kompass-merge-") as folder:
        names = []
        for name, data in (("ours", ours), ("base", base), ("theirs", theirs)):
            path = Path(folder) / name
            path.write_bytes(data)
            names.append(str(path))
        done = git("merge-file", "-p", "-L", "ours", "-L", "base", "-L", "theirs", *names)
    if done.code < 0 or done.code > 127:
        raise LoadError([Problem("", "", f"git merge-file failed: {done.err.strip()}")])
    return FileMerge(done.out, None, done.code)


def side_authors(path_in_repo: str, cwd: Path) -> tuple[Author, Author]:
    """Who made ours and theirs of a file being merged: the last commit to touch it on
    HEAD and on the commit merged in, else the user's git name and "theirs".

    git names the commits being merged to a merge driver in `GITHEAD_<commit>` variables
    (one of them is HEAD); MERGE_HEAD and the like are tried after them."""
    ours = _last_author("HEAD", path_in_repo, cwd)
    if ours is None:
        name = git("config", "user.name", cwd=cwd).text or "ours"
        ours = Author(name, datetime.now().astimezone().isoformat(timespec="minutes"))
    head = git("rev-parse", "HEAD", cwd=cwd).text
    named = sorted(key[len("GITHEAD_") :] for key in os.environ if key.startswith("GITHEAD_"))
    refs = [rev for rev in named if rev != head] + ["MERGE_HEAD", "REBASE_HEAD", "CHERRY_PICK_HEAD"]
    theirs = None
    for ref in refs:
        theirs = _last_author(ref, path_in_repo, cwd)
        if theirs is not None:
            break
    return ours, theirs or Author("theirs")


def _last_author(ref: str, path: str, cwd: Path) -> Author | None:
    if not path:
        return None
    found = git("log", "-1", "--format=%an%x00%aI", ref, "--", path, cwd=cwd)
    if not found.ok or "\0" not in found.text:
        return None
    who, when = found.text.split("\0", 1)
    return Author(who, when)
