"""Property tests: any valid session survives save and load unchanged."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.model import (
    REPORT_SECTIONS,
    SCALES,
    AreaNotes,
    BenchmarkEntry,
    Session,
    normalize_newlines,
)
from kompass_tui.core.session.toml_io import load_session, save_session
from tests.helpers import KK2010, examples

CATALOG = Catalog.default()
INSTRUMENT = CATALOG.get(KK2010)

# Text a person might type: å/ä/ö, quotes, backslashes, TOML's own syntax, newlines, tabs,
# control characters and emoji.
TRICKY = st.sampled_from(
    [
        '"',
        "'",
        '"""',
        "'''",
        "\\",
        "\\n",
        "[",
        "]]",
        "=",
        "#",
        "\n",
        "\r\n",
        "\t",
        "å",
        "Ä",
        "ö",
        "\x00",
        "\x1b[31m",
        "\u2028",
        "😀",
        "[bold red]",
        "|",
        "<script>",
        ' = "x"',
    ]
)
# Sessions keep `\n` line endings (see normalize_newlines); a typed `\r\n` becomes `\n`.
TEXT = (
    st.lists(st.one_of(st.text(min_size=1, max_size=8), TRICKY), max_size=6)
    .map("".join)
    .map(normalize_newlines)
)
NON_BLANK = TEXT.filter(lambda t: t.strip() != "")


@st.composite
def scores(draw: st.DrawFn) -> dict[str, Decimal]:
    chosen = draw(st.lists(st.sampled_from(INSTRUMENT.questions), unique_by=lambda q: q.id))
    result = {}
    for question in chosen:
        cents = draw(st.integers(0, int(question.max * 100)))
        result[question.id] = Decimal(cents) / 100
    return {q.id: result[q.id] for q in INSTRUMENT.questions if q.id in result}


@st.composite
def benchmarks(draw: st.DrawFn) -> list[BenchmarkEntry]:
    scale = draw(st.sampled_from(SCALES))
    entries = []
    for index, municipality in enumerate(draw(st.lists(NON_BLANK, max_size=3))):
        chosen = draw(st.lists(st.sampled_from(INSTRUMENT.areas), unique_by=lambda a: a.id))
        areas = {
            a.id: Decimal(draw(st.integers(0, int(a.max * 100)))) / 100
            for a in INSTRUMENT.areas
            if a in chosen
        }
        total = sum(areas.values(), Decimal(0)) if len(areas) == len(INSTRUMENT.areas) else None
        # A name is kept as typed but for the spaces around it (a column label).
        name = f"{municipality.strip() or 'x'}{index}"
        entries.append(BenchmarkEntry(name, 2000 + index, scale, areas, total, draw(TEXT)))
    return entries


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    ids = [q.id for q in INSTRUMENT.questions]
    comments = draw(st.dictionaries(st.sampled_from(ids), NON_BLANK, max_size=5))
    findings = draw(st.dictionaries(st.sampled_from(ids), NON_BLANK, max_size=5))
    sections = draw(st.dictionaries(st.sampled_from(REPORT_SECTIONS), NON_BLANK, max_size=3))
    areas = {
        area.id: AreaNotes(
            strengths=draw(st.lists(TEXT, max_size=3)),
            improvements=draw(st.lists(TEXT, max_size=3)),
            notes=draw(TEXT),
            older_scale_total=draw(
                st.none() | st.decimals(0, 1000, places=1, allow_nan=False, allow_infinity=False)
            ),
        )
        for area in INSTRUMENT.areas
    }
    return Session(
        instrument_id=INSTRUMENT.id,
        municipality=draw(NON_BLANK),
        dates=draw(st.lists(st.dates(date(1990, 1, 1), date(2100, 1, 1)), max_size=3)),
        evaluators=draw(st.lists(TEXT, max_size=3)),
        affiliation=draw(TEXT),
        scores=draw(scores()),
        comments={q: comments[q] for q in ids if q in comments},
        findings={q: findings[q] for q in ids if q in findings},
        report_sections={k: sections[k] for k in REPORT_SECTIONS if k in sections},
        benchmarks=draw(benchmarks()),
        not_applicable=set(draw(st.lists(st.sampled_from(ids), max_size=4))),
        areas=areas,
        structure=INSTRUMENT.structure_fingerprint,
        wording=INSTRUMENT.wording_fingerprint,
    )


@settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions())
def test_saved_session_loads_back_equal(session: Session) -> None:
    with TemporaryDirectory() as folder:
        path = Path(folder) / "s.toml"
        save_session(session, INSTRUMENT, path)
        loaded = load_session(path, CATALOG)
        assert loaded.session == session
        assert loaded.warnings == []
        # Saving what was loaded gives the same bytes: files are stable in git.
        first = path.read_bytes()
        save_session(loaded.session, INSTRUMENT, path)
        assert path.read_bytes() == first
