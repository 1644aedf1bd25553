"""Issue #20, item 8 (the command line): counts bounded with a clear message, a benchmark
file repeating a record refused as a session's benchmarks are, and `-o` into a missing
folder naming that folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from kompass_tui.exit_codes import EXIT_INVALID, EXIT_USAGE
from tests.helpers import DEMO, REPO, kompass

BENCHMARKS = REPO / "benchmarks" / "tabell-2-norrkoping-2010.toml"


@pytest.mark.parametrize("people", ["99999999999999999999", "10000", "0", "-3"])
def test_an_interview_count_out_of_bounds_is_refused(tmp_path: Path, people: str) -> None:
    text = DEMO.read_text(encoding="utf-8").replace("people = 40", f"people = {people}")
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    before = path.read_bytes()
    for command in (["validate"], ["show", "--no-pager"], ["export"]):
        result = kompass(*command, path)
        assert result.returncode == EXIT_INVALID, (command, result.stdout)
        assert f"{path}: interviews[0].people: must be a whole number of people, at least 1 " \
            "and at most 9999" in result.stderr  # fmt: skip
        assert people not in result.stdout
    assert path.read_bytes() == before


def test_the_largest_interview_count_is_read(tmp_path: Path) -> None:
    text = DEMO.read_text(encoding="utf-8").replace("people = 40", "people = 9999")
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    assert kompass("validate", path).returncode == 0


def repeated_benchmark(tmp_path: Path, municipality: str = "Borås") -> Path:
    """The bundled Tabell 2 with its first record given again (the name spelt otherwise)."""
    text = BENCHMARKS.read_text(encoding="utf-8")
    first = text[
        text.index("[[records]]") : text.index("[[records]]", text.index("[[records]]") + 1)
    ]
    path = tmp_path / "tabell.toml"
    path.write_text(text + "\n" + first.replace('"Borås"', f'"{municipality}"'), encoding="utf-8")
    return path


@pytest.mark.parametrize("municipality", ["Borås", "  BORÅS "])
def test_a_benchmark_file_repeating_a_record_is_refused(tmp_path: Path, municipality: str) -> None:
    path = repeated_benchmark(tmp_path, municipality)
    commands: list[list[str | Path]] = [
        ["validate", path],
        ["compare", path, DEMO],
        ["export", DEMO, "--compare", path],
    ]
    for command in commands:
        result = kompass(*command)
        assert result.returncode == EXIT_INVALID, (command, result.stdout)
        assert f"{path}: records[5]: {municipality.strip()} 2008 on kommunkompassen-aldre is " \
            "given twice (first as records[0])" in result.stderr  # fmt: skip


def test_the_same_municipality_in_another_year_is_no_repeat(tmp_path: Path) -> None:
    text = BENCHMARKS.read_text(encoding="utf-8")
    first = text[
        text.index("[[records]]") : text.index("[[records]]", text.index("[[records]]") + 1)
    ]
    path = tmp_path / "tabell.toml"
    path.write_text(text + "\n" + first.replace("year = 2008", "year = 2012"), encoding="utf-8")
    assert kompass("validate", path).returncode == 0


@pytest.mark.parametrize(
    "command",
    [
        ["export", str(DEMO), "-o"],
        ["export", str(DEMO), "--svg"],
        ["compare", str(DEMO), "-o"],
        ["compare", str(DEMO), "--trend-svg"],
        ["plan", str(DEMO), "-o"],
        ["questionnaire", str(DEMO), "-o"],
    ],
    ids=["export-o", "export-svg", "compare-o", "compare-trend-svg", "plan-o", "questionnaire-o"],
)
def test_o_into_a_missing_folder_names_that_folder(tmp_path: Path, command: list[str]) -> None:
    for typed, folder in (("nowhere/", "nowhere"), ("a/b/", "a/b"), ("nowhere/r.md", "nowhere")):
        result = kompass(*command, typed, cwd=tmp_path)
        assert result.returncode in (EXIT_INVALID, EXIT_USAGE), (typed, result.stderr)
        assert f"folder '{folder}' does not exist" in result.stderr, (typed, result.stderr)
        assert "'.'" not in result.stderr
    assert list(tmp_path.iterdir()) == []  # nothing written, not even a file named `nowhere`
