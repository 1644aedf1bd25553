"""Issue #20, item 5: the name decides the format.

`kompass export -o NAME` and the workbench's export (ctrl+e) write Markdown, HTML, Word,
CSV or JSON by the name's ending, with one table and one writer
(`core/report/formats.py`, `core/report/writing.py`); another ending is refused (exit 2 on
the command line, a message in the prompt) and nothing is written; a `--format` that
contradicts the ending is refused too.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from textual.widgets import Input

from kompass_tui.core.report.formats import FORMAT_OF_SUFFIX, FORMATS
from kompass_tui.exit_codes import EXIT_USAGE
from kompass_tui.tui.screens.export_prompt import ExportPrompt
from kompass_tui.tui.screens.workbench import WorkbenchScreen
from tests.helpers import kompass
from tests.tui_helpers import text_of, workbench_app


def format_of_file(path: Path) -> str:
    """What a written file holds, judged from its bytes, never from its name."""
    data = path.read_bytes()
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK") and "word/document.xml" in zipfile.ZipFile(path).namelist():
        return "docx"
    text = data.decode("utf-8")
    if text.startswith("<!DOCTYPE html>"):
        return "html"
    if text.startswith("\ufeffarea,question,"):
        return "csv"
    if text.startswith("{"):
        json.loads(text)
        return "json"
    if text.startswith("# "):
        return "md"
    return "unknown"


NAMES = {"r.md": "md", "r.html": "html", "r.htm": "html", "R.HTML": "html", "r.docx": "docx",
         "r.pdf": "pdf", "r.csv": "csv", "r.json": "json", "rapport": "md"}  # fmt: skip
REFUSED = ["r.txt", "r.toml", "r.markdown", "r.doc", "r.ps"]


def test_every_ending_of_the_table_is_tested() -> None:
    assert set(FORMAT_OF_SUFFIX) <= {Path(name).suffix.lower() for name in NAMES}
    assert set(FORMATS) == set(NAMES.values())


@pytest.mark.parametrize(("name", "expected"), NAMES.items())
def test_export_o_writes_the_format_its_name_says(
    demo_copy: Path, name: str, expected: str
) -> None:
    out = demo_copy.with_name(name)
    result = kompass("export", demo_copy, "-o", out)
    assert result.returncode == 0, result.stderr
    assert format_of_file(out) == expected


@pytest.mark.parametrize("name", REFUSED)
def test_an_ending_kompass_does_not_write_is_refused(demo_copy: Path, name: str) -> None:
    out = demo_copy.with_name(name)
    result = kompass("export", demo_copy, "-o", out)
    assert result.returncode == EXIT_USAGE
    suffix = Path(name).suffix
    assert f"{out}: kompass does not write {suffix} files" in result.stderr
    assert ".md, .html, .htm, .docx, .pdf, .csv, .json" in result.stderr
    assert not out.exists()
    for fmt in FORMATS:  # no --format makes it writable
        assert kompass("export", demo_copy, "-o", out, "--format", fmt).returncode == EXIT_USAGE
        assert not out.exists()


def test_a_format_that_contradicts_the_name_is_refused(demo_copy: Path) -> None:
    out = demo_copy.with_name("r.html")
    result = kompass("export", demo_copy, "-o", out, "--format", "md")
    assert result.returncode == EXIT_USAGE
    assert f"{out}: --format md contradicts the name's ending .html (html)" in result.stderr
    assert not out.exists()
    agreeing = kompass("export", demo_copy, "-o", out, "--format", "html")
    assert agreeing.returncode == 0 and format_of_file(out) == "html"


async def test_the_workbench_writes_every_format_as_the_command_line_does(
    demo_copy: Path,
) -> None:
    names = {fmt: demo_copy.with_name(f"wb.{fmt}") for fmt in FORMATS}
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for path in names.values():
            await pilot.press("ctrl+e")
            await pilot.pause()
            assert isinstance(app.screen, ExportPrompt)
            app.screen.query_one(Input).value = str(path)
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, WorkbenchScreen), path
    for fmt, path in names.items():
        assert format_of_file(path) == fmt
        cli = demo_copy.with_name(f"cli.{fmt}")
        svg = ["--svg", str(cli.with_suffix(".svg"))] if fmt == "md" else []
        assert kompass("export", demo_copy, "-o", cli, *svg).returncode == 0
        if fmt == "docx":  # the same document; only the zip's times differ
            for part in ("word/document.xml", "word/styles.xml"):
                ours, theirs = zipfile.ZipFile(path), zipfile.ZipFile(cli)
                assert ours.read(part) == theirs.read(part), part
        elif fmt == "pdf":  # the same pages; the file's times and ids differ
            assert path.read_bytes()[:5] == cli.read_bytes()[:5] == b"%PDF-"
            if shutil.which("pdftotext"):
                texts = [
                    subprocess.run(["pdftotext", p, "-"], capture_output=True) for p in (path, cli)
                ]
                assert texts[0].stdout and texts[0].stdout == texts[1].stdout
        elif fmt == "md":  # the chart beside it, linked by its own name
            link = path.with_suffix(".svg").name
            assert path.read_text() == cli.read_text().replace(cli.with_suffix(".svg").name, link)
            assert path.with_suffix(".svg").read_bytes() == cli.with_suffix(".svg").read_bytes()
        else:
            assert path.read_bytes() == cli.read_bytes(), fmt
    # Only Markdown gets its chart as a file; HTML and Word hold it.
    assert sorted(p.name for p in demo_copy.parent.glob("*.svg")) == ["cli.svg", "wb.svg"]


async def test_the_export_prompt_refuses_an_ending_it_does_not_write(demo_copy: Path) -> None:
    app = workbench_app(demo_copy, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+e")
        await pilot.pause()
        field = app.screen.query_one(Input)
        for name in REFUSED:
            if name == "r.toml":
                continue
            field.value = str(demo_copy.with_name(name))
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, ExportPrompt), name
            problem = text_of(app, "#export-problem")
            assert f"kompass does not write {Path(name).suffix} files" in problem
            assert ".md, .html, .htm, .docx, .pdf, .csv, .json" in problem
        field.value = str(demo_copy.parent / "nowhere") + "/"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportPrompt)
        assert "Folder" in text_of(app, "#export-problem")
        assert "nowhere does not exist" in text_of(app, "#export-problem")
    assert sorted(p.name for p in demo_copy.parent.iterdir()) == [demo_copy.name]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["compare", "{demo}", "-o", "{out}/c.html"], "compare does not write .html files"),
        (["compare", "{demo}", "-o", "{out}/c.csv", "--format", "md"], "--format md contradicts"),
        (["plan", "{demo}", "-o", "{out}/p.xlsx"], "plan does not write .xlsx files"),
        (["plan", "{demo}", "--csv", "-o", "{out}/p.md"], "--csv contradicts the name's ending"),
    ],
    ids=["compare-html", "compare-format", "plan-xlsx", "plan-csv-md"],
)
def test_compare_and_plan_write_only_what_the_name_says(
    demo_copy: Path, args: list[str], said: str
) -> None:
    """`compare -o` and `plan -o` write Markdown or CSV by the name's ending, as export does;
    another ending, or an option that says otherwise, is refused and nothing is written."""
    filled = [a.format(demo=demo_copy, out=demo_copy.parent) for a in args]
    before = sorted(p.name for p in demo_copy.parent.iterdir())
    result = kompass(*filled)
    assert result.returncode == EXIT_USAGE and said in result.stderr, result.stderr
    assert sorted(p.name for p in demo_copy.parent.iterdir()) == before


def test_plan_o_name_csv_writes_csv(demo_copy: Path) -> None:
    out = demo_copy.with_name("plan.csv")
    assert kompass("plan", demo_copy, "-o", out).returncode == 0
    assert out.read_bytes().startswith("\ufeffarea,improvement,".encode())
