"""Issue #20, items 1 and 8 in the workbench: a question waits before keys answer it; the
palette opens on a harmless entry; F1 help passes the everywhere-keys; the status line's
spacing; a read-only window offers the lock once it is released."""

from __future__ import annotations

import os
import re
import socket
from decimal import Decimal
from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette

from kompass_tui.core.files.locks import LockInfo, lock_path, read_lock
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.recovery import recovery_path
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.tui.screens import choice_dialog
from kompass_tui.tui.screens.choice_dialog import ChoiceDialog
from kompass_tui.tui.screens.help import HelpScreen
from kompass_tui.tui.widgets.status_line import StatusLine
from tests.test_tui_safety import change_on_disk, claimed
from tests.tui_helpers import until


def question(app: object) -> str | None:
    """The name of the question on top, once it takes keys (None if there is none)."""
    screen = app.screen  # type: ignore[attr-defined]
    ready = isinstance(screen, ChoiceDialog) and screen.keys_ready
    return screen.name if ready else None


async def test_a_key_pressed_as_the_question_appears_is_set_aside(
    new_session_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(choice_dialog, "QUESTION_SETTLE", 0.4)  # as in the real program
    app = claimed(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5", "ctrl+q", "d")  # d at once: no one has read the question yet
        await until(pilot, lambda: question(app) is not None)  # settled, 0.4 s on screen
        assert question(app) == "quit"
        shown = str(app.screen.query_one(".choice-set-aside").render())
        assert "1 tangent som skrevs innan frågan visades lades åt sidan" in shown
        assert app.state is not None and app.state.dirty  # not thrown away
        await pilot.press("escape")  # once it has been on screen: a deliberate answer
        await pilot.pause()
        assert question(app) is None and app.is_running
    recovered = load_session(recovery_path(new_session_file), Catalog.default()).session
    assert recovered.scores == {"1.1": Decimal(5)}


async def test_the_palette_opens_on_a_harmless_entry(new_session_file: Path) -> None:
    app = claimed(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5", "ctrl+p")
        await pilot.pause(0.5)
        assert isinstance(app.screen, CommandPalette)
        commands = app.screen.query_one(CommandList)
        assert commands.highlighted == 0
        first = str(commands.get_option_at_index(0).prompt)
        assert first.startswith("Nästa obesvarade fråga"), first  # not Quit
        await pilot.press("enter")  # Enter: the next unscored question, nothing else
        await pilot.pause()
        assert app.is_running and question(app) is None
        assert app.state is not None and app.state.place.question_id == "1.2"


async def test_help_passes_ctrl_s_ctrl_p_and_ctrl_q(new_session_file: Path) -> None:
    app = claimed(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5", "f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("ctrl+s")  # saves under help, which stays open
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        saved = load_session(new_session_file, Catalog.default()).session.scores
        assert saved == {"1.1": Decimal(5)}
        await pilot.press("ctrl+p")  # the palette, in help's place
        await pilot.pause(0.3)
        assert isinstance(app.screen, CommandPalette)
        await pilot.press("escape", "6", "f1", "ctrl+q")  # unsaved 6: quitting asks
        await pilot.pause()
        assert question(app) == "quit"
        assert not any(isinstance(s, HelpScreen) for s in app.screen_stack)


@pytest.mark.parametrize(("lang", "unsaved", "saved"), [("sv", "osparad", "sparad")])
async def test_the_status_line_spaces_the_saved_mark_from_the_file_name(
    new_session_file: Path, lang: str, unsaved: str, saved: str
) -> None:
    app = claimed(new_session_file, lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        line = app.screen.query_one(StatusLine).render_text()
        assert f"● {unsaved}  norrkoping.toml" in line, line
        await pilot.press("ctrl+s")
        await pilot.pause()
        line = app.screen.query_one(StatusLine).render_text()
        assert re.search(f"✓ {saved} {{2,}}norrkoping.toml", line), line


async def test_a_read_only_window_offers_the_lock_once_it_is_released(
    new_session_file: Path,
) -> None:
    holder = LockInfo("kollega", socket.gethostname(), os.getpid(), "2026-01-01T09:00:00+01:00")
    lock_path(new_session_file).write_bytes(holder.to_bytes())
    app = claimed(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.state is not None and app.state.read_only
        change_on_disk(new_session_file, "1.2", 3)  # the colleague saved, then left
        lock_path(new_session_file).unlink()
        for _ in range(40):
            await pilot.pause(0.1)
            if question(app):
                break
        assert question(app) == "lock-released"
        await pilot.press("enter")  # the default stays read-only
        await pilot.pause(1.5)
        assert question(app) is None and app.state.read_only  # asked once per release
        lock_path(new_session_file).write_bytes(holder.to_bytes())  # taken again …
        await pilot.pause(1.5)
        lock_path(new_session_file).unlink()  # … and released again: offered again
        for _ in range(40):
            await pilot.pause(0.1)
            if question(app):
                break
        await pilot.press("t")  # one key only arms taking the lock
        await pilot.pause()
        assert question(app) == "lock-released" and app.state.read_only
        await pilot.press("t")
        await pilot.pause()
        assert not app.state.read_only
        mine = read_lock(new_session_file)
        assert mine is not None and mine.pid == os.getpid() and mine.user != "kollega"
        assert app.state.session.scores == {"1.2": Decimal(3)}  # what they saved
        await pilot.press("f3", "5", "ctrl+s")
        await pilot.pause()
        assert question(app) is None
    saved = load_session(new_session_file, Catalog.default()).session.scores
    assert saved == {"1.1": Decimal(5), "1.2": Decimal(3)}
