"""`keep_or_destroy`, the question of the draft thrown away and of the improvement area
deleted with its actions: keeping is the harmless answer Enter and Escape give, the other
takes two keys, and only that answer runs what destroys (the pilot tests of both questions
are in tests/test_tui_two_keys.py)."""

from __future__ import annotations

import pytest

from kompass_tui.tui.screens.choice_dialog import Choice, keep_or_destroy

KEEP = Choice("keep", "Keep (c)", "c", confirm=None)
DISCARD = Choice("discard", "Discard (d)", "d", "error", confirm="Press d again to discard")


def test_keeping_is_what_enter_and_escape_give() -> None:
    dialog = keep_or_destroy("q", "Title", "en", KEEP, DISCARD, lambda: None)
    assert [c.answer for c in dialog.choices] == ["keep", "discard"]
    assert dialog.default == "keep"
    assert dialog.escape_answer == "keep"


def test_only_the_destructive_answer_destroys() -> None:
    destroyed: list[bool] = []
    dialog = keep_or_destroy("q", "Title", "en", KEEP, DISCARD, lambda: destroyed.append(True))
    assert dialog.on_done is not None
    dialog.on_done("keep")
    dialog.on_done(None)
    assert destroyed == []
    dialog.on_done("discard")
    assert destroyed == [True]


def test_the_answers_must_be_a_harmless_one_and_a_destructive_one() -> None:
    with pytest.raises(ValueError, match="'keep'"):
        keep_or_destroy("q", "Title", "en", KEEP, KEEP, lambda: None)
    with pytest.raises(ValueError, match="'discard'"):
        keep_or_destroy("q", "Title", "en", DISCARD, DISCARD, lambda: None)
