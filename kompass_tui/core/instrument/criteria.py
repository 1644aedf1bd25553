"""Instruments as data: areas and questions with their maxima, in several languages.

An instrument file is TOML (see README, "Instruments"). Nothing here assumes a number of
areas, questions or a total: all of it comes from the file. Every rule the README states
for an instrument file is checked here, and every problem is reported at its key:

- `format` is a known version; `id` is a non-empty string equal to the file name's stem;
- `languages` is a non-empty list without repeats; `default_language` is one of them;
- `name`, every area's `title` and `short` and every question's `text` are tables with a
  non-empty text for every language and no other language;
- `short` (the tab label) is at most SHORT_MAX characters in every language; without a
  `short`, the title is the tab label and a title longer than that is a warning;
- `aggregate` is `"sum"` (the default) or `"mean"`; `"mean"` needs one maximum for every
  question, since a mean of scores on different scales means nothing;
- there is at least one area, each with at least one question; area ids are unique and
  question ids are unique across the instrument; every `max` is a positive number with at
  most two decimals (the precision of a score);
- ids hold only `[A-Za-z0-9_.-]`, at most `fields.MAX_ID_LENGTH` characters; at most MAX_AREAS
  areas, MAX_QUESTIONS_PER_AREA questions in an area and MAX_QUESTIONS in all, texts of
  at most MAX_TEXT_LENGTH characters: what the workbench is made to show (#11);
- `older_scale` and `edition_of`, when given, are instrument ids other than its own (whether
  that instrument exists is checked when a comparison uses it);
- no other keys.
"""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any, Literal, cast

from kompass_tui.core.files.digest import sha256_hex
from kompass_tui.core.files.kept_toml import read_toml_kept
from kompass_tui.core.files.toml_codec import read_number, unknown_keys
from kompass_tui.core.instrument.fields import (
    Texts,
    one_line_texts,
    read_texts,
    required_str,
    unique_identifier,
)
from kompass_tui.core.instrument.questionnaire_texts import (
    QuestionnaireTexts,
    parse_questionnaire,
)
from kompass_tui.core.instrument.report_texts import ReportTexts, parse_report
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.problems import ProblemList, UsageError, join_key
from kompass_tui.core.texts.catalog import LANGUAGES, base_language, has_language

INSTRUMENT_FORMATS = (1,)
SHORT_MAX = 10
"""The most characters a `short` tab label may have."""

Aggregate = Literal["sum", "mean"]
AGGREGATES: tuple[Aggregate, ...] = ("sum", "mean")
"""How question scores make an area's result and area results the total: `sum` adds them
(Kommunkompassen), `mean` averages them (CAF: an area is the mean of its sub-criteria, the
total the mean of the areas)."""

INSTRUMENT_KEYS = {
    "format",
    "id",
    "languages",
    "default_language",
    "name",
    "source",
    "aggregate",
    "areas",
    "report",
    "questionnaire",
}

MAX_AREAS = 20
"""Areas per instrument (Kommunkompassen has 8)."""
MAX_QUESTIONS_PER_AREA = 30
"""Questions per area (Kommunkompassen has at most 6)."""
MAX_QUESTIONS = 300
"""Questions per instrument (Kommunkompassen has 45; a CAF-style 9 x 28 has 252)."""
MAX_TEXT_LENGTH = 1000
"""Characters of one name, title, tab label, heading or question text."""


def pick(texts: Texts, lang: str, fallback: str) -> str:
    """The text in `lang`, else in the fallback language, else any."""
    return texts.get(lang) or texts.get(fallback) or next(iter(texts.values()), "")


@lean_dataclass
class Question:
    """A sub-question: its id (like `1.1`), its maximum points and its text per language."""

    id: str
    max: Decimal
    text: Texts
    heading: Texts = field(default_factory=dict)
    """A short heading for the question's findings in a report ("Strategi"); may be empty."""


def combined_max(maxima: list[Decimal], aggregate: Aggregate) -> Decimal:
    """The maximum of parts combined: added (sum), or their one maximum (mean)."""
    if aggregate == "mean":
        return max(maxima, default=Decimal(0))
    return sum(maxima, Decimal(0))


