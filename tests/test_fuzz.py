"""Hostile and broken input: every case ends in a clear LoadError, never a traceback.

About 13,000 generated inputs in total in CI (a twentieth by default, see
tests/conftest.py), for sessions (schema 1 and 2, with their report texts and kept
benchmarks), instruments (with their report texts) and benchmark files; bounded in time by
the example counts below.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kompass_tui.core.compare.benchmark import parse_benchmarks
from kompass_tui.core.files.toml_reading import parse_toml_bytes
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import parse_instrument
from kompass_tui.core.problems import LoadError, ProblemList
from kompass_tui.core.session.toml_io import TOP_KEYS, load_session, parse_session
from tests.helpers import DEMO, SMALL_INSTRUMENT, examples

CATALOG = Catalog.default()
DEMO_BYTES = DEMO.read_bytes()
NAME = Path("fuzz.toml")


def fuzz(full: int) -> settings:
    """Settings for a fuzz test: a fixed number of examples, no deadline, no example DB."""
    return settings(
        max_examples=examples(full),
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )


def load_session_bytes(raw: bytes) -> None:
    """Load bytes as a session: success or LoadError with file-named problems only."""
    try:
        parse_session(parse_toml_bytes(raw, str(NAME)), NAME, CATALOG)
    except LoadError as error:
        assert error.problems
        assert all(str(p).startswith(f"{NAME}") for p in error.problems)


def load_instrument_bytes(raw: bytes) -> None:
    """Load bytes as an instrument: success or LoadError naming the file."""
    try:
        data = parse_toml_bytes(raw, "mini.toml")
        problems = ProblemList("mini.toml")
        parse_instrument(data, problems, Path("mini.toml"))
        problems.raise_if_errors()
    except LoadError as error:
        assert all(str(p).startswith("mini.toml") for p in error.problems)


def load_benchmark_bytes(raw: bytes) -> None:
    """Load bytes as a benchmark file: success or LoadError naming the file."""
    try:
        parse_benchmarks(parse_toml_bytes(raw, "bench.toml"), Path("bench.toml"), CATALOG)
    except LoadError as error:
        assert all(str(p).startswith("bench.toml") for p in error.problems)


@fuzz(2000)
@given(st.binary(max_size=400))
def test_random_bytes(raw: bytes) -> None:
    load_session_bytes(raw)
    load_instrument_bytes(raw)
    load_benchmark_bytes(raw)


@fuzz(2000)
@given(st.integers(0, len(DEMO_BYTES)), st.integers(0, len(DEMO_BYTES) - 1), st.binary(max_size=4))
def test_truncated_and_corrupted_demo(cut: int, at: int, noise: bytes) -> None:
    load_session_bytes(DEMO_BYTES[:cut])
    load_session_bytes(DEMO_BYTES[:at] + noise + DEMO_BYTES[at + len(noise) :])


# Keys of the tables inside a session: area and question ids, area keys, report sections
# and benchmark keys, so that wrong types reach every reader.
TABLE_KEYS = ["1", "1.1", "id", "x", "strengths", "notes", "about_municipality", "results"]
TABLE_KEYS += ["municipality", "year", "scale", "areas", "total", "source", "older"]
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.decimals(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.dates(),
    st.datetimes(),
    st.sampled_from(["1.1", "8.6", "kommunkompassen-2010", "../x", "\x00", "7,5", "1e9"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(TABLE_KEYS), inner, max_size=4)
    ),
    max_leaves=12,
)
SESSION_KEYS = list(TOP_KEYS)


def without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_none(v) for v in value if v is not None]
    return value


@fuzz(2500)
@given(st.dictionaries(st.sampled_from(SESSION_KEYS), VALUES, max_size=9), st.data())
def test_wrong_types_in_sessions(doc: dict[str, Any], data: st.DataObject) -> None:
    base: dict[str, Any] = {
        "schema": data.draw(st.sampled_from([1, 2])),
        "municipality": "X",
        "instrument": {"id": "kommunkompassen-2010"},
        "scores": {"1.1": Decimal("7.5")},
    }
    if data.draw(st.booleans()):
        base.update(doc)
    else:
        base = doc
    try:
        raw = tomli_w.dumps(without_none(base)).encode("utf-8")
    except (TypeError, ValueError):
        return  # not representable in TOML at all
    load_session_bytes(raw)


# The small instrument with every optional key, so that each can be given a wrong type.
FULL_INSTRUMENT = (
    SMALL_INSTRUMENT.replace(
        'text.en = "One?"', 'heading.en = "First"\nheading.sv = "Första"\ntext.en = "One?"'
    )
    + """
