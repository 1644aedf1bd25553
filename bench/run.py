"""kompass benchmark: the project measured against anchors in the same run, as ratios.

    .venv/bin/python bench/run.py [--repeat 7]

Absolute times drift between runs and machines, so every target is a ratio to an anchor
measured in the same run (or, for bulk work and keystrokes, a budget in ms). Each line
prints the medians, the ratio or figure, the target, and PASS or FALLS SHORT.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ANCHORS = Path(__file__).resolve().parent / "anchors"
DEMO = REPO / "sessions" / "norrkoping-2010.toml"
PY = sys.executable
HEADLESS = {
    "TEXTUAL_DRIVER": "textual.drivers.headless_driver:HeadlessDriver",
    "TEXTUAL_PRESS": "ctrl+q",
    "COLUMNS": "80",
    "LINES": "24",
}
KOMPASS = [PY, "-m", "kompass_tui"]


@dataclass
class Run:
    """Median wall time (s) and peak resident memory (KiB) of repeated process runs."""

    seconds: float
    max_rss_kib: int


def run_process(command: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Run one process to the end; return its wall time and its own peak RSS."""
    full_env = {**os.environ, **(env or {})}
    start = time.perf_counter()
    process = subprocess.Popen(
        list(command), env=full_env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        error = process.stderr.read().decode() if process.stderr else ""
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}): {error}")
    if process.stderr:
        process.stderr.close()
    return elapsed, usage.ru_maxrss


def measure(command: Sequence[str], repeat: int, env: dict[str, str] | None = None) -> Run:
    """Median of several runs of a command (after one warm-up run)."""
    return measure_together({"only": (command, env)}, repeat)["only"]


Command = tuple[Sequence[str], dict[str, str] | None]


