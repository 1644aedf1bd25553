"""What every report of an instrument repeats: its introduction and the words it uses.

An instrument file may carry an optional `[report]` table (see README, "Instruments"):
`name` (the instrument as running text calls it, "Kommunkompassen"), `older_scale_note`
(printed under the results table when a session gives totals on the older scale too) and
`[[report.sections]]`, the numbered sections that open every report (title and text).
Texts are in every language of the instrument, like titles and questions.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from kompass_tui.core.files.toml_codec import unknown_keys
from kompass_tui.core.instrument.fields import Texts, one_line_texts, read_texts
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.problems import ProblemList, join_key

REPORT_KEYS = {"name", "older_scale_note", "sections"}
SECTION_KEYS = {"title", "text"}


Wording = TypeVar("Wording", Texts, str)
"""An intro section's words: in every language of the instrument (`Texts`), or in the one
language of a report (`str`)."""


@lean_dataclass
class IntroSection(Generic[Wording]):
    """A section every report of the instrument opens with, like "Vad är Kommunkompassen?":
    the instrument's in every language, a report's in its one."""

    title: Wording
    text: Wording


@lean_dataclass
class ReportTexts:
    """The instrument's own report texts; every part is optional."""

    name: Texts = field(default_factory=dict)
    """The instrument's name as running text uses it; empty to use the instrument's name."""
    sections: tuple[IntroSection[Texts], ...] = ()
    """The sections that open every report, in order."""
    older_scale_note: Texts = field(default_factory=dict)
    """What the results table says when it shows the older scale too."""


def parse_report(value: Any, languages: tuple[str, ...], problems: ProblemList) -> ReportTexts:
    """Validate an instrument's `[report]` table, recording problems; absent is empty."""
    if value is None:
        return ReportTexts()
    if not isinstance(value, dict):
        problems.error("report", "must be a table ([report])")
        return ReportTexts()
    unknown_keys(value, REPORT_KEYS, "report", problems)
    name: Texts = {}
    if "name" in value:
        name = read_texts(value, "name", "report", languages, problems)
        one_line_texts(name, "report.name", problems)
    note: Texts = {}
    if "older_scale_note" in value:
        note = read_texts(value, "older_scale_note", "report", languages, problems)
    return ReportTexts(name, _sections(value.get("sections"), languages, problems), note)


def _sections(
    value: Any, languages: tuple[str, ...], problems: ProblemList
) -> tuple[IntroSection[Texts], ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(s, dict) for s in value):
        problems.error("report.sections", "must be an array of tables ([[report.sections]])")
        return ()
    sections = []
    for index, raw in enumerate(value):
        key = f"report.sections[{index}]"
        unknown_keys(raw, SECTION_KEYS, key, problems)
        title = read_texts(raw, "title", key, languages, problems)
        one_line_texts(title, join_key(key, "title"), problems)
        sections.append(IntroSection(title, read_texts(raw, "text", key, languages, problems)))
    return tuple(sections)
