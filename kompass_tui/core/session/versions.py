"""Another version of a session kept beside it, as its own file, until the evaluator deletes it.

When the session file changed on disk and the evaluator saves over it anyway, the version
being replaced is first copied to `NAME.theirs-YYYYMMDDTHHMMSS.toml` beside the session
(the time it was kept, local time). Unlike `NAME.toml.bak`, which the next save replaces,
this file is never touched again by kompass: it is an ordinary session file, to open,
compare or delete.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from kompass_tui.core.files.atomic import create_bytes_exclusive, file_mode
from kompass_tui.core.files.regular import read_regular, real_path

THEIRS = "theirs"
"""The label of a version someone else wrote (a colleague's `git pull`, another editor)."""
MAX_ATTEMPTS = 100
"""Names tried (`-2`, `-3` … appended) when versions are kept within the same second."""


def version_path(path: Path, label: str, when: datetime, attempt: int = 1) -> Path:
    """`NAME.LABEL-YYYYMMDDTHHMMSS.toml` beside the real session file (`-N` from attempt 2)."""
    real = real_path(path)
    stem = real.name.removesuffix(".toml")
    extra = "" if attempt == 1 else f"-{attempt}"
    return real.with_name(f"{stem}.{label}-{when:%Y%m%dT%H%M%S}{extra}.toml")


def keep_version(path: Path, label: str = THEIRS, when: datetime | None = None) -> Path | None:
    """Copy what the session file holds now to a new file beside it; its path, or None when
    there is no file to keep. Never replaces an existing file (OSError if it cannot write)."""
    real = real_path(path)
    try:
        data = read_regular(real)
    except FileNotFoundError:
        return None
    moment = when or datetime.now()
    mode = file_mode(real)
    for attempt in range(1, MAX_ATTEMPTS + 1):
        target = version_path(real, label, moment, attempt)
        try:
            create_bytes_exclusive(target, data, mode)
        except FileExistsError:
            continue
        return target
    raise FileExistsError(version_path(real, label, moment))
