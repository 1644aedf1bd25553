"""`kompass [FILE|DIR]`: open a session (the workbench replaces this text summary)."""

from __future__ import annotations

import sys
from pathlib import Path

from kompass_tui.cli import EXIT_INVALID, EXIT_OK
from kompass_tui.core.catalog import Catalog
from kompass_tui.core.numbers import format_max, format_percent, format_points
from kompass_tui.core.problems import LoadError
from kompass_tui.core.scoring import session_score
from kompass_tui.core.session_io import load_session


def run_open(path: Path | None, criteria_dirs: list[Path], lang: str | None) -> int:
    """Print a session's per-area totals."""
    if path is None or path.is_dir():
        print("give a session file to open", file=sys.stderr)
        return EXIT_INVALID
    try:
        loaded = load_session(path, Catalog.default(criteria_dirs))
    except LoadError as failure:
        for problem in failure.problems:
            print(problem, file=sys.stderr)
        return EXIT_INVALID
    instrument = loaded.instrument
    lang = lang or instrument.default_language
    score = session_score(loaded.session, instrument)
    print(loaded.session.municipality)
    for area in score.areas:
        title = instrument.text(area.area.title, lang)
        print(
            f"{area.area.id}  {title:<50} {format_points(area.total, lang):>6} / "
            f"{format_max(area.max, lang)} · {format_percent(area.percent)}"
        )
    print(
        f"{format_points(score.total, lang)} / {format_max(score.max, lang)}"
        f" · {format_percent(score.percent)}  ({score.scored}/{score.scorable})"
    )
    return EXIT_OK