@lean_dataclass
class Area:
    """A main area of the instrument with its questions, full title and short tab title."""

    id: str
    title: Texts
    short: Texts
    questions: tuple[Question, ...]
    aggregate: Aggregate = "sum"
    """The instrument's rule for combining scores (see AGGREGATES), kept here so that an
    area's result can be computed from the area alone."""

    @cached_property
    def max(self) -> Decimal:
        """The area's maximum: its questions' maxima added (sum), or their one maximum (mean)."""
        return combined_max([q.max for q in self.questions], self.aggregate)


@lean_dataclass
class Instrument:
    """An evaluation instrument loaded from one TOML file."""

    id: str
    languages: tuple[str, ...]
    default_language: str
    name: Texts
    areas: tuple[Area, ...]
    source: str = ""
    path: Path | None = field(default=None, compare=False)
    aggregate: Aggregate = "sum"
    """How results combine: see AGGREGATES."""
    report: ReportTexts = field(default_factory=ReportTexts)
    """What every report of the instrument repeats (introduction, headings)."""
    older_scale: str = ""
    """The id of the instrument a session's `older_scale_total`s are on (the seed's older
    scale, areas with the same ids); empty when the instrument has none."""
    edition_of: str = ""
    """For a later edition: the id of the instrument it revises (areas renamed or new, the
    same maximum). Totals of editions can be compared, with a caveat; areas only mapped."""
    questionnaire: QuestionnaireTexts = field(default_factory=QuestionnaireTexts, compare=False)
    """What the municipality's questionnaire adds: area introductions, documents to attach,
    guidance per question (all optional, left out of the fingerprints like `report`)."""

    @cached_property
    def questions(self) -> tuple[Question, ...]:
        """All questions in instrument order."""
        return tuple(q for area in self.areas for q in area.questions)

    @cached_property
    def question_by_id(self) -> dict[str, Question]:
        """Questions by id."""
        return {q.id: q for q in self.questions}

    @cached_property
    def area_of_question(self) -> dict[str, Area]:
        """The area each question id belongs to."""
        return {q.id: area for area in self.areas for q in area.questions}

    @cached_property
    def area_by_id(self) -> dict[str, Area]:
        """Areas by id."""
        return {a.id: a for a in self.areas}

    @cached_property
    def max(self) -> Decimal:
        """The instrument's maximum: the areas' maxima added (sum), or their one maximum."""
        return combined_max([a.max for a in self.areas], self.aggregate)

    def language(self, requested: str | None) -> str:
        """The language to use: `requested` if the instrument has it or kompass speaks it
        (its catalog's languages), else its default.

        In a language kompass speaks but the instrument has no texts in, kompass's own
        words are in that language and the instrument's texts in its default language
        (`has_texts_in` tells; the command says so once). Raises UsageError for a language
        neither has.
        """
        if requested is None:
            return self.default_language
        if requested not in self.languages and base_language(requested) in self.languages:
            return base_language(requested)  # a region read as its language: sv-FI as sv
        if requested not in self.languages and not has_language(requested):
            known = ", ".join(self.languages)
            spoken = ", ".join(LANGUAGES)
            raise UsageError(
                f"--lang {requested}: instrument {self.id!r} has {known}; kompass speaks {spoken}"
            )
        return requested

    def has_texts_in(self, lang: str) -> bool:
        """Whether the instrument declares `lang` (else its texts come in its default)."""
        return lang in self.languages

    def text(self, texts: Texts, lang: str) -> str:
        """A text of this instrument in `lang`, falling back to the default language."""
        return pick(texts, lang, self.default_language)

    @cached_property
    def structure_fingerprint(self) -> str:
        """A hash of the area and question ids and maxima: what scores depend on."""
        shape = [[a.id, [[q.id, str(q.max.normalize())] for q in a.questions]] for a in self.areas]
        return _hash(shape)

    @cached_property
    def wording_fingerprint(self) -> str:
        """A hash of every title and question text: what the scores were given against.

        Report texts (`report`, question headings) are left out on purpose: they do not
        change what a score means, so correcting them does not make saved sessions warn.
        """
        words = [self.name, [[a.title, a.short, [q.text for q in a.questions]] for a in self.areas]]
        return _hash(words)


