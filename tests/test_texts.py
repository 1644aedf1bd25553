"""The translation catalog (#14): every language has every message, with the same
placeholders; a count is shown through a plural table; the language is chosen as the
README says.
"""

from __future__ import annotations

import ast
import itertools
import string
from collections.abc import Mapping
from pathlib import Path

import pytest

from kompass_tui.core.texts import catalog
from kompass_tui.core.texts.catalog import (
    COMPLETE,
    LANGUAGES,
    PLURAL_FORMS,
    VARIANTS,
    command_language,
    decimal_separator,
    interface_language,
    language_from_environment,
    messages,
    text,
)
from kompass_tui.core.texts.grammar import dates_text, genitive, join_names

PACKAGE = Path(catalog.__file__).resolve().parent.parent.parent
COUNT = "n"
"""The placeholder of a count; a text with it is a plural table."""


def placeholders(message: str) -> set[str]:
    """The `{name}` fields of a text (checked to be plain names)."""
    names = set()
    for _, name, spec, conversion in string.Formatter().parse(message):
        if name is None:
            continue
        assert name.isidentifier(), f"{message!r}: {{{name}}} is not a plain name"
        assert not spec and not conversion, f"{message!r}: format the value in code"
        names.add(VARIANTS.get(name, name))
    return names


def forms(message: str | Mapping[str, str]) -> list[str]:
    return [message] if isinstance(message, str) else list(message.values())


def fields_of(message: str | Mapping[str, str]) -> set[str]:
    return set().union(*(placeholders(form) for form in forms(message)))


def test_every_complete_language_has_every_message_and_no_other() -> None:
    english = set(messages("en"))
    for lang in COMPLETE:
        keys = set(messages(lang))
        assert not english - keys, f"{lang} lacks {sorted(english - keys)}"
        assert not keys - english, f"{lang} has keys English lacks: {sorted(keys - english)}"


def test_every_language_has_the_report_compare_and_plan_wording() -> None:
    # nb is complete too; this is what the issue asks of every language at least.
    for lang in LANGUAGES:
        for prefix in ("report.", "compare.", "plan.", "grammar."):
            wanted = {k for k in messages("en") if k.startswith(prefix)}
            assert wanted <= set(messages(lang)), (lang, sorted(wanted - set(messages(lang))))


def test_placeholders_match_across_languages() -> None:
    for key, english in messages("en").items():
        for lang in LANGUAGES:
            message = messages(lang).get(key)
            if message is None:
                continue
            assert isinstance(message, str) == isinstance(english, str), (lang, key)
            wanted, found = fields_of(english), fields_of(message)
            # A plural table's `one` form may say the count in words ("en annan kommun").
            assert found - {COUNT} == wanted - {COUNT} or found == wanted, (lang, key, found)


def test_plural_tables_have_the_forms_of_their_language() -> None:
    for lang in LANGUAGES:
        for key, message in messages(lang).items():
            if not isinstance(message, str):
                assert tuple(message) == PLURAL_FORMS[lang], (lang, key)


def test_a_count_is_always_shown_through_a_plural_table() -> None:
    # `{n} frågor` as a plain text is what printed "1 frågor att diskutera".
    for lang in LANGUAGES:
        for key, message in messages(lang).items():
            if isinstance(message, str):
                assert COUNT not in placeholders(message), (lang, key, message)


def _source_files() -> list[Path]:
    files = sorted((PACKAGE / "kompass_tui").rglob("*.py"))
    return [f for f in files if "texts" not in f.relative_to(PACKAGE / "kompass_tui").parts[:2]]