[report]
name.en = "Mini"
name.sv = "Mini"
older_scale_note.en = "Two scales."
older_scale_note.sv = "Två skalor."

[[report.sections]]
title.en = "About"
title.sv = "Om"
text.en = "Text."
text.sv = "Text."
"""
)
INSTRUMENT_LINES = ["max = 12", 'id = "A1"', "format = 1", 'text.en = "One?"', "[[areas]]"]
INSTRUMENT_LINES += ['heading.en = "First"', 'name.en = "Mini"', 'older_scale_note.sv = "Två']
INSTRUMENT_LINES += ['title.en = "About"', 'text.sv = "Text."', "[report]", "[[report.sections]]"]


@fuzz(2000)
@given(st.sampled_from(INSTRUMENT_LINES), VALUES)
def test_wrong_types_in_instruments(line: str, value: Any) -> None:
    try:
        replacement = tomli_w.dumps({"v": without_none(value)}).removeprefix("v = ").strip()
    except (TypeError, ValueError):
        return
    key = line.split(" = ")[0]
    assert line in FULL_INSTRUMENT
    text = FULL_INSTRUMENT.replace(line, f"{key} = {replacement}", 1)
    load_instrument_bytes(text.encode("utf-8"))


SESSION_BENCHMARK_KEYS = ["municipality", "year", "scale", "areas", "total", "source", "x"]


@fuzz(1500)
@given(st.dictionaries(st.sampled_from(SESSION_BENCHMARK_KEYS), VALUES, max_size=6), VALUES)
def test_wrong_types_in_kept_benchmarks_and_report_texts(entry: dict[str, Any], texts: Any) -> None:
    base: dict[str, Any] = {"municipality": "Borås", "year": 2008, "areas": {"1": 72}}
    base.update(entry)
    doc = {
        "schema": 2,
        "municipality": "X",
        "instrument": {"id": "kommunkompassen-2010"},
        "report": texts,
        "findings": texts,
        "benchmarks": [without_none(base), {"municipality": "Lund", "year": 2009}],
    }
    try:
        raw = tomli_w.dumps(without_none(doc)).encode("utf-8")
    except (TypeError, ValueError):
        return
    load_session_bytes(raw)


@fuzz(1500)
@given(st.text(max_size=200))
def test_random_text(text: str) -> None:
    raw = text.encode("utf-8", "surrogatepass")
    load_session_bytes(raw)
    load_instrument_bytes(raw)
    load_benchmark_bytes(raw)


BENCHMARK_KEYS = ["benchmark", "records", "municipality", "year", "instrument", "areas", "total"]


@fuzz(1500)
@given(st.dictionaries(st.sampled_from(BENCHMARK_KEYS), VALUES, max_size=7), VALUES)
def test_wrong_types_in_benchmark_files(record: dict[str, Any], areas: Any) -> None:
    base: dict[str, Any] = {
        "municipality": "Borås",
        "year": 2008,
        "instrument": "kommunkompassen-2010",
        "areas": areas,
    }
    base.update(record)
    try:
        raw = tomli_w.dumps({"benchmark": 1, "records": [without_none(base)]}).encode("utf-8")
    except (TypeError, ValueError):
        return
    load_benchmark_bytes(raw)


def test_extremes(tmp_path: Path) -> None:
    cases = {
        "deep": b"a = " + b"[" * 100_000 + b"]" * 100_000,
        "deep-tables": b"x = " + b"{a = " * 5_000 + b"1" + b"}" * 5_000,
        "nul": DEMO_BYTES.replace(b"Norrk", b"Nor\x00rk", 1),
        "invalid-utf8": DEMO_BYTES.replace("ö".encode(), b"\xf6", 1),
        "huge-string": DEMO_BYTES + b'\n[comments]\n"1.1" = "' + b"x" * 1_000_000 + b'"\n',
        "too-large": b"# " + b"x" * 5_000_000,
        "bom": b"\xef\xbb\xbf" + DEMO_BYTES,
    }
    for name, raw in cases.items():
        path = tmp_path / f"{name}.toml"
        path.write_bytes(raw)
        try:
            load_session(path, CATALOG)
        except LoadError as error:
            assert all(str(p).startswith(str(path)) for p in error.problems), name
        assert path.read_bytes() == raw, name
