"""`kompass criteria [ID]`: list the instruments found, or print one."""

from __future__ import annotations

import argparse
from pathlib import Path

from kompass_tui.cli.arguments import criteria_dir_option, lang_option
from kompass_tui.cli.output import document_language, say, warn, warn_all
from kompass_tui.cli.terminal import print_text
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.problems import LoadError, UsageError
from kompass_tui.core.scoring.numbers import format_max
from kompass_tui.core.texts.catalog import Texts, text
from kompass_tui.exit_codes import EXIT_INVALID, EXIT_OK


def counts(instrument: Instrument, ui_lang: str) -> tuple[str, str]:
    """`8 areas`, `45 questions`: an instrument's size in words."""
    return (
        text(ui_lang, "cli.count.areas", n=len(instrument.areas)),
        text(ui_lang, "cli.count.questions", n=len(instrument.questions)),
    )


def describe(instrument: Instrument, lang: str, ui_lang: str) -> str:
    """An instrument's areas and questions with ids and maxima, as plain text: its texts
    in `lang`, kompass's words in `ui_lang`."""
    words = Texts(ui_lang, "cli.criteria.")
    areas, questions = counts(instrument, ui_lang)
    lines = [
        f"{instrument.text(instrument.name, lang)} ({instrument.id})",
        words("counts", areas=areas, questions=questions, max=format_max(instrument.max, lang)),
    ]
    width = max(len(q.id) for q in instrument.questions)
    for area in instrument.areas:
        lines.append("")
        title = instrument.text(area.title, lang)
        lines.append(f"{area.id}  {title}  {words('area_max', max=format_max(area.max, lang))}")
        for question in area.questions:
            maximum = format_max(question.max, lang)
            text = instrument.text(question.text, lang)
            lines.append(f"  {question.id:<{width}}  {maximum:>3}  {text}")
    return "\n".join(lines)


def run_criteria(
    instrument_id: str | None, criteria_dirs: list[Path], lang: str | None, ui_lang: str
) -> int:
    """Print the list of instruments or one instrument; 1 if something does not load."""
    words = Texts(ui_lang, "cli.criteria.")
    catalog = Catalog.default(criteria_dirs)
    if instrument_id:
        instrument = catalog.get(instrument_id)  # LoadError: main lists the problems
        print_text(describe(instrument, document_language(instrument, lang, ui_lang), ui_lang))
        return EXIT_OK
    entries = catalog.entries()
    if not entries:
        folders = ", ".join(str(d) for d in catalog.dirs)
        warn(words("none_found", folders=folders))
        return EXIT_INVALID
    status = EXIT_OK
    listed: list[tuple[Instrument, Path]] = []
    for found_id, path in entries:
        try:
            listed.append((catalog.get(found_id), path))
        except LoadError as failure:
            warn_all(failure.problems)
            status = EXIT_INVALID
    if lang is not None and listed and not any(lang in i.languages for i, _ in listed):
        raise UsageError(words("no_language", lang=lang))
    for instrument, path in listed:
        # Each in the language asked for when it has it, else in its own.
        name = instrument.text(instrument.name, lang or instrument.default_language)
        areas, questions = counts(instrument, ui_lang)
        maximum = words("max", max=instrument.max)
        say(f"{instrument.id}\t{name}\t{areas}\t{questions}\t{maximum}\t{path}")
    return status


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    """`kompass criteria [ID]`."""
    parser.add_argument("id", nargs="?", help=text(lang, "cli.criteria.id"))
    criteria_dir_option(parser, lang)
    lang_option(parser, lang)


def run(args: argparse.Namespace) -> int:
    """List the instruments, or print one."""
    return run_criteria(args.id, args.criteria_dir, args.lang, args.ui_lang)
