"""The core is pure: importing all of it loads no Rich, Textual, views, workbench or CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.helpers import DEMO, REPO


def test_every_core_module_imports_without_rich_or_textual() -> None:
    modules = sorted(
        ".".join(path.relative_to(REPO).with_suffix("").parts)
        for path in (REPO / "kompass_tui" / "core").rglob("*.py")
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = ('rich', 'textual', 'kompass_tui.views', 'kompass_tui.tui', 'kompass_tui.cli')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in bad or m.startswith(bad)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert len(modules) > 30


def test_export_with_a_chart_does_not_import_rich(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from kompass_tui.cli import main\n"
        f"status = main(['export', {str(DEMO)!r}, '-o', {str(tmp_path / 'r.md')!r},"
        f" '--svg', {str(tmp_path / 'r.svg')!r}])\n"
        "assert status == 0, status\n"
        "print('rich' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
    assert (tmp_path / "r.svg").read_text(encoding="utf-8").startswith("<svg")
