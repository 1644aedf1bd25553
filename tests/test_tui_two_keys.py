"""Nothing destructive is one key away: an answer of a safety question that discards,
overwrites, deletes or takes over takes two deliberate keys (the first arms it, its button
then says what the second does), and every such answer is marked so.

The listing test reads every `Choice(...)` in kompass's source, so a new dialog is listed
too; the pilot tests open each question that has such an answer (built as in the safety
matrix, tests/test_tui_safety_matrix.py) and check from the files that one key loses
nothing. The same on a real terminal: tests/test_pty_two_keys.py.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Button

import kompass_tui
from kompass_tui.core.texts.catalog import text
from kompass_tui.tui.app import KompassApp
from kompass_tui.tui.screens import choice_dialog
from kompass_tui.tui.screens.choice_dialog import Choice, ChoiceDialog
from tests.test_tui_safety import claimed
from tests.test_tui_safety_matrix import Case, make_case, settle
from tests.tui_helpers import burst, until

LANGS = ("sv", "en", "nb")
DESTRUCTIVE = {"discard", "delete", "take_over"}
"""Answers that lose or take something: unsaved or restorable work or a draft thrown away,
an improvement area deleted with its actions, a lock taken from another kompass."""
HARMLESS = {
    "save": "saves first, then quits",
    "cancel": "nothing happens",
    "keep": "nothing happens",
    "read_only": "nothing changes",
    "restore": "the recovered work comes back, unsaved",
    "recreate": "writes the session where none is any more",
    "merge": "both versions kept, what differs left to agree on",
    "keep_both": "theirs copied beside the session before mine is saved",
    "theirs": "mine kept in the recovery file and offered at once (its discard takes 2 keys)",
}
"""Answers that keep every version, and why."""
LOSING_WORDS = re.compile(
    r"discard|delete|without saving|throw|take over|take the lock|overwrite|drop|remove",
    re.IGNORECASE,
)
"""Words in an English label that say an answer loses or takes something."""


def choices_in_source() -> list[tuple[str, str, str, str | None]]:
    """Every `Choice(...)` in kompass's source: (where, answer, label's catalog key, the
    armed label's catalog key or None)."""
    found: list[tuple[str, str, str, str | None]] = []
    root = Path(kompass_tui.__file__).parent
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            called = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if called != "Choice":
                continue
            where = f"{path.relative_to(root.parent)}:{node.lineno}"
            answer, label = node.args[0], node.args[1]
            assert isinstance(answer, ast.Constant), f"{where}: the answer is not a literal"
            confirm = next((k.value for k in node.keywords if k.arg == "confirm"), None)
            assert confirm is not None, f"{where}: no confirm="
            label_key = catalog_key(label)
            assert label_key is not None, f"{where}: no label"
            found.append((where, str(answer.value), label_key, catalog_key(confirm)))
    return found


def catalog_key(node: ast.expr) -> str | None:
    """The catalog key of `tr(lang, "key", ...)`; None for `None`."""
    if isinstance(node, ast.Constant) and node.value is None:
        return None
    assert isinstance(node, ast.Call) and isinstance(node.args[1], ast.Constant), ast.dump(node)
    return f"tui.{node.args[1].value!s}"


def test_every_destructive_answer_is_marked() -> None:
    listed = choices_in_source()
    assert len(listed) >= 18, listed  # the eight questions' answers, at least
    for where, answer, label, confirm in listed:
        assert answer in DESTRUCTIVE or answer in HARMLESS, (
            f"{where}: classify the answer {answer!r} here (does it discard, overwrite, "
            "delete or take over anything?)"
        )
        marked = confirm is not None
        assert marked == (answer in DESTRUCTIVE), f"{where}: {answer!r} marked {marked}"
        words = text("en", label, copy="X", n=1)
        if LOSING_WORDS.search(words) and answer != "theirs":
            assert marked, f"{where}: {words!r} loses something but is not marked"
        for lang in LANGS if confirm is not None else ():
            assert confirm is not None
            armed = text(lang, confirm)
            own_key = re.search(r"\((\w)\)$", text(lang, label))  # "Släng dem (d)"
            assert own_key is not None, f"{lang}: {label} names no key"
            assert f" {own_key.group(1)} " in armed, f"{lang}: {armed!r} names another key"


def test_enter_and_escape_never_give_a_destructive_answer() -> None:
    choices = [
        Choice("keep", "Keep (c)", "c", confirm=None),
        Choice("discard", "Discard (d)", "d", confirm="Press d again to discard"),
    ]
    with pytest.raises(ValueError, match="'discard'"):
        ChoiceDialog("q", "Title", [], choices, "en", default="discard")
    with pytest.raises(ValueError, match="'discard'"):
        ChoiceDialog("q", "Title", [], choices, "en", escape="discard")
    ChoiceDialog("q", "Title", [], choices, "en", escape="keep")


QUESTIONS = ("restore", "take-over", "quit", "delete-improvement", "discard-draft", "lock-released")
"""The questions that have a destructive answer."""


async def opened(case: Case, pilot: Pilot[int], question: str) -> ChoiceDialog:
    """Make the case's question appear; the dialog, once it takes keys."""
    app = case.app
    await settle(pilot)
    await case.prepare(pilot)
    if case.opener is not None:
        await pilot.press(case.opener)
    await settle(pilot)
    asked = app.screen
    assert isinstance(asked, ChoiceDialog) and asked.name == question, asked
    assert asked.keys_ready
    return asked


def recorded(asked: ChoiceDialog) -> list[str | None]:
    """The answers the dialog gives from now on (still handed to its caller)."""
    answers: list[str | None] = []
    given = asked.on_done

    def record(answer: str | None) -> None:
        answers.append(answer)
        if given is not None:
            given(answer)

    asked.on_done = record
    return answers


