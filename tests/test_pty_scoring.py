"""Issue #10 acceptance: a whole scoring pass typed into the real `kompass` over a pty.

Not the Textual pilot: the real program on a pseudo-terminal at 80x24, keys written to it
at 20 keys/s or in one burst (a slow SSH link, a paste), moving on with Enter alone, with
PgDn after each area's last question, or with ctrl+g. The saved file must hold exactly the
scores typed, every run.
"""

from __future__ import annotations

import random
import re
import time
import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.scoring.numbers import format_number
from kompass_tui.core.session.model import new_session
from kompass_tui.core.session.toml_io import create_session_file
from tests.pty_kompass import CTRL_G, CTRL_Q, CTRL_S, CTRL_T, ENTER, PAGE_DOWN, PtyKompass

DOWN = b"\x1b[B"
UP = b"\x1b[A"

MUNICIPALITY = "Provby"
RATE = 20.0
"""Keys per second of a fast evaluator."""


def instrument() -> Instrument:
    """Kommunkompassen 2010: 45 questions in 8 areas."""
    return Catalog.default().get("kommunkompassen-2010")


def fresh_session(folder: Path) -> Path:
    """A new, empty session."""
    kk = instrument()
    session = new_session(kk, MUNICIPALITY, [date(2026, 11, 27)], ["Eva"])
    path = folder / "provby.toml"
    create_session_file(session, kk, path)
    return path


def planned_scores(seed: int) -> dict[str, Decimal]:
    """A score for every question: whole, halves, quarters and two decimals, 0 and max too."""
    rng = random.Random(seed)
    scores: dict[str, Decimal] = {}
    for question in instrument().questions:
        step = rng.choice([Decimal(1), Decimal("0.5"), Decimal("0.25"), Decimal("0.01")])
        steps = int(question.max / step)
        scores[question.id] = (step * rng.randint(0, steps)).normalize()
    return scores


def pass_keys(scores: dict[str, Decimal], move: str, rng: random.Random) -> list[bytes]:
    """The keys of a scoring pass: each score typed, then the key that moves on."""
    keys: list[bytes] = []
    for area in instrument().areas:
        for index, question in enumerate(area.questions):
            text = format_number(scores[question.id], rng.choice(["sv", "en"]))
            keys += [c.encode() for c in text]
            last = index == len(area.questions) - 1
            if move == "ctrl+g":
                keys.append(CTRL_G)
            elif move == "pgdn" and last:
                keys.append(PAGE_DOWN)
            else:
                keys.append(ENTER)
    return keys


def saved_scores(path: Path) -> dict[str, Decimal]:
    """The scores in a saved session file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    return {qid: Decimal(value) for qid, value in data.get("scores", {}).items()}


def save_and_quit(app: PtyKompass, path: Path) -> None:
    """ctrl+s, wait for the file to change, ctrl+q."""
    before = path.read_bytes()
    app.type(CTRL_S)
    deadline = time.monotonic() + 20
    while path.read_bytes() == before and time.monotonic() < deadline:
        time.sleep(0.05)
    app.type(CTRL_Q)
    assert app.wait(15) == 0, app.text()[-2000:]


def started(path: Path) -> PtyKompass:
    """The real kompass on the session, its first screen written (typing starts at once)."""
    app = PtyKompass(path)
    assert app.wait_for(MUNICIPALITY), f"kompass did not start:\n{app.text()[-2000:]}"
    return app


@pytest.mark.parametrize("move", ["enter", "pgdn", "ctrl+g"])
@pytest.mark.parametrize("speed", ["20/s", "burst"])
def test_a_whole_pass_typed_over_a_pty_is_saved_exactly(
    tmp_path: Path, move: str, speed: str
) -> None:
    seed = hash((move, speed)) % 1000
    scores = planned_scores(seed)
    path = fresh_session(tmp_path)
    with started(path) as app:
        keys = pass_keys(scores, move, random.Random(seed))
        app.type_keys(keys, RATE if speed == "20/s" else None)
        assert app.wait_quiet(), "the app kept drawing"
        save_and_quit(app, path)
    saved = saved_scores(path)
    wrong = {
        qid: (str(scores[qid]), str(saved.get(qid)))
        for qid in scores
        if saved.get(qid) != scores[qid]
    }
    assert not wrong, f"{len(wrong)} of 45 scores wrong or missing (typed, saved): {wrong}"
    assert set(saved) == set(scores)


def test_invalid_entries_and_not_applicable_questions_store_nothing(tmp_path: Path) -> None:
    # 1.2 has max 20, 1.3 max 25; 1.4 is made not applicable and then typed into.
    path = fresh_session(tmp_path)
    with started(path) as app:
        keys = [ENTER, b"2", b"5", ENTER, b"1", b"e", b"1", ENTER, CTRL_T, b"7", ENTER]
        keys += [b"7", b",", b"5", b"5", b"5", ENTER]  # 1.5: three decimals
        app.type_keys(keys, RATE)
        app.wait_quiet()
        assert "över maxpoängen" in app.text()
        save_and_quit(app, path)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["scores"] == {}
    assert data["not_applicable"] == ["1.4"]


def test_a_pasted_column_fills_consecutive_questions(tmp_path: Path) -> None:
    path = fresh_session(tmp_path)
    with started(path) as app:
        app.paste("7,5\n12\n10\n3\r\n8")
        app.wait_quiet()
        save_and_quit(app, path)
    assert saved_scores(path) == {
        "1.1": Decimal("7.5"),
        "1.2": Decimal(12),
        "1.3": Decimal(10),
        "1.4": Decimal(3),
        "1.5": Decimal(8),
    }


def rows_written(output: bytes) -> set[int]:
    """The screen rows (from 1) that output writes characters to, following the cursor
    through its moves (CSI row;col H) and newlines."""
    token = re.compile(rb"\x1b\[(\d*)(?:;\d*)?H|\x1b\[[0-9;?]*[A-Za-z]|\r|\n|[^\x1b\r\n]+")
    row, rows = 1, set()
    for match in token.finditer(output):
        if match[1] is not None:
            row = int(match[1] or 1)
        elif match[0] == b"\n":
            row += 1
        elif match[0][:1] not in (b"\x1b", b"\r"):
            rows.add(row)
    return rows


def test_moving_through_an_area_repaints_neither_header_nor_footer(tmp_path: Path) -> None:
    """Over SSH a move costs only the rows that change: the two questions, not the screen."""
    path = fresh_session(tmp_path)
    with started(path) as app:
        app.wait_quiet()
        touched: set[int] = set()
        for key in [DOWN] * 4 + [UP] * 4:
            mark = app.mark()
            app.type(key)
            assert app.wait_quiet(0.3)
            touched |= rows_written(bytes(app.output[mark:]))
        app.type(CTRL_Q)
        assert app.wait(10) == 0
    assert touched, "the moves drew nothing"
    assert 1 not in touched and 24 not in touched, sorted(touched)
