"""`kompass validate PATH...`: check sessions and instruments, listing every problem."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kompass_tui.cli.arguments import criteria_dir_option, path_argument
from kompass_tui.cli.output import say, warn_all
from kompass_tui.cli.terminal import on_terminal, print_text
from kompass_tui.core.files.toml_reading import read_toml
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import parse_instrument
from kompass_tui.core.problems import LoadError, Problem, ProblemList
from kompass_tui.core.scoring.numbers import format_max, format_percent, format_points
from kompass_tui.core.scoring.totals import SessionScore, session_score
from kompass_tui.core.session.toml_io import parse_session
from kompass_tui.core.texts.catalog import Texts, text
from kompass_tui.exit_codes import EXIT_INVALID, EXIT_OK


def files_to_check(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """Expand folders to their TOML files; report paths that do not exist.

    Every `*.toml` name in a folder is checked but subfolders: a FIFO or a device there
    is reported as what it is, never opened.
    """
    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.glob("*.toml") if not p.is_dir())
            if not found:
                problems.append(Problem(str(path), "", "folder holds no .toml files"))
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            problems.append(Problem(str(path), "", "no such file or folder"))
    return files, problems


def check_file(path: Path, catalog: Catalog, ui_lang: str) -> tuple[str, list[Problem]]:
    """Validate one file; return a one-line summary (in `ui_lang`) and its problems
    (warnings included; English, as every problem is)."""
    words = Texts(ui_lang, "cli.validate.")
    try:
        data = read_toml(path)
        if "schema" in data:
            loaded = parse_session(data, path, catalog)
            score = session_score(loaded.session, loaded.instrument)
            lang = loaded.instrument.default_language
            summary = words(
                "session",
                municipality=repr(loaded.session.municipality),
                instrument=loaded.instrument.id,
                scored=score.scored,
                scorable=score.scorable,
                result=_result(score, lang, words),
            )
            return summary, loaded.warnings
        if _is_benchmark(data):
            from kompass_tui.core.compare.benchmark import parse_benchmarks

            benchmarks = parse_benchmarks(data, path, catalog)
            instruments = ", ".join(sorted(benchmarks.instruments)) or words("no_instrument")
            summary = words("benchmark", n=len(benchmarks.records), instruments=instruments)
            return summary, []
        if "area_mapping" in data:
            from kompass_tui.core.compare.mapping import parse_mapping

            mapping = parse_mapping(data, path, catalog)
            areas = text(ui_lang, "cli.count.areas", n=len(mapping.areas))
            summary = words("mapping", source=mapping.from_id, target=mapping.to_id, areas=areas)
            return summary, []
        if "format" in data or "areas" in data:
            problems = ProblemList(str(path))
            instrument = parse_instrument(data, problems, path)
            problems.raise_if_errors()
            assert instrument is not None
            summary = words(
                "instrument",
                instrument=instrument.id,
                areas=text(ui_lang, "cli.count.areas", n=len(instrument.areas)),
                questions=text(ui_lang, "cli.count.questions", n=len(instrument.questions)),
                max=format_max(instrument.max, ui_lang),
            )
            if instrument.aggregate != "sum":
                summary += " " + words("aggregate", aggregate=instrument.aggregate)
            return summary, problems.warnings
        message = (
            "neither a session (no 'schema' key), an instrument (no 'format' key),"
            " a benchmark file (no 'benchmark' key) nor an area mapping (no 'area_mapping' key)"
        )
        raise LoadError([Problem(str(path), "", message)])
    except LoadError as failure:
        return "", failure.problems


def _result(score: SessionScore, lang: str, words: Texts) -> str:
    """'491,2 / 800 · 61 %'; while incomplete, the percentage of the scored questions'
    maximum says so: '20,0 / 30 · 67 % of the scored (max 800)'."""
    total = format_points(score.total, lang)
    if score.complete:
        return f"{total} / {format_max(score.max, lang)} · {format_percent(score.percent)}"
    result = f"{total} / {format_max(score.scored_max, lang)} · {format_percent(score.percent)}"
    return words("of_scored", result=result, max=format_max(score.max, lang))


def _is_benchmark(data: dict[str, Any]) -> bool:
    from kompass_tui.core.compare.benchmark import is_benchmark_data  # rarely needed: import late

    return is_benchmark_data(data)


def run_validate(paths: list[Path], criteria_dirs: list[Path], ui_lang: str) -> int:
    """Check every file; print a line per valid file and every problem; 1 if any failed."""
    catalog = Catalog.default(criteria_dirs)
    files, failed = files_to_check(paths)
    warn_all(failed)
    bad = len(failed)
    # On a terminal the lines are kept and shown at the end, through the pager when they
    # are more than a screen; to a pipe each is written as its file is checked.
    kept: list[str] | None = [] if on_terminal() else None
    for path in files:
        summary, problems = check_file(path, catalog, ui_lang)
        warn_all(problems)
        if summary and kept is not None:
            kept.append(f"ok: {path}: {summary}")
        elif summary:
            say(f"ok: {path}: {summary}")
        else:
            bad += 1
    if kept:
        print_text("\n".join(kept))
    return EXIT_INVALID if bad else EXIT_OK


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """`kompass validate PATH...`."""
    parser.add_argument(
        "paths",
        nargs="+",
        type=path_argument,
        metavar="PATH",
        help=text(lang, "cli.validate.paths"),
    )
    criteria_dir_option(parser, lang)


def run(args: argparse.Namespace) -> int:
    """Check every path given."""
    return run_validate(args.paths, args.criteria_dir, args.ui_lang)
