"""Issue #20, acceptance: every safety question × every everywhere-key, Enter, Escape and a
typed-ahead burst; each case asserts from the files on disk that nothing is lost.

The questions: restore unsaved work, take over a stale lock, the file changed on disk, quit
with unsaved work, delete an improvement area that has actions, the file gone from disk,
throw away a new record's draft, and take the lock a read-only window saw released.

The keys: ctrl+s, ctrl+q, ctrl+e, ctrl+p (then Enter), F1 then ctrl+s, the palette's Save
and Quit run while the question is open, Enter, Escape, and a burst of every answer's key
typed behind the key that opens the question (before it is on screen). Pilot tests here;
the same bursts over a real terminal are in tests/test_pty_safety_matrix.py.

"Nothing lost" means, once the app has ended (and written its recovery file): the version
on disk is still whole where it was, or kept beside it as `NAME.theirs-TIME.toml`; the
evaluator's own work is in the session file or the recovery file; a recovery file found
on opening still holds what it held. Where Enter or Escape answers, the answer is the
harmless one (cancel, keep, read-only, restore, keep writing, save).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest
from textual.pilot import Pilot

from kompass_tui.core.files.locks import LockInfo, lock_path
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.model import Session
from kompass_tui.core.session.recovery import recovery_path
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.tui.app import KompassApp
from kompass_tui.tui.keys import KEYS as KEYS_TABLE
from kompass_tui.tui.keys import description
from kompass_tui.tui.screens.choice_dialog import ChoiceDialog
from kompass_tui.tui.screens.workbench import WorkbenchScreen
from kompass_tui.tui.widgets.area_texts import TextRow
from tests.test_tui_plan import STRATEGY, to_row
from tests.test_tui_safety import change_on_disk, claimed, leave_recovery, stale_lock
from tests.tui_helpers import burst, type_text

QUESTIONS = (
    "restore",
    "take-over",
    "external-change",
    "quit",
    "delete-improvement",
    "file-gone",
    "discard-draft",
    "lock-released",
)
KEYS = (
    "ctrl+s",
    "ctrl+q",
    "ctrl+e",
    "ctrl+p",
    "f1 ctrl+s",
    "palette:save",
    "palette:quit",
    "enter",
    "escape",
    "burst",
)
BURST = ("enter", "d", "t", "b", "s", "j", "y", "r", "o", "k", "2", "ctrl+s", "enter")
"""Every answer's key of every question (discard, take over, keep both, save, yes …)."""
OPENED_BY_A_KEY = {"external-change", "quit", "delete-improvement", "file-gone", "discard-draft"}
"""Questions a key opens (a burst can follow it); the others open by themselves."""


@dataclass
class Case:
    """One question made to appear, and what must survive it."""

    path: Path
    app: KompassApp
    prepare: Callable[[Pilot[int]], Awaitable[None]]
    """The keys before the one that opens the question."""
    opener: str | None
    """The key that opens the question (None: it opens by itself)."""
    check: Callable[[], None]
    """Asserts from the files on disk, after the app ended, that nothing is lost."""
    before: dict[str, bytes] = field(default_factory=dict)


def session_at(path: Path) -> Session | None:
    """The session a file holds, or None when there is no such file."""
    if not path.exists():
        return None
    return load_session(path, Catalog.default()).session


def latest(path: Path) -> Session:
    """The newest version of the evaluator's work: the recovery file, else the session."""
    found = session_at(recovery_path(path)) or session_at(path)
    assert found is not None, f"neither {path.name} nor its recovery file is there"
    return found


def kept_versions(path: Path) -> list[Path]:
    """Other versions kept beside the session."""
    return sorted(path.parent.glob(f"{path.stem}.theirs-*.toml"))


async def nothing(pilot: Pilot[int]) -> None:
    """No keys."""


async def settle(pilot: Pilot[int]) -> None:
    """Let everything posted be handled."""
    for _ in range(4):
        await pilot.pause()


def live_lock(path: Path) -> None:
    """A lock held by a live process on this host (this one, as someone else would)."""
    info = LockInfo("kollega", socket.gethostname(), os.getpid(), "2026-01-01T09:00:00+01:00")
    lock_path(path).write_bytes(info.to_bytes())


