"""The report's numbered chapters as renderer-neutral blocks: what every renderer only
formats (Markdown, HTML, the terminal), as `tables.py` is for its tables.

A chapter is a list of blocks in reading order: headings, report texts (the session's and
the instrument's own texts, read by `text_blocks`), plain paragraphs, notes, lists, tables
and the chart's place. Every string in a block is plain text as the reader sees it; each
renderer escapes it its own way. The title page is not here: each format lays it out its
own way (a page in Markdown and HTML, a panel in the terminal).
"""

from __future__ import annotations

from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.report.model import AreaSection, Report
from kompass_tui.core.report.outline import OVERVIEW_TEXTS, Chapter, overview_headings, report_words
from kompass_tui.core.report.practice_text import interview_sentence, source_text
from kompass_tui.core.report.profile import chart_description
from kompass_tui.core.report.tables import (
    INCOMPLETE_MARK,
    ReportTable,
    area_table,
    comparison_table,
    results_table,
)
from kompass_tui.core.texts.catalog import Texts


@lean_dataclass
class Heading:
    """A heading inside a chapter: level 3 (an area, an overview text) or 4 (under an
    area); the chapter's own heading (level 2) is the renderer's."""

    level: int
    text: str


@lean_dataclass
class ReportText:
    """A report text (a session's or the instrument's): paragraphs, lists and tables as
    `text_blocks` reads them. Report texts that follow each other read as one text."""

    text: str


@lean_dataclass
class Paragraphs:
    """Plain running text: blank lines separate its paragraphs, its lines are kept."""

    text: str


@lean_dataclass
class Note:
    """A one-line remark set apart (in italics): what `Ej tillämplig` means under a table."""

    text: str


@lean_dataclass
class Footnote:
    """The line under a table that says what its `mark` (after a cell) means."""

    mark: str
    text: str


@lean_dataclass
class QuestionList:
    """The questions of an area, (id, text) each."""

    questions: tuple[tuple[str, str], ...]


@lean_dataclass
class Labelled:
    """A list whose every item is led by its question's id in bold: (id, text) each."""

    items: tuple[tuple[str, str], ...]


@lean_dataclass
class Bullets:
    """A bold title and its bullet list (`Styrkor`); nothing at all without items."""

    title: str
    items: tuple[str, ...]


@lean_dataclass
class BulletLists:
    """Bullet lists that belong together (an area's strengths and improvements): one after
    the other, or side by side where there is room."""

    lists: tuple[Bullets, ...]


@lean_dataclass
class Table:
    """One of the report's tables (`tables.py`)."""

    table: ReportTable


@lean_dataclass
class ChartPlace:
    """Where the profile chart goes (a format without images leaves it out)."""


CHART = ChartPlace()
"""The chart's one place (the overview's)."""

Block = (
    Heading
    | ReportText
    | Paragraphs
    | Note
    | Footnote
    | QuestionList
    | Labelled
    | Bullets
    | BulletLists
    | Table
    | ChartPlace
)


def chapter_blocks(report: Report, chapter: Chapter) -> list[Block]:
    """The blocks of a numbered chapter (see `outline.outline`), below its heading."""
    words = report_words(report.lang)
    if chapter.kind == "intro":
        return _texts(report.intro[chapter.index].text)
    if chapter.kind == "overview":
        return overview_blocks(report, words)
    if chapter.kind == "details":
        return [block for area in report.areas for block in area_blocks(area, words)]
    return score_blocks(report, words)


def overview_blocks(report: Report, words: Texts) -> list[Block]:
    """The overview: its texts, the results table, the chart and the comparison."""
    blocks: list[Block] = []
    headings = overview_headings(report)
    interviewed = interview_sentence(report.interviews, report.lang)
    for key in OVERVIEW_TEXTS:
        if key in report.texts or (key == "evaluation" and interviewed):
            blocks.append(Heading(3, headings[key]))
        blocks += _texts(report.texts.get(key, ""))
        if key == "evaluation" and interviewed:
            blocks.append(Paragraphs(interviewed))
    blocks += [Heading(3, words("summary")), Table(results_table(report))]
    if report.earlier is not None and not (report.complete and report.earlier.complete):
        blocks.append(Footnote(INCOMPLETE_MARK, words("incomplete_change")))
    blocks += _texts(report.texts.get("results", ""))
    blocks += [Paragraphs(chart_description(report)), CHART]
    blocks += _texts(report.texts.get("comparison", ""))
    if report.comparison is not None:
        blocks.append(Table(comparison_table(report)))
    blocks += _texts(report.texts.get("closing", ""))
    return blocks


def area_blocks(area: AreaSection, words: Texts) -> list[Block]:
    """An area of the detailed review: its questions, general text, one sub-section per
    question with findings, its summary, comments and sources; nothing for an area
    without text."""
    if not area.has_text:
        return []
    blocks: list[Block] = [
        Heading(3, words("area_heading", id=area.id, title=area.title)),
        QuestionList(tuple((q.id, q.text) for q in area.questions)),
    ]
    if area.general:
        blocks += [Heading(4, words("general")), ReportText(area.general)]
    for question in area.questions:
        if question.findings.strip():
            heading = question.heading or f"{question.id} {question.text}"
            blocks += [Heading(4, heading), ReportText(question.findings)]
    if area.strengths or area.improvements:
        summary = (
            Bullets(words("strengths"), area.strengths),
            Bullets(words("improvements"), area.improvements),
        )
        blocks += [Heading(4, words("area_summary", id=area.id)), BulletLists(summary)]
    if area.commented:
        comments = tuple((q.id, q.comment.strip()) for q in area.commented)
        blocks += [Heading(4, words("comments")), Labelled(comments)]
    if area.sourced:
        sources = tuple(
            (q.id, source_text(e, words.lang)) for q in area.sourced for e in q.evidence
        )
        blocks += [Heading(4, words("sources")), Labelled(sources)]
    return blocks


def score_blocks(report: Report, words: Texts) -> list[Block]:
    """The score table of every area, as the seed's last section prints them."""
    blocks: list[Block] = [Heading(3, words("results_by_area")), Paragraphs(words("scores_intro"))]
    for area in report.areas:
        blocks.append(Table(area_table(report, area)))
        if area.has_not_applicable:
            blocks.append(Note(words("not_applicable_note")))
    return blocks


def _texts(text: str) -> list[Block]:
    """A report text as a block; none for a blank one."""
    return [ReportText(text)] if text.strip() else []
