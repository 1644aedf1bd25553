"""Pilot tests of the workbench's safety: external changes, restore, locks, autosave."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from textual.widgets import Button

from kompass_tui.core.files.locks import LockInfo, lock_path, read_lock
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.core.session.recovery import recovery_path, write_recovery
from kompass_tui.core.session.toml_io import load_session, save_session
from kompass_tui.tui.app import KompassApp
from kompass_tui.tui.screens.choice_dialog import ChoiceDialog
from kompass_tui.tui.widgets.status_line import StatusLine
from tests.tui_helpers import field_of, until


def claimed(path: Path, lang: str | None = None) -> KompassApp:
    """The app as `kompass PATH` starts it: with the lock claimed (or read-only)."""
    catalog = Catalog.default()
    state = OpenSession.from_loaded(load_session(path, catalog), lang)
    state.claim(catalog)
    return KompassApp(state=state, catalog=catalog, lang=lang)


def change_on_disk(path: Path, question_id: str, score: int) -> bytes:
    """What `git pull` or another editor does: a new version of the file under the workbench."""
    loaded = load_session(path, Catalog.default())
    loaded.session.scores[question_id] = Decimal(score)
    save_session(loaded.session, loaded.instrument, path)
    return path.read_bytes()


def dialog(app: KompassApp) -> str | None:
    """The name of the safety dialog on top, if any."""
    return app.screen.name if isinstance(app.screen, ChoiceDialog) else None


def dead_pid() -> int:
    """The pid of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def status(app: KompassApp) -> str:
    """The status line's text."""
    return app.screen.query_one(StatusLine).render_text()


def kept_versions(path: Path) -> list[Path]:
    """The other versions kept beside a session (`NAME.theirs-TIME.toml`)."""
    return sorted(path.parent.glob(f"{path.stem}.theirs-*.toml"))


