"""Re-evaluation: `kompass new --from`, the earlier evaluation beside the new one, and the
report's earlier totals when the earlier file is there, changed, moved or gone."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.reevaluation import (
    earlier_areas,
    earlier_questions,
    resolve_earlier,
)
from kompass_tui.core.session.toml_io import load_session, save_session
from tests.helpers import kompass


def _reevaluation(tmp_path: Path, demo_copy: Path) -> Path:
    path = tmp_path / "norrkoping-2014.toml"
    result = kompass("new", path, "--from", demo_copy, "--date", "2014-02-03", "--no-open")
    assert result.returncode == 0, result.stderr
    return path


def _type_score(path: Path, catalog: Catalog, question: str, score: str) -> None:
    loaded = load_session(path, catalog)
    loaded.session.set_score(loaded.instrument, question, Decimal(score))
    save_session(loaded.session, loaded.instrument, path)


def test_new_from_copies_no_score_and_the_export_shows_the_earlier_totals(
    tmp_path: Path, demo_copy: Path, catalog: Catalog
) -> None:
    path = _reevaluation(tmp_path, demo_copy)
    session = load_session(path, catalog).session
    assert session.municipality == "Norrköping"
    assert session.scores == {} and session.findings == {} and session.evidence == {}
    assert all(not n.improvements and not n.actions for n in session.areas.values())
    assert session.earlier is not None
    assert session.earlier.file == "norrkoping-2010.toml"
    assert session.earlier.label == "2010"
    assert session.earlier.areas["1"] == Decimal("47.5")

    _type_score(path, catalog, "1.1", "9")
    result = kompass("export", path)
    assert result.returncode == 0, result.stderr
    row = next(line for line in result.stdout.splitlines() if "1. Offentlighet" in line)
    assert "| 9,0 |" in row and "| 47,5 |" in row and "−38,5" in row
    assert "Tidigare (2010)" in result.stdout


def test_a_moved_earlier_file_leaves_the_kept_totals_with_a_warning(
    tmp_path: Path, demo_copy: Path, catalog: Catalog
) -> None:
    path = _reevaluation(tmp_path, demo_copy)
    demo_copy.rename(tmp_path / "elsewhere.toml")
    result = kompass("export", path)
    assert result.returncode == 0, result.stderr
    assert "earlier.file: warning:" in result.stderr
    assert "| 47,5 |" in result.stdout
    resolved = resolve_earlier(*_parts(path, catalog))
    assert resolved is not None and resolved.session is None
    assert earlier_questions(resolved, load_session(path, catalog).instrument) == {}
    area = earlier_areas(resolved, load_session(path, catalog).instrument)["1"]
    assert area.total == Decimal("47.5") and area.improvements == ()


def test_a_changed_earlier_file_is_shown_as_it_is_now_with_a_warning(
    tmp_path: Path, demo_copy: Path, catalog: Catalog
) -> None:
    path = _reevaluation(tmp_path, demo_copy)
    _type_score(demo_copy, catalog, "1.1", "15")
    result = kompass("export", path)
    assert "changed since this evaluation started" in result.stderr
    assert "| 55,0 |" in result.stdout  # 47,5 with 1.1 at 15 instead of 7,5


def _parts(path: Path, catalog: Catalog) -> tuple:
    loaded = load_session(path, catalog)
    return loaded.session, path, loaded.instrument, catalog


def test_the_earlier_evaluation_beside_each_question_and_area(
    tmp_path: Path, demo_copy: Path, catalog: Catalog
) -> None:
    path = _reevaluation(tmp_path, demo_copy)
    resolved = resolve_earlier(*_parts(path, catalog))
    assert resolved is not None and resolved.warnings == []
    instrument = load_session(path, catalog).instrument
    questions = earlier_questions(resolved, instrument)
    assert questions["1.1"].score == Decimal("7.5")
    assert questions["1.1"].findings.startswith("Arbetet med demokratifrågor")
    areas = earlier_areas(resolved, instrument)
    assert areas["1"].total == Decimal("47.5")
    assert "Demokratiberedning" in areas["1"].strengths
    plans = {p.text: p for p in areas["1"].improvements}
    assert len(plans) == 5
    statuses = [a.status for a in plans["Resultatredovisning på hemsidan"].actions]
    assert statuses == ["planned", "planned"]
    assert [a.status for a in plans["Strategisk plan för information/kommunikation"].actions] == [
        "started"
    ]


def test_new_from_refuses_another_municipality_and_a_later_earlier(
    tmp_path: Path, demo_copy: Path
) -> None:
    other = kompass(
        "new", tmp_path / "x.toml", "--from", demo_copy, "--municipality", "Borås", "--no-open"
    )
    assert other.returncode == 1 and "same municipality" in other.stderr
    later = kompass(
        "new", tmp_path / "y.toml", "--from", demo_copy, "--date", "2009-05-01", "--no-open"
    )
    assert later.returncode == 1 and "not before" in later.stderr
    assert not (tmp_path / "x.toml").exists() and not (tmp_path / "y.toml").exists()


def test_new_from_a_folder_below_keeps_a_relative_path(tmp_path: Path, demo_copy: Path) -> None:
    original = tmp_path / "a"
    (original / "2014").mkdir(parents=True)
    shutil.copy(demo_copy, original / "norrkoping-2010.toml")
    path = original / "2014" / "n.toml"
    earlier = original / "norrkoping-2010.toml"
    assert kompass("new", path, "--from", earlier, "--no-open").returncode == 0
    assert 'file = "../norrkoping-2010.toml"' in path.read_text(encoding="utf-8")
    shutil.copytree(original, tmp_path / "b")  # the two files moved together
    result = kompass("export", tmp_path / "b" / "2014" / "n.toml")
    assert result.returncode == 0 and "warning" not in result.stderr
