"""Issue #11, item 6: no command lets an escape sequence from a file, a file name or an
argument reach the terminal.

Names and texts holding ESC, OSC (`ESC ] 0 ; title BEL` retitles a terminal), CSI, C1
controls (U+009B is CSI to some terminals), DEL and NUL-free C0 controls are fed to every
command; nothing below 0x20 but newline and tab, and nothing in 0x7F–0x9F, may come out.
"""

from __future__ import annotations

import os
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.toml_io import load_session, save_session
from tests.helpers import DEMO, KOMPASS, SMALL_INSTRUMENT

pytestmark = pytest.mark.skipif(os.name != "posix", reason="control characters in file names")

OSC = "\x1b]0;pwned\x07"
HOSTILE = f"{OSC}\x1b[2J\x1b[31mröd\u009b31m\u0085\x7f\x08slut"
"""Every kind at once: OSC, CSI, C1 (CSI, NEL), DEL, backspace."""


def forbidden(data: bytes) -> list[str]:
    """Control characters in output: C0 but newline and tab, DEL, C1 (also as raw bytes)."""
    text = data.decode("utf-8", "surrogateescape")
    found = []
    for char in text:
        code = ord(char)
        raw = code - 0xDC00 if 0xDC80 <= code <= 0xDCFF else None  # a byte not in UTF-8
        if (code < 0x20 and char not in "\n\t") or 0x7F <= code <= 0x9F:
            found.append(repr(char))
        elif raw is not None and (raw < 0x20 or 0x7F <= raw <= 0x9F):
            found.append(f"byte {raw:#x}")
    return found


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> tuple[int, bytes]:
    """The real `kompass`, its stdout and stderr as bytes, exactly as a terminal gets them."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("KOMPASS_CRITERIA_PATH",)}
    full_env.update(env or {}, COLUMNS="100")
    result = subprocess.run(
        [*KOMPASS, *map(str, args)],
        capture_output=True,
        cwd=cwd,
        env=full_env,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    return result.returncode, result.stdout + result.stderr


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Sessions, an instrument and folders whose names and texts hold escape sequences."""
    folder = tmp_path_factory.mktemp("hostile")
    catalog = Catalog.default()
    for name, evaluator in (("a", "Åsa"), ("b", "Bo")):
        loaded = load_session(DEMO, catalog)
        session = loaded.session
        session.municipality = f"Norrköping{HOSTILE}"
        session.evaluators = [f"{evaluator}{HOSTILE}"]
        session.scores["1.1"] = Decimal(1 if name == "a" else 15)  # a question to discuss
        session.area_notes("1").strengths.append(HOSTILE)
        session.set_comment("1.2", HOSTILE)
        save_session(session, loaded.instrument, folder / f"{name}.toml")
    # A session whose file name holds an escape sequence.
    (folder / f"{OSC}name.toml").write_bytes((folder / "a.toml").read_bytes())
    # An unknown key with C1 and ESC in it: its name is quoted in the problem message.
    text = (folder / "a.toml").read_text(encoding="utf-8")
    (folder / "bad").mkdir()
    key = '"\\u009b2J\\u001b]0;pwned\\u0007"'  # TOML escapes: raw controls are invalid
    unknown = text.replace("[scores]", f"{key} = 1\n\n[scores]")
    (folder / "bad" / "unknown.toml").write_text(unknown, encoding="utf-8")
    # An instrument in a folder whose name holds OSC, with hostile titles and texts.
    criteria = folder / f"criteria{OSC}"
    criteria.mkdir()
    instrument = SMALL_INSTRUMENT.replace('"Mini instrument"', f'"Mini{HOSTILE}"')
    instrument = instrument.replace('"First"', f'"First{HOSTILE}"').replace(
        '"One?"', f'"{HOSTILE}"'
    )
    (criteria / "mini.toml").write_text(instrument, encoding="utf-8")
    bad_ids = folder / f"ids{OSC}"
    bad_ids.mkdir()
    hostile_id = instrument.replace('id = "A1"', f'id = "A{OSC}"')
    (bad_ids / "mini.toml").write_text(hostile_id, encoding="utf-8")
    return folder


COMMANDS: list[tuple[str, list[str], dict[str, str]]] = [
    ("validate-folder", ["validate", "."], {}),
    ("validate-unknown-key", ["validate", "bad/unknown.toml"], {}),
    ("validate-missing", ["validate", f"{OSC}missing.toml"], {}),
    ("criteria-list-env", ["criteria"], {"KOMPASS_CRITERIA_PATH": f"criteria{OSC}"}),
    ("criteria-list-flag", ["criteria", "--criteria-dir", f"criteria{OSC}"], {}),
    ("criteria-id", ["criteria", "mini", "--criteria-dir", f"criteria{OSC}"], {}),
    ("criteria-bad-id", ["criteria", "mini", "--criteria-dir", f"ids{OSC}"], {}),
    ("criteria-unknown", ["criteria", f"x{OSC}"], {}),
    ("criteria-dir-missing", ["criteria", "--criteria-dir", f"nowhere{OSC}"], {}),
    ("new", ["new", f"{OSC}new.toml", "--municipality", HOSTILE, "--evaluator", HOSTILE,
             "--no-open"], {}),
    ("new-bad-date", ["new", "n2.toml", "--municipality", "X", "--date", HOSTILE], {}),
    ("new-bad-name", ["new", f"{OSC}n3.txt", "--municipality", "X"], {}),
    ("export", ["export", "a.toml"], {}),
    ("export-o", ["export", "a.toml", "-o", f"{OSC}r.md", "--svg", f"{OSC}c.svg"], {}),
    ("export-no-folder", ["export", "a.toml", "-o", f"nowhere{OSC}/r.md"], {}),
    ("export-earlier", ["export", "a.toml", "--earlier", f"{OSC}name.toml"], {}),
    ("show", ["show", "--no-pager", f"{OSC}name.toml"], {}),
    ("compare", ["compare", "a.toml", f"{OSC}name.toml"], {}),
    ("compare-o", ["compare", "a.toml", "b.toml", "-o", f"{OSC}cmp.md"], {}),
    ("consensus", ["consensus", "a.toml", "b.toml", "-o", f"{OSC}merged.toml"], {}),
    ("consensus-refused", ["consensus", "a.toml", "a.toml", "-o", f"{OSC}m2.toml"], {}),
    ("open-missing", [f"{OSC}missing.toml"], {}),
    ("open-no-terminal", [f"{OSC}name.toml"], {}),
    ("usage-error", ["validate", f"--x{OSC}", "a.toml"], {}),
    ("usage-choice", ["criteria", "--lang", HOSTILE], {}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "env"), [(a, e) for _, a, e in COMMANDS], ids=[c[0] for c in COMMANDS]
)
def test_no_control_character_reaches_the_terminal(
    hostile: Path, args: list[str], env: dict[str, str]
) -> None:
    code, output = run(*args, cwd=hostile, env=env)
    assert b"Traceback" not in output, output.decode("utf-8", "replace")
    assert forbidden(output) == [], output.decode("utf-8", "replace")
    assert code in (0, 1, 2)