def destructive_of(asked: ChoiceDialog) -> Choice:
    """The question's one destructive answer."""
    (choice,) = [c for c in asked.choices if c.destructive]
    assert choice.answer in DESTRUCTIVE
    return choice


def button(asked: ChoiceDialog, choice: Choice) -> Button:
    """The button of a choice."""
    return asked.query_one(f"#choice-{choice.answer}", Button)


@pytest.mark.parametrize("question", QUESTIONS)
async def test_one_key_only_arms_a_destructive_answer(
    tmp_path: Path, demo_copy: Path, question: str
) -> None:
    case = make_case(question, tmp_path, demo_copy)
    app = case.app
    async with app.run_test(size=(80, 24)) as pilot:
        asked = await opened(case, pilot, question)
        answers = recorded(asked)
        choice = destructive_of(asked)
        await pilot.press(choice.key.split(",")[0])
        await pilot.pause(0.5)
        await settle(pilot)
        assert app.screen is asked and not asked.closed and answers == []
        assert asked.armed is choice and asked.focused is button(asked, choice)
        assert str(button(asked, choice).label) == choice.confirm
        app.exit()
    assert not app.crash_message, app.crash_message
    case.check()  # nothing lost, from the files on disk


SECONDS = ["again", "enter", "click"]
"""The ways to give an armed answer. The dialog's own code takes them, the same for every
question: each question is answered one way, each way tried on two questions."""


@pytest.mark.parametrize(
    ("question", "second"),
    [(question, SECONDS[index % len(SECONDS)]) for index, question in enumerate(QUESTIONS)],
)
async def test_the_second_key_gives_the_destructive_answer(
    tmp_path: Path, demo_copy: Path, question: str, second: str
) -> None:
    case = make_case(question, tmp_path, demo_copy)
    app = case.app
    async with app.run_test(size=(80, 24)) as pilot:
        asked = await opened(case, pilot, question)
        answers = recorded(asked)
        choice = destructive_of(asked)
        key = choice.key.split(",")[-1]
        if second == "click":
            await pilot.click(f"#choice-{choice.answer}")
            await pilot.pause(0.3)  # a button takes no click for 0.2 s after one (Textual)
            await settle(pilot)
            assert answers == [] and asked.armed is choice
            await pilot.click(f"#choice-{choice.answer}")
        else:
            await pilot.press(key, key if second == "again" else "enter")
        await settle(pilot)
        assert answers == [choice.answer]
        assert asked.closed and app.screen is not asked
        app.exit()


async def quit_question(app: KompassApp, pilot: Pilot[int]) -> ChoiceDialog:
    """Type a score, ctrl+q: the quit question, taking keys."""
    await pilot.press("5", "ctrl+q")
    await settle(pilot)
    asked = app.screen
    assert isinstance(asked, ChoiceDialog) and asked.name == "quit" and asked.keys_ready
    return asked


async def back_as_opened(asked: ChoiceDialog, answers: list[str | None]) -> None:
    """Nothing answered, nothing armed, the harmless default focused, every label its own."""
    assert answers == [] and not asked.closed and asked.armed is None
    assert asked.focused is asked.query_one(f"#choice-{asked.default}", Button)
    for choice in asked.choices:
        assert str(button(asked, choice).label) == choice.label


@pytest.mark.parametrize("other", ["escape", "tab", "shift+tab", "x", "ctrl+s", "f1"])
async def test_any_other_key_puts_the_question_back_as_it_opened(
    new_session_file: Path, other: str
) -> None:
    app = claimed(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        asked = await quit_question(app, pilot)
        answers = recorded(asked)
        await pilot.press("d")
        await settle(pilot)
        assert asked.armed is not None
        await pilot.press(other)
        await settle(pilot)
        await back_as_opened(asked, answers)
        await pilot.press("d")  # armed again: the next key is one more deliberate one
        await settle(pilot)
        assert asked.armed is not None and app.state is not None and app.state.dirty
        await pilot.press("escape", "escape")  # back, then Escape's own answer
        await settle(pilot)
        assert answers == ["cancel"] and app.is_running
        assert app.state.dirty


async def test_another_answers_key_gives_that_answer(new_session_file: Path) -> None:
    app = claimed(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        asked = await quit_question(app, pilot)
        answers = recorded(asked)
        await pilot.press("d", "c")
        await settle(pilot)
        assert answers == ["cancel"] and app.is_running
        assert app.state is not None and app.state.dirty


async def test_a_second_key_typed_before_the_armed_button_is_read_is_set_aside(
    new_session_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(choice_dialog, "QUESTION_SETTLE", 0.4)  # as in the real program
    app = claimed(new_session_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5", "ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, ChoiceDialog) and app.screen.keys_ready)
        asked = app.screen
        assert isinstance(asked, ChoiceDialog) and asked.keys_ready
        answers = recorded(asked)
        burst(app, "d", "d", "d")  # a double tap, a held key: the button cannot be read yet
        await until(pilot, lambda: asked.set_aside > 0 and asked.keys_ready)
        await settle(pilot)
        await back_as_opened(asked, answers)
        assert asked.set_aside == 2
        shown = str(asked.query_one(".choice-set-aside").render())
        assert "2 tangenter som skrevs innan frågan visades lades åt sidan" in shown
        assert app.state is not None and app.state.dirty
        await pilot.press("d")
        await until(pilot, lambda: asked.keys_ready)  # read what the button says now …
        assert asked.armed is not None and answers == []
        await pilot.press("d")  # … and answer
        await settle(pilot)
        assert answers == ["discard"]
