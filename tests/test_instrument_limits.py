"""Issue #11, items 7 and 10: `validate` refuses what the workbench cannot open.

Question and area ids name scores in session files and widgets in the workbench, so they
hold only `[A-Za-z0-9_.-]`; instruments larger than documented (areas, questions, text
length) are refused with the key path, never handed to the workbench.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kompass_tui.core.instrument.criteria import (
    MAX_AREAS,
    MAX_QUESTIONS,
    MAX_QUESTIONS_PER_AREA,
    MAX_TEXT_LENGTH,
)
from kompass_tui.core.instrument.fields import MAX_ID_LENGTH
from tests.helpers import CRITERIA, KK2010, SMALL_INSTRUMENT, kompass


def instrument(areas: int, questions: int, text: str = "Fråga?") -> str:
    """A `big` instrument of `areas` areas with `questions` questions each."""
    lines = [
        'format = 1\nid = "big"\nlanguages = ["sv"]\nname.sv = "Stor"\n',
    ]
    for area in range(1, areas + 1):
        lines.append(f'[[areas]]\nid = "{area}"\ntitle.sv = "Område {area}"\n')
        for question in range(1, questions + 1):
            lines.append(
                f'[[areas.questions]]\nid = "{area}.{question}"\nmax = 5\ntext.sv = "{text}"\n'
            )
    return "\n".join(lines)


def validate(folder: Path, text: str, name: str = "big") -> tuple[int, str, str]:
    """`kompass validate` on an instrument file written into `folder`."""
    path = folder / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    result = kompass("validate", path)
    return result.returncode, result.stdout, result.stderr


@pytest.mark.parametrize(
    "bad_id",
    ["1 1", "1/1", "a<b>", "å.1", "1\u00a01", "x" * (MAX_ID_LENGTH + 1)],
    ids=["space", "slash", "markup", "non-ascii", "nbsp", "too-long"],
)
def test_question_ids_outside_the_safe_characters_are_refused(tmp_path: Path, bad_id: str) -> None:
    text = SMALL_INSTRUMENT.replace('id = "A1"', f'id = "{bad_id}"')
    code, stdout, stderr = validate(tmp_path, text, "mini")
    assert code == 1 and stdout == ""
    assert f"{tmp_path / 'mini.toml'}: areas[0].questions[0].id: a question id may" in stderr


def test_area_ids_follow_the_same_rule(tmp_path: Path) -> None:
    text = SMALL_INSTRUMENT.replace('id = "B"', 'id = "B:2"')
    code, _, stderr = validate(tmp_path, text, "mini")
    assert code == 1 and "areas[1].id: an area id may hold only" in stderr


def test_the_bundled_instrument_is_within_every_limit() -> None:
    result = kompass("validate", CRITERIA / f"{KK2010}.toml")
    assert result.returncode == 0, result.stderr


def test_an_instrument_at_the_limits_is_accepted(tmp_path: Path) -> None:
    per_area = MAX_QUESTIONS // MAX_AREAS
    code, stdout, stderr = validate(
        tmp_path, instrument(MAX_AREAS, per_area, "x" * MAX_TEXT_LENGTH)
    )
    assert code == 0, stderr
    assert f"{MAX_AREAS} areas, {MAX_QUESTIONS} questions" in stdout


@pytest.mark.parametrize(
    ("areas", "questions", "message"),
    [
        (1, 2000, f"areas[0].questions: has 2000 questions; kompass allows at most "
         f"{MAX_QUESTIONS_PER_AREA} per area"),
        (MAX_AREAS + 1, 1, f"areas: has {MAX_AREAS + 1} areas; kompass allows at most {MAX_AREAS}"),
        (11, 28, f"areas: has 308 questions; kompass allows at most {MAX_QUESTIONS}"),
    ],
    ids=["2000-questions", "too-many-areas", "too-many-in-all"],
)  # fmt: skip
def test_very_large_instruments_are_refused(
    tmp_path: Path, areas: int, questions: int, message: str
) -> None:
    code, stdout, stderr = validate(tmp_path, instrument(areas, questions))
    assert code == 1 and stdout == ""
    assert f"{tmp_path / 'big.toml'}: {message}" in stderr


def test_very_long_texts_are_refused(tmp_path: Path) -> None:
    code, _, stderr = validate(tmp_path, instrument(1, 1, "x" * (MAX_TEXT_LENGTH + 1)))
    assert code == 1
    limit = f"has {MAX_TEXT_LENGTH + 1} characters; kompass allows at most {MAX_TEXT_LENGTH}"
    assert f"areas[0].questions[0].text.sv: {limit}" in stderr
