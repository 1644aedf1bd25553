"""Totals: unscored is not 0, not applicable leaves everything, `sum` and `mean` instruments."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.scoring.totals import area_score, combine, session_score
from kompass_tui.core.session.model import Session, new_session
from tests.helpers import SMALL_INSTRUMENT, examples, parse_instrument_text

D = Decimal
MINI = parse_instrument_text(SMALL_INSTRUMENT, "mini")  # A: A1 max 7,5, A2 max 12; B: B1 max 3


def caf_like(areas: int = 3, questions: int = 4) -> str:
    """A CAF-like instrument: areas (criteria) of sub-criteria scored 0-100, averaged."""
    lines = [
        'format = 1\nid = "caf"\nlanguages = ["en"]\nname.en = "CAF-like"\naggregate = "mean"\n'
    ]
    for a in range(1, areas + 1):
        lines.append(f'[[areas]]\nid = "{a}"\ntitle.en = "Criterion {a}"\n')
        for q in range(1, questions + 1):
            lines.append(f'[[areas.questions]]\nid = "{a}.{q}"\nmax = 100\ntext.en = "Q"\n')
    return "\n".join(lines)


CAF = parse_instrument_text(caf_like(), "caf")


def scored(instrument: Instrument, scores: dict[str, str], na: tuple[str, ...] = ()) -> Session:
    session = new_session(instrument, "Lund")
    for question_id, score in scores.items():
        session.set_score(instrument, question_id, D(score))
    for question_id in na:
        session.set_not_applicable(question_id, True)
    return session


def test_an_unscored_question_stays_in_the_maximum_but_leaves_the_percentage() -> None:
    area = area_score(scored(MINI, {"A1": "6"}), MINI.areas[0])
    assert (area.total, area.max, area.scored_max, area.scored, area.scorable) == (
        D(6),
        D("19.5"),
        D("7.5"),
        1,
        2,
    )
    assert area.percent == D(80)  # 6 of 7,5, not 6 of 19,5
    assert not area.complete


def test_not_applicable_leaves_result_maximum_and_count() -> None:
    session = scored(MINI, {"A1": "6", "A2": "12"}, na=("A2",))
    area = area_score(session, MINI.areas[0])
    assert (area.total, area.max, area.scored_max, area.scored, area.scorable) == (
        D(6),
        D("7.5"),
        D("7.5"),
        1,
        1,
    )
    assert area.complete


def test_nothing_scored_has_no_percentage() -> None:
    score = session_score(scored(MINI, {}), MINI)
    assert (score.total, score.max, score.scored_max, score.percent) == (D(0), D("22.5"), 0, None)
    all_na = area_score(scored(MINI, {}, na=("B1",)), MINI.areas[1])
    assert (all_na.max, all_na.percent, all_na.complete) == (0, None, True)


def test_session_total_is_of_the_scored_questions_with_n_of_m() -> None:
    score = session_score(scored(MINI, {"A1": "7.5", "B1": "1.13"}), MINI)
    assert (score.total, score.max, score.scored_max) == (D("8.63"), D("22.5"), D("10.5"))
    assert (score.scored, score.scorable, score.complete) == (2, 3, False)
    assert score.percent == D("8.63") * 100 / D("10.5")


def test_mean_instrument_areas_are_means_and_the_total_the_mean_of_areas() -> None:
    assert (CAF.aggregate, CAF.areas[0].max, CAF.max) == ("mean", 100, 100)
    session = scored(CAF, {"1.1": "50", "1.2": "70", "2.1": "40", "2.2": "40", "2.3": "41"})
    score = session_score(session, CAF)
    first, second, third = score.areas
    assert (first.total, first.max, first.scored_max, first.percent) == (60, 100, 100, 60)
    assert second.total == D(121) / 3
    assert (third.total, third.percent, third.scored) == (0, None, 0)
    # The total is the mean of the areas that have a score: (60 + 40,33…) / 2.
    assert score.total == (D(60) + D(121) / 3) / 2
    assert (score.max, score.scored_max, score.scored, score.scorable) == (100, 100, 5, 12)


def test_a_full_caf_of_nine_by_twenty_eight() -> None:
    caf = parse_instrument_text(caf_like(9, 28), "caf")
    session = new_session(caf, "Lund")
    for index, question in enumerate(caf.questions):
        session.set_score(caf, question.id, D(index % 101))
    score = session_score(session, caf)
    means = [sum(D(i % 101) for i in range(a * 28, a * 28 + 28)) / 28 for a in range(9)]
    assert [a.total for a in score.areas] == means
    assert score.total == sum(means, D(0)) / 9 and score.complete and score.max == 100


def test_combine_follows_the_rule() -> None:
    assert combine("sum", [D(1), D("2.5")]) == D("3.5")
    assert combine("mean", [D(1), D(2)]) == D("1.5")
    assert combine("mean", []) == 0 and combine("sum", []) == 0


def only_scored(instrument: Instrument, session: Session) -> Instrument:
    """The instrument cut down to the questions the session scored and that apply."""
    kept = [
        replace(
            area,
            questions=tuple(
                q
                for q in area.questions
                if q.id in session.scores and q.id not in session.not_applicable
            ),
        )
        for area in instrument.areas
    ]
    return replace(instrument, areas=tuple(a for a in kept if a.questions))


@st.composite
def sessions(draw: st.DrawFn, instrument: Instrument) -> Session:
    session = new_session(instrument, "Lund")
    for question in instrument.questions:
        state = draw(st.sampled_from(["score", "unscored", "na", "na-with-score"]))
        if state in ("score", "na-with-score"):
            cents = draw(st.integers(0, int(question.max * 100)))
            session.set_score(instrument, question.id, D(cents) / 100)
        if state.startswith("na"):
            session.set_not_applicable(question.id, True)
    return session


@settings(max_examples=examples(150), deadline=None)
@given(st.data())
def test_unscored_and_not_applicable_never_count_as_zero(data: st.DataObject) -> None:
    for instrument in (MINI, CAF):
        session = data.draw(sessions(instrument))
        score = session_score(session, instrument)
        reduced = only_scored(instrument, session)
        alone = session_score(session, reduced)
        # The result and percentage are those of the scored, applicable questions alone...
        assert score.total == alone.total
        assert score.scored_max == alone.max
        assert score.percent == alone.percent
        assert score.scored == alone.scorable == alone.scored
        # ...and an unscored question, scored 0, would change them.
        unscored = [
            q
            for q in instrument.questions
            if q.id not in session.scores and q.id not in session.not_applicable
        ]
        if unscored:
            with_zero = scored(instrument, {})
            with_zero.scores = {**session.scores, unscored[0].id: D(0)}
            with_zero.not_applicable = set(session.not_applicable)
            area = instrument.area_of_question[unscored[0].id]
            before = area_score(session, area)
            after = area_score(with_zero, area)
            assert after.percent is not None and after.scored == before.scored + 1
            if before.percent is not None and before.total > 0:
                assert after.percent < before.percent
        # The maximum leaves out what does not apply, and only that.
        applicable = [q for q in instrument.questions if q.id not in session.not_applicable]
        expected_max = (
            sum((q.max for q in applicable), D(0))
            if instrument.aggregate == "sum"
            else max((q.max for q in applicable), default=D(0))
        )
        assert score.max == expected_max
        assert score.scorable == len(applicable)