def _hash(value: Any) -> str:
    blob = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return sha256_hex(blob.encode("utf-8"))[:16]


def load_instrument(path: Path) -> Instrument:
    """Load and validate an instrument file; raise LoadError listing every problem. What
    `tomllib` makes of its bytes is kept between runs (`files/kept_toml.py`)."""
    data = read_toml_kept(path)
    problems = ProblemList(str(path))
    instrument = parse_instrument(data, problems, path)
    problems.raise_if_errors()
    assert instrument is not None
    return instrument


def parse_instrument(data: dict[str, Any], problems: ProblemList, path: Path) -> Instrument | None:
    """Validate instrument data, recording problems; return the instrument if it is valid."""
    unknown_keys(data, INSTRUMENT_KEYS | set(LINK_KEYS), "", problems)
    fmt = data.get("format")
    if fmt is None:
        problems.error("format", "missing (the instrument format version, e.g. 1)")
    elif type(fmt) is not int or fmt not in INSTRUMENT_FORMATS:
        known_formats = ", ".join(str(f) for f in INSTRUMENT_FORMATS)
        problems.error("format", f"unknown format version {fmt!r} (known: {known_formats})")

    instrument_id = required_str(data, "id", "", problems)
    if instrument_id and instrument_id != path.stem:
        problems.error("id", f"{instrument_id!r} must match the file name ({path.stem!r})")

    languages = _languages(data, problems)
    default = data.get("default_language", languages[0] if languages else "")
    if not isinstance(default, str) or (languages and default not in languages):
        problems.error("default_language", f"must be one of the languages {list(languages)}")
        default = languages[0] if languages else ""
    name = read_texts(data, "name", "", languages, problems, MAX_TEXT_LENGTH)
    source = data.get("source", "")
    if not isinstance(source, str):
        problems.error("source", "must be a string")
        source = ""

    links = {key: _other_instrument(data, key, instrument_id, problems) for key in LINK_KEYS}
    areas = _areas(data.get("areas"), languages, problems)
    aggregate = _aggregate(data.get("aggregate", "sum"), areas, problems)
    report = parse_report(data.get("report"), languages, problems)
    asked = parse_questionnaire(
        data.get("questionnaire"),
        languages,
        {a.id for a in areas},
        {q.id for a in areas for q in a.questions},
        problems,
    )
    if problems.errors:
        return None
    areas = tuple(replace(area, aggregate=aggregate) for area in areas)
    return Instrument(
        instrument_id,
        languages,
        default,
        name,
        areas,
        source,
        path,
        aggregate,
        report,
        questionnaire=asked,
        **links,
    )


LINK_KEYS = ("older_scale", "edition_of")
"""Optional keys naming another instrument (checked when a comparison uses them)."""


def _other_instrument(data: dict[str, Any], key: str, own_id: str, problems: ProblemList) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or (key in data and not value.strip()):
        problems.error(key, 'must be an instrument id (like "kommunkompassen-aldre")')
        return ""
    if value and value == own_id:
        problems.error(key, "names the instrument itself")
        return ""
    return value


def _aggregate(value: Any, areas: tuple[Area, ...], problems: ProblemList) -> Aggregate:
    if value not in AGGREGATES:
        choices = " or ".join(f'"{a}"' for a in AGGREGATES)
        problems.error("aggregate", f"must be {choices}, not {value!r}")
        return "sum"
    if value == "mean":
        maxima = {q.max for area in areas for q in area.questions}
        if len(maxima) > 1:
            listed = ", ".join(str(m) for m in sorted(maxima))
            problems.error(
                "aggregate",
                f'"mean" needs one maximum for every question, the questions have {listed}',
            )
    return cast(Aggregate, value)


