"""Issue #26 acceptance: an hour in the real `kompass` at 80x24, the screen read through a
terminal emulator (pyte), as a person over SSH sees it.

- The key bar ends with save and help in every place of the workbench.
- The area's title line stays in view at the last question of a long area and in its texts.
- Undo and redo of a score and of a deleted strength, said on the status line.
- Every screen and dialog met on the way is Swedish: no word that only the English
  catalog (or Textual's own English) has.
"""

from __future__ import annotations

import re
import shutil
import signal
import time
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from kompass_tui.core.texts import en, sv
from kompass_tui.tui.screens.choice_dialog import QUESTION_SETTLE
from tests.conftest import DEMO
from tests.pty_kompass import CTRL_Q, ENTER, ESCAPE, F3, PAGE_DOWN, PtyKompass

pyte = pytest.importorskip("pyte", reason="pyte (the test extra) reads the screen")

F1 = b"\x1bOP"
F2 = b"\x1bOQ"
F4 = b"\x1bOS"
PAGE_UP = b"\x1b[5~"
DOWN = b"\x1b[B"
CTRL_E = b"\x05"
CTRL_F = b"\x06"
CTRL_N = b"\x0e"
CTRL_P = b"\x10"
CTRL_R = b"\x12"
CTRL_T = b"\x14"
CTRL_U = b"\x15"
CTRL_W = b"\x17"
CTRL_Z = b"\x1a"
WAIT = 30.0
"""Seconds to wait for a screen (the machine may be busy; nothing here is timed)."""

TEXTUAL_ENGLISH = ("Search", "commands", "matches", "since", "Quit", "theme")
"""What Textual itself would show in English (the palette, a lock's ISO time)."""


class Terminal:
    """The real program on a pty, its output fed to a terminal emulator."""

    def __init__(self, path: Path, *args: str) -> None:
        self.kompass = PtyKompass(path, *args)
        self.screen = pyte.Screen(80, 24)
        self.stream = pyte.ByteStream(self.screen)
        self.fed = 0
        self.seen: list[str] = []
        """Every screen waited for, for the language check."""

    def lines(self) -> list[str]:
        """The screen now, line by line."""
        data = bytes(self.kompass.output[self.fed :])
        self.fed += len(data)
        self.stream.feed(data)
        return [line.rstrip() for line in self.screen.display]

    def text(self) -> str:
        """The screen now as one text."""
        return "\n".join(self.lines())

    def wait(self, check: Callable[[list[str]], bool], what: str) -> list[str]:
        """Wait until the screen passes `check`; fail saying `what` was awaited."""
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            lines = self.lines()
            if check(lines):
                time.sleep(0.3)  # let the frame finish, then keep what it shows
                lines = self.lines()
                self.seen.append("\n".join(lines))
                return lines
            time.sleep(0.05)
        raise AssertionError(f"waited for {what}; the screen:\n" + self.text())

    def shows(self, needle: str) -> list[str]:
        """Wait until `needle` is on the screen."""
        return self.wait(lambda lines: needle in "\n".join(lines), repr(needle))

    def press(self, *keys: bytes) -> None:
        """Type keys one at a time, as a person does."""
        for key in keys:
            self.kompass.type(key)
            # A lone Escape is told from the start of a key's sequence by a pause after it.
            time.sleep(0.4 if key == ESCAPE else 0.08)

    def close(self) -> None:
        """Stop the program."""
        self.kompass.close()


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A copy of the demo session in its own folder."""
    path = tmp_path / "norrkoping-2010.toml"
    shutil.copy(DEMO, path)
    return path


def ends_with_save_and_help(lines: list[str]) -> bool:
    """The key bar's last keys: ^s Spara, then F1 Hjälp (Hjälp… when keys are left out)."""
    bar = lines[-1].strip()
    return bool(re.search(r"\^s Spara  F1 Hjälp…?$", bar))


