"""What running text in a language does beyond looking words up: the genitive of a name,
names joined as a sentence joins them, small counts in words, the days of an evaluation."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import groupby

from kompass_tui.core.texts.catalog import interface_language, text

SMALL_NUMBERS = 12
"""Counts up to this are written in words (`åtta områden`), as running text does."""


def genitive(lang: str, name: str) -> str:
    """A name in the genitive: `Norrköpings`, `Borås` (Swedish); `Bergens`, `Os'`
    (Norwegian); `Norrköping's`, `Borås'` (English)."""
    name = name.strip()
    wording = interface_language(lang)
    ends_in_s = name[-1:].lower() in ("s", "x", "z")
    if wording == "sv":
        return name if ends_in_s else f"{name}s"
    if wording == "nb":
        return f"{name}'" if ends_in_s else f"{name}s"
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def count_words(lang: str, number: int) -> str:
    """A count in words where running text would write it so (`åtta`), else digits."""
    if 0 <= number <= SMALL_NUMBERS:
        return text(lang, f"grammar.number.{number}")
    return str(number)


def join_names(lang: str, names: Sequence[str]) -> str:
    """Names joined as a sentence does: `A, B och C`."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {text(lang, 'grammar.and')} {names[-1]}"


def month_name(lang: str, month: int) -> str:
    """A month's name as running text writes it (`januari`, `January`)."""
    return text(lang, f"grammar.month.{month}")


def dates_text(lang: str, dates: Sequence[date]) -> str:
    """Evaluation days as a title page writes them: `25–26 januari 2010`, `25.–26. januar
    2010`."""
    parts = []
    for (year, month), days in groupby(sorted(set(dates)), lambda d: (d.year, d.month)):
        runs: list[list[int]] = []
        for number in (d.day for d in days):
            if runs and number == runs[-1][-1] + 1:
                runs[-1].append(number)
            else:
                runs.append([number])
        spans = [_day(lang, r[0]) + (f"–{_day(lang, r[-1])}" if len(r) > 1 else "") for r in runs]
        parts.append(f"{', '.join(spans)} {month_name(lang, month)} {year}")
    return ", ".join(parts)


def _day(lang: str, number: int) -> str:
    return text(lang, "grammar.day", day=number)
