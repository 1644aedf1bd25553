"""Issue #20, item 8: `$EDITOR` gets the text as a text file (ending in a newline) and gives
it back as the evaluator left it: a line the editor appends is a line of its own, and an
editor that changes nothing changes nothing. The real program over a pty."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.toml_io import load_session
from tests.pty_kompass import CTRL_Q, CTRL_S, ESCAPE, PtyKompass
from tests.test_pty_failures import CTRL_O, editor_script
from tests.test_pty_scoring import MUNICIPALITY, fresh_session


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("printf 'andra raden\\n' >> \"$1\"", "första raden\nandra raden"),  # appended
        ("true", "första raden"),  # nothing changed
        ("printf 'ny text' > \"$1\"", "ny text"),  # written without a final newline
    ],
)
def test_external_editor_round_trips_final_newlines(tmp_path: Path, body: str, kept: str) -> None:
    path = fresh_session(tmp_path)
    env = {"EDITOR": editor_script(tmp_path, body), "VISUAL": ""}
    with PtyKompass(path, env=env) as app:
        assert app.wait_for(MUNICIPALITY), app.text()[-2000:]
        app.type(CTRL_O)
        app.type("första raden".encode())
        app.wait_quiet()
        app.type(CTRL_O)  # ctrl+o again, in the editor: $EDITOR
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
