"""Issue #20, item 4: the screen shows what counts, read as a terminal shows it.

The real `kompass` on a pseudo-terminal at 80x24 while two busy processes load the CPU;
each area's scores are typed as one burst (a paste-fast SSH link). After each burst the
screen is read through a terminal emulator (`pyte`): every question row visible shows the
score typed for it, the highlighted field is the one the next key goes to, and the area's
total and the status line agree with what was typed. The saved file holds the same.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import pyte

from kompass_tui.core.scoring.numbers import format_number
from tests.pty_kompass import ENTER, PtyKompass
from tests.test_pty_scoring import (
    fresh_session as scoring_session,
)
from tests.test_pty_scoring import (
    instrument,
    planned_scores,
    save_and_quit,
    saved_scores,
    started,
)

ROW = re.compile(r"^ (\d+\.\d+) .*?(\S*)\s+/ (\d+)\s")
"""A question's first line: ` 1.1  text …   7,5  / 15  ▎` (id, field, maximum)."""
STATUS = re.compile(r"([\d,]+) / [\d,]+ · \d+ %\s+(\d+)/\d+ ")
"""The status line's total and how many questions are answered."""
SETTLE = 30.0
"""Seconds the loaded program has to draw a burst before the screen is judged."""


@contextmanager
def busy_cpu(count: int = 2) -> Iterator[None]:
    """`count` processes spinning on the CPU for as long as the block runs."""
    spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]
    try:
        yield
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait(10)


class Terminal:
    """What the pty's screen shows, kept up to date from the program's output."""

    def __init__(self, app: PtyKompass) -> None:
        self.app = app
        self.screen = pyte.Screen(80, 24)
        self.stream = pyte.ByteStream(self.screen)
        self.fed = 0

    def read(self) -> list[str]:
        """The screen's lines now."""
        data = bytes(self.app.output[self.fed :])
        self.fed += len(data)
        self.stream.feed(data)
        return list(self.screen.display)

    def rows(self) -> dict[str, tuple[str, str]]:
        """Each visible question row: its field's text and the field's background."""
        shown: dict[str, tuple[str, str]] = {}
        for y, line in enumerate(self.read()):
            match = ROW.match(line)
            if match is None:
                continue
            slash = match.start(3) - 2
            cells = self.screen.buffer[y]
            shown[match[1]] = (match[2], cells[slash - 3].bg)
        return shown


def as_score(text: str) -> Decimal | None:
    """A field's text as a score (either decimal separator); None when empty."""
    return Decimal(text.replace(",", ".")) if text and text != "–" else None


def problems_on_screen(terminal: Terminal, typed: dict[str, Decimal], current: str) -> list[str]:
    """What the screen shows that differs from what was typed (empty when it agrees)."""
    rows = terminal.rows()
    problems = []
    if current not in rows:
        problems.append(f"{current} (where the next key goes) is not visible: {sorted(rows)}")
    for qid, (text, _) in rows.items():
        try:
            shown = as_score(text)
        except ArithmeticError:
            shown = None
        if qid in typed and shown != typed[qid]:
            problems.append(f"{qid} shows {text!r}, typed {typed[qid]}")
    backgrounds = {qid: bg for qid, (_, bg) in rows.items()}
    marked = [qid for qid, bg in backgrounds.items() if list(backgrounds.values()).count(bg) == 1]
    if len(rows) > 1 and marked != [current]:
        problems.append(f"highlighted {marked}, the next key goes to {current}")
    total = sum(typed.values(), Decimal(0))
    status = terminal.read()[0]
    figures = STATUS.search(status)
    if figures is None or as_score(figures[1]) != total or figures[2] != str(len(typed)):
        problems.append(f"status line {status.strip()!r}: typed {len(typed)}, total {total}")
    return problems


def test_each_area_typed_in_one_burst_under_load_is_shown_as_typed(tmp_path: Path) -> None:
    scores = planned_scores(2020)
    path = scoring_session(tmp_path)
    typed: dict[str, Decimal] = {}
    with busy_cpu(), started(path) as app:
        terminal = Terminal(app)
        for number, area in enumerate(instrument().areas):
            burst = [ENTER] if number else []  # on from the last question of the area before
            for index, question in enumerate(area.questions):
                burst += [c.encode() for c in format_number(scores[question.id], "sv")]
                typed[question.id] = scores[question.id]
                if index < len(area.questions) - 1:
                    burst.append(ENTER)
            app.type_keys(burst)
            current = area.questions[-1].id
            deadline = time.monotonic() + SETTLE
            problems = ["not read yet"]
            while problems and time.monotonic() < deadline:
                app.wait_quiet(0.5, SETTLE)
                problems = problems_on_screen(terminal, typed, current)
            assert not problems, f"area {area.id}: {problems}\n" + "\n".join(terminal.read())
        save_and_quit(app, path)
    assert saved_scores(path) == scores