def test_the_key_bar_ends_with_save_and_help_everywhere(demo: Path) -> None:
    terminal = Terminal(demo)
    try:
        places = [
            ("overview", [], "Område"),
            ("question", [F3], "1.1"),
            ("texts", [CTRL_W], "Områdets texter"),
            ("editor", [ENTER], "Esc Klar"),
            ("report tab", [ESCAPE, PAGE_UP, PAGE_UP], "Rapport"),
            ("overview again", [PAGE_DOWN], "Totalt"),
        ]
        terminal.shows("Totalt")
        for where, keys, marker in places:
            terminal.press(*keys)

            def shown(lines: list[str], marker: str = marker) -> bool:
                return marker in "\n".join(lines) and ends_with_save_and_help(lines)

            terminal.wait(
                shown,
                f"{where}: {marker} and a key bar ending with ^s Spara  F1 Hjälp",
            )
        # A list over the workbench: a question's sources.
        terminal.press(F3, CTRL_U)
        terminal.wait(
            lambda lines: "1.1: underlag" in "\n".join(lines) and ends_with_save_and_help(lines),
            "the sources with a key bar ending with save and help",
        )
        # Reading the report.
        terminal.press(ESCAPE)
        terminal.shows("⏎ Nästa")
        terminal.press(CTRL_R)
        terminal.wait(
            lambda lines: "Esc Stäng" in lines[-1] and ends_with_save_and_help(lines),
            "the report read with a key bar ending with save and help",
        )
    finally:
        terminal.close()


def test_a_long_area_keeps_its_title_in_view(demo: Path) -> None:
    terminal = Terminal(demo)
    try:
        terminal.shows("Totalt")
        terminal.press(F4, *[ENTER] * 5)  # area 2's last question, 2.6
        title = "2 Tillgänglighet och brukarorientering"
        lines = terminal.wait(
            lambda lines: (
                any(line.lstrip().startswith("2.6") for line in lines) and title in lines[2]
            ),
            "2.6 on screen under the area's title",
        )
        assert "51,6 / 100" in lines[2]
        assert not any(line.lstrip().startswith("2.1 ") for line in lines)  # scrolled
        terminal.press(CTRL_W, *[DOWN] * 16)  # the last improvement area
        lines = terminal.wait(
            lambda lines: "Stärkt valfrihet" in "\n".join(lines) and title in lines[2],
            "the last improvement area under the area's title",
        )
        terminal.press(ESCAPE)  # back to the question left, in its place
        terminal.wait(
            lambda lines: (
                any(line.lstrip().startswith("2.6") for line in lines) and title in lines[2]
            ),
            "back at 2.6",
        )
    finally:
        terminal.close()


def test_undo_and_redo_of_a_score_and_a_deleted_strength(demo: Path) -> None:
    terminal = Terminal(demo)
    try:
        terminal.shows("Totalt")
        terminal.press(F3, b"3", ENTER)
        terminal.shows("43,0 / 100")  # 1.1: 7,5 → 3 (area 1: 47,5 → 43,0)
        terminal.press(CTRL_Z)
        lines = terminal.shows("Ångrat: poäng på 1.1")
        assert "47,5 / 100" in "\n".join(lines)
        terminal.press(CTRL_F)
        terminal.shows("Gjort om: poäng på 1.1")
        terminal.shows("43,0 / 100")
        strength = "• Demokratiberedning"

        def listed(lines: list[str]) -> bool:
            return any(line.strip() == strength for line in lines)

        terminal.press(CTRL_W, DOWN)
        terminal.wait(listed, "area 1's first strength")
        terminal.press(b"d")
        terminal.wait(lambda lines: not listed(lines), "the strength deleted")
        terminal.press(CTRL_Z)
        terminal.shows("Ångrat: styrkor i område 1")
        terminal.wait(listed, "the strength back")
        terminal.press(CTRL_F)
        terminal.shows("Gjort om: styrkor i område 1")
        terminal.wait(lambda lines: not listed(lines), "deleted again")
    finally:
        terminal.close()


