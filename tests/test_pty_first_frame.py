"""The first frame on a real terminal (#23): every cell of the first screen written once,
and a size reported again unchanged writes nothing."""

from __future__ import annotations

import re
import shutil
import signal
from collections import Counter
from pathlib import Path

from tests.helpers import DEMO
from tests.pty_kompass import PtyKompass

_TOKEN = re.compile(
    rb"\x1b\[(\d*);(\d*)H"  # a cursor move to a row and column (groups 1, 2)
    rb"|\x1b(?:\[[0-9;?<>=$ ]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|.)"  # another escape
    rb"|([^\x1b\r\n]+)"  # text (group 3)
)


def _cells_written(output: bytes) -> Counter[tuple[int, int]]:
    """How many times the output writes to each cell (row, column), the cursor followed
    through its moves (kompass draws with cursor moves only, one-cell characters here)."""
    written: Counter[tuple[int, int]] = Counter()
    row = column = 1
    for token in _TOKEN.finditer(output):
        if token[1] is not None:
            row, column = int(token[1] or 1), int(token[2] or 1)
        elif token[3] is not None:
            for _ in token[3].decode("utf-8", "replace"):
                written[row, column] += 1
                column += 1
    return written


def _started(folder: Path) -> PtyKompass:
    session = folder / DEMO.name
    shutil.copy(DEMO, session)
    app = PtyKompass(session)  # 80x24, as COLUMNS and LINES say too
    assert app.wait_for("Norrköping"), app.text()[-2000:]
    assert app.wait_quiet(), "kompass kept writing after its first screen"
    return app


def test_the_first_screen_writes_each_cell_once(tmp_path: Path) -> None:
    """The driver reports the terminal's size again after the first frame: the screen is
    not written a second time for it (it was, whole, before #23)."""
    with _started(tmp_path) as app:
        assert "Översikt" in app.text()  # the tab bar: the whole first screen is there
        written = _cells_written(bytes(app.output))
        assert len(written) == 80 * 24  # every cell of the screen
        assert max(written.values()) == 1  # once


def test_the_same_size_reported_again_writes_nothing(tmp_path: Path) -> None:
    """A SIGWINCH without a new size (a terminal multiplexer re-attaching, say) leaves the
    screen as it is: nothing is written."""
    with _started(tmp_path) as app:
        mark = app.mark()
        app.signal(signal.SIGWINCH)
        assert app.wait_quiet()
        assert bytes(app.output[mark:]) == b""
