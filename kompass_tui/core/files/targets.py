"""Checks on the files a command is asked to write, made before anything is loaded.

One check for every command that writes (`export -o`, `--svg`, `compare -o`, `consensus -o`,
`new`) and for the workbench's export prompt: the output must be a regular file or a new
name in an existing folder, not a file the command reads, and not a folder, FIFO, device
or socket (writing there would hang, or replace something that is not a report). A
symbolic link is written through to the file it names (see `atomic.py`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from kompass_tui.core.files.regular import real_path, regular_or_missing
from kompass_tui.core.lean_dataclasses import lean_dataclass

TargetIssue = Literal["empty", "protected", "folder", "special", "no_folder", "exists", "suffix"]


@lean_dataclass
class TargetProblem:
    """Why an output path cannot be written: `issue` for a translated message, `detail` the
    kind of file or the missing folder, and `message(option, what)` in English."""

    issue: TargetIssue
    path: Path
    detail: str = ""

    def message(self, option: str, what: str = "a file the command reads") -> str:
        """`FILE: OPTION ...why`: the line a command prints."""
        path, detail = self.path, self.detail
        texts = {
            "empty": f"{option}: an empty file name",
            "protected": f"{path}: {option} would overwrite {what}",
            "folder": f"{path}: {option} names a folder, not a file",
            "special": f"{path}: {option} names {detail}, not a regular file; "
            "kompass writes only regular files",
            "no_folder": f"{path}: folder {detail!r} does not exist",
            "exists": f"{path}: already exists; {detail} never overwrites a file",
            "suffix": f"{path}: {detail}",
        }
        return texts[self.issue]


def check_target(
    target: Path,
    protected: Sequence[Path] = (),
    *,
    new_by: str = "",
    suffix: str = "",
) -> TargetProblem | None:
    """What is wrong with writing `target`, or None when it may be written.

    `protected` are files the command reads (the output must not be one of them, also
    not through a link); with `new_by` (the command's name) the name must not exist in
    any form; with `suffix` the name must end in it, with a name before it.
    """
    if not str(target) or not target.name:
        return TargetProblem("empty", target)
    if suffix:
        reason = suffix_problem(target, suffix)
        if reason:
            return TargetProblem("suffix", target, reason)
    real = real_path(target)
    if any(real == real_path(path) for path in protected):
        return TargetProblem("protected", target)
    if new_by and os.path.lexists(target):
        return TargetProblem("exists", target, new_by)
    kind = regular_or_missing(target)
    if kind == "a folder":
        return TargetProblem("folder", target)
    if kind:
        return TargetProblem("special", target, kind)
    folder = real.parent
    if not folder.is_dir():
        shown = target.parent if str(target.parent) else Path(".")
        return TargetProblem("no_folder", target, str(shown))
    return None


def folder_meant(typed: str) -> TargetProblem | None:
    """A name typed with a final `/` means a folder (a `Path` forgets the slash, and would
    make `-o nowhere/` a file named `nowhere`): when that folder does not exist, the
    problem naming it; else None (an existing folder is refused by `check_target`)."""
    if not typed.endswith(("/", os.sep)):
        return None
    folder = Path(typed).expanduser()
    if folder.is_dir():
        return None
    return TargetProblem("no_folder", folder, str(folder))


def suffix_problem(target: Path, suffix: str) -> str:
    """Why a file name does not fit `suffix` ('' when it does): no name before it, or
    another ending."""
    name = target.name
    if name == suffix:
        return f"needs a name before {suffix} (like municipality-2026{suffix})"
    if not name.endswith(suffix):
        return f"the file name must end in {suffix}"
    return ""


def target_problem(option: str, target: Path, protected: Sequence[Path], what: str) -> str:
    """Why `option` cannot write `target` (one of `protected`, a folder, a FIFO, a device,
    no such folder) as the line a command prints; '' when it can."""
    problem = check_target(target, protected)
    return problem.message(option, what) if problem else ""


def same_target(first: Path, second: Path) -> bool:
    """Whether two output paths name one file (also through links)."""
    return real_path(first) == real_path(second)
