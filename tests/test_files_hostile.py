"""Issue #11, items 5 and 9: no file makes a command hang, run out of memory or parse for long.

Every command that reads a file is run on a named pipe (FIFO, which blocks a reader
forever), on `/dev/zero` (endless) and on a sparse file of several GB (no disk, but a
reader that reads it whole needs that much memory), each with a 10 s timeout, and its
peak memory is measured.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from kompass_tui.core.files.toml_bounds import MAX_KEY_PARTS
from kompass_tui.core.files.toml_reading import parse_toml_bytes
from kompass_tui.core.problems import LoadError
from tests.helpers import DEMO, KOMPASS, REPO

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")

TIMEOUT = 10.0
MAX_RSS_MB = 100
"""Far below the file sizes involved; a command reading the file whole would exceed it."""
SPARSE_SIZE = 6 * 1024**3
FIFO_MESSAGE = "is a named pipe (FIFO), not a regular file"
LARGE_MESSAGE = "is larger than 4 MB"


@dataclass
class Measured:
    """How a command ended: exit code, output and the child's peak memory."""

    returncode: int
    stdout: str
    stderr: str
    max_rss_mb: float
    timed_out: bool


# Runs the command and reports its exit code and peak memory. A small process of its
# own: a child's peak memory counts the memory of the process that spawned it, so the
# test process (large after other tests) must not spawn the command itself.
_LAUNCHER = """
import json, resource, subprocess, sys
report, timeout, command = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
process = subprocess.Popen(command)
try:
    code, timed_out = process.wait(timeout), False
except subprocess.TimeoutExpired:
    process.kill()
    code, timed_out = process.wait(), True
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
with open(report, "w") as handle:
    json.dump({"code": code, "timed_out": timed_out, "max_rss_kb": peak}, handle)
"""


