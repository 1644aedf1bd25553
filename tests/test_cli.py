"""The real `kompass` command, run as a user would run it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.toml_io import load_session
from tests.helpers import DEMO, KK2010, REPO, kompass, write_small_instrument


def test_python_dash_m_works_too() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kompass_tui", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.startswith("kompass ")


def assert_clean_failure(result: subprocess.CompletedProcess, code: int = 1) -> None:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr


def test_version_and_help() -> None:
    version = kompass("--version")
    assert version.returncode == 0
    assert version.stdout.startswith("kompass ")
    for command in ([], ["open"], ["validate"], ["criteria"], ["new"], ["export"], ["show"]):
        result = kompass(*command, "--help")
        assert result.returncode == 0, command
        assert "usage: kompass" in result.stdout


def test_usage_errors_exit_2() -> None:
    assert_clean_failure(kompass("validate"), 2)
    assert_clean_failure(kompass("new", "x.toml"), 2)  # neither --municipality nor --from
    assert_clean_failure(kompass("criteria", "--lang", "fi"), 2)


def test_validate_demo_and_criteria() -> None:
    result = kompass("validate", "sessions", "criteria")
    assert result.returncode == 0, result.stderr
    assert "ok: sessions/norrkoping-2010.toml: session 'Norrköping'" in result.stdout
    assert "45/45 scored, 491,2 / 800 · 61 %" in result.stdout
    assert "instrument kommunkompassen-2010, 8 areas, 45 questions, max 800" in result.stdout


def test_validate_lists_every_problem_and_fails(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    text = DEMO.read_text(encoding="utf-8")
    text = text.replace('"1.1" = 7.5', '"1.1" = 70').replace('"2.1" = 9.0', '"2.1" = "nio"')
    bad.write_text(text, encoding="utf-8")
    before = bad.read_bytes()
    result = kompass("validate", bad, DEMO)
    assert_clean_failure(result)
    assert f'{bad}: scores."1.1": above the maximum 15' in result.stderr
    assert f'{bad}: scores."2.1": not a number' in result.stderr
    assert "ok: " in result.stdout and "norrkoping-2010.toml" in result.stdout
    assert bad.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("schema = 1\nmunicipality = \n", "not valid TOML"),
        ("hello = 1\n", "neither a session"),
        (b"\xff\xfe schema = 1", "not valid UTF-8"),
    ],
)
def test_validate_broken_files(tmp_path: Path, content: str | bytes, message: str) -> None:
    path = tmp_path / "broken.toml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    result = kompass("validate", path)
    assert_clean_failure(result)
    assert result.stderr.startswith(f"{path}: ") and message in result.stderr


def test_open_refuses_a_broken_session_without_starting_the_ui(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(DEMO.read_text(encoding="utf-8").replace("schema = 2", "schema = x"))
    before = path.read_bytes()
    result = kompass(path)
    assert_clean_failure(result)
    assert result.stderr.startswith(f"{path}: not valid TOML")
    assert path.read_bytes() == before


def test_criteria_lists_and_describes() -> None:
    listing = kompass("criteria")
    assert listing.returncode == 0
    assert listing.stdout.startswith(f"{KK2010}\tKommunkompassen (reviderad 2010)\t8 areas")
    detail = kompass("criteria", KK2010, "--lang", "en")
    assert detail.returncode == 0
    assert "The Municipal Compass (revised 2010)" in detail.stdout
    assert "  1.1   15  Is there a plan or strategy" in detail.stdout
    unknown = kompass("criteria", "nope")
    assert_clean_failure(unknown)
    assert "unknown instrument 'nope'" in unknown.stderr


def test_user_instrument_folders(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    write_small_instrument(folder)
    by_flag = kompass("criteria", "--criteria-dir", folder)
    by_env = kompass("criteria", env={"KOMPASS_CRITERIA_PATH": str(folder)})
    for result in (by_flag, by_env):
        assert result.returncode == 0
        assert "mini\tMini instrument\t2 areas\t3 questions\tmax 22.5" in result.stdout


def test_new_writes_an_empty_session_and_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "vaxjo.toml"
    args: list[str | Path] = ["new", path, "--municipality", "Växjö", "--date", "2026-11-26"]
    created = kompass(*args, "--evaluator", "Åsa Öberg", "--evaluator", "B", "--no-open")
    assert created.returncode == 0, created.stderr
    loaded = load_session(path, Catalog.default())
    assert loaded.session.municipality == "Växjö"
    assert loaded.session.evaluators == ["Åsa Öberg", "B"]
    assert [d.isoformat() for d in loaded.session.dates] == ["2026-11-26"]
    assert loaded.session.scores == {}
    before = path.read_bytes()
    again = kompass(*args, "--no-open")
    assert_clean_failure(again)
    assert "already exists" in again.stderr
    assert path.read_bytes() == before


def test_new_with_another_instrument_and_bad_input(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    write_small_instrument(folder)
    path = tmp_path / "s.toml"
    made = kompass(
        "new",
        path,
        "--municipality",
        "X",
        "--criteria",
        "mini",
        "--criteria-dir",
        folder,
        "--no-open",
    )
    assert made.returncode == 0, made.stderr
    assert 'id = "mini"' in path.read_text(encoding="utf-8")
    bad_date = kompass("new", tmp_path / "t.toml", "--municipality", "X", "--date", "26/11")
    assert_clean_failure(bad_date)
    assert "--date: not a date" in bad_date.stderr
    unknown = kompass("new", tmp_path / "u.toml", "--municipality", "X", "--criteria", "zz")
    assert_clean_failure(unknown)
    assert not (tmp_path / "t.toml").exists() and not (tmp_path / "u.toml").exists()


@pytest.mark.parametrize("command", [["validate", "sessions"], ["criteria"], ["criteria", KK2010]])
def test_core_commands_do_not_import_textual(command: list[str]) -> None:
    code = (
        "import sys\n"
        f"sys.argv = ['kompass', *{command!r}]\n"
        "from kompass_tui.cli import main\n"
        "rc = main()\n"
        "assert 'textual' not in sys.modules, 'textual was imported'\n"
        "sys.exit(rc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_bundled_criteria_are_found_from_another_folder(tmp_path: Path) -> None:
    result = kompass("validate", DEMO, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
