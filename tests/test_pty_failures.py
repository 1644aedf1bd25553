"""The workbench when things go wrong, in the real program over a pty (#11 item 7, #10).

An unexpected error writes the recovery file first and ends with one line and exit code 3;
an `$EDITOR` that is missing, cannot be read, writes something that is not UTF-8 or deletes
its file leaves the text as it was, says so, and the workbench carries on.
"""

from __future__ import annotations

import os
import stat
import time
from decimal import Decimal
from pathlib import Path

import pytest

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.recovery import recovery_path
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.exit_codes import EXIT_CRASHED
from tests.pty_kompass import CTRL_Q, CTRL_S, ESCAPE, PtyKompass
from tests.test_pty_scoring import MUNICIPALITY, fresh_session

CTRL_G = b"\x07"
CTRL_O = b"\x0f"

BROKEN = """\
import sys
from kompass_tui.tui.screens.workbench import WorkbenchScreen

def broken(self):
    raise RuntimeError("the cable was cut")

WorkbenchScreen.action_next_unscored = broken
from kompass_tui.cli import main
sys.argv = ["kompass", *sys.argv[1:]]
sys.exit(main())
"""


def test_an_unexpected_error_keeps_the_work_and_ends_in_one_line(tmp_path: Path) -> None:
    path = fresh_session(tmp_path)
    program = tmp_path / "broken_kompass.py"
    program.write_text(BROKEN, encoding="utf-8")
    with PtyKompass(path, program=(str(program),)) as app:
        assert app.wait_for(MUNICIPALITY), app.text()[-2000:]
        app.type(b"5")
        app.wait_quiet()
        app.type(CTRL_G)
        assert app.wait(15) == EXIT_CRASHED, app.text()[-2000:]
        shown = app.text()
    assert "kompass: unexpected error: RuntimeError: the cable was cut" in shown
    assert "Traceback" not in shown
    recovered = load_session(recovery_path(path), Catalog.default())
    assert recovered.session.scores == {"1.1": Decimal(5)}
    assert load_session(path, Catalog.default()).session.scores == {}


def editor_script(folder: Path, body: str) -> str:
    """An executable `$EDITOR` that runs `body` (sh) on the file it is given as $1."""
    script = folder / "editor.sh"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


@pytest.mark.parametrize(
    ("editor", "says", "kept"),
    [
        ("no-such-editor-anywhere", "$EDITOR kunde inte", "abc"),
        ('vi "', "$EDITOR kan inte", "abc"),
        ("WRITES_LATIN1", "$EDITOR skrev inte", "abc"),
        ("DELETES", "$EDITOR tog bort", "abc"),
        ("APPENDS", "är inläst", "abc def"),  # the text taken in, said (#26)
    ],
)
def test_external_editor_failures_leave_the_text_as_it_was(
    tmp_path: Path, editor: str, says: str, kept: str
) -> None:
    scripts = {
        "WRITES_LATIN1": "printf 'abc \\344' > \"$1\"",
        "DELETES": 'rm "$1"',
        "APPENDS": "printf 'abc def\\n' > \"$1\"",
    }
    if editor in scripts:
        editor = editor_script(tmp_path, scripts[editor])
    path = fresh_session(tmp_path)
    env = {"EDITOR": editor, "VISUAL": ""}
    with PtyKompass(path, env=env) as app:
        assert app.wait_for(MUNICIPALITY), app.text()[-2000:]
        app.type(CTRL_O)
        app.type(b"abc")
        app.wait_quiet()
        mark = app.mark()
        app.type(CTRL_O)  # ctrl+o again, in the editor: $EDITOR
        if says:
            assert app.wait_for(says, 10, since=mark), app.text()[-1500:]
        app.wait_quiet()
        app.type(ESCAPE)
        time.sleep(0.3)
        before = path.read_bytes()
        app.type(CTRL_S)
        deadline = time.monotonic() + 10
        while path.read_bytes() == before and time.monotonic() < deadline:
            time.sleep(0.05)
        app.type(CTRL_Q)
        assert app.wait(10) == 0, app.text()[-1500:]
    assert load_session(path, Catalog.default()).session.findings == {"1.1": kept}
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".md")]
