"""Import hygiene: only starting the UI imports Textual."""

from __future__ import annotations

import subprocess
import sys


def test_open_command_imports_textual_lazily() -> None:
    code = (
        "import sys, kompass_tui.cli, kompass_tui.cli.commands.open;"
        "import kompass_tui.core.session.open_session;"
        "print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