def measure_together(commands: dict[str, Command], repeat: int) -> dict[str, Run]:
    """Medians of commands run in turn, round after round, so that a machine getting busier
    or quieter during the run shifts every command alike and the ratios hold."""
    for command, env in commands.values():
        run_process(command, env)  # warm-up: file cache, bytecode
    samples: dict[str, list[tuple[float, int]]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, (command, env) in commands.items():
            samples[name].append(run_process(command, env))
    return {
        name: Run(statistics.median(s for s, _ in runs), int(statistics.median(m for _, m in runs)))
        for name, runs in samples.items()
    }


@dataclass
class Line:
    """One line of the report."""

    name: str
    figure: str
    target: str
    passed: bool

    def __str__(self) -> str:
        verdict = "PASS" if self.passed else "FALLS SHORT"
        return f"{self.name:<44} {self.figure:<34} {self.target:<12} {verdict}"


def ratio_line(name: str, subject: Run, anchor: Run, limit: float) -> Line:
    """A time ratio against an anchor."""
    ratio = subject.seconds / anchor.seconds
    figure = f"{subject.seconds * 1000:.0f} / {anchor.seconds * 1000:.0f} ms = {ratio:.2f}x"
    return Line(name, figure, f"<= {limit:.2f}x", ratio <= limit)


def memory_line(name: str, subject: Run, anchor: Run, limit: float) -> Line:
    """A peak-memory ratio against an anchor."""
    ratio = subject.max_rss_kib / anchor.max_rss_kib
    figure = (
        f"{subject.max_rss_kib / 1024:.1f} / {anchor.max_rss_kib / 1024:.1f} MiB = {ratio:.2f}x"
    )
    return Line(name, figure, f"<= {limit:.2f}x", ratio <= limit)


def budget_line(name: str, seconds: float, budget: float) -> Line:
    """A figure against an absolute budget."""
    return Line(name, f"{seconds * 1000:.1f} ms", f"< {budget * 1000:.0f} ms", seconds < budget)


def generate_sessions(folder: Path, count: int, same_municipality: bool) -> list[Path]:
    """Write `count` fully scored sessions with varied scores and notes.

    Otherwise than for one municipality, a thousand municipalities are each evaluated
    again every year from 2010 on, so that comparisons have changes over time to show.
    """
    import random
    from datetime import date
    from decimal import Decimal

    from kompass_tui.core.instrument.catalog import Catalog
    from kompass_tui.core.session.model import new_session
    from kompass_tui.core.session.toml_io import save_session

    instrument = Catalog.default().get("kommunkompassen-2010")
    rng = random.Random(2010)
    paths = []
    for number in range(count):
        municipality = "Norrköping" if same_municipality else f"Kommun {number % 1000:03d}"
        year = 2010 if same_municipality else 2010 + number // 1000
        session = new_session(
            instrument, municipality, [date(year, 1, 25)], [f"Utvärderare {number}"]
        )
        for question in instrument.questions:
            tenths = rng.randint(0, int(question.max * 10))
            session.scores[question.id] = Decimal(tenths) / 10
        for area in instrument.areas:
            notes = session.area_notes(area.id)
            notes.strengths = [f"Styrka {rng.randint(1, 5)}"]
            notes.improvements = [f"Förbättring {rng.randint(1, 5)}"]
        path = folder / f"s{number:04d}.toml"
        save_session(session, instrument, path)
        paths.append(path)
    return paths


def keystroke_latencies(presses: int = 80) -> list[float]:
    """Seconds from a key reaching the app to the header showing the new total (Pilot)."""
    from kompass_tui.tui.state import OpenSession
    from textual import events

    from kompass_tui.core.instrument.catalog import Catalog
    from kompass_tui.core.session.toml_io import load_session
    from kompass_tui.tui.app import KompassApp
    from kompass_tui.tui.widgets.status_line import StatusLine

    folder = Path(tempfile.mkdtemp())
    copy = folder / DEMO.name
    shutil.copyfile(DEMO, copy)
    loaded = load_session(copy, Catalog.default())
    app = KompassApp(state=OpenSession.from_loaded(loaded, None))
    samples: list[float] = []

    async def drive() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("f3", "end")  # area 1; the cursor after "7,5" in question 1.1
            await pilot.pause()
            status = app.screen.query_one(StatusLine)
            for index in range(presses):
                # "7,5" ⌫ → "7," (7 points), then 5 → "7,5": every key changes the total.
                key, character = ("backspace", None) if index % 2 == 0 else ("5", "5")
                before = str(status.render())
                start = time.perf_counter()
                app.post_message(events.Key(key, character))
                while str(status.render()) == before:
                    await asyncio.sleep(0)
                    if time.perf_counter() - start > 1:
                        raise RuntimeError("the header did not change after a keystroke")
                samples.append(time.perf_counter() - start)
                await pilot.pause()

    asyncio.run(drive())
    shutil.rmtree(folder)
    return samples


def hostile_toml_seconds(repeat: int) -> dict[str, float]:
    """Median seconds to parse (or refuse) TOML built to be slow: the worst files within the
    limits of `core/files/toml_bounds.py`, and a 410 KB header of 200,000 dotted parts."""
    from kompass_tui.core.files.toml_bounds import MAX_STRUCTURE
    from kompass_tui.core.files.toml_reading import parse_toml_bytes
    from kompass_tui.core.problems import LoadError

    count = MAX_STRUCTURE // 2 - 10  # each line: one structure mark and a line end
    files = {
        "TOML at the limit, tables": "".join(f"[t{i}]\n" for i in range(count)).encode(),
        "TOML at the limit, keys": "".join(f"k{i} = 1\n" for i in range(count)).encode(),
        "TOML: 200,000-part header refused": ("[" + ".a" * 200_000 + "]\n").encode(),
    }
    seconds = {}
    for name, raw in files.items():
        samples = []
        for _ in range(min(repeat, 5)):
            started = time.perf_counter()
            with contextlib.suppress(LoadError):
                parse_toml_bytes(raw, name)
            samples.append(time.perf_counter() - started)
        seconds[name] = statistics.median(samples)
    return seconds


def main(argv: Sequence[str] | None = None) -> int:
    """Run every measurement and print the report; exit 0 even when targets fall short."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="runs per measurement")
    args = parser.parse_args(argv)
    repeat = args.repeat
    lines: list[Line] = []
    # An installed kompass runs from bytecode (pip compiles a wheel on install); a checkout
    # run with PYTHONDONTWRITEBYTECODE would compile every module on every start instead.
    compileall.compile_dir(REPO / "kompass_tui", quiet=1)
    compileall.compile_dir(ANCHORS, quiet=1)
    print(
        f"python {sys.version.split()[0]} on {os.uname().machine}, {os.cpu_count()} cores; "
        f"medians of {repeat} rounds, each command once per round\n"
    )

    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / DEMO.name
        shutil.copyfile(DEMO, demo)
        runs = measure_together(
            {
                "bare": ([PY, "-c", "pass"], None),
                "import textual": ([PY, "-c", "import textual.app"], None),
                "import rich": ([PY, "-c", "import rich"], None),
                "minimal": ([PY, str(ANCHORS / "minimal_app.py")], HEADLESS),
                "naive": ([PY, str(ANCHORS / "naive_tabs_app.py")], HEADLESS),
                "workbench": ([*KOMPASS, str(demo)], HEADLESS),
                "export": ([*KOMPASS, "export", str(demo)], None),
                "validate": ([*KOMPASS, "validate", str(demo)], None),
            },
            repeat,
        )
    ms = {name: run.seconds * 1000 for name, run in runs.items()}
    print(
        f"anchors: bare python {ms['bare']:.0f} ms, import textual.app "
        f"{ms['import textual']:.0f} ms, import rich {ms['import rich']:.0f} ms, minimal app "
        f"{ms['minimal']:.0f} ms, naive tabs {ms['naive']:.0f} ms "
        f"({ms['naive'] / ms['minimal']:.2f}x minimal)\n"
    )
    minimal, rich_import = runs["minimal"], runs["import rich"]
    lines.append(
        ratio_line("start-up: workbench on the demo / minimal", runs["workbench"], minimal, 1.3)
    )
    lines.append(memory_line("peak memory: workbench / minimal", runs["workbench"], minimal, 1.3))
    lines.append(ratio_line("kompass export / import rich", runs["export"], rich_import, 1.5))
    lines.append(ratio_line("kompass validate / import rich", runs["validate"], rich_import, 1.5))

    latencies = sorted(keystroke_latencies())
    median = statistics.median(latencies)
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    lines.append(budget_line("keystroke to totals: median", median, 0.008))
    lines.append(budget_line("keystroke to totals: 95th percentile", p95, 0.016))

    with tempfile.TemporaryDirectory() as folder:
        many = generate_sessions(Path(folder), 5000, same_municipality=False)
        # The 500 are every tenth of the 5,000: the same mix of municipalities and years.
        options = ["--median", "--mean"]
        compare = {
            "500": ([*KOMPASS, "compare", *map(str, many[::10]), *options], None),
            "5000": ([*KOMPASS, "compare", *map(str, many), *options], None),
        }
        runs = measure_together(compare, min(repeat, 5))  # in turns: load drifts alike
        seconds_500, seconds_5000 = runs["500"].seconds, runs["5000"].seconds
        lines.append(budget_line("compare 500 sessions (whole command)", seconds_500, 1.0))
        lines.append(budget_line("compare 5,000 sessions (whole command)", seconds_5000, 5.0))
        # Linear: ten times the sessions, at most ten times the time (start-up is shared).
        ratio = seconds_5000 / seconds_500
        figure = f"{seconds_5000:.2f} / {seconds_500:.2f} s = {ratio:.1f}x"
        lines.append(Line("compare 5,000 / 500 sessions", figure, "<= 10.0x", ratio <= 10.0))
        picker = Path(folder) / "picker"
        picker.mkdir()
        for path in many[:500]:
            shutil.copyfile(path, picker / path.name)
        seconds = _try_measure([*KOMPASS, str(picker)], repeat, HEADLESS)
        lines.append(budget_line("picker over 500 sessions ready", seconds, 1.0))
    with tempfile.TemporaryDirectory() as folder:
        same = generate_sessions(Path(folder), 500, same_municipality=True)
        out = Path(folder) / "out.toml"
        command = [*KOMPASS, "consensus", *map(str, same), "-o", str(out)]
        lines.append(
            budget_line(
                "consensus of 500 sessions (whole command)",
                _try_measure(command, repeat, None, cleanup=out),
                1.0,
            )
        )

    for name, seconds in hostile_toml_seconds(repeat).items():
        lines.append(budget_line(name, seconds, 1.0))

    print(f"{'measurement':<44} {'figure':<34} {'target':<12} verdict")
    for line in lines:
        print(line)
    short = sum(not line.passed for line in lines)
    print(f"\n{len(lines) - short} pass, {short} fall short")
    return 0


def _try_measure(
    command: Sequence[str],
    repeat: int,
    env: dict[str, str] | None,
    cleanup: Path | None = None,
) -> float:
    """Median seconds of a command; removes `cleanup` between runs; inf if it fails."""
    samples = []
    for _ in range(min(repeat, 5)):
        if cleanup is not None and cleanup.exists():
            cleanup.unlink()
        try:
            samples.append(run_process(command, env)[0])
        except RuntimeError as failure:
            print(f"  {failure}".splitlines()[0], file=sys.stderr)
            return float("inf")
    return statistics.median(samples)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
