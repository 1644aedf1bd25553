"""Issue #20, item 7: terminal safety in every output.

ESC, OSC, CSI and C1 payloads go into every text field a session holds (each string of its
TOML but the ids and choices: municipality, evaluators, affiliation, the report's texts,
findings, comments, strengths, improvement areas and their actions, Allmänt, sources,
the interview log, the benchmarks kept in it) and into a benchmark file; every command
and every format then runs, to stdout and to files, and no control character but newline
and tab (and the CRLF that ends a CSV line) may come out. `show` and `export --format
json` also run on a real pseudo-terminal, where the U+009B of the issue was seen.
"""

from __future__ import annotations

import fcntl
import json
import os
import select
import struct
import subprocess
import termios
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from tests.helpers import DEMO, KOMPASS, REPO
from tests.test_cli_control_bytes import forbidden

pytestmark = pytest.mark.skipif(os.name != "posix", reason="a pseudo-terminal")

ESC_SEQUENCES = "\x1b[2J\x1b[31m"
OSC = "\x1b]0;pwned\x07\x1b]52;c;cHduZWQ=\x07"
C1 = "\u009b31m\u009d0;c1-title\u009c\u0090dcs\u009c\u0085\u008d"
PAYLOAD = f"{OSC}{ESC_SEQUENCES}{C1}\x7f\x08slut"
"""Every kind: OSC (title, clipboard), CSI by ESC, C1 (CSI, OSC, ST, DCS, NEL, RI), DEL, BS."""

CHOICES = {"id", "structure", "wording", "kind", "status", "role", "scale", "instrument"}
"""Keys whose strings are ids or one of a list: a payload there makes the file invalid."""