def make_case(question: str, tmp_path: Path, demo: Path) -> Case:
    """Files and an app on which `question` appears."""
    path = tmp_path / "norrkoping.toml"
    if question == "delete-improvement":
        path = demo
    else:
        path.write_bytes(new_session_bytes(tmp_path))
    original = path.read_bytes()

    def unchanged_and_mine(score: int) -> Callable[[], None]:
        def check() -> None:
            assert path.read_bytes() == original or session_at(path) == latest(path)
            assert latest(path).scores.get("1.1") == Decimal(score)

        return check

    async def type_five(pilot: Pilot[int]) -> None:
        await settle(pilot)
        await pilot.press("5")
        await settle(pilot)

    if question == "restore":
        leave_recovery(path, "1.3", 9)
        recovered = recovery_path(path).read_bytes()

        def check_restore() -> None:
            assert path.read_bytes() == original
            assert latest(path).scores.get("1.3") == Decimal(9)
            assert recovery_path(path).exists(), "the recovered work is gone"
            assert recovery_path(path).read_bytes() in (recovered, recovery_bytes(path))

        return Case(path, claimed(path), nothing, None, check_restore)
    if question == "take-over":
        stale_lock(path)
        leave_recovery(path, "1.1", 4)

        def check_take_over() -> None:
            assert path.read_bytes() == original
            assert latest(path).scores.get("1.1") == Decimal(4)

        return Case(path, claimed(path), nothing, None, check_take_over)
    if question == "external-change":
        theirs: dict[str, bytes] = {}

        async def change(pilot: Pilot[int]) -> None:
            await type_five(pilot)
            theirs["bytes"] = change_on_disk(path, "1.2", 3)

        def check_external() -> None:
            other = theirs["bytes"]
            kept = [p.read_bytes() for p in kept_versions(path)]
            assert path.read_bytes() == other or other in kept, "their version is lost"
            assert latest(path).scores.get("1.1") == Decimal(5), "my version is lost"

        return Case(path, claimed(path), change, "ctrl+s", check_external)
    if question == "quit":
        return Case(path, claimed(path), type_five, "ctrl+q", unchanged_and_mine(5))
    if question == "delete-improvement":
        actions = len(load_session(path, Catalog.default()).session.areas["1"].actions)

        async def to_improvement(pilot: Pilot[int]) -> None:
            await pilot.press("f3")
            await to_row(pilot, case.app, TextRow("improvements", 0))

        def check_delete() -> None:
            notes = latest(path).areas["1"]
            assert STRATEGY in notes.improvements and len(notes.actions) == actions

        case = Case(path, claimed(path), to_improvement, "d", check_delete)
        return case
    if question == "file-gone":

        async def remove(pilot: Pilot[int]) -> None:
            await type_five(pilot)
            path.unlink()

        def check_gone() -> None:
            assert latest(path).scores.get("1.1") == Decimal(5)

        return Case(path, claimed(path), remove, "ctrl+s", check_gone)
    if question == "discard-draft":

        async def draft(pilot: Pilot[int]) -> None:
            await settle(pilot)
            await pilot.press("ctrl+u", "a", "i", "tab", "tab")
            await type_text(pilot, "kommunstyrelsen")
            await settle(pilot)

        def check_draft() -> None:
            sources = latest(path).evidence.get("1.1", [])
            assert [s.reference for s in sources] == ["kommunstyrelsen"]

        return Case(path, claimed(path), draft, "escape", check_draft)
    assert question == "lock-released"
    live_lock(path)

    async def release(pilot: Pilot[int]) -> None:
        await settle(pilot)
        assert case.app.state is not None and case.app.state.read_only
        lock_path(path).unlink()
        for _ in range(40):  # the window looks once a second
            await pilot.pause(0.1)
            if isinstance(case.app.screen, ChoiceDialog):
                break

    def check_released() -> None:
        assert path.read_bytes() == original

    case = Case(path, claimed(path), release, None, check_released)
    return case


def recovery_bytes(path: Path) -> bytes:
    """What the recovery file holds now."""
    return recovery_path(path).read_bytes()


def new_session_bytes(tmp_path: Path) -> bytes:
    """A new, empty session file's bytes (as the `new_session_file` fixture writes it)."""
    from datetime import date

    from kompass_tui.core.session.model import new_session
    from kompass_tui.core.session.toml_io import session_to_toml

    instrument = Catalog.default().get("kommunkompassen-2010")
    session = new_session(instrument, "Norrköping", [date(2010, 1, 25)], ["Leif Eldås"])
    return session_to_toml(session, instrument).encode("utf-8")


async def press_everywhere_key(pilot: Pilot[int], app: KompassApp, key: str) -> None:
    """One of the matrix's keys, while the question is open."""
    if key.startswith("palette:"):
        # What the palette runs: the workbench's commands, chosen while the question waits.
        workbench = next(s for s in app.screen_stack if isinstance(s, WorkbenchScreen))
        action = next(a for a in KEYS_TABLE if a.id == key.removeprefix("palette:"))
        wanted = description(action, "sv")
        for command in app.get_system_commands(workbench):  # type: ignore[arg-type]
            if command.title == wanted:
                result = command.callback()
                if result is not None:
                    await result
                break
        else:  # saving is not offered where the session is read-only
            assert app.state is not None and app.state.read_only, f"no {wanted} in the palette"
    elif key == "ctrl+p":
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press("enter")
    else:
        await pilot.press(*key.split())
    await settle(pilot)


CASES = [
    (question, key)
    for question in QUESTIONS
    for key in KEYS
    if key != "burst" or question in OPENED_BY_A_KEY
]


@pytest.mark.parametrize(("question", "key"), CASES)
async def test_nothing_is_lost_whatever_is_pressed_at_a_safety_question(
    tmp_path: Path, demo_copy: Path, question: str, key: str
) -> None:
    case = make_case(question, tmp_path, demo_copy)
    app = case.app
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await case.prepare(pilot)
        if case.opener is not None and key != "burst":
            await pilot.press(case.opener)
        elif case.opener is not None:
            burst(app, case.opener, *BURST)  # all posted before the question is drawn
        await settle(pilot)
        asked = app.screen
        assert isinstance(asked, ChoiceDialog) and asked.name == question, app.screen
        if key == "burst":
            assert asked.set_aside == len(BURST), asked.set_aside
            shown = str(asked.query_one(".choice-set-aside").render())
            assert f"{len(BURST)} tangenter" in shown, shown
            assert app.screen is asked and not asked.closed  # type: ignore[attr-defined]
        else:
            await press_everywhere_key(pilot, app, key)
            if key not in ("enter", "escape", "ctrl+p"):
                stacked = [s.name for s in app.screen_stack if isinstance(s, ChoiceDialog)]
                assert stacked in ([question], []), stacked  # one question at a time
        await settle(pilot)
        app.exit()
    assert not app.crash_message, app.crash_message
    case.check()
