"""`kompass git-setup`: register the merge driver in a repository, for session files only.

The driver is registered in the repository's own configuration (`.git/config`, not
shared: each clone runs git-setup once), and `.gitattributes` (shared: commit it) names
the session files it applies to: a folder whose TOML files are all sessions as
`FOLDER/*.toml`, a session beside other TOML files by its own name. Instruments,
benchmark files, `pyproject.toml` and any other TOML are never named. Running it again
changes nothing.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from kompass_tui.core.files.atomic import write_text_atomic
from kompass_tui.core.files.git_run import git
from kompass_tui.core.files.regular import read_regular
from kompass_tui.core.git.merge_file import looks_like_session
from kompass_tui.core.lean_dataclasses import field, lean_dataclass

DRIVER = "kompass"
NAME = "kompass: sessions merged by their questions, disagreements kept"
ATTRIBUTE = f"merge={DRIVER}"


@lean_dataclass(frozen=False)
class Setup:
    """What git-setup found and did."""

    top: Path
    driver_set: bool = False
    """Whether the driver's configuration was added or changed (False: it was there)."""
    added: list[str] = field(default_factory=list)
    """Patterns added to .gitattributes."""
    kept: list[str] = field(default_factory=list)
    """Patterns already there."""


def session_patterns(top: Path) -> list[str]:
    """The `.gitattributes` patterns for the session files in a work tree."""
    # -z: names as they are (git quotes a name with å, ä or ö otherwise).
    listed = git("ls-files", "-z", "--cached", "--others", "--exclude-standard", "*.toml", cwd=top)
    names = listed.out.decode("utf-8", "surrogateescape").split("\0")
    files = [PurePosixPath(name) for name in dict.fromkeys(names) if name]
    folders: dict[PurePosixPath, list[tuple[PurePosixPath, bool]]] = {}
    for name in files:
        try:
            is_session = looks_like_session(read_regular(top / Path(name)))
        except (OSError, ValueError):
            is_session = False
        folders.setdefault(name.parent, []).append((name, is_session))
    patterns: list[str] = []
    for folder in sorted(folders):
        entries = folders[folder]
        sessions = [name for name, is_session in entries if is_session]
        if not sessions:
            continue
        if len(sessions) == len(entries) and str(folder) != ".":
            patterns.append(f"{_escaped(str(folder))}/*.toml")
        else:
            patterns += [_escaped(str(name)) for name in sessions]
    return patterns


def _escaped(pattern: str) -> str:
    """A name as a `.gitattributes` pattern: glob characters escaped, and a name with a
    space or a quote in C-style quotes (git splits a line at whitespace otherwise)."""
    for char in "\\*?[":
        pattern = pattern.replace(char, "\\" + char)
    if any(c.isspace() or c == '"' for c in pattern):
        return '"' + pattern.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return pattern


def _pattern_with_driver(line: str) -> str | None:
    """The pattern of a `.gitattributes` line that sets merge=kompass, as written."""
    if not line or line.startswith("#"):
        return None
    if line.startswith('"'):
        end = line.find('"', 1)
        while end > 0 and line[end - 1] == "\\":
            end = line.find('"', end + 1)
        if end < 0:
            return None
        pattern, rest = line[: end + 1], line[end + 1 :].split()
    else:
        pattern, *rest = line.split()
    return pattern if ATTRIBUTE in rest else None


def set_up(top: Path, command: str) -> Setup:
    """Register `command` as the driver (`COMMAND merge %O %A %B %P`) and name the session
    files in `.gitattributes`; raise OSError when a file cannot be written."""
    result = Setup(top)
    driver = f"{command} merge %O %A %B %P"
    for key, value in (("name", NAME), ("driver", driver)):
        current = git("config", "--local", "--get", f"merge.{DRIVER}.{key}", cwd=top)
        if not current.ok or current.text != value:
            done = git("config", "--local", f"merge.{DRIVER}.{key}", value, cwd=top)
            if not done.ok:
                raise OSError(done.err.strip() or "git config failed")
            result.driver_set = True
    attributes = top / ".gitattributes"
    text = attributes.read_text(encoding="utf-8") if attributes.exists() else ""
    present = {
        pattern
        for line in text.splitlines()
        if (pattern := _pattern_with_driver(line.strip())) is not None
    }
    for pattern in session_patterns(top):
        (result.kept if pattern in present else result.added).append(pattern)
    if result.added:
        lines = [f"{pattern} {ATTRIBUTE}" for pattern in result.added]
        if text and not text.endswith("\n"):
            text += "\n"
        write_text_atomic(attributes, text + "\n".join(lines) + "\n")
    return result
