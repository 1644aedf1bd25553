"""Two scales, editions and area mappings: what may be compared with what, and how."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kompass_tui.core.compare.comparison import compare_files
from kompass_tui.core.compare.mapping import load_mapping
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import LoadError
from tests.helpers import DEMO, REPO, kompass
from tests.test_report_support import markdown_tables

BORAS_OLDER = """\
benchmark = 1

[[records]]
municipality = "Borås"
year = 2008
instrument = "kommunkompassen-aldre"
total = 461
areas = { "1" = 72, "2" = 61.5, "3" = 54, "4" = 57, "5" = 50, "6" = 36.5, "7" = 45, "8" = 85 }
"""

TABELL_2 = REPO / "benchmarks" / "tabell-2-norrkoping-2010.toml"

OLDER_TO_2010 = """\
area_mapping = 1
from = "kommunkompassen-aldre"
to = "kommunkompassen-2010"
note = "Same numbers, same ground; the questions differ."

[areas]
"1" = "1"
"2" = "2"
"3" = "3"
"4" = "4"
"5" = "5"
"6" = "6"
"7" = "7"
"8" = "8"
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_session_joins_older_scale_records_with_its_older_scale_totals(tmp_path: Path):
    boras = write(tmp_path, "boras.toml", BORAS_OLDER)
    comparison = compare_files([DEMO, boras], Catalog.default()).comparison
    assert comparison.instrument.id == "kommunkompassen-aldre"
    norrkoping = comparison.evaluations[1]
    assert norrkoping.via == "older scale" and norrkoping.total == 527.5
    assert comparison.changes == ()


def test_scales_without_a_known_mapping_are_refused_naming_both(
    tmp_path: Path, criteria: Path
) -> None:
    # No mapping between `mini` and the older scale is shipped or found (the revised
    # instrument and the older scale have one: see the next test).
    lund = write(
        tmp_path,
        "mini.toml",
        'benchmark = 1\n[[records]]\nmunicipality = "Lund"\nyear = 2009\ninstrument = "mini"\n'
        "total = 18\n",
    )
    boras = write(tmp_path, "boras.toml", BORAS_OLDER)
    result = kompass("compare", lund, boras, "--on", "mini", "--criteria-dir", criteria)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "cannot compare evaluations made with different instruments" in result.stderr
    assert f"mini: {lund}" in result.stderr
    assert f"kommunkompassen-aldre: {boras}" in result.stderr
    assert "No area mapping between kommunkompassen-aldre and mini is known" in result.stderr
    assert 'area_mapping = 1, from = "kommunkompassen-aldre", to = "mini"' in result.stderr
    assert '"Area mappings"' in result.stderr and "--map FILE" in result.stderr
    assert "mappings/ folder beside your instruments" in result.stderr


def test_the_shipped_mapping_puts_older_records_on_the_revised_instrument(tmp_path: Path):
    boras = write(tmp_path, "boras.toml", BORAS_OLDER)
    out = tmp_path / "out.md"
    result = kompass("compare", DEMO, boras, "--on", "kommunkompassen-2010", "-o", out)
    assert result.returncode == 0, result.stderr
    markdown = out.read_text(encoding="utf-8")
    main = markdown_tables(markdown)[0]
    assert main[0] == ["Område", "Borås 2008", "Norrköping 2010", "Max"]
    assert main[1] == ["1 Offentlighet och demokrati", "72", "47,5", "100"]
    shipped = "kommunkompassen-aldre--kommunkompassen-2010.toml"
    assert f"Borås 2008: områdena visas enligt områdesmappningen {shipped}." in markdown


