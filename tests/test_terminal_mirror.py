"""The terminal mirror (issue 23): an update writes only the cells that differ, and the
terminal then shows what writing every update whole would have shown.

Updates are rendered to escape sequences as Textual renders them and fed to a terminal
emulator (pyte): one terminal gets every update whole, the other only what the mirror lets
through. Both must show the same cells, wide characters and styles included.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from textual._compositor import LayoutUpdate
from textual.geometry import Region
from textual.strip import Strip

from kompass_tui.tui.terminal_mirror import TerminalMirror
from tests.helpers import examples

pyte = pytest.importorskip("pyte", reason="pyte (the test extra) reads the screen")

WIDTH, HEIGHT = 20, 6
STYLES = [None, Style(bold=True), Style(color="red"), Style(bgcolor="blue", reverse=True)]
CHARACTERS = "ab -–å界"
"""Narrow letters, a space, a dash, a Swedish letter and a wide character."""
CONSOLE = Console(color_system="256", force_terminal=True, width=WIDTH)


def update(y: int, x: int, pieces: list[tuple[str, int]]) -> LayoutUpdate:
    """A one-line update at (x, y): (text, style index) pieces, as a strip."""
    strip = Strip([Segment(text, STYLES[style]) for text, style in pieces])
    return LayoutUpdate([[strip]], Region(x, y, strip.cell_length, 1))


def screen_of(outputs: list[str]) -> list[list[tuple[str, str, str, bool, bool]]]:
    """Every cell of a terminal that was sent `outputs`."""
    screen = pyte.Screen(WIDTH, HEIGHT)
    stream = pyte.Stream(screen)
    for output in outputs:
        stream.feed(output)
    return [
        [
            (c.data, c.fg, c.bg, c.bold, c.reverse)
            for c in (screen.buffer[y][x] for x in range(WIDTH))
        ]
        for y in range(HEIGHT)
    ]


def line_update(rng: random.Random) -> LayoutUpdate | None:
    """A random update of part of a line (None if it would not fit)."""
    pieces = []
    for _ in range(rng.randint(1, 4)):
        text = "".join(rng.choice(CHARACTERS) for _ in range(rng.randint(1, 5)))
        pieces.append((text, rng.randrange(len(STYLES))))
    made = update(rng.randrange(HEIGHT), 0, pieces)
    room = WIDTH - made.region.width
    if room < 0:
        return None
    return update(made.region.y, rng.randint(0, room), pieces)


@settings(max_examples=examples(200), deadline=None)
@given(st.integers(0, 2**32 - 1))
def test_what_the_mirror_writes_shows_what_every_update_whole_shows(seed: int) -> None:
    rng = random.Random(seed)
    mirror = TerminalMirror()
    whole: list[str] = []
    changed: list[str] = []
    for _ in range(rng.randint(1, 30)):
        made = line_update(rng)
        if made is None:
            continue
        whole.append(made.render_segments(CONSOLE))
        changes = mirror.changes(made, WIDTH, HEIGHT)
        assert changes is not None
        changed.append(changes.render_segments(CONSOLE))
        if rng.random() < 0.05:
            mirror.forget()
    assert screen_of(changed) == screen_of(whole)


def test_an_update_of_what_is_shown_writes_nothing() -> None:
    mirror = TerminalMirror()
    first = mirror.changes(update(2, 3, [("kompass ", 1), ("80x24", 2)]), WIDTH, HEIGHT)
    assert first is not None
    assert first.pieces
    again = mirror.changes(update(2, 3, [("kompass ", 1), ("80x24", 2)]), WIDTH, HEIGHT)
    assert again is not None
    assert again.pieces == []


def test_a_changed_cell_is_written_alone() -> None:
    mirror = TerminalMirror()
    mirror.changes(update(0, 0, [("kompass 80x24 demo", 0)]), WIDTH, HEIGHT)
    changes = mirror.changes(update(0, 0, [("kompass 80x25 demo", 0)]), WIDTH, HEIGHT)
    assert changes is not None
    assert [(x, y, strip.text) for x, y, strip in changes.pieces] == [(12, 0, "5")]


def test_after_forget_and_a_new_size_every_cell_is_written() -> None:
    mirror = TerminalMirror()
    shown = [("kompass", 0)]
    mirror.changes(update(1, 0, shown), WIDTH, HEIGHT)
    mirror.forget()
    forgotten = mirror.changes(update(1, 0, shown), WIDTH, HEIGHT)
    assert forgotten is not None
    assert forgotten.pieces
    resized = mirror.changes(update(1, 0, shown), WIDTH + 1, HEIGHT)
    assert resized is not None
    assert resized.pieces
