"""Property tests: evidence, the interview log, actions and the earlier link survive save
and load unchanged, whatever their texts hold."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kompass_tui.core.session.earlier_link import EarlierLink
from kompass_tui.core.session.model import Session
from kompass_tui.core.session.practice import (
    ACTION_STATUSES,
    EVIDENCE_KINDS,
    EVIDENCE_STATUSES,
    ROLES,
    Action,
    Evidence,
    Interview,
)
from kompass_tui.core.session.toml_io import load_session, save_session
from tests.helpers import examples
from tests.test_properties import CATALOG, INSTRUMENT, NON_BLANK, TEXT, sessions

DATES = st.none() | st.dates(date(1990, 1, 1), date(2100, 1, 1))


@st.composite
def evidence(draw: st.DrawFn) -> Evidence:
    source = draw(st.sampled_from(EVIDENCE_KINDS))
    role = draw(st.sampled_from(("", *ROLES))) if source == "interview" else ""
    reference = draw(TEXT if role else NON_BLANK)
    status = draw(st.sampled_from(EVIDENCE_STATUSES))
    return Evidence(source, status, reference, role, draw(DATES), draw(TEXT))


@st.composite
def interviews(draw: st.DrawFn) -> Interview:
    chosen = draw(st.sets(st.sampled_from([a.id for a in INSTRUMENT.areas])))
    areas = tuple(a.id for a in INSTRUMENT.areas if a.id in chosen)
    role = draw(st.sampled_from(("", *ROLES)))
    people = draw(st.integers(1, 500))
    return Interview(people, role, draw(st.booleans()), draw(DATES), areas, draw(TEXT))


@st.composite
def practised(draw: st.DrawFn) -> Session:
    session = draw(sessions())
    ids = [q.id for q in INSTRUMENT.questions]
    for question_id in draw(st.lists(st.sampled_from(ids), max_size=4, unique=True)):
        session.evidence[question_id] = draw(st.lists(evidence(), min_size=1, max_size=3))
    session.evidence = {q: session.evidence[q] for q in ids if q in session.evidence}
    session.interviews = draw(st.lists(interviews(), max_size=4))
    for notes in session.areas.values():
        # An action names an improvement whose text is there exactly once.
        named = [t for t in notes.improvements if t.strip() and notes.improvements.count(t) == 1]
        if not named:
            continue
        for _ in range(draw(st.integers(0, 3))):
            notes.actions.append(
                Action(
                    draw(st.sampled_from(named)),
                    draw(NON_BLANK),
                    draw(st.sampled_from(ACTION_STATUSES)),
                    draw(TEXT),
                    draw(DATES),
                    draw(TEXT),
                )
            )
    if draw(st.booleans()):
        totals = {
            a.id: Decimal(draw(st.integers(0, int(a.max * 100)))) / 100 for a in INSTRUMENT.areas
        }
        digest = draw(st.sampled_from(["", "0" * 64, "ab" * 32]))
        file = draw(st.sampled_from(["a.toml", "../x/b c.toml", "åå/ö.toml"]))
        session.earlier = EarlierLink(file, digest, draw(TEXT), totals, draw(st.booleans()))
    return session


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(practised())
def test_evidence_interviews_actions_and_earlier_load_back_equal(session: Session) -> None:
    with TemporaryDirectory() as folder:
        path = Path(folder) / "s.toml"
        save_session(session, INSTRUMENT, path)
        loaded = load_session(path, CATALOG)
        assert loaded.session == session
        first = path.read_bytes()
        save_session(loaded.session, INSTRUMENT, path)
        assert path.read_bytes() == first


@settings(max_examples=examples(100), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(practised(), st.data())
def test_editing_an_improvement_keeps_its_actions_and_no_others(
    session: Session, data: st.DataObject
) -> None:
    """Reordering, renaming and deleting improvement areas never moves an action to
    another improvement area."""
    for area_id, notes in session.areas.items():
        if not notes.improvements:
            continue
        before = {t: notes.actions_for(t) for t in notes.improvements}
        index = data.draw(st.integers(0, len(notes.improvements) - 1))
        old = notes.improvements[index]
        new = data.draw(NON_BLANK).strip() or "x"
        if new in notes.improvements:
            continue
        session.replace_improvement(area_id, index, new)
        if notes.improvements.count(old) == 0:
            assert [a.action for a in notes.actions_for(new)] == [a.action for a in before[old]]
        notes.improvements.reverse()  # reordering changes nothing
        for text in notes.improvements:
            if text not in (new, old):
                assert notes.actions_for(text) == before[text]