def english_only_words() -> set[str]:
    """Words of the English catalog's workbench texts that no Swedish text has, and the
    English that Textual itself would show (the demo's own words left aside)."""

    def words(texts: Mapping[str, object]) -> set[str]:
        found: set[str] = set()
        for key, value in texts.items():
            if not key.startswith("tui."):
                continue
            values = value.values() if isinstance(value, dict) else [value]
            for text in values:
                found |= {w.casefold() for w in re.findall(r"[A-Za-z]{4,}", str(text))}
        return found

    swedish = words(sv.MESSAGES) | {
        w.casefold() for w in re.findall(r"[A-Za-z]{4,}", DEMO.read_text(encoding="utf-8"))
    }
    english = words(en.MESSAGES) | {w.casefold() for w in TEXTUAL_ENGLISH}
    return english - swedish


def test_every_screen_met_is_swedish(demo: Path) -> None:
    english = english_only_words()
    assert {"search", "matches", "undone", "redone"} <= english  # the list is not empty
    terminal = Terminal(demo)
    try:
        terminal.shows("Totalt")
        steps: list[tuple[list[bytes], str]] = [
            ([CTRL_N], "sammanslagen session"),  # a key that does not apply
            ([CTRL_T], "fungerar i ett poängfält"),
            ([F1], "Tangenter"),
            ([PAGE_DOWN], "Tangenter"),
            ([PAGE_DOWN], "Tangenter"),
            ([PAGE_DOWN], "Tangenter"),
            ([ESCAPE], "Totalt"),
            ([CTRL_P], "Sök kommandon"),
            ([b"x", b"y", b"z", b"q"], "Inga träffar"),
            ([ESCAPE], "Totalt"),
            ([b"g"], "Gå till område"),
            ([ESCAPE, CTRL_E], "Exportera"),
            ([ESCAPE, F3], "1.1"),
            ([CTRL_U], "underlag"),
            ([b"a"], "Esc"),
            ([ESCAPE], "underlag"),
            ([ESCAPE, b"3", ENTER], "43,0 / 100"),
            ([CTRL_Z], "Ångrat"),
            ([CTRL_F], "Gjort om"),
            ([CTRL_W], "Områdets texter"),
            ([DOWN, b"a"], "Ny punkt"),
            ([ESCAPE, CTRL_Q], "Avsluta utan att spara"),
        ]
        for keys, marker in steps:
            terminal.press(*keys)
            terminal.shows(marker)
        terminal.press(ESCAPE)
        time.sleep(2.5)  # the recovery file is written within 2 s of an edit
        terminal.kompass.signal(signal.SIGKILL)
        terminal.kompass.wait()
        seen = list(terminal.seen)
        terminal.close()
        # Reopened: the lock's holder is gone, then the unsaved work is offered back.
        terminal = Terminal(demo)
        terminal.shows("(t)")
        time.sleep(QUESTION_SETTLE)  # a safety question takes no key in its first moments
        terminal.press(b"t")  # taking over takes two keys: the first arms it
        terminal.shows("Tryck t igen för att ta över låset")
        time.sleep(QUESTION_SETTLE + 0.3)  # read before the second key
        terminal.press(b"t")
        lines = terminal.shows("Fråga 1.1: poäng")
        assert "1.1: score" not in "\n".join(lines)
        time.sleep(QUESTION_SETTLE)
        terminal.press(b"r")
        terminal.shows("Totalt")
        # Opened a second time while the first still runs: read-only, and by whom, when.
        second = Terminal(demo)
        try:
            lines = second.shows("skrivskyddad")
            assert re.search(r"sedan \d\d:\d\d", "\n".join(lines)), lines
            assert "T" not in re.findall(r"sedan (\S+)", "\n".join(lines))[0]
            seen += terminal.seen + second.seen
        finally:
            second.close()
    finally:
        terminal.close()
    screens = re.sub(r"\S*/\S*", "", "\n".join(seen))  # file paths are not kompass's words
    found = {w for w in re.findall(r"[A-Za-z]{4,}", screens) if w.casefold() in english}
    lines = [line for line in screens.splitlines() if any(w in line for w in found)]
    assert not found, f"English on a Swedish screen: {sorted(found)} in {lines}"
