"""Issue #11, item 4: backups, recovery files, locks and temp files keep the session's mode.

A session kept private (0600) must not leak through a world-readable `.bak`, recovery
file or lock, nor through the temp file a save renames into place.
"""

from __future__ import annotations

import os
import socket
import stat
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from kompass_tui.core.files.atomic import backup_path
from kompass_tui.core.files.locks import LockInfo, SessionLock, lock_path, read_lock
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.recovery import recovery_path, write_recovery
from kompass_tui.core.session.toml_io import load_session, save_session

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The usual umask, under which a new file would be 0644."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    """A file's permission bits."""
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("session_mode", [0o600, 0o640, 0o444])
def test_every_file_beside_a_session_keeps_its_mode(
    demo_copy: Path, catalog: Catalog, monkeypatch: pytest.MonkeyPatch, session_mode: int
) -> None:
    os.chmod(demo_copy, session_mode)
    renamed: list[int] = []
    replace = os.replace

    def recording_replace(source: str, target: str) -> None:
        renamed.append(mode(Path(source)))  # the temp file, just before it takes the name
        replace(source, target)

    monkeypatch.setattr(os, "replace", recording_replace)  # the os module atomic.py calls
    # An old backup and recovery file made world-readable before: they are tightened too.
    backup_path(demo_copy).write_text("old", encoding="utf-8")
    os.chmod(backup_path(demo_copy), 0o644)
    loaded = load_session(demo_copy, catalog)
    loaded.session.set_score(loaded.instrument, "1.1", Decimal(1))
    lock = SessionLock.acquire(demo_copy)
    write_recovery(loaded.session, loaded.instrument, demo_copy)
    save_session(loaded.session, loaded.instrument, demo_copy, loaded.digest)
    assert mode(demo_copy) == session_mode
    assert mode(backup_path(demo_copy)) == session_mode
    assert mode(recovery_path(demo_copy)) == session_mode
    assert mode(lock_path(demo_copy)) == session_mode
    assert renamed and all(m & ~session_mode == 0 for m in renamed), [oct(m) for m in renamed]
    lock.release()


def test_a_taken_over_lock_keeps_the_sessions_mode(demo_copy: Path) -> None:
    os.chmod(demo_copy, 0o600)
    stale = LockInfo("someone", socket.gethostname(), 0, "2026-01-01T09:00:00+01:00")
    lock_path(demo_copy).write_bytes(stale.to_bytes())
    os.chmod(lock_path(demo_copy), 0o644)
    held = read_lock(demo_copy)
    assert held is not None and held.is_stale()
    lock = SessionLock.take_over(demo_copy, held)
    assert mode(lock_path(demo_copy)) == 0o600
    lock.release()