def with_payload(value: Any, key: str = "") -> Any:
    """`value` with the payload added to every free text in it."""
    if isinstance(value, dict):
        return {k: with_payload(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [with_payload(v, key) for v in value]
    if isinstance(value, str) and key not in CHOICES:
        return value + PAYLOAD  # the same ending keeps an action's improvement area matched
    return value


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a session whose every text holds the payload, a second one to compare
    and merge, and a benchmark file with the payload in its texts."""
    folder = tmp_path_factory.mktemp("payload")
    data = tomllib.loads(DEMO.read_text(encoding="utf-8"))
    data["comments"] = {f"{a}.{q}": "kommentar" for a in range(1, 9) for q in range(1, 6)}
    data["interviews"][0]["role"] = "staff"
    hostile = with_payload(data)
    (folder / "a.toml").write_text(tomli_w.dumps(hostile), encoding="utf-8")
    hostile["scores"]["1.1"] = 1  # a question to discuss in a consensus
    (folder / "b.toml").write_text(tomli_w.dumps(hostile), encoding="utf-8")
    benchmarks = tomllib.loads(
        (REPO / "benchmarks" / "tabell-2-norrkoping-2010.toml").read_text(encoding="utf-8")
    )
    (folder / "bench.toml").write_text(tomli_w.dumps(with_payload(benchmarks)), encoding="utf-8")
    return folder


def run(args: list[str], cwd: Path) -> tuple[int, bytes]:
    """The real `kompass` with piped output: stdout and stderr as bytes."""
    env = {k: v for k, v in os.environ.items() if k != "KOMPASS_CRITERIA_PATH"}
    result = subprocess.run(
        [*KOMPASS, *args], capture_output=True, cwd=cwd, env=dict(env, COLUMNS="100"), timeout=90
    )
    return result.returncode, result.stdout + result.stderr


def run_on_a_terminal(args: list[str], cwd: Path) -> tuple[int, bytes]:
    """The real `kompass` with stdout and stderr on a pseudo-terminal of 100x30."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("KOMPASS_CRITERIA_PATH", "COLUMNS")}
    process = subprocess.Popen(
        [*KOMPASS, *args],
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=slave,
        cwd=cwd,
        env=dict(env, TERM="xterm-256color"),
    )
    os.close(slave)
    output = bytearray()
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            process.kill()
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the program closed the terminal
            break
        if not chunk:
            break
        output += chunk
    os.close(master)
    return process.wait(timeout=30), bytes(output)


def shows_the_payload(output: bytes) -> bool:
    """Whether the payload arrived, made harmless: ESC as ␛ (or `\\u001b` in JSON)."""
    text = output.decode("utf-8", "replace")
    return "␛" in text or "\\u001b" in text


REPORT_OPTIONS = [[], ["--comments", "--sources"]]
STDOUT_COMMANDS: list[list[str]] = [
    *[["export", "a.toml", "--format", f, *o] for f in ("md", "html", "csv", "json")
      for o in REPORT_OPTIONS],
    ["export", "a.toml", "--earlier", "b.toml", "--compare", "bench.toml", "--comments"],
    ["show", "--no-pager", "a.toml", "--comments", "--sources", "--compare", "bench.toml"],
    ["show", "--no-pager", "a.toml", "--earlier", "b.toml"],
    ["plan", "a.toml"],
    ["plan", "a.toml", "--csv"],
    ["plan", "a.toml", "--csv", "--by-action"],
    ["compare", "a.toml", "b.toml", "bench.toml"],
    ["compare", "a.toml", "b.toml", "bench.toml", "--format", "csv"],
    ["compare", "a.toml", "bench.toml", "--median", "--trend"],
    ["validate", "a.toml", "b.toml", "bench.toml", "."],
]  # fmt: skip


@pytest.mark.parametrize("args", STDOUT_COMMANDS, ids=[" ".join(a) for a in STDOUT_COMMANDS])
def test_no_payload_reaches_the_terminal_from_any_command(hostile: Path, args: list[str]) -> None:
    code, output = run(args, hostile)
    assert code == 0, output.decode("utf-8", "replace")
    assert b"Traceback" not in output
    assert forbidden(output.replace(b"\r\n", b"\n")) == [], output.decode("utf-8", "replace")
    if args[0] != "validate" and args[-1] != "csv":  # no session text in the questions' CSV
        assert shows_the_payload(output), "the payload never reached the output"


FILE_COMMANDS: list[tuple[list[str], str]] = [
    *[(["export", "a.toml", "--comments", "--sources"], f"r.{f}")
      for f in ("md", "html", "csv", "json", "docx")],
    (["export", "a.toml", "--svg", "chart.svg"], "r2.md"),
    (["plan", "a.toml"], "plan.md"),
    (["plan", "a.toml", "--csv"], "plan.csv"),
    (["compare", "a.toml", "b.toml", "bench.toml"], "cmp.md"),
    (["compare", "a.toml", "b.toml", "--format", "csv"], "cmp.csv"),
    (["consensus", "a.toml", "b.toml"], "merged.toml"),
]  # fmt: skip


@pytest.mark.parametrize(("args", "name"), FILE_COMMANDS, ids=[n for _, n in FILE_COMMANDS])
def test_no_payload_reaches_a_terminal_that_prints_a_written_file(
    hostile: Path, args: list[str], name: str
) -> None:
    out = hostile / "out" / name
    out.parent.mkdir(exist_ok=True)
    code, output = run([*args, "-o", str(out)], hostile)
    assert code == 0, output.decode("utf-8", "replace")
    assert forbidden(output) == [], output.decode("utf-8", "replace")
    if name.endswith(".docx"):
        import zipfile

        document = zipfile.ZipFile(out).read("word/document.xml")
        assert forbidden(document) == [] and "␛".encode() in document
        return
    if name.endswith(".toml"):
        # A session keeps its texts exactly: TOML escapes C0 and DEL, but C1 is valid raw
        # text in TOML and stays so (the session file is data, not an output for a terminal).
        assert b"\\u001b" in out.read_bytes().lower()
        return
    written = out.read_bytes().replace(b"\r\n", b"\n")
    assert forbidden(written) == [], name
    assert shows_the_payload(written), name
    if name.endswith(".json"):  # escaped, not replaced: the data reads back exactly
        document = json.loads(out.read_text(encoding="utf-8"))
        assert document["municipality"] == "Norrköping" + PAYLOAD
        assert document["questions"][0]["comment"] == "kommentar" + PAYLOAD
    if name == "r2.md":
        chart = (hostile / "chart.svg").read_bytes()
        assert forbidden(chart.replace(b"\r\n", b"\n")) == []


TERMINAL_COMMANDS = [
    ["export", "a.toml", "--format", "json", "--comments", "--sources"],
    ["export", "a.toml", "--format", "csv", "--comments"],
    ["show", "--no-pager", "a.toml", "--comments", "--sources"],
]


@pytest.mark.parametrize("args", TERMINAL_COMMANDS, ids=[a[-3] for a in TERMINAL_COMMANDS])
def test_no_payload_reaches_a_real_terminal(hostile: Path, args: list[str]) -> None:
    code, output = run_on_a_terminal(args, hostile)
    assert code == 0, output.decode("utf-8", "replace")
    # The terminal's own line discipline turns \n into \r\n; Rich's colours are its own
    # SGR sequences, not text: take both out, then nothing else may be a control.
    text = output.replace(b"\r\r\n", b"\n").replace(b"\r\n", b"\n")  # CSV's CRLF too
    if args[0] == "show":
        import re

        text = re.sub(rb"\x1b\[[0-9;]*m", b"", text)
    assert b"\xc2\x9b" not in output  # U+009B as the issue saw it
    assert forbidden(text) == [], output.decode("utf-8", "replace")[:2000]
    assert shows_the_payload(output)