def test_an_own_session_compares_with_the_demo_and_tabell_2(tmp_path: Path) -> None:
    """The revised instrument's session joins the older-scale comparison through the
    shipped mapping read backwards; the demo with its older-scale totals, Tabell 2 as is."""
    mine = tmp_path / "mine.toml"
    created = kompass(
        "new", mine, "--municipality", "Linköping", "--date", "2026-11-02", "--no-open"
    )
    assert created.returncode == 0, created.stderr
    text = mine.read_text(encoding="utf-8")
    assert "\n[scores]\n\n" in text
    mine.write_text(
        text.replace("\n[scores]\n", '\n[scores]\n"1.1" = 10\n"1.2" = 15\n'), encoding="utf-8"
    )
    out = tmp_path / "out.md"
    result = kompass("compare", mine, DEMO, TABELL_2, "--median", "-o", out)
    assert result.returncode == 0, result.stderr
    main = markdown_tables(out.read_text(encoding="utf-8"))[0]
    assert main[0][-4:] == ["Linköping 2026 *", "Median", "n", "Max"]
    assert main[1][-4:] == ["25,0", "71,0", "7", "100"]  # 10 + 15 on area 1
    assert main[9][6] == "527,5"  # Norrköping on the older scale, as Tabell 2
    markdown = out.read_text(encoding="utf-8")
    assert "Linköping 2026: områdena visas enligt områdesmappningen" in markdown


def test_an_area_mapping_puts_older_records_on_the_new_instrument(tmp_path: Path) -> None:
    boras = write(tmp_path, "boras.toml", BORAS_OLDER)
    mapping = write(tmp_path, "aldre-2010.toml", OLDER_TO_2010)
    out = tmp_path / "out.md"
    result = kompass("compare", DEMO, boras, "--map", mapping, "-o", out)
    assert result.returncode == 0, result.stderr
    markdown = out.read_text(encoding="utf-8")
    main = markdown_tables(markdown)[0]
    assert main[0] == ["Område", "Borås 2008", "Norrköping 2010", "Max"]
    assert main[1] == ["1 Offentlighet och demokrati", "72", "47,5", "100"]
    assert main[9] == ["Totalt", "461", "491,2", "800"]
    assert "Borås 2008: områdena visas enligt områdesmappningen aldre-2010.toml." in markdown
    checked = kompass("validate", mapping)
    assert checked.returncode == 0, checked.stderr
    assert "area mapping kommunkompassen-aldre → kommunkompassen-2010, 8 areas" in checked.stdout


def test_mapped_areas_with_other_maxima_compare_in_percent(tmp_path: Path, criteria: Path):
    mapping = write(
        tmp_path,
        "map.toml",
        'area_mapping = 1\nfrom = "mini"\nto = "kommunkompassen-aldre"\n[areas]\nA = "1"\n',
    )
    record = write(
        tmp_path,
        "mini.toml",
        'benchmark = 1\n[[records]]\nmunicipality = "Lund"\nyear = 2009\ninstrument = "mini"\n'
        'total = 18\nareas = { "A" = 15.6, "B" = 2.4 }\n',
    )
    boras = write(tmp_path, "boras.toml", BORAS_OLDER)
    catalog = Catalog.default([criteria])
    comparison = compare_files(
        [boras, record], catalog, mappings=[load_mapping(mapping, catalog)]
    ).comparison
    area_1, area_2 = comparison.rows[:2]
    assert area_1.by_percent and area_1.values == (72, Decimal("15.6")) and area_1.max is None
    assert area_1.ranks == (2, 1)  # 15,6 of 19,5 is 80 %, above 72 of 100
    assert area_1.median == (72 + 80) / 2  # a median of percentages
    assert area_2.values == (Decimal("61.5"), None)  # nothing maps to area 2
    total = comparison.total_row
    assert total.by_percent and total.ranks == (2, 1)  # 461/800 = 58 %, 18/22,5 = 80 %


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "area_mapping: missing"),
        ("area_mapping = 2\n", "area_mapping: unknown area mapping format 2"),
        ('area_mapping = 1\nfrom = "nope"\n', "from: unknown instrument 'nope'"),
        ("area_mapping = 1\n", "to: missing or not an instrument id"),
        ("area_mapping = 1\ncolour = 1\n", "colour: unknown key"),
        ("area_mapping = 1\n", "areas: missing or empty"),
        ('area_mapping = 1\nfrom = "mini"\nto = "mini"\n', "to: is the same instrument"),
        ('area_mapping = 1\n[areas]\nC = "1"\n', "areas.C: unknown area id in 'mini'"),
        ('area_mapping = 1\n[areas]\nA = "9"\n', "areas.A: '9' is not an area id"),
        ("area_mapping = 1\n[areas]\nA = 1\n", "areas.A: must be an area id"),
        ('area_mapping = 1\n[areas]\nA = "1"\nB = "1"\n', "areas.B: area '1' is already mapped"),
    ],
)
def test_mapping_file_problems_name_file_and_key(
    tmp_path: Path, criteria: Path, text: str, message: str
) -> None:
    if "from =" not in text and "[areas]" in text:
        text = text.replace(
            "area_mapping = 1\n", 'area_mapping = 1\nfrom = "mini"\nto = "kommunkompassen-aldre"\n'
        )
    path = write(tmp_path, "map.toml", text)
    with pytest.raises(LoadError) as failure:
        load_mapping(path, Catalog.default([criteria]))
    assert f"{path}: {message}" in str(failure.value)
    result = kompass("validate", path, "--criteria-dir", criteria)
    assert result.returncode == 1
    if text:  # an empty file is not recognisable as a mapping
        assert f"{path}: {message}" in result.stderr


