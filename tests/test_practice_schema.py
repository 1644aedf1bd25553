"""Evidence, the interview log, actions and the earlier link in session files: every bad
value named by its key path, older schema-2 files still loading, editing that keeps each
action with its improvement area."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import LoadError
from kompass_tui.core.session.model import PlanError
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.core.session.practice import Action, Evidence, Interview, interview_counts
from kompass_tui.core.session.toml_io import load_session, save_session
from tests.helpers import DEMO, kompass

OLD_SCHEMA_2 = """\
schema = 2
municipality = "Norrköping"
dates = [2010-01-25]
evaluators = ["Leif Eldås"]
affiliation = "SKL"
not_applicable = []

[instrument]
id = "kommunkompassen-2010"

[scores]
"1.1" = 7.5

[comments]
"1.1" = "Hittat i planen"

[report]
evaluation = "Intervjuer med ett 40-tal personer."

[areas."1"]
strengths = ["Demokratiberedning"]
improvements = ["Resultatredovisning på hemsidan"]
notes = ""

[findings]
"1.1" = "Planen finns."
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _problems(path: Path, catalog: Catalog) -> list[str]:
    with pytest.raises(LoadError) as failure:
        load_session(path, catalog)
    return [str(p) for p in failure.value.problems]


def test_a_schema_2_file_from_before_evidence_and_plans_loads_as_it_was(
    tmp_path: Path, catalog: Catalog
) -> None:
    loaded = load_session(_write(tmp_path, OLD_SCHEMA_2), catalog)
    session = loaded.session
    assert session.evidence == {}
    assert session.interviews == []
    assert session.earlier is None
    assert all(notes.actions == [] for notes in session.areas.values())
    assert session.comments == {"1.1": "Hittat i planen"}
    assert loaded.warnings == [] or all("fingerprint" in str(w) for w in loaded.warnings)


@pytest.mark.parametrize(
    ("addition", "key", "message"),
    [
        (
            '[[evidence."1.1"]]\nkind = "rumour"\nstatus = "practice"\nreference = "x"\n',
            'evidence."1.1"[0].kind',
            "'rumour' is not one of interview, document, website, other",
        ),
        (
            '[[evidence."1.1"]]\nkind = "document"\nstatus = "hope"\nreference = "x"\n',
            'evidence."1.1"[0].status',
            "'hope' is not one of practice, plan",
        ),
        (
            '[[evidence."1.1"]]\nkind = "document"\nreference = "x"\n',
            'evidence."1.1"[0].status',
            "missing",
        ),
        (
            '[[evidence."1.1"]]\nkind = "document"\nstatus = "plan"\nreference = "x"\n'
            'date = "2010-02-30"\n',
            'evidence."1.1"[0].date',
            "not a date (YYYY-MM-DD): '2010-02-30'",
        ),
        (
            '[[evidence."1.1"]]\nkind = "interview"\nstatus = "plan"\nrole = "mayor"\n',
            'evidence."1.1"[0].role',
            "'mayor' is not one of politician, manager",
        ),
        (
            '[[evidence."1.1"]]\nkind = "document"\nstatus = "plan"\nrole = "staff"\n'
            'reference = "x"\n',
            'evidence."1.1"[0].role',
            "only an interview has a role",
        ),
        (
            '[[evidence."1.1"]]\nkind = "document"\nstatus = "plan"\n',
            'evidence."1.1"[0].reference',
            "missing",
        ),
        (
            '[[evidence."9.9"]]\nkind = "document"\nstatus = "plan"\nreference = "x"\n',
            'evidence."9.9"',
            "unknown question id",
        ),
        ('[[interviews]]\nrole = "boss"\n', "interviews[0].role", "'boss' is not one of"),
        ("[[interviews]]\npeople = 0\n", "interviews[0].people", "at least 1"),
        ("[[interviews]]\ndate = 2010-13-01\n", "", ""),  # not TOML at all: see below
        ('[[interviews]]\ndate = "25 januari"\n', "interviews[0].date", "not a date"),
        ('[[interviews]]\nareas = ["1", "12"]\n', "interviews[0].areas[1]", "not an area id"),
        ("[[interviews]]\nphone = 1\n", "interviews[0].phone", "unknown key"),
    ],
)
def test_bad_evidence_and_interviews_are_named_by_key_path(
    tmp_path: Path, catalog: Catalog, addition: str, key: str, message: str
) -> None:
    path = _write(tmp_path, OLD_SCHEMA_2 + "\n" + addition)
    problems = _problems(path, catalog)
    if not key:
        assert any("s.toml" in p for p in problems)  # a TOML syntax error, with its line
        return
    assert any(f"s.toml: {key}: " in p and message in p for p in problems), problems


@pytest.mark.parametrize(
    ("action", "key", "message"),
    [
        (
            'improvement = "Resultatredovisning på hemsidan"\naction = "Samla"\nstatus = "maybe"\n',
            "areas.1.actions[0].status",
            "'maybe' is not one of planned, started, done, dropped",
        ),
        (
            'improvement = "Resultatredovisning på hemsidan"\naction = "Samla"\n'
            'status = "planned"\ndue = "2011-06-31"\n',
            "areas.1.actions[0].due",
            "not a date",
        ),
        (
            'improvement = "Resultatredovisningen"\naction = "Samla"\nstatus = "planned"\n',
            "areas.1.actions[0].improvement",
            "no improvement area of this area has this text",
        ),
        (
            'improvement = "Resultatredovisning på hemsidan"\naction = ""\nstatus = "done"\n',
            "areas.1.actions[0].action",
            "must not be empty",
        ),
    ],
)
def test_bad_actions_are_named_by_key_path(
    tmp_path: Path, catalog: Catalog, action: str, key: str, message: str
) -> None:
    text = OLD_SCHEMA_2.replace('notes = ""\n', f'notes = ""\n\n[[areas."1".actions]]\n{action}', 1)
    problems = _problems(_write(tmp_path, text), catalog)
    assert any(f"s.toml: {key}: " in p and message in p for p in problems), problems


