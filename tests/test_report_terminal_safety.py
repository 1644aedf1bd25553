"""Nothing a session holds can change the terminal's state: not in show, export or compare."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from rich.console import Console

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.report.charts import profile_svg
from kompass_tui.core.report.markdown import build_markdown
from kompass_tui.core.report.model import build_report
from kompass_tui.core.session.toml_io import load_session, save_session
from kompass_tui.core.visible import visible
from kompass_tui.views.report_view import report_renderable
from tests.helpers import REPO

HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x1b[31mröd\x9b31m\x00slut"


def hostile_session(path: Path) -> Path:
    loaded = load_session(path, Catalog.default())
    session = loaded.session
    session.municipality = f"Norrköping{HOSTILE}"
    session.area_notes("1").strengths.append(HOSTILE)
    session.area_notes("2").notes = HOSTILE
    session.set_comment("1.1", HOSTILE)
    session.evaluators.append(HOSTILE)
    save_session(session, loaded.instrument, path)
    return path


def controls_in(text: str) -> set[str]:
    allowed = {"\n", "\t"}
    return {c for c in text if (ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0) and c not in allowed}


def test_visible_keeps_text_and_shows_controls() -> None:
    assert visible("Åsa\tÖ\nrad två") == "Åsa\tÖ\nrad två"
    assert visible("a\x1b[31mb\x9bc\x7f") == "a␛[31mb\N{REPLACEMENT CHARACTER}c␡"
    assert visible("a\nb", one_line=True) == "a\N{SYMBOL FOR NEWLINE}b"


def test_rich_view_and_markdown_and_svg_hold_no_control_characters(demo_copy: Path) -> None:
    loaded = load_session(hostile_session(demo_copy), Catalog.default())
    session, instrument = loaded.session, loaded.instrument
    out = io.StringIO()
    Console(file=out, force_terminal=True, color_system=None, width=100).print(
        report_renderable(build_report(session, instrument, "sv"))
    )
    assert controls_in(out.getvalue()) == set()
    assert "␛[31mröd" in out.getvalue()
    markdown = build_markdown(session, instrument, "sv")
    assert controls_in(markdown) == set()
    svg = profile_svg(build_report(session, instrument, "sv"))
    ET.fromstring(svg)  # well-formed: XML has no place for ESC
    assert controls_in(svg) == set()


def test_kompass_show_export_and_compare_write_no_escape_sequences(demo_copy: Path) -> None:
    path = hostile_session(demo_copy)
    other = path.with_name("other.toml")
    other.write_bytes(path.read_bytes())
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"}
    for command in (["show", "--no-pager", path], ["export", path], ["compare", path, other]):
        result = subprocess.run(
            [sys.executable, "-m", "kompass_tui", *map(str, command)],
            capture_output=True,
            text=True,
            cwd=REPO,
            env=env,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert controls_in(result.stdout + result.stderr) == set(), command[0]
