"""Issue #11, item 11: the smaller gaps, each as a user meets it."""

from __future__ import annotations

import io
import os
import subprocess
import time
from decimal import Decimal
from pathlib import Path

import pytest
from rich.console import Console
from rich.text import Text

from kompass_tui.core.files.locks import lock_path
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.report.model import build_report
from kompass_tui.core.session.toml_io import (
    ExternalChangeError,
    SessionFileGoneError,
    load_session,
    save_session,
)
from kompass_tui.views.report_view import report_renderable
from tests.helpers import DEMO, KOMPASS


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real `kompass` with no terminal at all: stdin from /dev/null, output to pipes."""
    env = {k: v for k, v in os.environ.items() if k != "KOMPASS_CRITERIA_PATH"}
    return subprocess.run(
        [*KOMPASS, *map(str, args)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=30,
    )


@pytest.mark.parametrize("target", ["file", "folder"])
def test_the_workbench_without_a_terminal_says_so_and_exits_2(tmp_path: Path, target: str) -> None:
    session = tmp_path / "s.toml"
    session.write_bytes(DEMO.read_bytes())
    started = time.monotonic()
    result = run(session if target == "file" else tmp_path, cwd=tmp_path)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "the workbench needs a terminal" in result.stderr
    assert "Traceback" not in result.stderr
    assert time.monotonic() - started < 25
    assert not lock_path(session).exists()  # nothing claimed for a program that never ran


def test_a_broken_file_without_a_terminal_is_still_exit_1(tmp_path: Path) -> None:
    broken = tmp_path / "b.toml"
    broken.write_text("schema = 1\n", encoding="utf-8")
    result = run(broken, cwd=tmp_path)
    assert result.returncode == 1 and f"{broken}: municipality: missing" in result.stderr


def test_new_dot_toml_names_the_real_reason(tmp_path: Path) -> None:
    result = run("new", ".toml", "--municipality", "X", "--no-open", cwd=tmp_path)
    assert result.returncode == 1
    assert ".toml: needs a name before .toml" in result.stderr
    assert "must end in" not in result.stderr
    assert list(tmp_path.iterdir()) == []
    other = run("new", "x.txt", "--municipality", "X", "--no-open", cwd=tmp_path)
    assert other.returncode == 1 and "x.txt: the file name must end in .toml" in other.stderr


@pytest.mark.parametrize(
    "command",
    [["criteria"], ["validate", str(DEMO)], ["export", str(DEMO)], ["show", str(DEMO)]],
    ids=["criteria", "validate", "export", "show"],
)
def test_a_criteria_dir_that_does_not_exist_is_an_error(tmp_path: Path, command: list[str]) -> None:
    result = run(*command, "--criteria-dir", tmp_path / "nowhere", cwd=tmp_path)
    assert result.returncode == 2
    assert f"--criteria-dir: {tmp_path / 'nowhere'}: no such folder" in result.stderr
    a_file = tmp_path / "file"
    a_file.write_text("x", encoding="utf-8")
    not_folder = run(*command, "--criteria-dir", a_file, cwd=tmp_path)
    assert not_folder.returncode == 2 and f"{a_file}: not a folder" in not_folder.stderr


@pytest.mark.parametrize(
    "command", [["validate", ""], ["export", ""], ["show", ""], ["compare", "", ""], [""]]
)
def test_an_empty_path_is_an_error_not_the_current_folder(
    tmp_path: Path, command: list[str]
) -> None:
    (tmp_path / "s.toml").write_bytes(DEMO.read_bytes())
    result = run(*command, cwd=tmp_path)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "an empty path" in result.stderr
    assert "ok:" not in result.stdout


def test_saving_a_deleted_session_says_it_is_gone(demo_copy: Path, catalog: Catalog) -> None:
    loaded = load_session(demo_copy, catalog)
    loaded.session.set_score(loaded.instrument, "1.1", Decimal(3))
    demo_copy.unlink()
    with pytest.raises(SessionFileGoneError, match="no longer exists") as caught:
        save_session(loaded.session, loaded.instrument, demo_copy, loaded.digest)
    assert isinstance(caught.value, ExternalChangeError)  # a workbench that asks about
    assert not demo_copy.exists()  # changes on disk asks about this too
    save_session(loaded.session, loaded.instrument, demo_copy)  # the user said: write it
    assert load_session(demo_copy, catalog).session.scores["1.1"] == 3


def test_report_borders_stay_in_line_with_control_characters(
    demo_copy: Path, catalog: Catalog
) -> None:
    loaded = load_session(demo_copy, catalog)
    loaded.session.municipality = "Norr\x1b[2J\x1b]0;x\x07köping\u009b"
    out = io.StringIO()
    console = Console(file=out, width=80, color_system=None, legacy_windows=False)
    console.print(report_renderable(build_report(loaded.session, loaded.instrument, "sv")))
    title = [line for line in out.getvalue().splitlines()[:6] if line[:1] in "╭│╰"]
    assert any("␛" in line for line in title), title
    widths = {Text(line).cell_len for line in title}
    assert len(widths) == 1, title
