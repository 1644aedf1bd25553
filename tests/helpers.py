"""Shared test helpers: paths of the bundled data and small instrument files."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "sessions" / "norrkoping-2010.toml"
CRITERIA = REPO / "criteria"
KK2010 = "kommunkompassen-2010"

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


def write_small_instrument(folder: Path) -> Path:
    """Write the three-question `mini` instrument into a folder and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "mini.toml"
    path.write_text(SMALL_INSTRUMENT, encoding="utf-8")
    return path
