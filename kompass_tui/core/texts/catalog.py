"""One catalog for every word kompass says itself: the workbench, the command line, the
reports, comparisons and action plans. (The instrument's own texts, its areas and
questions, come from the instrument file in each of its languages.)

Each language is a module beside this one (`sv.py`, `en.py`, `nb.py`) holding one flat
dict, `MESSAGES`, of `"area.key": text`, the key named by where it is used (`tui.`,
`cli.`, `report.`, `compare.`, `plan.`, `grammar.`, `score.`). A language module is
imported the first time a text in it is asked for: a dict literal loads from bytecode in
well under a millisecond, so the quick commands stay quick.

A text with a count is a small table of plural forms, chosen by the count passed as `n`
and the language's rule (`{"one": "1 fråga att diskutera", "other": "{n} frågor att
diskutera"}`); `n` is used for counts and nothing else, so a text with `{n}` is always
such a table (tests/test_texts.py keeps it so).

A key missing in a language falls back to English; a language without a module of its own
gets English throughout (`interface_language`), and whoever shows it says so once (the
workbench in a notification, a report on its title page).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping

Message = str | Mapping[str, str]
"""A text, or its plural forms by the names the language's rule gives (`one`, `other`)."""

LANGUAGES = ("sv", "en", "nb")
"""The languages the catalog has a module for."""

COMPLETE = ("sv", "en", "nb")
"""Languages with every key English has (the tests check it)."""

FALLBACK = "en"

ALIASES = {"no": "nb"}
"""Codes that mean a language the catalog has under another code (`no` is Norwegian;
written Norwegian is Bokmål unless Nynorsk, `nn`, is asked for)."""

DECIMAL_SEPARATORS = {
    **dict.fromkeys(
        ("sv", "nb", "nn", "da", "fi", "is", "et", "lv", "lt", "de", "nl", "fr", "es", "pt"),
        ",",
    ),
    **dict.fromkeys(("it", "pl", "cs", "sk", "sl", "hr", "hu", "ro", "ru", "uk", "el"), ","),
    "en": ".",
}
"""The decimal separator by language (its base language when the code has a region)."""

DEFAULT_SEPARATOR = "."
"""For a language not in the table: as in English, the catalog's fallback."""

VARIANTS = {"genitive": "municipality", "instrument_genitive": "instrument"}
"""Placeholders that are grammatical forms of another: a language may write `{genitive}`
(`Norrköpings`) where another writes `{municipality}` (`Norrköping kommune`)."""


def _one_when_one(n: object) -> str:
    return "one" if n == 1 else "other"


PLURAL_RULES: dict[str, Callable[[object], str]] = {
    "sv": _one_when_one,
    "en": _one_when_one,
    "nb": _one_when_one,
}
"""Which plural form a count takes, by language (CLDR's rule: sv, en and nb say `one`
for exactly 1 and `other` for everything else, 0 included)."""

PLURAL_FORMS = {"sv": ("one", "other"), "en": ("one", "other"), "nb": ("one", "other")}
"""The forms every plural table of a language has."""

_loaded: dict[str, Mapping[str, Message]] = {}


def base_language(lang: str) -> str:
    """A language code without its region or script (`sv-FI` → `sv`), aliases resolved."""
    base = lang.replace("_", "-").split("-", 1)[0].lower()
    return ALIASES.get(base, base)


def has_language(lang: str) -> bool:
    """Whether the catalog has kompass's own texts in a language (or its base language)."""
    return base_language(lang) in LANGUAGES


def interface_language(lang: str) -> str:
    """The catalog language for `lang`: itself (or its base language) when the catalog has
    it, else English."""
    base = base_language(lang)
    return base if base in LANGUAGES else FALLBACK


def messages(lang: str) -> Mapping[str, Message]:
    """Every message of a catalog language, by key (imported the first time it is asked)."""
    found = _loaded.get(lang)
    if found is None:
        if lang not in LANGUAGES:
            raise KeyError(f"no catalog language {lang!r}")
        found = importlib.import_module(f"{__package__}.{lang}").MESSAGES
        _loaded[lang] = found
    return found


def plural_form(lang: str, n: object) -> str:
    """The plural form a count takes in a language (`one`, `other`)."""
    return PLURAL_RULES.get(interface_language(lang), _one_when_one)(n)


def text(lang: str, key: str, /, **values: object) -> str:
    """A text in `lang` (English when the catalog lacks the language or the key), its
    `{name}` fields filled in; a plural table takes the form of the count `n`."""
    wording = interface_language(lang)
    message = messages(wording).get(key)
    if message is None:
        wording = FALLBACK
        message = messages(FALLBACK)[key]
    if not isinstance(message, str):
        if "n" not in values:
            raise TypeError(f"{key}: a plural text needs its count as n")
        message = message[plural_form(wording, values["n"])]
    return message.format(**values) if values else message


def has_text(key: str) -> bool:
    """Whether the catalog has a text by that key."""
    return key in messages(FALLBACK)


class Texts:
    """The catalog's texts in one language under one key prefix: `words("total")` for
    `text(lang, "report.total")`."""

    __slots__ = ("lang", "prefix")

    def __init__(self, lang: str, prefix: str = "") -> None:
        self.lang = lang
        self.prefix = prefix

    def __call__(self, key: str, /, **values: object) -> str:
        return text(self.lang, self.prefix + key, **values)


def decimal_separator(lang: str) -> str:
    """The decimal separator of a language, from DECIMAL_SEPARATORS."""
    found = DECIMAL_SEPARATORS.get(lang) or DECIMAL_SEPARATORS.get(base_language(lang))
    return found or DEFAULT_SEPARATOR


def language_from_environment(environ: Mapping[str, str]) -> str | None:
    """The language of the user's locale, as POSIX chooses it: the first of LC_ALL,
    LC_MESSAGES and LANG that is set (`sv_SE.UTF-8` → `sv`); None for C, POSIX or none."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            code = value.split(".", 1)[0].split("@", 1)[0]
            if code in ("C", "POSIX") or not code[:2].isalpha():
                return None
            return base_language(code)
    return None


def command_language(requested: str | None, environ: Mapping[str, str]) -> str:
    """The language of the command line's own words: the `--lang` asked for, else the
    locale's; English when the catalog lacks it."""
    chosen = requested or language_from_environment(environ)
    return interface_language(chosen) if chosen else FALLBACK