def _languages(data: dict[str, Any], problems: ProblemList) -> tuple[str, ...]:
    value = data.get("languages")
    if value is None:
        problems.error("languages", 'missing (the languages of the texts, e.g. ["sv", "en"])')
        return ()
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        problems.error("languages", "must be a non-empty list of language codes")
        return ()
    if len(set(value)) != len(value):
        problems.error("languages", "lists a language twice")
    return tuple(value)


def _areas(value: Any, languages: tuple[str, ...], problems: ProblemList) -> tuple[Area, ...]:
    if value is None:
        problems.error("areas", "missing: an instrument needs at least one [[areas]] table")
        return ()
    if not isinstance(value, list) or not all(isinstance(a, dict) for a in value):
        problems.error("areas", "must be an array of tables ([[areas]])")
        return ()
    if not value:
        problems.error("areas", "is empty: an instrument needs at least one area")
    if len(value) > MAX_AREAS:
        problems.error("areas", f"has {len(value)} areas; kompass allows at most {MAX_AREAS}")
        return ()
    areas: list[Area] = []
    area_ids: set[str] = set()
    question_ids: set[str] = set()
    for index, raw in enumerate(value):
        key = f"areas[{index}]"
        unknown_keys(raw, {"id", "title", "short", "questions"}, key, problems)
        area_id = unique_identifier(raw, key, "an area id", area_ids, problems)
        title = read_texts(raw, "title", key, languages, problems, MAX_TEXT_LENGTH)
        if "short" in raw:
            short = read_texts(raw, "short", key, languages, problems, MAX_TEXT_LENGTH)
            _check_short(short, join_key(key, "short"), problems)
        else:
            short = dict(title)
            _check_untitled_tab(title, join_key(key, "short"), problems)
        questions = _questions(raw.get("questions"), key, languages, question_ids, problems)
        areas.append(Area(area_id, title, short, questions))
    if len(question_ids) > MAX_QUESTIONS:
        message = f"has {len(question_ids)} questions; kompass allows at most {MAX_QUESTIONS}"
        problems.error("areas", message)
    return tuple(areas)


def _check_short(short: Texts, key: str, problems: ProblemList) -> None:
    for lang, text in short.items():
        if len(text) > SHORT_MAX:
            problems.error(
                join_key(key, lang),
                f"{text!r} has {len(text)} characters; a tab label has at most {SHORT_MAX}",
            )


def _check_untitled_tab(title: Texts, key: str, problems: ProblemList) -> None:
    long = [lang for lang, text in title.items() if len(text) > SHORT_MAX]
    if long:
        problems.warning(
            key,
            f"missing, and the title is longer than {SHORT_MAX} characters "
            f"({', '.join(long)}): the tab label will be cut",
        )


def _questions(
    value: Any,
    area_key: str,
    languages: tuple[str, ...],
    seen: set[str],
    problems: ProblemList,
) -> tuple[Question, ...]:
    key = join_key(area_key, "questions")
    if not isinstance(value, list) or not all(isinstance(q, dict) for q in value):
        problems.error(key, "missing or not an array of tables ([[areas.questions]])")
        return ()
    if not value:
        problems.error(key, "is empty: an area needs at least one question")
    if len(value) > MAX_QUESTIONS_PER_AREA:
        limit = MAX_QUESTIONS_PER_AREA
        problems.error(key, f"has {len(value)} questions; kompass allows at most {limit} per area")
        return ()
    questions: list[Question] = []
    for index, raw in enumerate(value):
        qkey = f"{key}[{index}]"
        unknown_keys(raw, {"id", "max", "text", "heading"}, qkey, problems)
        question_id = unique_identifier(raw, qkey, "a question id", seen, problems)
        maximum = read_number(raw.get("max"), join_key(qkey, "max"), problems, positive=True)
        text = read_texts(raw, "text", qkey, languages, problems, MAX_TEXT_LENGTH)
        heading: Texts = {}
        if "heading" in raw:
            heading = read_texts(raw, "heading", qkey, languages, problems, MAX_TEXT_LENGTH)
            one_line_texts(heading, join_key(qkey, "heading"), problems)
        questions.append(Question(question_id, maximum or Decimal(1), text, heading))
    return tuple(questions)
