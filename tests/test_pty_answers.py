"""The municipality's answer in the real kompass on a terminal (80x24): ctrl+x opens the
pane beside the scoring, the screen read through a terminal emulator (pyte)."""

from __future__ import annotations

import time
import tomllib
from pathlib import Path

import pyte

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.toml_io import load_session
from tests.pty_kompass import CTRL_Q, CTRL_S, ENTER, PtyKompass
from tests.test_tui_answers import with_answer

CTRL_X = b"\x18"


def screen_of(app: PtyKompass) -> list[str]:
    """The 80x24 screen as the terminal shows it now."""
    screen = pyte.Screen(80, 24)
    stream = pyte.ByteStream(screen)
    stream.feed(bytes(app.output))
    return [line.rstrip() for line in screen.display]


def wait_for_screen(app: PtyKompass, wanted: str, timeout: float = 20.0) -> list[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        lines = screen_of(app)
        if any(wanted in line for line in lines):
            return lines
        time.sleep(0.1)
    raise AssertionError(f"{wanted!r} not on the screen:\n" + "\n".join(screen_of(app)))


def test_the_pane_shows_the_answer_while_scoring(new_session_file: Path) -> None:
    path = with_answer(new_session_file)
    with PtyKompass(path) as app:
        lines = wait_for_screen(app, "✉ kommunens svar")
        assert not any("Demokratiberedningen leder" in line for line in lines)
        app.type(CTRL_X)
        lines = wait_for_screen(app, "1.1 · kommunens svar · fragor.docx, 2010-01-11")
        assert any("Demokratiberedningen leder arbetet." in line for line in lines)
        app.type(b"12" + ENTER)  # scoring goes on under the pane
        wait_for_screen(app, "1.2: inget svar från kommunen")
        before = path.read_bytes()
        app.type(CTRL_S)
        deadline = time.monotonic() + 20
        while path.read_bytes() == before and time.monotonic() < deadline:
            time.sleep(0.05)
        app.type(CTRL_Q)
        assert app.wait(15) == 0
    saved = tomllib.loads(path.read_text(encoding="utf-8"))
    assert saved["scores"]["1.1"] == 12
    loaded = load_session(path, Catalog.default())
    assert loaded.session.evidence["1.1"][0].kind == "answer"