def _is_count(node: ast.expr) -> bool:
    """`len(...)`, or a name that says it counts."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return node.func.id == "len"
    return isinstance(node, ast.Name) and node.id in ("n", "count", "number")


def test_no_count_is_written_beside_a_noun_in_code() -> None:
    """An f-string like f"{len(areas)} areas" bypasses the plural tables: counts go to the
    catalog as `n`."""
    found = []
    for path in _source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                for value, after in itertools.pairwise(node.values):
                    if (
                        isinstance(value, ast.FormattedValue)
                        and _is_count(value.value)
                        and isinstance(after, ast.Constant)
                        and str(after.value)[:1] == " "
                        and str(after.value)[1:2].isalpha()
                    ):
                        found.append(f"{path.name}:{node.lineno}")
            if isinstance(node, ast.Call):
                for keyword in node.keywords:
                    named = keyword.arg not in (None, COUNT)
                    if named and _is_len(keyword.value) and _is_text_call(node):
                        found.append(f"{path.name}:{node.lineno} {keyword.arg}=len(...)")
    assert not found, found


def _is_len(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "len"


def _is_text_call(node: ast.Call) -> bool:
    func = node.func
    return isinstance(func, ast.Name) and func.id in ("text", "words", "tr")


def test_every_key_the_code_names_exists() -> None:
    """`text(lang, "report.total")`, `words("total")` with `words = Texts(lang, "report.")`,
    the workbench's `tr(lang, "saved")`: a key the catalog lacks would be a KeyError at run
    time."""
    english = messages("en")
    missing = []
    for path in _source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.Module):
                continue
            prefixes = _texts_prefixes(function)
            for node in ast.walk(function):
                if not isinstance(node, ast.Call):
                    continue
                key = _constant_key(node, prefixes)
                if key is not None and key not in english:
                    missing.append(f"{path.name}:{node.lineno} {key}")
    assert not missing, missing


def _texts_prefixes(function: ast.AST) -> dict[str, str]:
    """Names bound to `Texts(lang, "prefix.")` in a function."""
    found = {}
    for node in ast.walk(function):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "Texts"
            and len(node.value.args) == 2
            and isinstance(node.value.args[1], ast.Constant)
        ):
            found[node.targets[0].id] = str(node.value.args[1].value)
    return found


def _constant_key(node: ast.Call, prefixes: dict[str, str]) -> str | None:
    func = node.func
    if not isinstance(func, ast.Name):
        return None
    if func.id in ("text", "tr") and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant):
        prefix = "tui." if func.id == "tr" else ""  # the workbench's `tr` adds it
        return prefix + str(node.args[1].value)
    if func.id in prefixes and node.args and isinstance(node.args[0], ast.Constant):
        return prefixes[func.id] + str(node.args[0].value)
    return None


def test_keys_made_from_domain_values_exist() -> None:
    from kompass_tui.cli.registry import COMMANDS
    from kompass_tui.core.session.practice import (
        ACTION_STATUSES,
        EVIDENCE_KINDS,
        EVIDENCE_STATUSES,
        ROLES,
    )

    keys = [f"report.role.{role}" for role in (*ROLES, "person")]
    keys += [f"report.source.{kind}" for kind in EVIDENCE_KINDS]
    keys += [f"report.evidence.{status}" for status in EVIDENCE_STATUSES]
    keys += [f"plan.status.{status}" for status in ACTION_STATUSES]
    keys += [f"report.scale.{scale}" for scale in ("current", "older")]
    keys += [f"grammar.month.{month}" for month in range(1, 13)]
    keys += [f"grammar.number.{number}" for number in range(13)]
    keys += [f"cli.{command.name}.summary" for command in COMMANDS]
    for lang in COMPLETE:
        assert [k for k in keys if k not in messages(lang)] == [], lang


@pytest.mark.parametrize(
    ("lang", "count", "expected"),
    [
        ("sv", 1, "1 fråga att diskutera"),
        ("sv", 2, "2 frågor att diskutera"),
        ("sv", 0, "0 frågor att diskutera"),
        ("en", 1, "1 question to discuss"),
        ("en", 3, "3 questions to discuss"),
        ("nb", 1, "1 spørsmål å diskutere"),
    ],
)
def test_plural_forms_follow_the_count(lang: str, count: int, expected: str) -> None:
    shown = text(lang, "cli.consensus.some", n=count, threshold="20")
    assert shown.startswith(expected + " ")


def test_a_plural_text_without_its_count_is_a_programming_error() -> None:
    with pytest.raises(TypeError, match="needs its count as n"):
        text("sv", "cli.consensus.some", threshold="20")


def test_a_language_the_catalog_lacks_gets_english() -> None:
    assert interface_language("de") == "en"
    assert interface_language("sv-FI") == "sv"
    assert interface_language("no") == "nb"
    assert text("de", "report.strengths") == "Strengths"
    assert text("nb", "report.strengths") == "Styrker"


def test_a_key_missing_in_a_language_falls_back_to_english(monkeypatch) -> None:
    partial = {k: v for k, v in messages("nb").items() if k != "report.strengths"}
    monkeypatch.setitem(catalog._loaded, "nb", partial)
    assert text("nb", "report.strengths") == "Strengths"
    assert text("nb", "report.improvements") == "Forbedringsområder"


def test_decimal_separators_come_from_one_table() -> None:
    assert [decimal_separator(lang) for lang in ("sv", "nb", "no", "nn", "da", "fi")] == [","] * 6
    assert decimal_separator("de") == "," and decimal_separator("pt-BR") == ","
    assert decimal_separator("en") == "." and decimal_separator("en-GB") == "."
    assert decimal_separator("xx") == "."  # unknown: as English, the fallback


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "sv_SE.UTF-8"}, "sv"),
        ({"LANG": "nb_NO.UTF-8"}, "nb"),
        ({"LANG": "no_NO"}, "nb"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LC_ALL": "C.UTF-8", "LANG": "sv_SE.UTF-8"}, None),
        ({"LC_MESSAGES": "sv_SE.UTF-8", "LANG": "en_US.UTF-8"}, "sv"),
        ({"LC_ALL": "", "LANG": "sv_SE@euro"}, "sv"),
        ({"LANG": "POSIX"}, None),
        ({}, None),
    ],
)
def test_the_locale_gives_the_language(environ: dict[str, str], expected: str | None) -> None:
    assert language_from_environment(environ) == expected


def test_the_command_line_language() -> None:
    assert command_language("nb", {"LANG": "sv_SE.UTF-8"}) == "nb"  # --lang first
    assert command_language(None, {"LANG": "sv_SE.UTF-8"}) == "sv"
    assert command_language(None, {"LANG": "de_DE.UTF-8"}) == "en"  # the catalog lacks it
    assert command_language("de", {"LANG": "sv_SE.UTF-8"}) == "en"
    assert command_language(None, {}) == "en"


def test_running_text_per_language() -> None:
    from datetime import date

    days = [date(2010, 1, 25), date(2010, 1, 26)]
    assert dates_text("sv", days) == "25–26 januari 2010"
    assert dates_text("en", days) == "25–26 January 2010"
    assert dates_text("nb", days) == "25.–26. januar 2010"
    assert join_names("nb", ["A", "B", "C"]) == "A, B og C"
    assert (genitive("sv", "Borås"), genitive("sv", "Lund")) == ("Borås", "Lunds")
    assert (genitive("nb", "Os"), genitive("nb", "Bergen")) == ("Os'", "Bergens")
    assert (genitive("en", "Borås"), genitive("de", "Lund")) == ("Borås'", "Lund's")


def test_the_workbench_speaks_through_the_catalog() -> None:
    from kompass_tui.tui.strings import score_reason, tr

    assert tr("sv", "others_skipped", n=1) == "1 fil kunde inte läsas och är inte med"
    assert tr("sv", "others_skipped", n=3) == "3 filer kunde inte läsas och är inte med"
    assert tr("en", "words", n=1) == "1 word"
    assert tr("nb", "saved") == "✓ lagret"
    assert tr("de", "saved") == "✓ saved"
    assert score_reason("above_max", {"max": "7.5"}, "nb") == "over maksimal poengsum 7,5"
    assert score_reason("above_max", {"max": "7.5"}, "en") == "above the maximum 7.5"
