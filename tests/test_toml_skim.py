"""Skimming TOML: the tables kept parse exactly as they do in the whole file, whatever the
texts around them hold (quotes, brackets, comments, headers inside strings)."""

from __future__ import annotations

import contextlib
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from kompass_tui.core.compare.evaluation import LoadedEvaluations, load_file
from kompass_tui.core.compare.session_index import listed_part, summarize
from kompass_tui.core.files.toml_skim import (
    SkimError,
    _last_kept_header,
    _quick_one_key,
    _scanned_one_key,
    number_table,
    quick_kept,
    quick_sections,
    scanned_kept,
    sections,
    skim,
    statements,
)
from kompass_tui.core.instrument.catalog import Catalog
from tests.helpers import DEMO

# Texts built from the characters that matter to a scanner.
_TRICKY = st.lists(
    st.sampled_from([*list("ab =#[]{}.,\"'\\\n\t"), '"""', "'''", "[report]\n"]),
    max_size=20,
).map("".join)
_NAMES = st.sampled_from(["scores", "report", "areas", "notes", "x", "a-b", "1.1"])
_VALUES: st.SearchStrategy[Any] = st.one_of(
    _TRICKY,
    st.integers(-5, 5),
    st.lists(_TRICKY, max_size=3),
    st.dictionaries(_NAMES, _TRICKY, max_size=2),
)
_TABLES = st.dictionaries(_NAMES, st.dictionaries(_NAMES, _VALUES, max_size=4), max_size=5)
_FLAT_TABLES = st.dictionaries(
    _NAMES,
    st.dictionaries(_NAMES, st.one_of(_TRICKY, st.integers(), st.lists(_TRICKY)), max_size=4),
    max_size=5,
)


@given(_TABLES, st.booleans(), st.sets(_NAMES))
def test_kept_tables_parse_as_in_the_whole_file(
    tables: dict[str, dict[str, Any]], multi_line: bool, dropped: set[str]
) -> None:
    text = tomli_w.dumps(tables, multiline_strings=multi_line)
    part = skim(text, lambda name: _first_key(name) not in dropped)
    assert part is not None
    expected = {name: table for name, table in tables.items() if name not in dropped}
    assert _without_empty(tomllib.loads(part)) == _without_empty(expected)


@given(_FLAT_TABLES, st.booleans(), _NAMES.filter(lambda name: "." not in name))
def test_one_key_of_a_table_is_kept_whatever_its_value(
    tables: dict[str, dict[str, Any]], multi_line: bool, key: str
) -> None:
    text = tomli_w.dumps(tables, multiline_strings=multi_line)
    part = skim(text, lambda _: key)
    assert part is not None
    expected = {name: {key: t[key]} for name, t in tables.items() if key in t}
    assert _without_empty(tomllib.loads(part)) == _without_empty(expected)


@given(_TABLES)
def test_every_statement_is_found_once(tables: dict[str, dict[str, Any]]) -> None:
    text = tomli_w.dumps(tables, multiline_strings=True)
    assert tomllib.loads("\n".join(s.text for s in statements(text))) == tomllib.loads(text)


def test_keys_of_a_table_are_kept_by_name() -> None:
    text = 'a = 1\n[t]\nx = """\ny = 3\n"""\ny = 2 # a comment\n[u]\ny = 4\n'
    part = skim(text, lambda table: table != "t" or "y")
    assert part is not None and tomllib.loads(part) == {"a": 1, "t": {"y": 2}, "u": {"y": 4}}


def test_text_the_scanner_does_not_know_gives_up() -> None:
    assert skim('a = "not closed\n', lambda _: True) is None
    assert skim("a = [1, 2\n", lambda _: True) is None


def test_a_note_that_looks_like_tables_stays_a_note(catalog: Catalog, demo_copy: Path) -> None:
    """A note whose lines read like the tables and totals a comparison uses."""
    text = demo_copy.read_text(encoding="utf-8")
    fake = 'notes = """\\n[scores]\\n\\"1.1\\" = 0\\nolder_scale_total = 1.0\\n[report]\\n"""'
    text = text.replace("[areas.1]\n", f"[areas.1]\n{fake.replace(chr(92) + 'n', chr(10))}\n", 1)
    demo_copy.write_text(text, encoding="utf-8")
    head = listed_part(demo_copy.read_bytes())
    assert head is not None and b"older_scale_total = 1.0" not in head
    row = summarize(demo_copy, catalog)
    assert row.total == Decimal("491.2")
    loaded = LoadedEvaluations([], {}, [])
    load_file(demo_copy, catalog, loaded)
    session = loaded.evaluations[0].session
    assert session is not None and session.areas["1"].older_scale_total == Decimal("64.0")
    assert session.areas["1"].notes == ""  # texts are not read for comparisons


# Documents as a person may arrange them: indented headers, comments, arrays over lines,
# nested arrays and inline tables, multi-line strings in odd places, stray characters.
_PIECES = st.sampled_from(
    [
        "[t]\n",
        "  [ t . u ]  # c\n",
        "[[a]]\n",
        "[t\n",
        'x = """\n[t]\n"""\n',
        "x = '''a\n''' # c\n",
        'x = """a""" \n',
        'x = """a""""\n',
        'x = ""\n',
        "x = ''\n",
        'x = "a\\"b" # [t]\n',
        "x = [\n  1, # ]\n  [2, {a = 3}],\n]\n",
        "x = [[[1]]]\n",
        'x = ["""a\n"""]\n',
        "x = {a = [1, 2], b = {c = 'd'}}\n",
        "k = 1\n",
        "k=2 # k\n",
        'k = """\nk = 3\n"""\n',
        "# [t]\n",
        "\n",
        '"\n',
        "\\\n",
        "]\n",
        "a = 'b\n",
    ]
)
_DOCUMENTS = st.lists(_PIECES, max_size=12).map("".join)