LATER_EDITION = """\
format = 1
id = "kommunkompassen-2016"
edition_of = "kommunkompassen-2010"
languages = ["sv"]
name.sv = "Kommunkompassen (2016)"
"""


def write_later_edition(folder: Path, per_area: int = 100) -> Path:
    lines = [LATER_EDITION]
    for number in range(1, 9):
        lines.append(
            f'[[areas]]\nid = "{number}"\ntitle.sv = "Nytt område {number}"\n'
            f'[[areas.questions]]\nid = "{number}"\nmax = {per_area}\ntext.sv = "Poäng"\n'
        )
    folder.mkdir(exist_ok=True)
    return write(folder, "kommunkompassen-2016.toml", "\n".join(lines))


def test_editions_compare_totals_only_with_a_caveat(tmp_path: Path) -> None:
    criteria = tmp_path / "criteria"
    write_later_edition(criteria)
    records = write(
        tmp_path,
        "later.toml",
        'benchmark = 1\n[[records]]\nmunicipality = "Norrköping"\nyear = 2016\n'
        'instrument = "kommunkompassen-2016"\ntotal = 600\nareas = { "1" = 80 }\n\n'
        '[[records]]\nmunicipality = "Norrköping"\nyear = 2019\n'
        'instrument = "kommunkompassen-2010"\nedition = "2019"\ntotal = 650\n',
    )
    out = tmp_path / "out.md"
    result = kompass("compare", DEMO, records, "--criteria-dir", criteria, "-o", out)
    assert result.returncode == 0, result.stderr
    markdown = out.read_text(encoding="utf-8")
    main, summary = markdown_tables(markdown)[:2]
    assert main[1] == ["1 Offentlighet och demokrati", "47,5", "–", "–", "100"]
    assert main[9] == ["Totalt", "491,2", "600", "650", "800"]
    assert [row[-1] for row in summary[1:]] == ["", "+108,8", "+50"]
    assert (
        "Norrköping 2016, Norrköping 2019: en annan utgåva av instrumentet "
        "(kommunkompassen-2016, 2019): bara totalen jämförs, på samma skala om 800 poäng"
    ) in markdown


def test_an_edition_with_another_maximum_is_refused(tmp_path: Path) -> None:
    criteria = tmp_path / "criteria"
    write_later_edition(criteria, per_area=50)
    records = write(
        tmp_path,
        "later.toml",
        'benchmark = 1\n[[records]]\nmunicipality = "Norrköping"\nyear = 2016\n'
        'instrument = "kommunkompassen-2016"\ntotal = 300\n',
    )
    result = kompass("compare", DEMO, records, "--criteria-dir", criteria)
    assert result.returncode == 1
    assert f"kommunkompassen-2016: {records}" in result.stderr


def test_instrument_links_are_validated(tmp_path: Path) -> None:
    criteria = tmp_path / "criteria"
    path = write_later_edition(criteria)
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'edition_of = "kommunkompassen-2010"',
            'edition_of = "kommunkompassen-2016"\nolder_scale = 3',
        ),
        encoding="utf-8",
    )
    result = kompass("validate", path)
    assert result.returncode == 1
    assert f"{path}: edition_of: names the instrument itself" in result.stderr
    assert f"{path}: older_scale: must be an instrument id" in result.stderr


def test_unknown_instrument_for_on_is_named(demo_copy: Path) -> None:
    result = kompass("compare", DEMO, demo_copy, "--on", "nope")
    assert result.returncode == 1
    assert "unknown instrument 'nope'" in result.stderr and "Traceback" not in result.stderr
