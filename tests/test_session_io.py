from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import LoadError
from kompass_tui.core.scoring.totals import session_score
from kompass_tui.core.session.model import new_session
from kompass_tui.core.session.toml_io import (
    create_session_file,
    load_session,
    save_session,
    session_to_toml,
)
from tests.helpers import DEMO, KK2010, write_small_instrument


def test_demo_saves_to_identical_bytes(catalog: Catalog, tmp_path: Path) -> None:
    loaded = load_session(DEMO, catalog)
    target = tmp_path / "again.toml"
    save_session(loaded.session, loaded.instrument, target)
    assert target.read_bytes() == DEMO.read_bytes()


def test_output_is_deterministic_and_one_score_per_line(catalog: Catalog) -> None:
    loaded = load_session(DEMO, catalog)
    text = session_to_toml(loaded.session, loaded.instrument)
    assert text == session_to_toml(loaded.session, loaded.instrument)
    scores = text.split("\n[scores]\n")[1].split("\n\n")[0]
    score_lines = [line for line in scores.splitlines() if line.startswith('"') and " = " in line]
    assert [line.split(" = ")[0].strip('"') for line in score_lines] == [
        q.id for q in loaded.instrument.questions
    ]
    assert '"1.1" = 7.5' in score_lines


def test_unscored_differs_from_zero_and_not_applicable_leaves_the_max(
    catalog: Catalog, tmp_path: Path
) -> None:
    instrument = catalog.get(KK2010)
    session = new_session(instrument, "Testby", [date(2026, 11, 26)], ["A. Person"])
    session.set_score(instrument, "1.1", Decimal(0))
    session.set_score(instrument, "1.2", Decimal("7,5".replace(",", ".")))
    session.set_not_applicable("1.3", True)
    session.set_comment("1.2", "Källa: intervju\nrad två")
    path = tmp_path / "s.toml"
    create_session_file(session, instrument, path)
    loaded = load_session(path, catalog)
    assert loaded.session == session
    assert loaded.session.scores == {"1.1": Decimal(0), "1.2": Decimal("7.5")}
    area = session_score(loaded.session, instrument).areas[0]
    assert (area.total, area.max, area.scored, area.scorable) == (Decimal("7.5"), 75, 2, 4)


def test_create_refuses_to_overwrite(catalog: Catalog, tmp_path: Path) -> None:
    instrument = catalog.get(KK2010)
    path = tmp_path / "s.toml"
    path.write_text("precious", encoding="utf-8")
    with pytest.raises(FileExistsError):
        create_session_file(new_session(instrument, "X"), instrument, path)
    assert path.read_text(encoding="utf-8") == "precious"
    assert list(tmp_path.iterdir()) == [path]


