"""Nothing lost: backups, external changes, recovery files, locks and safe names."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from kompass_tui.core.files.atomic import backup_path
from kompass_tui.core.files.file_names import (
    free_session_path,
    is_safe_file_name,
    propose_file_name,
    slug,
)
from kompass_tui.core.files.locks import LockHeldError, SessionLock, lock_path, read_lock
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.recovery import (
    describe_changes,
    discard_recovery,
    pending_recovery,
    recovery_path,
    write_recovery,
)
from kompass_tui.core.session.toml_io import ExternalChangeError, load_session, save_session
from tests.helpers import REPO


def test_save_keeps_the_previous_version(catalog: Catalog, demo_copy: Path) -> None:
    before = demo_copy.read_bytes()
    loaded = load_session(demo_copy, catalog)
    loaded.session.set_score(loaded.instrument, "1.1", Decimal(9))
    save_session(loaded.session, loaded.instrument, demo_copy, loaded.digest)
    assert backup_path(demo_copy).read_bytes() == before
    assert load_session(demo_copy, catalog).session.scores["1.1"] == 9
    leftovers = [p.name for p in demo_copy.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_save_refuses_when_the_file_changed_on_disk(catalog: Catalog, demo_copy: Path) -> None:
    loaded = load_session(demo_copy, catalog)
    changed = demo_copy.read_text(encoding="utf-8").replace('"1.2" = 14.0', '"1.2" = 13.0')
    demo_copy.write_text(changed, encoding="utf-8")
    loaded.session.set_score(loaded.instrument, "1.1", Decimal(1))
    with pytest.raises(ExternalChangeError, match="changed on disk"):
        save_session(loaded.session, loaded.instrument, demo_copy, loaded.digest)
    assert demo_copy.read_text(encoding="utf-8") == changed
    # The user chose to overwrite: no expected digest.
    digest = save_session(loaded.session, loaded.instrument, demo_copy)
    assert save_session(loaded.session, loaded.instrument, demo_copy, digest) == digest


def test_recovery_is_offered_whenever_it_differs_whatever_the_times(
    catalog: Catalog, demo_copy: Path
) -> None:
    loaded = load_session(demo_copy, catalog)
    assert pending_recovery(demo_copy, catalog) is None
    write_recovery(loaded.session, loaded.instrument, demo_copy)
    assert pending_recovery(demo_copy, catalog) is None  # same content
    loaded.session.set_score(loaded.instrument, "1.1", Decimal(3))
    loaded.session.set_comment("1.2", "ny kommentar")
    write_recovery(loaded.session, loaded.instrument, demo_copy)
    assert recovery_path(demo_copy).name == ".norrkoping-2010.toml.recovery"
    restored = pending_recovery(demo_copy, catalog)
    assert restored is not None and restored.session == loaded.session
    original = load_session(demo_copy, catalog).session
    changes = describe_changes(original, restored.session, loaded.instrument, "sv")
    assert changes == ["Fråga 1.1: poäng 7,5 → 3", "Fråga 1.2: kommentar"]
    # A session file newer than the recovery file (touched by a backup tool, `git
    # checkout`) does not hide the unsaved work (#11).
    time.sleep(0.01)
    save_session(original, loaded.instrument, demo_copy)
    os.utime(demo_copy, ns=(time.time_ns() + 10**9, time.time_ns() + 10**9))
    again = pending_recovery(demo_copy, catalog)
    assert again is not None and again.session == loaded.session
    assert discard_recovery(demo_copy)
    assert not recovery_path(demo_copy).exists()


HOLD_LOCK = """
import sys, time
from pathlib import Path
from kompass_tui.core.files.locks import SessionLock
lock = SessionLock.acquire(Path(sys.argv[1]))
print("locked", flush=True)
time.sleep(60)
"""


def test_lock_held_by_another_process_then_stale(demo_copy: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(demo_copy)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(LockHeldError) as caught:
            SessionLock.acquire(demo_copy)
        info = caught.value.holder
        assert info.pid == holder.pid and not info.is_stale()
        assert f"pid {holder.pid}" in str(caught.value)
        with pytest.raises(LockHeldError):
            SessionLock.take_over(demo_copy, info)
    finally:
        holder.kill()
        holder.wait()
    stale = read_lock(demo_copy)
    assert stale is not None and stale.is_stale()
    lock = SessionLock.take_over(demo_copy, stale)
    assert read_lock(demo_copy) == lock.info
    assert lock.info.pid == os.getpid()
    lock.release()
    assert not lock_path(demo_copy).exists()


def test_lock_is_released_only_by_its_holder(demo_copy: Path) -> None:
    first = SessionLock.acquire(demo_copy)
    with pytest.raises(LockHeldError):
        SessionLock.acquire(demo_copy)
    first.release()
    second = SessionLock.acquire(demo_copy)
    first.release()  # no longer ours: must not remove the second holder's lock
    assert read_lock(demo_copy) == second.info
    second.release()


def test_a_garbled_lock_file_can_be_taken_over(demo_copy: Path) -> None:
    lock_path(demo_copy).write_bytes(b"\x00\xff garbage")
    with pytest.raises(LockHeldError) as caught:
        SessionLock.acquire(demo_copy)
    assert caught.value.holder.is_stale()
    SessionLock.take_over(demo_copy, caught.value.holder).release()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Norrköping", "norrkoping"),
        ("Upplands Väsby", "upplands-vasby"),
        ("Malmö/Lund", "malmo-lund"),
        ("../../etc/passwd", "etc-passwd"),
        ("..", ""),
        ("Ærø Kommune", "aero-kommune"),
        ("Tromsø", "tromso"),
        ("\x00\x1b[31m", "31m"),
    ],
)
def test_safe_names(name: str, expected: str) -> None:
    assert slug(name) == expected


def test_proposed_paths_stay_inside_the_folder(tmp_path: Path) -> None:
    assert propose_file_name("..", 2010) == "session-2010.toml"
    assert propose_file_name("Norrköping", 2010) == "norrkoping-2010.toml"
    assert is_safe_file_name("are-2026.toml") and is_safe_file_name("åre-2026.toml")
    for bad in ("../x.toml", "a/b.toml", ".hidden.toml", "x.txt", "a\x00.toml", " x.toml"):
        assert not is_safe_file_name(bad), repr(bad)
    first = free_session_path(tmp_path, "Norrköping", 2010)
    assert first == tmp_path / "norrkoping-2010.toml"
    first.write_text("x")
    assert free_session_path(tmp_path, "Norrköping", 2010) == tmp_path / "norrkoping-2010-2.toml"
    for hostile in ("../../x", "/etc/passwd", "a/../../b", "\\..\\x"):
        assert free_session_path(tmp_path, hostile).parent == tmp_path
