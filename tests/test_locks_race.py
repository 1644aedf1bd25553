"""Issue #11, items 3 and 7: locks are created whole and taken over by exactly one process.

Separate processes, started once and lined up by a barrier before every round, take
over the same stale lock (or open the same unlocked session) at the same instant, many
times: exactly one may win each round, and a loser never reads a half-written lock.
"""

from __future__ import annotations

import multiprocessing
import os
import socket
import subprocess
import sys
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest

from kompass_tui.core.files.locks import LockHeldError, LockInfo, SessionLock, lock_path, read_lock
from tests.helpers import REPO

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX processes and links")

ROUNDS = 150
RACERS = 3


def dead_pid() -> int:
    """The pid of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def stale_lock(path: Path, pid: int) -> LockInfo:
    """A lock left by a process on this host that has ended."""
    path.write_text("schema = 1\n", encoding="utf-8")
    info = LockInfo("gone", socket.gethostname(), pid, "2026-01-01T09:00:00+01:00", "f" * 16)
    lock_path(path).write_bytes(info.to_bytes())
    return info


def racer(folder: str, rounds: int, mode: str, barrier: Barrier, results: Connection) -> None:
    """In a process of its own: every round, wait for the others, then try at once."""
    outcomes: list[tuple[str, int, str]] = []
    for number in range(rounds):
        path = Path(folder) / f"s{number}.toml"
        stale = read_lock(path) if mode == "take_over" else None
        barrier.wait()
        try:
            if stale is not None:
                lock = SessionLock.take_over(path, stale)
            else:
                lock = SessionLock.acquire(path)
            outcomes.append(("won", lock.info.pid, lock.info.token))
        except LockHeldError as held:
            outcomes.append(("lost", held.holder.pid, held.holder.token))
    results.send(outcomes)
    results.close()


def race(folder: Path, mode: str) -> list[list[tuple[str, int, str]]]:
    """Run RACERS processes for ROUNDS rounds; each one's outcomes, round by round."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(RACERS)
    pipes = [context.Pipe(duplex=False) for _ in range(RACERS)]
    processes = [
        context.Process(target=racer, args=(str(folder), ROUNDS, mode, barrier, sender))
        for _, sender in pipes
    ]
    for process in processes:
        process.start()
    outcomes = [receiver.recv() for receiver, _ in pipes]
    for process in processes:
        process.join(30)
        assert process.exitcode == 0
    return outcomes


def check_rounds(folder: Path, outcomes: list[list[tuple[str, int, str]]]) -> None:
    """Exactly one winner per round, the lock file names it, every loser saw it or the
    stale lock (whole), never a half-written one."""
    for number in range(ROUNDS):
        results = [racer_outcomes[number] for racer_outcomes in outcomes]
        winners = [(pid, token) for verdict, pid, token in results if verdict == "won"]
        assert len(winners) == 1, (number, results)
        on_disk = read_lock(folder / f"s{number}.toml")
        assert on_disk is not None and (on_disk.pid, on_disk.token) == winners[0]
        for verdict, pid, token in results:
            if verdict == "lost":
                assert pid > 0 and token, (number, results)  # never "pid 0": half-written


def test_taking_over_one_stale_lock_at_the_same_instant_makes_one_writable(
    tmp_path: Path,
) -> None:
    pid = dead_pid()
    for number in range(ROUNDS):
        stale_lock(tmp_path / f"s{number}.toml", pid)
    outcomes = race(tmp_path, "take_over")
    check_rounds(tmp_path, outcomes)
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith((".claim", ".tmp"))]
    assert leftovers == []


def test_opening_one_session_at_the_same_instant_never_reads_half_a_lock(
    tmp_path: Path,
) -> None:
    for number in range(ROUNDS):
        (tmp_path / f"s{number}.toml").write_text("schema = 1\n", encoding="utf-8")
    outcomes = race(tmp_path, "acquire")
    check_rounds(tmp_path, outcomes)


CRASH_MID_TAKE_OVER = """
import os, sys
from pathlib import Path
from kompass_tui.core.files import locks
from kompass_tui.core.files.locks import SessionLock, read_lock
path = Path(sys.argv[1])
stale = read_lock(path)
locks.replace_name_atomic = lambda *args: os._exit(3)  # dies after claiming, before replacing
SessionLock.take_over(path, stale)
"""


def test_a_take_over_that_died_half_way_does_not_block_the_next(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    stale = stale_lock(path, dead_pid())
    crashed = subprocess.run(
        [sys.executable, "-c", CRASH_MID_TAKE_OVER, str(path)], cwd=REPO, timeout=60
    )
    assert crashed.returncode == 3
    assert read_lock(path) == stale  # nothing replaced
    assert any(p.name.endswith(".claim") for p in tmp_path.iterdir())  # its claim remains
    lock = SessionLock.take_over(path, stale)
    assert read_lock(path) == lock.info
    lock.release()


def test_a_dangling_symbolic_link_as_lock_file_reads_as_stale(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text("schema = 1\n", encoding="utf-8")
    lock_path(path).symlink_to(tmp_path / "nowhere")
    with pytest.raises(LockHeldError) as caught:
        SessionLock.acquire(path)  # was: RecursionError
    assert caught.value.holder.is_stale()
    lock = SessionLock.take_over(path, caught.value.holder)
    assert not lock_path(path).is_symlink() and read_lock(path) == lock.info
    assert not (tmp_path / "nowhere").exists()
    lock.release()


READ_A_FIFO_LOCK = """
import sys
from pathlib import Path
from kompass_tui.core.files.locks import SessionLock, read_lock
path = Path(sys.argv[1])
holder = read_lock(path)
assert holder is not None and holder.is_stale()
SessionLock.take_over(path, holder).release()
"""


def test_a_fifo_as_lock_file_does_not_hang(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text("schema = 1\n", encoding="utf-8")
    os.mkfifo(lock_path(path))
    command = [sys.executable, "-c", READ_A_FIFO_LOCK, str(path)]
    result = subprocess.run(command, cwd=REPO, timeout=20, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert not lock_path(path).exists()