BAD_SESSIONS = [
    (
        "malformed TOML",
        ('municipality = "Norrköping"', 'municipality = "Norrk'),
        "",
        "not valid TOML",
    ),
    (
        "unknown instrument",
        ('id = "kommunkompassen-2010"', 'id = "kommunkompassen-1999"'),
        "instrument.id",
        "unknown instrument 'kommunkompassen-1999'",
    ),
    ("unknown question", ('"1.1" = 7.5', '"1.9" = 7.5'), 'scores."1.9"', "unknown question id"),
    ("above max", ('"1.1" = 7.5', '"1.1" = 15.5'), 'scores."1.1"', "above the maximum 15"),
    ("below 0", ('"1.1" = 7.5', '"1.1" = -1'), 'scores."1.1"', "below 0"),
    ("three decimals", ('"1.1" = 7.5', '"1.1" = 7.125'), 'scores."1.1"', "more than 2 decimals"),
    ("text score", ('"1.1" = 7.5', '"1.1" = "sju"'), 'scores."1.1"', "not a number"),
    ("minus zero", ('"1.1" = 7.5', '"1.1" = -0.0'), 'scores."1.1"', "-0 is not a score"),
    ("inner space", ('"1.1" = 7.5', '"1.1" = "1 0"'), 'scores."1.1"', "space inside"),
    ("exponent text", ('"1.1" = 7.5', '"1.1" = "1e1"'), 'scores."1.1"', "exponent not allowed"),
    (
        "bool score",
        ('"1.1" = 7.5', '"1.1" = true'),
        'scores."1.1"',
        "must be a number, not a boolean",
    ),
    (
        "wrong type",
        ('municipality = "Norrköping"', "municipality = 3"),
        "municipality",
        "must be a string",
    ),
    (
        "wrong list",
        ("not_applicable = []", 'not_applicable = "1.1"'),
        "not_applicable",
        "must be a list",
    ),
    ("newer schema", ("schema = 2", "schema = 7"), "schema", "newer than this kompass"),
    ("unknown key", ("schema = 2", "schema = 2\ncolour = 1"), "colour", "unknown key"),
    (
        "schema 1 with a findings table",
        ("schema = 2", "schema = 1"),
        "findings",
        "unknown key",
    ),
    ("affiliation not text", ("affiliation = ", "affiliation = 3\nx = "), "affiliation", "string"),
    ("findings of no question", ('"1.1" = """', '"1.9" = """'), 'findings."1.9"', "unknown"),
    (
        "unknown report section",
        ("about_municipality = ", "summary = "),
        "report.summary",
        "unknown key",
    ),
    ("report section not text", ('results = "', 'results = 3\nx = "'), "report.results", "string"),
    (
        "benchmark on two scales",
        ('year = 2009\nscale = "older"', 'year = 2009\nscale = "current"'),
        "benchmarks[2].scale",
        "one comparison table has one scale",
    ),
    (
        "benchmark total off",
        ("total = 461\n", "total = 470\n"),
        "benchmarks[0].total",
        "than rounding each area can explain",
    ),
    ("benchmark area unknown", ("{ 1 = 72,", "{ 9 = 72,"), "benchmarks[0].areas.9", "unknown"),
    ("benchmark without year", ("year = 2008\n", ""), "benchmarks[0].year", "not a year"),
    (
        "benchmark twice",
        ('"Växjö"\nyear = 2009', '"Borås"\nyear = 2008'),
        "benchmarks[2]",
        "Borås 2008 is given twice",
    ),
]


@pytest.mark.parametrize(
    ("label", "change", "key", "message"), BAD_SESSIONS, ids=[b[0] for b in BAD_SESSIONS]
)
def test_bad_sessions_name_file_and_key(
    catalog: Catalog, demo_copy: Path, label: str, change: tuple[str, str], key: str, message: str
) -> None:
    text = demo_copy.read_text(encoding="utf-8")
    assert change[0] in text
    demo_copy.write_text(text.replace(change[0], change[1], 1), encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_session(demo_copy, catalog)
    where = f"{demo_copy}: {key}: " if key else f"{demo_copy}: "
    assert any(str(p).startswith(where) and message in str(p) for p in caught.value.problems), [
        str(p) for p in caught.value.problems
    ]


def test_swedish_decimal_comma_in_a_string_score_is_read(catalog: Catalog, demo_copy: Path) -> None:
    text = demo_copy.read_text(encoding="utf-8").replace('"1.1" = 7.5', '"1.1" = "7,5"')
    demo_copy.write_text(text, encoding="utf-8")
    assert load_session(demo_copy, catalog).session.scores["1.1"] == Decimal("7.5")


def test_wording_change_warns_and_structure_change_fails(tmp_path: Path) -> None:
    folder = tmp_path / "criteria"
    source = write_small_instrument(folder)
    catalog = Catalog([folder])
    instrument = catalog.get("mini")
    path = tmp_path / "s.toml"
    session = new_session(instrument, "Testby")
    session.set_score(instrument, "A1", Decimal(3))
    create_session_file(session, instrument, path)

    source.write_text(source.read_text().replace("One?", "Number one?"), encoding="utf-8")
    loaded = load_session(path, Catalog([folder]))
    assert [p.key for p in loaded.warnings] == ["instrument.wording"]
    assert "wording" in str(loaded.warnings[0]) and "warning" in str(loaded.warnings[0])

    source.write_text(source.read_text().replace("max = 12", "max = 10"), encoding="utf-8")
    with pytest.raises(LoadError, match=r"structure: .*changed its questions or maxima"):
        load_session(path, Catalog([folder]))