def test_validate_names_the_key_of_a_bad_status(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        OLD_SCHEMA_2 + '\n[[evidence."1.2"]]\nkind = "website"\nstatus = "soon"\nreference = "u"\n',
    )
    result = kompass("validate", path)
    assert result.returncode == 1
    assert 'evidence."1.2"[0].status' in result.stderr


def test_an_improvement_edited_by_hand_without_its_actions_refuses_to_load(
    tmp_path: Path, catalog: Catalog
) -> None:
    """The file names the action rather than attaching it to another improvement area."""
    path = tmp_path / "demo.toml"
    shutil.copy(DEMO, path)
    text = path.read_text(encoding="utf-8")
    assert '[[areas.1.actions]]\nimprovement = "Resultatredovisning på hemsidan"' in text
    path.write_text(
        text.replace('    "Resultatredovisning på hemsidan",', '    "Resultat på hemsidan",'),
        encoding="utf-8",
    )
    problems = _problems(path, catalog)
    assert any("areas.1.actions[" in p and "improvement" in p for p in problems), problems


def test_actions_follow_their_improvement_through_reordering_renaming_and_deleting(
    demo_copy: Path, catalog: Catalog
) -> None:
    loaded = load_session(demo_copy, catalog)
    session = loaded.session
    notes = session.areas["1"]
    target = "Resultatredovisning på hemsidan"
    mine = notes.actions_for(target)
    assert mine, "the demo's example plan has actions for it"
    others = {t: notes.actions_for(t) for t in notes.improvements if t != target}

    notes.improvements.reverse()
    assert notes.actions_for(target) == mine
    index = notes.improvements.index(target)
    session.replace_improvement("1", index, "Samlad resultatredovisning på hemsidan")
    moved = notes.actions_for("Samlad resultatredovisning på hemsidan")
    assert [a.action for a in moved] == [a.action for a in mine]
    assert notes.actions_for(target) == []
    assert {t: notes.actions_for(t) for t in others} == others
    save_session(session, loaded.instrument, demo_copy)
    again = load_session(demo_copy, catalog).session
    assert again.areas["1"].actions_for("Samlad resultatredovisning på hemsidan") == moved

    removed = session.delete_improvement("1", index)
    assert removed == moved
    assert all(a.improvement != "Samlad resultatredovisning på hemsidan" for a in notes.actions)


def test_a_duplicate_text_that_would_make_actions_ambiguous_is_refused(
    demo_copy: Path, catalog: Catalog
) -> None:
    session = load_session(demo_copy, catalog).session
    notes = session.areas["1"]
    target = "Resultatredovisning på hemsidan"
    with pytest.raises(PlanError):
        session.add_improvement("1", 0, target)
    other = next(t for t in notes.improvements if t != target)
    with pytest.raises(PlanError):
        session.replace_improvement("1", notes.improvements.index(other), target)
    with pytest.raises(PlanError):
        session.add_action("1", Action("Finns inte", "Göra något"))


def test_the_open_session_carries_actions_when_an_improvement_is_edited(
    demo_copy: Path, catalog: Catalog
) -> None:
    opened = OpenSession.from_loaded(load_session(demo_copy, catalog), "sv")
    notes = opened.session.areas["1"]
    target = "Resultatredovisning på hemsidan"
    count = len(notes.actions_for(target))
    index = notes.improvements.index(target)
    opened.replace_item("improvements", "1", index, "Resultat på hemsidan")
    assert len(notes.actions_for("Resultat på hemsidan")) == count
    assert opened.dirty
    opened.delete_item("improvements", "1", index)
    assert notes.actions_for("Resultat på hemsidan") == []


def test_evidence_and_interview_editing_methods(new_session_file: Path, catalog: Catalog) -> None:
    loaded = load_session(new_session_file, catalog)
    session = loaded.session
    plan = Evidence("document", "plan", "Informationsplan", date=date(2002, 1, 1))
    talk = Evidence("interview", "practice", role="politician", shows="Dialog i nämnderna")
    session.add_evidence("1.1", plan)
    session.add_evidence("1.1", talk, index=0)
    assert session.evidence["1.1"] == [talk, plan]
    session.replace_evidence("1.1", 1, Evidence("website", "practice", "https://x.se"))
    assert session.evidence["1.1"][1].kind == "website"
    with pytest.raises(ValueError, match="kind"):
        session.add_evidence("1.1", Evidence("rumour", "plan", "x"))
    session.delete_evidence("1.1", 0)
    session.delete_evidence("1.1", 0)
    assert "1.1" not in session.evidence
    session.add_interview(Interview(3, "manager", date=date(2010, 1, 25), areas=("1",)))
    session.add_interview(Interview(2, "politician"))
    session.replace_interview(1, Interview(4, "politician"))
    with pytest.raises(ValueError, match="role"):
        session.add_interview(Interview(1, "mayor"))
    counts = interview_counts(session.interviews)
    assert [(c.role, c.people) for c in counts] == [("politician", 4), ("manager", 3)]
    save_session(session, loaded.instrument, new_session_file)
    assert load_session(new_session_file, catalog).session.interviews == session.interviews
    session.delete_interview(0)
    assert len(session.interviews) == 1
