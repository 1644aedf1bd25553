"""Consensus keeps every evaluator's report texts, benchmarks, sources and plan, and no
evaluator's name in any text."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.model import BenchmarkEntry
from kompass_tui.core.session.practice import Action, Evidence, Interview
from kompass_tui.core.session.toml_io import load_session, save_session
from tests.helpers import DEMO, kompass


def _two(tmp_path: Path, catalog: Catalog) -> tuple[Path, Path]:
    """The demo as Anna's evaluation, and Bo's with other texts, sources and plan."""
    anna, bo = tmp_path / "anna.toml", tmp_path / "bo.toml"
    for path, name in ((anna, "Anna"), (bo, "Bo")):
        shutil.copy(DEMO, path)
        loaded = load_session(path, catalog)
        loaded.session.evaluators = [name]
        save_session(loaded.session, loaded.instrument, path)
    loaded = load_session(bo, catalog)
    session = loaded.session
    session.affiliation = "Bo AB"
    session.set_findings("1.1", "Bo såg något annat.")
    session.set_report_section("closing", "Bo avslutar.")
    session.benchmarks = [
        BenchmarkEntry("Borås", 2008, "older", {"1": Decimal(72)}),  # already there: Anna's wins
        BenchmarkEntry("Kalmar", 2009, "older", {"1": Decimal(50)}),
        BenchmarkEntry("Umeå", 2010, "older"),
    ]
    session.add_evidence("1.1", Evidence("website", "practice", "https://www.norrkoping.se"))
    session.add_interview(Interview(3, "union", date=date(2010, 1, 26), areas=("6",)))
    notes = session.areas["1"]
    notes.improvements.append("Bättre intranät")
    session.add_action("1", Action("Bättre intranät", "Nytt intranät", "planned", "IT-chef"))
    save_session(session, loaded.instrument, bo)
    return anna, bo


def test_consensus_merges_findings_texts_benchmarks_evidence_interviews_and_actions(
    tmp_path: Path, catalog: Catalog
) -> None:
    anna, bo = _two(tmp_path, catalog)
    out = tmp_path / "merged.toml"
    result = kompass("consensus", anna, bo, "-o", out, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "3 texts differ between the evaluations" in result.stdout
    merged = load_session(out, catalog).session
    demo = load_session(DEMO, catalog).session

    assert merged.affiliation == demo.affiliation  # the first evaluator's, Bo's to discuss
    first = demo.findings["1.1"]
    assert merged.findings["1.1"] == f"{first}\n\nBo såg något annat."
    assert merged.findings["1.2"] == demo.findings["1.2"]
    assert merged.report_sections["closing"].endswith("\n\nBo avslutar.")
    assert merged.report_sections["evaluation"] == demo.report_sections["evaluation"]
    assert merged.consensus is not None
    texts = merged.consensus.texts
    assert sorted(texts) == ["affiliation", "findings.1.1", "report.closing"]
    assert texts["findings.1.1"].versions == {"Anna": first, "Bo": "Bo såg något annat."}

    labels = [b.label for b in merged.benchmarks]
    assert labels == [*(b.label for b in demo.benchmarks), "Kalmar 2009", "Umeå 2010"]
    borås = next(b for b in merged.benchmarks if b.label == "Borås 2008")
    assert borås == next(b for b in demo.benchmarks if b.label == "Borås 2008")

    assert merged.evidence["1.1"] == [
        *demo.evidence["1.1"],
        Evidence("website", "practice", "https://www.norrkoping.se"),
    ]
    assert merged.interviews == [
        *demo.interviews,
        Interview(3, "union", False, date(2010, 1, 26), ("6",)),
    ]

    notes = merged.areas["1"]
    target = "Resultatredovisning på hemsidan"
    assert target in notes.improvements
    assert [a.action for a in notes.actions_for(target)] == [
        a.action for a in demo.areas["1"].actions_for("Resultatredovisning på hemsidan")
    ]
    assert [a.action for a in notes.actions_for("Bättre intranät")] == ["Nytt intranät"]
    assert len(notes.actions) == len(demo.areas["1"].actions) + 1


def test_consensus_keeps_the_earlier_link_relative_to_the_merged_file(
    tmp_path: Path, catalog: Catalog
) -> None:
    earlier = tmp_path / "norrkoping-2010.toml"
    shutil.copy(DEMO, earlier)
    (tmp_path / "evaluators").mkdir()
    a, b = tmp_path / "evaluators" / "a.toml", tmp_path / "evaluators" / "b.toml"
    for path in (a, b):
        assert kompass("new", path, "--from", earlier, "--no-open").returncode == 0
    out = tmp_path / "merged.toml"
    assert kompass("consensus", a, b, "-o", out).returncode == 0
    merged = load_session(out, catalog).session
    assert merged.earlier is not None and merged.earlier.file == "norrkoping-2010.toml"
    assert merged.earlier.areas["1"] == Decimal("47.5")


def test_consensus_of_two_copies_of_the_demo_prints_each_strength_once_and_no_names(
    tmp_path: Path, catalog: Catalog
) -> None:
    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    shutil.copy(DEMO, a)
    shutil.copy(DEMO, b)
    out = tmp_path / "merged.toml"
    result = kompass("consensus", a, b, "-o", out)
    assert result.returncode == 0, result.stderr
    merged = load_session(out, catalog).session
    demo = load_session(DEMO, catalog).session
    assert merged.consensus is not None and merged.consensus.texts == {}
    for area_id, notes in demo.areas.items():
        assert merged.areas[area_id].strengths == notes.strengths
        assert merged.areas[area_id].improvements == notes.improvements
    report = tmp_path / "merged.md"
    assert kompass("export", out, "-o", report).returncode == 0
    own = tmp_path / "demo.md"
    assert kompass("export", DEMO, "-o", own).returncode == 0
    text, demo_text = report.read_text(encoding="utf-8"), own.read_text(encoding="utf-8")
    for notes in demo.areas.values():
        for strength in notes.strengths:
            assert text.count(strength) == demo_text.count(strength) >= 1, strength
    for name in demo.evaluators:
        # Only where the demo's own report names them (the title page), never in a text.
        assert text.count(name) == demo_text.count(name)
    assert "(Leif" not in text and "a.toml" not in text


def test_exports_say_preliminary_while_anything_is_open_and_final_refuses(
    tmp_path: Path, catalog: Catalog
) -> None:
    anna, bo = _two(tmp_path, catalog)
    out = tmp_path / "merged.toml"
    assert kompass("consensus", anna, bo, "-o", out).returncode == 0
    for name in ("r.md", "r.html", "r.docx", "r.csv"):
        done = kompass("export", out, "-o", tmp_path / name, "--lang", "en")
        assert done.returncode == 0, done.stderr
        assert "preliminary: 3 disagreements still open" in done.stderr
    first_page = (tmp_path / "r.md").read_text(encoding="utf-8").split("**Contents**")[0]
    assert "> **Preliminary.** The evaluators have 3 disagreements still to settle" in first_page
    assert "Preliminary" in (tmp_path / "r.html").read_text(encoding="utf-8")
    refused = kompass("export", out, "-o", tmp_path / "final.md", "--final")
    assert refused.returncode == 1 and not (tmp_path / "final.md").exists()
    assert "not final: 3 disagreements still open" in refused.stderr
    shown = kompass("show", out, "--no-pager", "--lang", "en")
    assert "Preliminary. The evaluators have 3 disagreements" in shown.stdout
    # The demo has nothing open: no word of it, and --final exports.
    plain = kompass("export", DEMO, "-o", tmp_path / "demo.md", "--final", "--lang", "en")
    assert plain.returncode == 0 and "preliminary" not in plain.stderr.lower()
    assert "Preliminary" not in (tmp_path / "demo.md").read_text(encoding="utf-8")
