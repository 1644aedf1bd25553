"""Schema 2 and the migration from schema 1: a file saved by the release before the report
texts loads, saves as schema 2 and loses nothing."""

from __future__ import annotations

import copy
import shutil
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.model import REPORT_SECTIONS, BenchmarkEntry, count_words
from kompass_tui.core.session.toml_io import load_session, save_session
from tests.helpers import DEMO, REPO, kompass

# `git show 0ed5864:sessions/norrkoping-2010.toml`: the demo as the release before the
# report texts saved it.
SCHEMA_1 = REPO / "tests" / "fixtures" / "norrkoping-2010-schema1.toml"
# More of schema 1 than the demo uses: comments, notes over several lines, not applicable.
SCHEMA_1_EXTRAS = [
    ("[comments]\n", '[comments]\n"1.3" = """\nIntervju 1\n\nsista raden"""\n"8.6" = "ok"\n'),
    ("not_applicable = []", 'not_applicable = ["4.2"]'),
    ('notes = "Med ”brukarorientering”', 'notes = "Rad ett\\nrad två\\n\\nMed ”brukarorientering”'),
]


def _leaves(value: Any, path: str = "") -> dict[str, Any]:
    if isinstance(value, dict) and value:
        found: dict[str, Any] = {}
        for key, item in value.items():
            found.update(_leaves(item, f"{path}.{key}" if path else key))
        return found
    return {path: value}


@pytest.fixture(params=["as saved", "with extras"])
def schema_1_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / "old.toml"
    shutil.copy(SCHEMA_1, path)
    if request.param == "with extras":
        text = path.read_text(encoding="utf-8")
        for old, new in SCHEMA_1_EXTRAS:
            assert old in text
            text = text.replace(old, new, 1)
        path.write_text(text, encoding="utf-8")
    return path


def test_a_schema_1_session_loads_saves_as_schema_2_and_loses_nothing(
    schema_1_file: Path, catalog: Catalog
) -> None:
    before = tomllib.loads(schema_1_file.read_text(encoding="utf-8"), parse_float=Decimal)
    assert before["schema"] == 1
    loaded = load_session(schema_1_file, catalog)
    assert loaded.warnings == []
    save_session(loaded.session, loaded.instrument, schema_1_file)

    after = tomllib.loads(schema_1_file.read_text(encoding="utf-8"), parse_float=Decimal)
    assert after["schema"] == 2
    old, new = _leaves(before), _leaves(after)
    del old["schema"]
    lost = {key: value for key, value in old.items() if new.get(key) != value}
    assert lost == {}
    # Nothing else came in but the new, empty places for the report texts.
    added = {key: value for key, value in new.items() if key not in old and key != "schema"}
    assert added == {"affiliation": "", "report": {}, "findings": {}}
    again = load_session(schema_1_file, catalog)
    assert again.session == loaded.session


def test_kompass_validates_and_exports_a_schema_1_session(schema_1_file: Path) -> None:
    result = kompass("validate", schema_1_file)
    assert result.returncode == 0, result.stderr
    assert "/44 scored" in result.stdout or "45/45 scored" in result.stdout
    exported = kompass("export", schema_1_file)
    assert exported.returncode == 0, exported.stderr
    assert "Sammanfattning område 1" in exported.stdout
    assert schema_1_file.read_bytes().startswith(b"schema = 1")  # reading never rewrites


def test_a_schema_1_file_with_a_schema_2_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.toml"
    text = SCHEMA_1.read_text(encoding="utf-8")
    path.write_text(text.replace("[comments]", '[findings]\n"1.1" = "x"\n\n[comments]'))
    result = kompass("validate", path)
    assert result.returncode == 1
    assert f"{path}: findings: unknown key" in result.stderr


