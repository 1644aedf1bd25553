"""`kompass consensus A.toml B.toml [...] -o C.toml [--threshold PERCENT]`: merge evaluations."""

from __future__ import annotations

import argparse
from pathlib import Path

from kompass_tui.cli.arguments import criteria_dir_option, lang_option, path_argument
from kompass_tui.cli.output import say, warn, warn_all, write_failure
from kompass_tui.core.compare.benchmark import is_benchmark_data
from kompass_tui.core.compare.evaluation import repeated_file
from kompass_tui.core.compare.session_index import session_data
from kompass_tui.core.files.targets import check_target
from kompass_tui.core.files.toml_reading import read_file_bytes
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.problems import KompassError, LoadError, Problem
from kompass_tui.core.scoring.disputes import spread_text
from kompass_tui.core.scoring.numbers import ScoreError, format_exact, format_number, format_points
from kompass_tui.core.session.consensus import (
    ConsensusError,
    ConsensusResult,
    create_consensus_file,
    merge_sessions,
    parse_threshold,
    sources_for,
)
from kompass_tui.core.session.merge import QuestionMerge
from kompass_tui.core.session.model import Session
from kompass_tui.core.session.toml_io import parse_session
from kompass_tui.core.texts.catalog import Texts
from kompass_tui.exit_codes import EXIT_OK, EXIT_USAGE

NEVER_OVERWRITES = "consensus"


def run_consensus(args: argparse.Namespace) -> int:
    """Merge the sessions into -o, print the questions to discuss; 1 on invalid input."""
    try:
        threshold = parse_threshold(args.threshold)
    except ScoreError as error:
        warn(f"kompass consensus: --threshold: {error}")
        return EXIT_USAGE
    paths: list[Path] = list(args.files)
    output: Path = args.output
    _refuse(paths, output, args.ui_lang)
    sessions, instrument = _load_all(paths, Catalog.default(args.criteria_dir))
    try:
        result = merge_sessions(sources_for(sessions), instrument, threshold)
    except ConsensusError as error:
        raise KompassError(str(error)) from None
    try:
        create_consensus_file(result, instrument, output)
    except OSError as error:
        raise write_failure(output, error, new_by=NEVER_OVERWRITES) from None
    lang = instrument.language(args.lang)  # the figures as the instrument's language writes them
    say(summary(result, instrument, output, lang, args.ui_lang))
    for entry in result.dropped_benchmarks:
        warn(
            f"{output}: warning: benchmark {entry.label} ({entry.scale} scale) left out: "
            "the benchmarks kept are on another scale"
        )
    return EXIT_OK


def _refuse(paths: list[Path], output: Path, ui_lang: str) -> None:
    """Raise KompassError or LoadError when the merge is refused before anything is loaded."""
    if len(paths) < 2:
        raise KompassError(Texts(ui_lang, "cli.consensus.")("too_few", n=len(paths)))
    twice = repeated_file(paths)
    if twice is not None:
        message = "given twice; each evaluation is merged once"
        raise LoadError([Problem(str(twice), "", message)])
    problem = check_target(output, paths, new_by=NEVER_OVERWRITES, suffix=".toml")
    if problem is not None:
        raise LoadError([Problem("", "", problem.message("-o", "one of the sessions merged"))])


def _load_all(paths: list[Path], catalog: Catalog) -> tuple[list[tuple[Session, Path]], Instrument]:
    """Load every session; raise LoadError with every problem of every file."""
    sessions: list[tuple[Session, Path]] = []
    instrument: Instrument | None = None
    problems: list[Problem] = []
    for path in paths:
        try:
            data = session_data(read_file_bytes(path), str(path))
            if is_benchmark_data(data):
                message = "is a benchmark file (area totals only); consensus merges sessions"
                raise LoadError([Problem(str(path), "", message)])
            loaded = parse_session(data, path, catalog)
        except LoadError as failure:
            problems.extend(failure.problems)
            continue
        warn_all(loaded.warnings)
        sessions.append((loaded.session, path))
        instrument = instrument or loaded.instrument
    if problems or instrument is None:
        raise LoadError(problems)
    return sessions, instrument


def summary(
    result: ConsensusResult,
    instrument: Instrument,
    output: Path,
    lang: str,
    ui_lang: str,
) -> str:
    """What was merged and every question to discuss, one line each: the words in
    `ui_lang`, the figures as `lang` (the instrument's language) writes them."""
    words = Texts(ui_lang, "cli.consensus.")
    threshold = format_number(result.notes.threshold, lang)
    lines = [
        words(
            "merged",
            n=len(result.notes.sources),
            municipality=result.session.municipality,
            instrument=instrument.id,
            path=output,
        )
    ]
    disputed = result.disputed
    if not disputed:
        lines.append(words("none", threshold=threshold))
    else:
        lines.append(words("some", n=len(disputed), threshold=threshold))
        lines += [_dispute_line(merge, result, lang, words) for merge in disputed]
    if result.notes.texts:
        lines.append(words("texts", n=len(result.notes.texts)))
    if result.rounded:
        lines.append(words("rounded"))
        for merge in result.rounded:
            assert merge.mean is not None and merge.proposed is not None
            mean = words("mean", mean=format_exact(merge.mean, lang))
            lines.append(f"  {merge.question.id}  {mean} → {format_points(merge.proposed, lang)}")
    return "\n".join(lines)


def _dispute_line(merge: QuestionMerge, result: ConsensusResult, lang: str, words: Texts) -> str:
    question = merge.question
    scores = " · ".join(f"{a} {format_points(s, lang)}" for a, s in merge.scores.items())
    parts = [scores] if scores else []
    if merge.not_applicable:
        parts.append(words("na", names=", ".join(merge.not_applicable)))
    if merge.unscored:
        parts.append(words("unscored", names=", ".join(merge.unscored)))
    detail = f"  {question.id}  "
    if merge.spread is not None and len(merge.scores) > 1:
        spread = spread_text(merge.spread, question.max, result.notes.threshold, lang)
        detail += f"{words('spread', spread=spread)}: "
    detail += "; ".join(parts)
    if merge.proposed is not None:
        detail += f" → {words('proposed', score=format_points(merge.proposed, lang))}"
    return detail


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """`kompass consensus A.toml B.toml ... -o C.toml [--threshold PERCENT]`."""
    words = Texts(lang, "cli.consensus.")
    parser.add_argument("files", nargs="+", type=path_argument, metavar="FILE", help=words("files"))
    parser.add_argument(
        "-o",
        "--output",
        type=path_argument,
        required=True,
        metavar="FILE",
        help=words("output"),
    )
    parser.add_argument("--threshold", default="20", metavar="PERCENT", help=words("threshold"))
    criteria_dir_option(parser, lang)
    lang_option(parser, lang)


run = run_consensus
