"""Where the quick commands' start goes: `python -X importtime` per command, medians.

    .venv/bin/python bench/cli_imports.py [--runs 9] [--top 12]

For `validate`, `criteria`, `export` (Markdown and HTML) and `show` on the demo, and the
stdlib floor and `import rich` beside them:
how many modules each imports, the sum of their own import times, and the heaviest imports
by cumulative time with the depth at which they were first imported. `-X importtime` adds
overhead of its own, so the sums are above the real import times; they rank, they do not
time (bench/run.py times the whole commands against the stdlib floor).

For each kompass command it also says how many dataclasses the run creates and the CPU
time their creation takes (the decorator compiles each class's methods at run time: in
Python 3.11 some 0.5 ms a frozen class, once the largest single part of the quick
commands' own imports; kompass's own are `lean_dataclass`es, none of whose methods is
compiled, some 0.1 ms a class).
"""

from __future__ import annotations

import argparse
import compileall
import re
import statistics
import subprocess
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from run import FLOOR_COMMAND

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "sessions" / "norrkoping-2010.toml"
_SCRIPT = Path(sys.executable).parent / "kompass"
KOMPASS = [str(_SCRIPT)] if _SCRIPT.exists() else ["-m", "kompass_tui"]
"""Python's arguments to run `kompass`: the installed script, as a user runs it."""
_DATACLASSES = """\
import dataclasses, os, sys, time
made = [0, 0.0]
process = dataclasses._process_class
def timed(*args, **options):
    start = time.process_time()
    try:
        return process(*args, **options)
    finally:
        made[0] += 1
        made[1] += time.process_time() - start
dataclasses._process_class = timed
sys.argv = ["kompass", *sys.argv[1:]]
sys.stdout = open(os.devnull, "w")
from kompass_tui.__main__ import main
try:
    main()
finally:
    sys.stderr.write(f"\\nDATACLASSES {made[0]} {made[1] * 1000:.3f}\\n")
"""
"""Runs kompass (its arguments after the script's) and reports on stderr how many
dataclasses it created and their creation's CPU time in ms (private hook: bench only)."""
_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


COMMANDS: dict[str, list[str]] = {
    # Python's arguments for each.
    "stdlib floor": ["-c", FLOOR_COMMAND, str(DEMO)],
    "import rich": ["-c", "import rich"],
    "validate": [*KOMPASS, "validate", str(DEMO)],
    "criteria": [*KOMPASS, "criteria"],
    "export": [*KOMPASS, "export", str(DEMO)],
    "export html": [*KOMPASS, "export", "--format", "html", str(DEMO)],
    "show": [*KOMPASS, "show", "--no-pager", str(DEMO)],
}


def import_times(arguments: Sequence[str], runs: int) -> dict[str, tuple[float, float, int]]:
    """Per module: median self and cumulative import time (ms) and its nesting depth."""
    own: dict[str, list[int]] = defaultdict(list)
    total: dict[str, list[int]] = defaultdict(list)
    depth: dict[str, int] = {}
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", *arguments],
            capture_output=True,
            text=True,
            cwd=REPO,
            check=True,
        )
        for match in _LINE.finditer(done.stderr):
            name = match[4]
            own[name].append(int(match[1]))
            total[name].append(int(match[2]))
            depth[name] = len(match[3]) // 2
    return {
        name: (
            statistics.median(own[name]) / 1000,
            statistics.median(total[name]) / 1000,
            depth[name],
        )
        for name in own
    }


def dataclass_cost(arguments: Sequence[str], runs: int) -> tuple[int, float] | None:
    """How many dataclasses a kompass command creates and the median CPU time (ms) of
    creating them; None for a command that is not kompass's."""
    if list(arguments[: len(KOMPASS)]) != KOMPASS:
        return None
    counts: list[int] = []
    times: list[float] = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", _DATACLASSES, *arguments[len(KOMPASS) :]],
            capture_output=True,
            text=True,
            cwd=REPO,
            check=False,
        )
        count, milliseconds = done.stderr.rsplit("DATACLASSES ", 1)[1].split()
        counts.append(int(count))
        times.append(float(milliseconds))
    return max(counts), statistics.median(times)


def main(argv: Sequence[str] | None = None) -> int:
    """Print each command's import summary and its heaviest imports."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs per command")
    parser.add_argument("--top", type=int, default=12, help="imports listed per command")
    args = parser.parse_args(argv)
    compileall.compile_dir(REPO / "kompass_tui", quiet=1)
    for name, arguments in COMMANDS.items():
        times = import_times(arguments, args.runs)
        own_sum = sum(own for own, _, _ in times.values())
        kompass = sum(1 for module in times if module.startswith("kompass_tui"))
        print(
            f"{name}: {len(times)} modules ({kompass} of kompass_tui), "
            f"own import times sum to {own_sum:.1f} ms"
        )
        made = dataclass_cost(arguments, args.runs)
        if made is not None:
            print(f"  {made[0]} dataclasses created, in {made[1]:.1f} ms of CPU")
        heaviest = sorted(times.items(), key=lambda item: item[1][1], reverse=True)
        for module, (own, cumulative, level) in heaviest[: args.top]:
            print(f"  {cumulative:6.1f} ms  (own {own:4.1f})  {'  ' * level}{module}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