async def test_external_change_cancel_keeps_the_disk_file_and_keep_both_saves(
    new_session_file: Path,
) -> None:
    app = claimed(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        theirs = change_on_disk(new_session_file, "1.2", 3)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert dialog(app) == "external-change"
        await pilot.press("escape")
        await pilot.pause()
        assert dialog(app) is None
        assert new_session_file.read_bytes() == theirs
        assert app.state is not None and app.state.dirty
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("b")  # keep both: mine saved, theirs beside it
        await pilot.pause()
        assert dialog(app) is None
        assert not app.state.dirty
        assert "✓ sparad" in status(app)
        await pilot.press("ctrl+s")  # saved over it: the next save needs no question
        await pilot.pause()
        assert dialog(app) is None
    scores = load_session(new_session_file, Catalog.default()).session.scores
    assert scores == {"1.1": Decimal(5)}
    [kept] = kept_versions(new_session_file)
    assert kept.read_bytes() == theirs  # not only in .bak, which the next save replaced
    assert new_session_file.with_name(new_session_file.name + ".bak").read_bytes() != theirs


async def test_external_change_take_theirs_keeps_mine_in_the_recovery_file_and_offers_it(
    new_session_file: Path,
) -> None:
    app = claimed(new_session_file, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        theirs = change_on_disk(new_session_file, "1.2", 3)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("t")  # take theirs
        await pilot.pause()
        assert app.state is not None and app.state.session.scores == {"1.2": Decimal(3)}
        assert not app.state.dirty
        mine = load_session(recovery_path(new_session_file), Catalog.default()).session
        assert mine.scores == {"1.1": Decimal(5)}
        assert dialog(app) == "restore"  # mine offered at once
        shown = "\n".join(str(s.render()) for s in app.screen.query("Static"))
        assert "Question 1.1: score – → 5" in shown
        await pilot.press("r")
        await pilot.pause()
        assert app.state.session.scores == {"1.1": Decimal(5)}
        await pilot.press("ctrl+s")  # mine over theirs: theirs is kept beside it
        await pilot.pause()
        assert dialog(app) is None
    assert load_session(new_session_file, Catalog.default()).session.scores == {"1.1": 5}
    [kept] = kept_versions(new_session_file)
    assert kept.read_bytes() == theirs
    assert not recovery_path(new_session_file).exists()


async def test_external_change_take_theirs_then_discard_mine_leaves_theirs(
    new_session_file: Path,
) -> None:
    app = claimed(new_session_file, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        theirs = change_on_disk(new_session_file, "1.2", 3)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("t", "d", "d")  # take theirs, then throw mine away on purpose
        await pilot.pause()
        assert dialog(app) is None
        await pilot.press("f3")
        await pilot.pause()
        assert field_of(app, "1.2") == "3.0"
        await pilot.press("ctrl+s")  # the reloaded version is what is on disk now
        await pilot.pause()
        assert dialog(app) is None
    assert new_session_file.read_bytes() == theirs
    assert not kept_versions(new_session_file)


def leave_recovery(path: Path, question_id: str, score: int) -> None:
    """What a crashed workbench leaves: a recovery file newer than the session."""
    loaded = load_session(path, Catalog.default())
    loaded.session.scores[question_id] = Decimal(score)
    write_recovery(loaded.session, loaded.instrument, path)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns - 10**9))


async def test_restore_shows_the_differences_and_puts_the_recovered_work_back(
    new_session_file: Path,
) -> None:
    leave_recovery(new_session_file, "1.3", 9)
    app = claimed(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert dialog(app) == "restore"
        shown = "\n".join(str(s.render()) for s in app.screen.query("Static"))
        assert "Osparade ändringar från" in shown
        assert "Fråga 1.3: poäng – → 9" in shown
        await pilot.press("r")
        await pilot.pause()
        assert dialog(app) is None
        assert app.state is not None and app.state.session.scores == {"1.3": Decimal(9)}
        assert app.state.dirty
        await pilot.press("f3")
        await pilot.pause()
        assert field_of(app, "1.3") == "9,0"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not recovery_path(new_session_file).exists()
    assert load_session(new_session_file, Catalog.default()).session.scores == {"1.3": Decimal(9)}


async def test_discarding_recovered_work_removes_the_recovery_file(new_session_file: Path) -> None:
    leave_recovery(new_session_file, "1.3", 9)
    before = new_session_file.read_bytes()
    app = claimed(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert dialog(app) == "restore"
        await pilot.press("d")  # one key only arms discarding
        await pilot.pause()
        assert dialog(app) == "restore" and recovery_path(new_session_file).exists()
        await pilot.press("d")
        await pilot.pause()
        assert dialog(app) is None
        assert not recovery_path(new_session_file).exists()
        assert app.state is not None and app.state.session.scores == {}
        assert not app.state.dirty
    assert new_session_file.read_bytes() == before


def stale_lock(path: Path) -> LockInfo:
    """A lock left by a process on this host that has ended."""
    info = LockInfo("someone", socket.gethostname(), dead_pid(), "2026-01-01T09:00:00+01:00")
    lock_path(path).write_bytes(info.to_bytes())
    return info


async def test_stale_lock_can_be_taken_over_then_unsaved_work_is_offered(
    new_session_file: Path,
) -> None:
    stale = stale_lock(new_session_file)
    leave_recovery(new_session_file, "1.1", 4)
    app = claimed(new_session_file, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert dialog(app) == "take-over"
        shown = "\n".join(str(s.render()) for s in app.screen.query("Static"))
        assert f"pid {stale.pid}" in shown and "no longer runs" in shown
        await pilot.press("t")  # one key only arms taking over
        await pilot.pause()
        assert dialog(app) == "take-over" and app.state is not None and app.state.read_only
        await pilot.press("t")
        await pilot.pause()
        assert app.state is not None and not app.state.read_only
        holder = read_lock(new_session_file)
        assert holder is not None and holder.pid == os.getpid()
        assert dialog(app) == "restore"  # the stale lock's owner left unsaved work
        await pilot.press("r")
        await pilot.pause()
        assert "read-only" not in status(app)
        await pilot.press("f3", "6")  # to the first unscored question, 1.2
        # The restored session's area is built anew (slow under load).
        await until(pilot, lambda: "1.2" in app.state.session.scores)
        assert app.state.session.scores == {"1.1": Decimal(4), "1.2": Decimal(6)}
    assert not lock_path(new_session_file).exists()  # released when the app ended
    recovered = load_session(recovery_path(new_session_file), Catalog.default())
    assert recovered.session.scores == {"1.1": Decimal(4), "1.2": Decimal(6)}


async def test_stale_lock_declined_opens_read_only(new_session_file: Path) -> None:
    stale = stale_lock(new_session_file)
    app = claimed(new_session_file, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert dialog(app) == "take-over"
        await pilot.press("escape")
        await pilot.pause()
        assert app.state is not None and app.state.read_only
        assert "🔒 read-only – open by someone@" in status(app)
        await pilot.press("f3", "5", "ctrl+s")
        await pilot.pause()
        assert app.state.session.scores == {}
    assert read_lock(new_session_file) == stale


async def test_edits_reach_the_recovery_file_within_two_seconds(new_session_file: Path) -> None:
    app = claimed(new_session_file)
    recovery = recovery_path(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        # Typing on without a pause does not hold the recovery file back.
        for key in ["5", "enter", "6", "enter", "7", "enter", "8"]:
            await pilot.press(key)
            await pilot.pause(0.3)
        assert recovery.exists()
        await pilot.pause(1.4)
        held = load_session(recovery, Catalog.default()).session.scores
        assert held == {"1.1": 5, "1.2": 6, "1.3": 7, "1.4": 8}
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not recovery.exists()
        await pilot.pause(1.2)
        assert not recovery.exists()  # saved: nothing to recover
        await pilot.press("enter", "9")
        await pilot.pause(2.2)
        assert recovery.exists()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert dialog(app) == "quit"
        await pilot.press("d")  # one key only arms quitting without saving
        await pilot.pause()
        assert dialog(app) == "quit" and recovery.exists()
        await pilot.press("d")
        await pilot.pause()
    assert not recovery.exists()
    assert not lock_path(new_session_file).exists()


async def test_leaving_with_unsaved_work_writes_the_recovery_file(new_session_file: Path) -> None:
    app = claimed(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        app.exit()  # as a crash or a closed terminal ends the app: no question asked
    recovered = load_session(recovery_path(new_session_file), Catalog.default())
    assert recovered.session.scores == {"1.1": Decimal(5)}
    assert not lock_path(new_session_file).exists()


async def test_typing_on_past_two_seconds_writes_at_once(
    new_session_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kompass_tui.tui import safekeeping

    # Real timers never fire here, however slow the machine: the pause that writes is 30 s,
    # the limit 60 s; only the clock's jump past the limit can write.
    monkeypatch.setattr(safekeeping, "AUTOSAVE_IDLE", 30.0)
    monkeypatch.setattr(safekeeping, "AUTOSAVE_MAX", 60.0)
    clock = iter([100.0, 160.5, 160.6, 160.7, 160.8])
    monkeypatch.setattr(safekeeping, "clock", lambda: next(clock, 161.0))
    app = claimed(new_session_file)
    recovery = recovery_path(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")  # first unwritten edit at 100.0
        await pilot.pause()
        assert not recovery.exists()
        await pilot.press("enter", "6")  # 60.5 s later: due already
        await pilot.pause()
        assert recovery.exists()
        held = load_session(recovery, Catalog.default()).session.scores
        assert held == {"1.1": 5, "1.2": 6}


async def test_saving_a_deleted_file_asks_before_creating_it_again(new_session_file: Path) -> None:
    app = claimed(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        new_session_file.unlink()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert dialog(app) == "file-gone"
        await pilot.press("escape")
        await pilot.pause()
        assert not new_session_file.exists()  # not created behind the user's back
        await pilot.press("ctrl+s", "s")
        await pilot.pause()
        assert dialog(app) is None
    assert load_session(new_session_file, Catalog.default()).session.scores == {"1.1": 5}


async def test_export_prompt_refuses_a_fifo(demo_copy: Path) -> None:
    fifo = demo_copy.with_name("rapport.md")
    os.mkfifo(fifo)
    app = claimed(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+e", "ctrl+u")  # clear the proposed path, type the FIFO's
        await pilot.press(*str(fifo), "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "ExportPrompt"  # Enter refused
        problem = str(app.screen.query_one("#export-problem").render())
        assert "rapport.md är" in problem and "inte en vanlig fil" in problem


async def test_external_change_merge_keeps_both_sides_and_the_disagreement(
    new_session_file: Path,
) -> None:
    """Merge is the first choice: a change on either side is kept, one question changed on
    both sides differently becomes a disagreement to settle, and the result is saved."""
    app = claimed(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5", "enter", "7")  # mine: 1.1 = 5, 1.2 = 7
        await pilot.pause()
        loaded = load_session(new_session_file, Catalog.default())
        loaded.session.scores["1.2"] = Decimal(3)  # theirs: 1.2 = 3 and a strength
        loaded.session.area_notes("2").strengths = ["Tydlig styrning"]
        save_session(loaded.session, loaded.instrument, new_session_file)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert dialog(app) == "external-change"
        choices = [str(b.label) for b in app.screen.query(Button)]
        assert choices[0].startswith("Slå ihop"), choices  # merge comes first
        await pilot.press("m")
        await pilot.pause()
        assert dialog(app) is None
        assert app.state is not None and not app.state.dirty  # the merge was saved
        assert "⚑ 1" in status(app)  # one disagreement to settle
    merged = load_session(new_session_file, Catalog.default()).session
    assert merged.scores["1.1"] == Decimal(5)  # mine
    assert merged.area_notes("2").strengths == ["Tydlig styrning"]  # theirs
    assert merged.consensus is not None
    dispute = merged.consensus.disputes["1.2"]  # both values kept, not a pick
    assert sorted(dispute.scores.values()) == [Decimal(3), Decimal(7)]
    assert kept_versions(new_session_file) == []  # nothing overwritten: nothing to keep


async def test_external_change_merge_without_a_disagreement_saves_at_once(
    new_session_file: Path,
) -> None:
    app = claimed(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        change_on_disk(new_session_file, "1.2", 3)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        assert dialog(app) is None and app.state is not None
        assert not app.state.dirty and app.state.open_count() == 0
    scores = load_session(new_session_file, Catalog.default()).session.scores
    assert scores == {"1.1": Decimal(5), "1.2": Decimal(3)}