def test_every_text_round_trips_unchanged(demo_copy: Path, catalog: Catalog) -> None:
    loaded = load_session(demo_copy, catalog)
    session, instrument = loaded.session, loaded.instrument
    session.affiliation = "Kvalitetsbyrån AB"
    for key in REPORT_SECTIONS:
        session.set_report_section(key, f"{key}\r\nrad två\n\n| a | b |\n|---|---|\n| 1 | 2 |")
    session.set_findings("1.1", '"""\nTrippelcitat ”och” \\ backslash\t')
    session.set_findings("8.6", "")  # removed
    session.set_area_notes("3", "  \n ")  # cleared
    session.benchmarks.append(BenchmarkEntry("Ny kommun", 2011, "older", {"1": Decimal(50)}))
    save_session(session, instrument, demo_copy)
    again = load_session(demo_copy, catalog).session
    assert again == session
    assert again.report_sections["evaluation"].startswith("evaluation\nrad två\n")
    assert "8.6" not in again.findings and again.areas["3"].notes == ""
    assert again.benchmarks[-1].areas == {"1": Decimal(50)} and again.benchmarks[-1].total is None


def test_the_session_file_keeps_texts_readable_and_in_instrument_order() -> None:
    text = DEMO.read_text(encoding="utf-8")
    every = [line for line in text.splitlines() if line.startswith("[")]
    # Evidence, interviews and actions (#17) are arrays of tables among these.
    entries = ("[[evidence.", "[[interviews]]", "[[areas.")
    tables = [line for line in every if not line.startswith(entries)]
    assert tables[:4] == ["[instrument]", "[scores]", "[comments]", "[report]"]
    assert tables[4:12] == [f"[areas.{n}]" for n in range(1, 9)]
    assert tables[12] == "[findings]"
    assert tables[13:] == ["[[benchmarks]]"] * 5
    assert every.index("[[interviews]]") < every.index("[areas.1]")
    assert every.index("[[areas.1.actions]]") < every.index("[areas.2]")
    assert every.index("[findings]") < every.index('[[evidence."1.1"]]')
    assert every.index('[[evidence."7.5"]]') < every.index("[[benchmarks]]")
    findings = text.split("\n[findings]\n")[1].split("\n[[evidence.")[0]
    ids = [line.split(" = ")[0].strip('"') for line in findings.splitlines() if line[:2] == '"1']
    assert ids == ["1.1", "1.2", "1.3", "1.4", "1.5"]
    assert '"1.1" = """\nArbetet med demokratifrågor' in findings  # multi-line strings


def test_set_report_section_knows_its_sections(catalog: Catalog) -> None:
    loaded = load_session(DEMO, catalog)
    with pytest.raises(KeyError, match="unknown report section 'summary'"):
        loaded.session.set_report_section("summary", "x")


def test_word_counts_are_what_a_writer_counts(catalog: Catalog) -> None:
    assert count_words("Det finns 9 000 anställda, 7,5 poäng och e-tjänster | - * t.ex.") == 10
    loaded = load_session(DEMO, catalog)
    session, instrument = loaded.session, loaded.instrument
    area_1 = session.area_word_count(instrument, "1")
    texts = [session.areas["1"].notes, *session.areas["1"].strengths]
    texts += [*session.areas["1"].improvements]
    texts += [session.findings[q] for q in ("1.1", "1.2", "1.3", "1.4", "1.5")]
    assert area_1 == sum(count_words(t) for t in texts) > 1000


def test_a_restore_names_the_changed_report_texts(catalog: Catalog) -> None:
    from kompass_tui.core.session.recovery import describe_changes

    loaded = load_session(DEMO, catalog)
    changed = copy.deepcopy(loaded.session)
    changed.set_findings("1.1", "Ny text.")
    changed.set_report_section("evaluation", "")
    changed.affiliation = "Annan byrå"
    changed.benchmarks = []
    lines = describe_changes(loaded.session, changed, loaded.instrument, "sv")
    assert lines == [
        "Fråga 1.1: text i rapporten",
        "Rapporten: Utvärderingen",
        "Jämförelsetal från andra kommuner",
        "Utvärderare, datum eller organisation",
    ]