@given(st.one_of(_DOCUMENTS, st.builds(tomli_w.dumps, _TABLES, multiline_strings=st.booleans())))
def test_the_quick_way_finds_what_the_scan_finds_or_gives_up(text: str) -> None:
    try:
        expected = sections(text)
    except SkimError:
        expected = None
    try:
        found = quick_sections(text)
    except SkimError:
        return  # the caller scans line by line instead
    assert found == expected
    for name, start, end in found:
        if name is None:
            continue
        try:
            one = _quick_one_key(text[start:end], "k")
        except SkimError:
            continue
        assert one == _scanned_one_key(text[start:end], "k")


@given(
    st.one_of(_DOCUMENTS, st.builds(tomli_w.dumps, _TABLES, multiline_strings=st.booleans())),
    st.sampled_from(["t", "x", "report", "a"]),
    st.sampled_from(["t", "u", "x", "report"]),
)
def test_the_quick_way_keeps_what_the_scan_keeps_or_gives_up(
    text: str, dropped: str, one_key_of: str
) -> None:
    """Also when it stops at the first header past the last one that may be kept: what
    follows is not looked into, and only a text the scan gives up on may differ there."""

    def keep(name: str) -> bool | str:
        first = name.split(".")[0].strip()
        return "k" if first == one_key_of else first != dropped

    try:
        expected = scanned_kept(text, keep)
    except SkimError:
        expected = None
    with contextlib.suppress(SkimError):  # else the caller scans line by line instead
        assert quick_kept(text, keep) == expected
    try:
        early = quick_kept(text, keep, _last_kept_header(text, keep))
    except SkimError:
        return
    assert early == expected or expected is None


def test_the_skim_stops_past_the_last_table_it_may_keep() -> None:
    """The texts at the end of a session are not scanned: a text there that the scanner
    does not know (an unclosed string) does not stop it; a header-like line in a text
    table makes it go on to the next real header."""
    text = DEMO.read_text(encoding="utf-8")

    def keep(name: str) -> bool:
        return name.split(".")[0] not in ("findings", "evidence", "benchmarks")

    broken = text + '\n[findings.x]\ny = "not closed\n'
    stopped = skim(broken, keep)
    assert stopped is not None and stopped == skim(text, keep) and "not closed" not in stopped
    assert skim(broken + "[kept]\na = 1\n", keep) is None  # past it: scanned, not known
    looks_kept = text.replace('"""\n', '"""\n[scores]\n', 1)
    assert _last_kept_header(looks_kept, lambda name: name == "scores") > text.index("[scores]")


def test_a_session_as_kompass_writes_it_takes_the_quick_way() -> None:
    text = DEMO.read_text(encoding="utf-8")
    found = quick_sections(text)  # no SkimError: the quick way knows it
    assert found == sections(text)
    areas = [(start, end) for name, start, end in found if name and name.count(".") == 1]
    assert len(areas) == 8 and text.startswith("[areas.", areas[0][0])
    for start, end in areas:
        section = text[start:end]
        quick = _quick_one_key(section, "older_scale_total")
        assert quick == _scanned_one_key(section, "older_scale_total")
        assert len(quick) == 2  # the header and the total


def _first_key(name: str) -> str:
    """The first part of a dotted header name as tomli_w writes it (`"1.1".x` → `1.1`)."""
    if name.startswith('"'):
        return name[1 : name.index('"', 1)]
    return name.split(".")[0]


def _without_empty(value: Any) -> Any:
    """Tables left empty (a kept header whose keys were not kept, or one tomli_w leaves
    out) do not count."""
    if isinstance(value, dict):
        inner = {k: _without_empty(v) for k, v in value.items()}
        return {k: v for k, v in inner.items() if v != {}}
    return value


_NUMBER_LINES = st.lists(
    st.one_of(
        st.builds(
            "{} = {}\n".format,
            # Keys quoted as the scores' are, or bare as an older-scale total's.
            st.sampled_from(['"1.1"', '"1.2"', '"8.6"', '"10.10"', '"1"', '"1."', "1", "1.1"])
            | st.sampled_from(["older_scale_total", "a-b", "x_1", "0", "true", "a b", "é"]),
            st.one_of(
                st.integers(-5, 200).map(str),
                st.decimals(-5, 200, places=2, allow_nan=False).map(str),
                st.sampled_from(["0.0", "-0.0", "07", "1e2", "1_0", "+1", "inf", "1.", ".5"]),
            ),
        ),
        st.sampled_from(["\n", "  \n", "# c\n", "x = 1\n", '"1.1"=1 # c\n', '\t"2.1"\t=\t3\r\n']),
    ),
    max_size=8,
).map("".join)


@given(_NUMBER_LINES)
def test_a_table_of_plain_numbers_reads_as_the_parser_reads_it(body: str) -> None:
    quick = number_table(body.encode())
    try:
        parsed = tomllib.loads(body, parse_float=Decimal)
    except tomllib.TOMLDecodeError:
        assert quick is None
        return
    if quick is not None:
        assert quick == parsed
        assert {type(v) for v in quick.values()} <= {int, Decimal}
        assert [type(v) for v in quick.values()] == [type(v) for v in parsed.values()]


def test_the_scores_of_a_session_are_read_without_the_parser() -> None:
    raw = DEMO.read_bytes()
    start = raw.index(b"[scores]\n") + len(b"[scores]\n")
    body = raw[start : raw.index(b"\n[", start) + 1]
    assert number_table(body) == tomllib.loads(body.decode(), parse_float=Decimal)
