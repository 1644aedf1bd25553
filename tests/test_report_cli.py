"""`kompass export` and `kompass show`, run as a user runs them."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.helpers import DEMO, REPO, kompass


def test_export_to_stdout() -> None:
    result = kompass("export", DEMO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Kommunkompassen (reviderad 2010)\n")
    assert "| 1.1 | Finns en plan/strategi för demokratiutveckling och information? | 7,5 |" in (
        result.stdout
    )
    assert result.stderr == ""


def test_export_in_english() -> None:
    result = kompass("export", DEMO, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "| **Total** | **491** | **800** | **61 %** | **527.5** |" in result.stdout


def test_export_with_svg_links_relative_to_the_output(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "img").mkdir()
    result = kompass("export", DEMO, "-o", "out/r.md", "--svg", "img/profil.svg", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    markdown = (tmp_path / "out" / "r.md").read_text(encoding="utf-8")
    assert "![Profil: andel av maxpoäng per område](../img/profil.svg)" in markdown
    ET.parse(tmp_path / "img" / "profil.svg")


def test_export_svg_with_stdout_links_the_path_as_given(tmp_path: Path) -> None:
    result = kompass("export", DEMO, "--svg", "profil.svg", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "](profil.svg)" in result.stdout
    assert (tmp_path / "profil.svg").is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.toml"], "missing.toml: no such file"),
        (["{demo}", "-o", "{demo}"], "-o would overwrite the session file"),
        (["{demo}", "-o", "nofolder/r.md"], "folder 'nofolder' does not exist"),
        (["{demo}", "--svg", "nofolder/c.svg"], "folder 'nofolder' does not exist"),
    ],
)
def test_export_refuses_invalid_input(tmp_path: Path, args: list[str], message: str) -> None:
    demo = tmp_path / "s.toml"
    demo.write_bytes(DEMO.read_bytes())
    result = kompass("export", *[a.replace("{demo}", str(demo)) for a in args], cwd=tmp_path)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert demo.read_bytes() == DEMO.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.toml"]


def test_export_of_a_broken_session_names_file_and_key(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    text = DEMO.read_text(encoding="utf-8").replace('"1.1" = 7.5', '"1.1" = 75')
    broken.write_text(text, encoding="utf-8")
    result = kompass("export", broken)
    assert result.returncode == 1
    assert f"{broken}: scores." in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_show_piped_is_plain_text() -> None:
    result = kompass("show", DEMO)
    assert result.returncode == 0, result.stderr
    assert "\x1b[" not in result.stdout
    assert "Sammanfattning av resultat" in result.stdout
    assert "Totalt område 7" in result.stdout
    assert "Förbättringsområden" in result.stdout


def test_show_missing_session_fails_cleanly() -> None:
    result = kompass("show", "missing.toml")
    assert result.returncode == 1
    assert "missing.toml: no such file" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["export", "show"])
def test_export_and_show_do_not_import_textual(command: str) -> None:
    code = (
        "import sys\n"
        "from kompass_tui.cli import main\n"
        f"status = main([{command!r}, {str(DEMO)!r}, '--lang', 'en'])\n"
        "assert status == 0, status\n"
        "loaded = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "sys.stderr.write('TEXTUAL:' + ','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.endswith("TEXTUAL:"), result.stderr
