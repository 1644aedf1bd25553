"""How a session's scores (and one question's texts) changed across a repository's commits.

Read from git itself: the commits that touched the file (`git log --follow`, renames
followed), each version as committed (`git show REV:PATH`) compared with the version in
its first parent. Nothing is kept beside git.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from kompass_tui.core.files.git_run import git, top_level
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.problems import KompassError, LoadError
from kompass_tui.core.session.model import ScoreState, Session
from kompass_tui.core.session.toml_io import session_from_bytes


@lean_dataclass
class ScoreChange:
    """One question's score changed by one commit."""

    question_id: str
    old: ScoreState
    new: ScoreState
    reason: str = ""
    """The agreed reason, when the commit settled the question in a consensus meeting."""
    disputed: dict[str, Decimal] = field(default_factory=dict)
    """The sides' scores, when the commit left the question in disagreement."""


@lean_dataclass
class TextChange:
    """One of the question's texts changed by one commit: the paragraphs removed, added."""

    name: str
    """`findings` or `comments`."""
    removed: tuple[str, ...]
    added: tuple[str, ...]


@lean_dataclass
class Commit:
    """One commit that changed what was asked about."""

    rev: str
    author: str
    date: str
    subject: str
    scores: tuple[ScoreChange, ...]
    texts: tuple[TextChange, ...] = ()
    unreadable: bool = False
    """Whether this version of the file did not load (its changes are unknown)."""


def history(path: Path, catalog: Catalog, question_id: str = "") -> list[Commit]:
    """The commits that changed the session's scores (or, with `question_id`, that
    question's score or texts), oldest first; raise KompassError outside a repository."""
    top = top_level(path.resolve().parent)
    if top is None:
        raise KompassError(f"{path}: not in a git repository")
    relative = path.resolve().relative_to(top.resolve()).as_posix()
    found: list[Commit] = []
    versions: dict[tuple[str, str], Session | None] = {}  # each version loaded once

    def version(rev: str, name: str | None) -> Session | None:
        if not name:
            return None
        if (rev, name) not in versions:
            versions[rev, name] = _version(top, rev, name, catalog)
        return versions[rev, name]

    for rev, author, when, subject, name in _commits(top, relative):
        new = version(rev, name)
        parent = git("rev-parse", "--verify", "--quiet", f"{rev}^", cwd=top)
        old = (
            version(parent.text, _path_in(top, parent.text, relative, name)) if parent.ok else None
        )
        if new is None:
            found.append(Commit(rev, author, when, subject, (), (), True))
            continue
        scores = _score_changes(old, new, question_id)
        texts = _text_changes(old, new, question_id) if question_id else ()
        if scores or texts:
            found.append(Commit(rev, author, when, subject, scores, texts))
    return found


_FORMAT = "--format=%x01%H%x00%an%x00%aI%x00%ct%x00%s"
_UNQUOTED = ("-c", "core.quotePath=false")


def _commits(top: Path, relative: str) -> list[tuple[str, str, str, str, str]]:
    """The commits that touched the file, oldest first, each with the file's name then:
    `--follow` finds them across renames but leaves out merges, so the merges that
    changed any of its names are added."""
    # Names as they are: git quotes a name with å, ä or ö unless told not to.
    log = git(*_UNQUOTED, "log", "--follow", _FORMAT, "--name-only", "--", relative, cwd=top)
    if not log.ok:
        raise KompassError(f"{relative}: git log failed: {log.err.strip()}")
    entries = list(_entries(log.text))
    names = list(dict.fromkeys([relative, *(e[5] for e in entries if e[5])]))
    merges = git(*_UNQUOTED, "log", "--merges", _FORMAT, "--", *names, cwd=top)
    seen = {e[0] for e in entries}
    for rev, author, when, stamp, subject, _ in _entries(merges.text if merges.ok else ""):
        if rev not in seen:
            name = _path_in(top, rev, *names) or relative
            entries.append((rev, author, when, stamp, subject, name))
    order = {rev: index for index, rev in enumerate(_topological(top))}
    entries.sort(key=lambda e: (order.get(e[0], 0), int(e[3])))
    return [(rev, author, when, subject, name) for rev, author, when, _, subject, name in entries]


def _topological(top: Path) -> list[str]:
    listed = git("rev-list", "--topo-order", "--reverse", "HEAD", cwd=top)
    return listed.text.splitlines() if listed.ok else []


def _entries(text: str) -> Iterator[tuple[str, str, str, str, str, str]]:
    for block in text.split("\x01"):
        lines = [line for line in block.splitlines() if line]
        if not lines or lines[0].count("\0") != 4:
            continue
        rev, author, when, stamp, subject = lines[0].split("\0")
        name = lines[1] if len(lines) > 1 else ""
        yield rev, author, when[:10], stamp, subject, name


def _path_in(top: Path, rev: str, *names: str) -> str | None:
    for name in names:
        if name and git("cat-file", "-e", f"{rev}:{name}", cwd=top).ok:
            return name
    return None


def _version(top: Path, rev: str, name: str, catalog: Catalog) -> Session | None:
    shown = git("show", f"{rev}:{name}", cwd=top)
    if not shown.ok:
        return None
    try:
        return session_from_bytes(shown.out, Path(name), catalog).session
    except LoadError:
        return None


def _score_changes(old: Session | None, new: Session, question_id: str) -> tuple[ScoreChange, ...]:
    ids = [question_id] if question_id else list(dict.fromkeys([*new.scores, *new.not_applicable]))
    if old is not None and not question_id:
        ids += [q for q in [*old.scores, *old.not_applicable] if q not in ids]
    changes = []
    old_log = old.consensus.log if old is not None and old.consensus is not None else []
    for qid in sorted(ids, key=_question_order):
        before = old.score_state(qid) if old is not None else (None, False)
        after = new.score_state(qid)
        disputes = new.consensus.disputes if new.consensus is not None else {}
        was_disputed = (
            old is not None and old.consensus is not None and qid in (old.consensus.disputes)
        )
        if before == after and (qid in disputes) == was_disputed:
            continue
        reason = ""
        if new.consensus is not None:
            added = [s for s in new.consensus.log if s not in old_log and s.place == qid]
            reason = added[-1].reason if added else ""
        disputed = dict(disputes[qid].scores) if qid in disputes else {}
        changes.append(ScoreChange(qid, before, after, reason, disputed))
    return tuple(changes)


def _question_order(question_id: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in question_id.split("."))


def _text_changes(old: Session | None, new: Session, question_id: str) -> tuple[TextChange, ...]:
    changes = []
    for name in ("findings", "comments"):
        before = getattr(old, name).get(question_id, "") if old is not None else ""
        after = getattr(new, name).get(question_id, "")
        if before == after:
            continue
        old_lines = [p for p in before.split("\n") if p.strip()]
        new_lines = [p for p in after.split("\n") if p.strip()]
        removed = tuple(p for p in old_lines if p not in new_lines)
        added = tuple(p for p in new_lines if p not in old_lines)
        changes.append(TextChange(name, removed, added))
    return tuple(changes)
