"""Running git: one helper that never raises for a git that fails or is missing."""

from __future__ import annotations

import subprocess
from pathlib import Path

from kompass_tui.core.lean_dataclasses import lean_dataclass


@lean_dataclass
class GitResult:
    """What one git command did."""

    code: int
    """Its exit code; 127 when git could not be started."""
    out: bytes
    err: str

    @property
    def ok(self) -> bool:
        """Whether git succeeded."""
        return self.code == 0

    @property
    def text(self) -> str:
        """Its output as text, without the final newline."""
        return self.out.decode("utf-8", "replace").rstrip("\n")


def git(*args: str, cwd: Path | None = None, stdin: bytes | None = None) -> GitResult:
    """Run `git ARGS` in `cwd` and capture what it says."""
    try:
        done = subprocess.run(
            ["git", *args],
            cwd=cwd,
            input=stdin,
            capture_output=True,
            timeout=120,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return GitResult(127, b"", str(error))
    return GitResult(done.returncode, done.stdout, done.stderr.decode("utf-8", "replace"))


def top_level(folder: Path) -> Path | None:
    """The work tree `folder` is in, or None when it is in none."""
    found = git("rev-parse", "--show-toplevel", cwd=folder)
    return Path(found.text) if found.ok and found.text else None


def user_name(folder: Path) -> str:
    """Who is working here, as the consensus log names them: git's user.name for the
    folder, else the login name."""
    import getpass

    name = git("config", "user.name", cwd=folder).text.strip() if folder.is_dir() else ""
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""
