"""Command output on an 80-column terminal: no line wider, numbers whole, long output paged.

The real `kompass` runs on a pseudo-terminal of 80x24 (`tests/pty_kompass.py`); what it
writes is read through a terminal emulator (pyte) and, line by line, as written.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import pyte
import pytest

from tests.helpers import DEMO, REPO, kompass
from tests.pty_kompass import PtyKompass

TABELL_2 = REPO / "benchmarks" / "tabell-2-norrkoping-2010.toml"
COLUMNS = 80
# A pager that marks what went through it, then passes it on.
MARKING_PAGER = (
    f"{sys.executable} -c 'import sys; sys.stdout.write(\"-- paged --\\n\" + sys.stdin.read())'"
)
_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]")


def run_on_terminal(*args: str | Path, pager: str = MARKING_PAGER) -> tuple[int, str]:
    """`python -m kompass_tui ARGS…` on an 80x24 pty; its exit code and output."""
    env = {"PAGER": pager, "LANG": "sv_SE.UTF-8", "NO_COLOR": "1"}
    words = [str(a) for a in args]
    program = ("-m", "kompass_tui", *words[:-1])
    with PtyKompass(Path(words[-1]), env=env, program=program) as app:
        deadline = time.monotonic() + 60
        code = None
        while code is None and time.monotonic() < deadline:
            code = app.wait(1)
        app.wait_quiet(0.3, timeout=5)
        return (-1 if code is None else code), app.text()


def written_lines(output: str) -> list[str]:
    """The lines as the program wrote them, escape sequences removed."""
    return _ESCAPES.sub("", output).replace("\r", "").split("\n")


def screen_lines(output: str) -> list[str]:
    """What an 80-column terminal shows, line by line (a tall screen, nothing scrolled off)."""
    screen = pyte.Screen(COLUMNS, 600)
    stream = pyte.Stream(screen)
    stream.feed(output.replace("\n", "\r\n"))
    return [line.rstrip() for line in screen.display if line.strip()]


def assert_fits(output: str) -> None:
    wide = [line for line in written_lines(output) if len(line) > COLUMNS]
    assert not wide, f"{len(wide)} lines wider than {COLUMNS}: {wide[:3]}"


def own_session(folder: Path) -> Path:
    """An evaluator's new session of the bundled instrument, two questions scored."""
    mine = folder / "mine.toml"
    created = kompass(
        "new", mine, "--municipality", "Linköping", "--date", "2026-11-02", "--no-open"
    )
    assert created.returncode == 0, created.stderr
    text = mine.read_text(encoding="utf-8")
    mine.write_text(
        text.replace("\n[scores]\n", '\n[scores]\n"1.1" = 10\n"1.2" = 15\n'), encoding="utf-8"
    )
    return mine


def test_compare_own_session_demo_and_tabell_2_fits_80_columns(tmp_path: Path) -> None:
    mine = own_session(tmp_path)
    code, output = run_on_terminal("compare", mine, DEMO, TABELL_2, "--median")
    assert code == 0, output
    assert_fits(output)
    shown = screen_lines(output)
    assert shown[0] == "-- paged --"  # longer than 24 lines: through $PAGER
    # The table split into groups of columns, the first column repeated, numbers whole.
    headings = [line for line in shown if line.strip().startswith("Område")]
    assert len(headings) >= 2
    totals = [line.split() for line in shown if line.strip().startswith("Totalt")]
    assert ["Totalt", "461", "557,5", "659,5", "550,5", "455", "527,5"] in totals
    assert ["Totalt", "25,0", "527,5", "7", "800"] in totals  # mine, the median, n, max
    assert any("Median" in line for line in headings)


@pytest.mark.parametrize(
    "args",
    [
        ("--help",),
        ("compare", "--help"),
        ("export", "--help"),
        ("criteria", "kommunkompassen-2010"),
        ("criteria",),
        ("plan", str(DEMO)),
        ("show", str(DEMO)),
    ],
    ids=lambda args: " ".join(a if "/" not in a else Path(a).name for a in args),
)
def test_commands_fit_80_columns(tmp_path: Path, args: tuple[str, ...]) -> None:
    code, output = run_on_terminal(*args)
    assert code == 0, output
    assert_fits(output)
    assert screen_lines(output)


def test_validate_fits_and_a_short_output_is_not_paged(tmp_path: Path) -> None:
    code, output = run_on_terminal("validate", DEMO, TABELL_2)
    assert code == 0, output
    assert_fits(output)
    shown = screen_lines(output)
    assert "-- paged --" not in shown
    # The demo's line (wider than 80) wrapped at a space, continued under its text.
    first = next(i for i, line in enumerate(shown) if line.startswith(f"ok: {DEMO}"))
    assert shown[first + 1].startswith("    ") and not shown[first + 1].startswith("     ")
    assert "491,2 / 800 · 61 %" in " ".join(line.strip() for line in shown)


def test_plan_on_a_terminal_is_stacked_per_action_and_paged(tmp_path: Path) -> None:
    code, output = run_on_terminal("plan", DEMO)
    assert code == 0, output
    shown = screen_lines(output)
    assert shown[0] == "-- paged --"
    assert "Handlingsplan för Norrköping" in shown
    assert "    – Anta den nya kommunikationsplanen i kommunfullmäktige" in shown
    assert any("Ansvarig: kommunikationschef · Klart senast: 2010-12-31" in s for s in shown)
    piped = kompass("plan", DEMO)
    assert piped.stdout.startswith("# Handlingsplan för Norrköping")  # Markdown as before


def test_fitted_lines_keep_numbers_whole_and_continue_under_their_text() -> None:
    from kompass_tui.cli.terminal import fit_text

    line = "  2.6   15  Hur arbetar kommunen med system för service-/kvalitetsdeklarationer, 491,25"
    fitted = fit_text(line, 50).split("\n")
    assert all(len(part) <= 50 for part in fitted)
    assert fitted[0] == "  2.6   15  Hur arbetar kommunen med system för"
    assert all(part.startswith(" " * 12) for part in fitted[1:])  # under the text
    assert "491,25" in fitted[-1]  # a number is never split
    words = " ".join(part.strip() for part in fitted).split()
    assert words == line.split()  # nothing lost, nothing added
    assert fit_text("short\n", 40) == "short\n"
    # A word wider than the terminal alone is cut; its rest continues a little further in.
    assert fit_text("x" * 50, 20).split("\n") == ["x" * 20, "    " + "x" * 16, "    " + "x" * 14]
