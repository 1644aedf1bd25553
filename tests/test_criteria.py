from decimal import Decimal
from pathlib import Path

import pytest

from kompass_tui.core.instrument.catalog import ENV_VAR, Catalog, bundled_criteria_dir
from kompass_tui.core.instrument.criteria import load_instrument
from kompass_tui.core.problems import LoadError
from kompass_tui.core.scoring.totals import session_score
from kompass_tui.core.session.model import new_session
from tests.helpers import CRITERIA, KK2010, SMALL_INSTRUMENT, kompass, write_small_instrument


def test_bundled_instrument_is_complete(catalog: Catalog) -> None:
    instrument = catalog.get(KK2010)
    assert [a.id for a in instrument.areas] == list("12345678")
    assert [len(a.questions) for a in instrument.areas] == [5, 6, 5, 6, 6, 6, 5, 6]
    assert all(a.max == 100 for a in instrument.areas)
    assert instrument.max == 800
    assert instrument.area_by_id["6"].title["sv"] == "Kommunen som arbetsgivare - personalpolitik"
    assert instrument.question_by_id["1.5"].text["sv"] == "Etik - hur hantera korruption?"
    for question in instrument.questions:
        assert set(question.text) == {"sv", "en"}, question.id
    for area in instrument.areas:
        assert all(len(text) <= 10 for text in area.short.values()), area.id


def test_bundled_folder_is_the_repo_criteria_in_a_checkout() -> None:
    assert bundled_criteria_dir().resolve() == CRITERIA.resolve()


def write(tmp_path: Path, text: str, name: str = "mini.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(LoadError) as caught:
        load_instrument(path)
    return [str(p) for p in caught.value.problems]


def test_another_instrument_with_other_numbers_works(tmp_path: Path) -> None:
    instrument = load_instrument(write_small_instrument(tmp_path))
    assert instrument.max == Decimal("22.5")
    session = new_session(instrument, "Testby")
    session.set_score(instrument, "A1", Decimal("7.5"))
    session.set_score(instrument, "B1", Decimal("1.5"))
    score = session_score(session, instrument)
    assert (score.total, score.max, score.scored, score.scorable) == (
        Decimal(9),
        Decimal("22.5"),
        2,
        3,
    )
    assert [a.total for a in score.areas] == [Decimal("7.5"), Decimal("1.5")]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('id = "A2"', 'id = "A1"', "areas[0].questions[1].id: duplicate question id 'A1'"),
        ('id = "B"', 'id = "A"', "areas[1].id: duplicate area id 'A'"),
        ("max = 12", "max = 0", "areas[0].questions[1].max: must be positive"),
        ("max = 12", "max = -3", "areas[0].questions[1].max: must be positive"),
        ("max = 12", 'max = "12"', "areas[0].questions[1].max: must be a number, not a string"),
        ("format = 1", "format = 9", "format: unknown format version 9"),
        ('text.sv = "Tre?"\n', "", "areas[1].questions[0].text.sv: missing translation"),
        ('id = "mini"', 'id = "other"', "id: 'other' must match the file name ('mini')"),
        ('name.en = "Mini instrument"', 'name.en = "Mini"\nextra = 1', "extra: unknown key"),
        # Every rule the README states for an instrument file (#14):
        ("max = 12", "max = 1.125", "areas[0].questions[1].max: has more than 2 decimals"),
        ('languages = ["en", "sv"]', 'languages = ["en", "en"]', "languages: lists a language"),
        ('languages = ["en", "sv"]', "languages = []", "languages: must be a non-empty list"),
        ('default_language = "en"', 'default_language = "nb"', "default_language: must be one"),
        ('title.sv = "Andra"', 'title.sv = " "', "areas[1].title.sv: must be a non-empty string"),
        ('text.sv = "Tre?"', 'text.sv = "Tre?"\ntext.nb = "Tre?"', "areas[1].questions[0].text.nb"),
        (
            'title.sv = "Första"',
            'title.sv = "Första"\nshort.en = "Much too long"\nshort.sv = "Kort"',
            "areas[0].short.en: 'Much too long' has 13 characters; a tab label has at most 10",
        ),
        (
            'title.sv = "Första"',
            'title.sv = "Första"\nshort.en = "First"',
            "areas[0].short.sv: missing translation",
        ),
        (
            'default_language = "en"',
            'default_language = "en"\naggregate = "median"',
            'aggregate: must be "sum" or "mean", not \'median\'',
        ),
        (
            'default_language = "en"',
            'default_language = "en"\naggregate = "mean"',
            'aggregate: "mean" needs one maximum for every question, the questions have 3, 7.5, 12',
        ),
    ],
)
def test_invalid_instruments_name_file_and_key(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    assert old in SMALL_INSTRUMENT
    path = write(tmp_path, SMALL_INSTRUMENT.replace(old, new, 1))
    problems = problems_of(path)
    assert any(p.startswith(f"{path}: {expected}") for p in problems), problems


def test_empty_area_is_refused(tmp_path: Path) -> None:
    text = SMALL_INSTRUMENT + '\n[[areas]]\nid = "C"\ntitle.en = "Empty"\ntitle.sv = "Tom"\n'
    problems = problems_of(write(tmp_path, text))
    assert any("areas[2].questions: missing" in p for p in problems), problems


def test_malformed_toml_is_reported_with_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "format = 1\nid = \n")
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}: not valid TOML")


