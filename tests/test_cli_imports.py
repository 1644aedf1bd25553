"""Import hygiene of the quick commands (#16): each imports what it uses and no more.

Over SSH a command's start is most of its time. `export` and `show` bring in the machinery
of `--earlier` and `--compare` (comparisons, benchmark files) only when asked; no command
imports shutil just to size a help text it does not print; none but `open` imports Textual.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kompass_tui import __version__
from kompass_tui.cli.registry import COMMANDS
from kompass_tui.core.instrument.criteria import Instrument, load_instrument
from tests.helpers import DEMO, KK2010, kompass

EARLIER = ("kompass_tui.core.report.earlier", "kompass_tui.core.compare.benchmark")
ONLY_WHEN_ASKED = {*EARLIER, "kompass_tui.core.report.compared"}


def modules_after(*args: str) -> set[str]:
    """The modules loaded once `kompass ARGS` has run, whatever its exit code (in a fresh
    interpreter)."""
    code = (
        "import sys\n"
        "from kompass_tui.cli import main\n"
        f"status = main({list(args)!r})\n"
        "sys.stderr.write('\\nMODULES ' + ' '.join(sorted(sys.modules)) + '\\n')\n"
        "sys.exit(status)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    line = done.stderr.rsplit("\nMODULES ", 1)[1]
    return set(line.split())


@pytest.mark.parametrize(
    "args",
    [
        ("export", str(DEMO)),
        ("validate", str(DEMO)),
        ("criteria",),
        ("criteria", KK2010),
    ],
    ids=["export", "validate", "criteria", "criteria-id"],
)
def test_quick_commands_import_neither_textual_nor_shutil_nor_earlier(args: tuple[str]) -> None:
    loaded = modules_after(*args)
    assert "textual" not in loaded
    assert "shutil" not in loaded  # argparse's help width, taken without it
    assert not loaded & ONLY_WHEN_ASKED


def test_show_imports_rich_but_not_the_earlier_machinery() -> None:
    loaded = modules_after("show", "--no-pager", str(DEMO))
    assert "rich.console" in loaded
    assert "textual" not in loaded
    assert not loaded & ONLY_WHEN_ASKED
    # #23: show writes no file, and draws its title's box itself when the report is scored.
    assert not loaded & {"kompass_tui.core.report.writing", "kompass_tui.core.report.formats"}
    assert "rich.panel" not in loaded


def test_export_with_earlier_loads_it() -> None:
    # Refused (the demo is not earlier than itself), but only after reading it as --earlier.
    loaded = modules_after("export", str(DEMO), "--earlier", str(DEMO))
    assert set(EARLIER) <= loaded


WORD_AND_TERMINAL = ("rich", "docx", "PIL", "lxml")


@pytest.mark.parametrize(
    "args",
    [("export", str(DEMO)), ("export", "--format", "html", str(DEMO))],
    ids=["markdown", "html"],
)
def test_export_to_text_imports_neither_rich_nor_word_nor_pillow(args: tuple[str]) -> None:
    # #23: the stdlib floor is the measure of these; Rich, python-docx (with lxml) and
    # Pillow are for `show` and the Word report only.
    loaded = {name.split(".")[0] for name in modules_after(*args)}
    assert not loaded & set(WORD_AND_TERMINAL)


@pytest.mark.parametrize(
    "args",
    [
        ("export", str(DEMO)),
        ("export", "--format", "html", str(DEMO)),
        ("export", "--format", "html", "--sources", "--comments", str(DEMO)),
    ],
    ids=["markdown", "html", "html-sources-comments"],
)
def test_markdown_and_html_exports_do_not_import_markdown_it(args: tuple[str]) -> None:
    # Markdown is written, never parsed, when it is the output; the HTML is written from
    # the report's texts at once (#23: markdown-it was most of its time).
    assert "markdown_it" not in modules_after(*args)


def test_quick_commands_run_without_the_cycle_collector_and_give_it_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # #23: collecting during a quick command's start-up only walked live objects.
    import gc

    from kompass_tui.cli import main
    from kompass_tui.cli.commands import validate

    during: list[bool] = []
    run = validate.run

    def recording(args: argparse.Namespace) -> int:
        during.append(gc.isenabled())
        return run(args)

    monkeypatch.setattr(validate, "run", recording)
    assert gc.isenabled()
    assert main(["validate", str(DEMO)]) == 0
    assert during == [False]
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # called with arguments: not the program, nothing kept


def test_a_quick_command_run_as_the_program_freezes_what_it_made_before_the_exit() -> None:
    # #23: Python's collections at exit walked every object the command made; frozen, they
    # pass over them. Only as the program (`main()` reads sys.argv), which ends next.
    code = (
        "import gc, sys\n"
        "from kompass_tui.cli import main\n"
        f"sys.argv = ['kompass', 'validate', {str(DEMO)!r}]\n"
        "status = main()\n"
        "print(status, gc.isenabled(), gc.get_freeze_count() > 10_000)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.split("\n")[-2] == "0 True True"


@pytest.mark.parametrize(
    "args",
    [("export", str(DEMO)), ("validate", str(DEMO)), ("criteria",)],
    ids=["export", "validate", "criteria"],
)
def test_quick_commands_load_no_code_for_what_the_demo_lacks(args: tuple[str]) -> None:
    # #23: the demo has no consensus and no earlier link, names no output file and fits
    # any line on a pipe: their code, the output-target checks and textwrap stay out.
    loaded = modules_after(*args)
    assert "kompass_tui.core.scoring.disputes" not in loaded
    assert "kompass_tui.core.session.earlier_link" not in loaded
    assert "kompass_tui.core.files.targets" not in loaded
    assert "textwrap" not in loaded


def test_listing_the_instruments_needs_no_fingerprint() -> None:
    # The sha256 behind an instrument's fingerprints is for checking a session (#23).
    assert "hashlib" not in modules_after("criteria")


def test_help_before_a_command_still_lists_every_command_and_a_mistyped_one_all_choices() -> None:
    # #23: the description and the other commands' options are built only when printed;
    # `kompass --help export` prints kompass's own help, which lists them all.
    helped = kompass("--help", "export", env={"LC_ALL": "C.UTF-8", "COLUMNS": "200"})
    assert helped.returncode == 0
    for command in COMMANDS:
        assert f"  {command.usage}  " in helped.stdout
        assert command.summary("en") in helped.stdout
    assert "Run `kompass COMMAND --help`" in helped.stdout
    mistyped = kompass("--lang", "sv", "export", str(DEMO), env={"LC_ALL": "C.UTF-8"})
    assert mistyped.returncode == 2
    names = ", ".join(f"'{command.name}'" for command in COMMANDS)
    assert f"invalid choice: 'sv' (choose from {names})" in mistyped.stderr


def test_a_reevaluation_export_reads_its_instrument_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # #23: the session, its earlier evaluation (the `[earlier]` link) and --earlier share
    # one catalog, so the instrument is read and checked once.
    from kompass_tui.cli import main
    from kompass_tui.core.instrument import catalog

    earlier, session = tmp_path / "norrkoping-2010.toml", tmp_path / "norrkoping-2014.toml"
    shutil.copyfile(DEMO, earlier)
    assert kompass("new", session, "--from", earlier, "--no-open").returncode == 0
    read: list[Path] = []

    def counting(path: Path) -> Instrument:
        read.append(path)
        return load_instrument(path)

    monkeypatch.setattr(catalog, "load_instrument", counting)
    assert main(["export", str(session), "--lang", "en"]) == 0
    assert "Norrköping" in capsys.readouterr().out
    assert len(read) == 1
    read.clear()
    assert main(["export", str(session), "--earlier", str(earlier), "--lang", "en"]) == 0
    assert len(read) == 1


def test_the_program_loads_its_modules_without_the_cycle_collector_and_gives_it_back() -> None:
    # #23: `kompass` (kompass_tui.__main__.main) freezes what loading made and collects
    # again afterwards: here for `--version`, which is no quick command.
    code = (
        "import gc, sys\n"
        "sys.argv = ['kompass', '--version']\n"
        "from kompass_tui.__main__ import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as end:\n"
        "    print(end.code, gc.isenabled(), gc.get_freeze_count() > 10_000)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.splitlines() == [f"kompass {__version__}", "0 True True"]


@pytest.mark.parametrize(
    "args", [("export", str(DEMO)), ("validate", str(DEMO))], ids=["export", "validate"]
)
def test_checking_a_session_takes_its_sha256_without_loading_openssl(args: tuple[str]) -> None:
    # #23: hashlib loads OpenSSL (3-4 ms) for the fingerprints and the file's digest;
    # CPython's own SHA-256 gives the same digest (see core/files/digest.py).
    loaded = modules_after(*args)
    assert "kompass_tui.core.files.digest" in loaded
    assert "hashlib" not in loaded and "_hashlib" not in loaded


@pytest.mark.parametrize("size", [0, 1, 55, 56, 64, 1000, 77_381])
def test_the_digest_is_sha256(size: int) -> None:
    import hashlib

    from kompass_tui.core.files.digest import sha256_hex

    data = bytes((index * 31 + size) % 256 for index in range(size))
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