def run_measured(
    args: Sequence[str | Path], cwd: Path, env: dict[str, str] | None = None
) -> Measured:
    """Run the real `kompass` with stdin from /dev/null, killed after TIMEOUT seconds, and
    measure its peak memory (max RSS, as the kernel accounts it for that one process)."""
    out, err, report = cwd / ".stdout", cwd / ".stderr", cwd / ".report"
    full_env = {k: v for k, v in os.environ.items() if k != "KOMPASS_CRITERIA_PATH"}
    full_env.update(env or {})
    command = [sys.executable, "-c", _LAUNCHER, str(report), str(TIMEOUT), *KOMPASS]
    with open(out, "wb") as stdout, open(err, "wb") as stderr, open(os.devnull) as stdin:
        subprocess.run(
            [*command, *map(str, args)],
            cwd=cwd,
            env=full_env,
            check=True,
            stdin=stdin,
            stdout=stdout,
            stderr=stderr,
        )
    figures = json.loads(report.read_text(encoding="utf-8"))
    return Measured(
        figures["code"],
        out.read_text(encoding="utf-8", errors="replace"),
        err.read_text(encoding="utf-8", errors="replace"),
        figures["max_rss_kb"] / 1024,  # KiB on Linux
        figures["timed_out"],
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a good session, a FIFO and a sparse multi-GB file, both named .toml."""
    folder = tmp_path_factory.mktemp("hostile")
    shutil.copy(DEMO, folder / "good.toml")
    os.mkfifo(folder / "fifo.toml")
    with open(folder / "sparse.toml", "wb") as handle:
        handle.truncate(SPARSE_SIZE)
    for name in ("fifo", "sparse"):  # criteria folders holding only the hostile file
        (folder / f"criteria-{name}").mkdir()
        os.symlink(folder / f"{name}.toml", folder / f"criteria-{name}" / f"{name}.toml")
    return folder


def commands(name: str) -> list[tuple[str, list[str]]]:
    """Every command that reads a file, pointed at `name` (the hostile file's path)."""
    criteria = ["--criteria-dir", f"criteria-{Path(name).stem}"]
    return [
        ("validate", ["validate", name]),
        ("validate-folder", ["validate", "."]),
        ("export", ["export", name]),
        ("show", ["show", "--no-pager", name]),
        ("open", [name]),
        ("export-earlier", ["export", "good.toml", "--earlier", name]),
        ("show-earlier", ["show", "--no-pager", "good.toml", "--earlier", name]),
        ("compare", ["compare", "good.toml", name]),
        ("consensus", ["consensus", "good.toml", name, "-o", "merged.toml"]),
        ("criteria", ["criteria", *criteria]),
        ("criteria-id", ["criteria", Path(name).stem, *criteria]),
    ]


CASES = [
    (kind, label, args) for kind in ("fifo", "sparse") for label, args in commands(f"{kind}.toml")
]


@pytest.mark.parametrize(("kind", "label", "args"), CASES, ids=[f"{k}-{c}" for k, c, _ in CASES])
def test_every_command_refuses_fifos_and_huge_files_quickly_in_little_memory(
    hostile: Path, kind: str, label: str, args: list[str]
) -> None:
    result = run_measured(args, hostile)
    assert not result.timed_out, f"{label} on a {kind} still ran after {TIMEOUT} s"
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    message = FIFO_MESSAGE if kind == "fifo" else LARGE_MESSAGE
    assert f"{kind}.toml: {message}" in result.stderr, result.stderr
    assert result.max_rss_mb < MAX_RSS_MB, f"{label}: {result.max_rss_mb:.0f} MB"
    assert not (hostile / "merged.toml").exists()


def test_a_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    result = run_measured(["validate", "/dev/zero"], tmp_path)
    assert not result.timed_out and result.returncode == 1
    assert "/dev/zero: is a character device, not a regular file" in result.stderr
    assert result.max_rss_mb < MAX_RSS_MB


def test_a_header_of_200000_dotted_parts_is_refused_before_parsing(tmp_path: Path) -> None:
    header = "[" + ".".join(["a"] * 200_000) + "]\n"
    assert len(header) > 400_000
    path = tmp_path / "deep.toml"
    path.write_text(header, encoding="utf-8")
    result = run_measured(["validate", path], tmp_path)
    assert not result.timed_out
    assert result.returncode == 1
    message = f"{path}: a dotted key or table header has more than {MAX_KEY_PARTS} parts"
    assert message in result.stderr


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("x = {" + ".".join(["a"] * 5000) + " = 1}\n", "more than 32 parts"),
        (".".join(['"q"'] * 40) + " = 1\n", "more than 32 parts"),
        ("".join(f"k{i} = 1\n" for i in range(120_000)), "more keys, values and lines"),
        ("x = [" + "1, " * 250_000 + "]\n", "more keys, values and lines"),
        ("x = 1" + "1" * 5000 + "\n", "not valid TOML"),
    ],
    ids=["inline-dotted", "quoted-dotted", "many-keys", "long-array", "huge-integer"],
)
def test_hostile_toml_is_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(LoadError, match=message):
        parse_toml_bytes(text.encode("utf-8"), "hostile.toml")


@pytest.mark.parametrize(
    "text",
    [
        DEMO.read_text(encoding="utf-8"),
        (REPO / "criteria" / "kommunkompassen-2010.toml").read_text(encoding="utf-8"),
        ".".join(["a"] * 32) + " = 1\n",
        'notes = "' + "a.b.c = [{ " * 50_000 + '"\n',  # structure inside a string is text
        "# " + "a.b.c = [{ " * 50_000 + "\nx = 1\n",  # and inside a comment
        'x = """\n' + 'a = "b" # c\n' * 20_000 + '"""\n',
    ],
    ids=["demo", "instrument", "32-parts", "string", "comment", "multi-line-string"],
)
def test_real_files_and_text_in_strings_are_not_refused(text: str) -> None:
    parse_toml_bytes(text.encode("utf-8"), "fine.toml")
