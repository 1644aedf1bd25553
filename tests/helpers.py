"""Shared test helpers: paths of the bundled data and small instrument files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path

from hypothesis import settings

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument, parse_instrument
from kompass_tui.core.problems import ProblemList
from kompass_tui.core.session.model import new_session
from kompass_tui.core.session.reevaluation import start_reevaluation
from kompass_tui.core.session.toml_io import create_session_file, load_session, save_session

# Hypothesis's own default example count: the "ci" profile's (tests/conftest.py).
FULL_EXAMPLES = 100


def examples(full: int) -> int:
    """A property test's example count: `full` under the "ci" profile, scaled down (at
    least 10) by the default "dev" profile as it scales hypothesis's default count."""
    return max(10, full * settings().max_examples // FULL_EXAMPLES)


REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "sessions" / "norrkoping-2010.toml"
CRITERIA = REPO / "criteria"
KK2010 = "kommunkompassen-2010"

# The installed console script beside this Python, as a user runs it; `-m` as a fallback.
_SCRIPT = Path(sys.executable).parent / "kompass"
KOMPASS = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "kompass_tui"]


def kompass(
    *args: str | Path, cwd: Path = REPO, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real `kompass` with piped output, as a script would; no user instrument path."""
    ignored = ("KOMPASS_CRITERIA_PATH", "COLUMNS")
    full_env = {k: v for k, v in os.environ.items() if k not in ignored}
    full_env.update(env or {})
    return subprocess.run(
        [*KOMPASS, *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=full_env,
        timeout=60,
    )


SMALL_INSTRUMENT = """\
format = 1
id = "mini"
languages = ["en", "sv"]
default_language = "en"
name.en = "Mini instrument"
name.sv = "Mini-instrument"

[[areas]]
id = "A"
title.en = "First"
title.sv = "Första"

[[areas.questions]]
id = "A1"
max = 7.5
text.en = "One?"
text.sv = "Ett?"

[[areas.questions]]
id = "A2"
max = 12
text.en = "Two?"
text.sv = "Två?"

[[areas]]
id = "B"
title.en = "Second"
title.sv = "Andra"

[[areas.questions]]
id = "B1"
max = 3
text.en = "Three?"
text.sv = "Tre?"
"""


def parse_instrument_text(text: str, instrument_id: str) -> Instrument:
    """An instrument from TOML text, as if read from `instrument_id.toml`; it must be valid."""
    problems = ProblemList(f"{instrument_id}.toml")
    data = tomllib.loads(text, parse_float=Decimal)
    instrument = parse_instrument(data, problems, Path(f"{instrument_id}.toml"))
    problems.raise_if_errors()
    assert instrument is not None
    return instrument


def write_small_instrument(folder: Path) -> Path:
    """Write the three-question `mini` instrument into a folder and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "mini.toml"
    path.write_text(SMALL_INSTRUMENT, encoding="utf-8")
    return path


def write_session(
    folder: Path,
    name: str,
    instrument: Instrument,
    scores: dict[str, str],
    municipality: str = "Lund",
    year: int = 2009,
    not_applicable: tuple[str, ...] = (),
) -> Path:
    """Save a session `folder/name.toml` dated 1 March `year`, evaluated by `name.title()`."""
    session = new_session(instrument, municipality, [date(year, 3, 1)], [name.title()])
    for question_id, score in scores.items():
        session.set_score(instrument, question_id, Decimal(score))
    for question_id in not_applicable:
        session.set_not_applicable(question_id, True)
    path = folder / f"{name}.toml"
    save_session(session, instrument, path)
    return path


def reevaluation(folder: Path) -> Path:
    """A re-evaluation of the demo from 2014 (as `kompass new --from`), beside a copy of the
    demo as `norrkoping-2010.toml` in `folder`."""
    catalog = Catalog.default()
    earlier = folder / "norrkoping-2010.toml"
    shutil.copy(DEMO, earlier)
    loaded = load_session(earlier, catalog)
    path = folder / "norrkoping-2014.toml"
    session = start_reevaluation(loaded, path, loaded.instrument, [date(2014, 2, 3)])
    create_session_file(session, loaded.instrument, path)
    return path