def test_catalog_search_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    own = tmp_path / "own"
    env = tmp_path / "env"
    write_small_instrument(env)
    monkeypatch.setenv(ENV_VAR, str(env))
    catalog = Catalog.default([own])
    assert catalog.ids() == [KK2010, "kommunkompassen-aldre", "mini"]
    assert catalog.path_of("mini") == env / "mini.toml"
    write_small_instrument(own)
    assert Catalog.default([own]).path_of("mini") == own / "mini.toml"


def test_unknown_instrument_lists_the_known(catalog: Catalog) -> None:
    with pytest.raises(
        LoadError,
        match="unknown instrument 'nope' \\(known: kommunkompassen-2010, kommunkompassen-aldre\\)",
    ):
        catalog.get("nope")
    with pytest.raises(LoadError):
        catalog.get("../criteria/kommunkompassen-2010")


def test_a_short_label_of_ten_characters_is_fine(tmp_path: Path) -> None:
    shorts = 'short.en = "Tillgängl."\nshort.sv = "Åtta tecke"'
    text = SMALL_INSTRUMENT.replace('title.sv = "Första"', f'title.sv = "Första"\n{shorts}')
    instrument = load_instrument(write(tmp_path, text))
    assert instrument.areas[0].short == {"en": "Tillgängl.", "sv": "Åtta tecke"}


def test_a_long_title_without_a_short_label_is_a_warning(tmp_path: Path) -> None:
    long = "Samverkan mellan förvaltningar och bolag"
    path = write(tmp_path, SMALL_INSTRUMENT.replace('title.sv = "Första"', f'title.sv = "{long}"'))
    assert load_instrument(path).areas[0].short["sv"] == long
    result = kompass("validate", path)
    assert result.returncode == 0, result.stderr
    assert (
        f"{path}: areas[0].short: warning: missing, and the title is longer than 10 characters"
        " (sv): the tab label will be cut"
    ) in result.stderr


def test_aggregate_mean_sets_area_and_instrument_maxima(tmp_path: Path) -> None:
    text = SMALL_INSTRUMENT.replace("max = 7.5", "max = 12").replace("max = 3", "max = 12")
    text = text.replace('default_language = "en"', 'default_language = "en"\naggregate = "mean"')
    instrument = load_instrument(write(tmp_path, text))
    assert instrument.aggregate == "mean"
    assert [a.max for a in instrument.areas] == [12, 12] and instrument.max == 12
    assert all(a.aggregate == "mean" for a in instrument.areas)
    assert load_instrument(write_small_instrument(tmp_path / "s")).aggregate == "sum"
