"""Checks on the files a command is asked to write, made before anything is loaded."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def target_problem(option: str, target: Path, protected: Sequence[Path], what: str) -> str:
    """Why `option` cannot write `target` (one of `protected`, a folder, no such folder).

    Returns '' when it can; `what` names the protected files in the message.
    """
    resolved = target.resolve()
    if any(resolved == path.resolve() for path in protected):
        return f"{target}: {option} would overwrite {what}"
    if target.is_dir():
        return f"{target}: {option} names a folder, not a file"
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        return f"{target}: folder {str(folder)!r} does not exist"
    return ""
