"""The report as Markdown (CommonMark with GFM tables), in the seed report's order: the
title page, the instrument's introduction, the overview with the results, the detailed
review per area and the score tables.

Every text the user typed and every instrument text goes through `escaping` (report texts
through `markdown_text`), so it renders literally. The HTML report renders these same
chapters; the chart is a placeholder there (`CHART`) and an image link here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kompass_tui.core.formats.escaping import escape_inline, escape_paragraphs, link_target
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.report.markdown_areas import area_details, markdown_table, score_tables
from kompass_tui.core.report.markdown_text import text_markdown
from kompass_tui.core.report.model import Report, build_report
from kompass_tui.core.report.outline import (
    OVERVIEW_TEXTS,
    fill,
    outline,
    overview_headings,
    report_words,
    wording_note,
)
from kompass_tui.core.report.practice_text import interview_sentence
from kompass_tui.core.report.profile import chart_description
from kompass_tui.core.report.tables import (
    INCOMPLETE_MARK,
    ReportTable,
    comparison_table,
    results_table,
)
from kompass_tui.core.session.model import Session
from kompass_tui.core.texts.catalog import Texts
from kompass_tui.core.texts.grammar import dates_text, join_names
from kompass_tui.core.visible import visible

if TYPE_CHECKING:
    from kompass_tui.core.report.earlier import EarlierTotals


class ChartPlace:
    """Where the profile chart goes among a chapter's blocks."""


CHART = ChartPlace()


class ContentsPlace:
    """Where the table of contents goes on the title page."""


CONTENTS = ContentsPlace()
Part = str | ChartPlace | ContentsPlace | ReportTable
"""A block of Markdown, the chart's or the contents' place, or a table (each renderer
formats these)."""


@dataclass(frozen=True)
class MarkdownChapter:
    """The Markdown blocks of one part of the report (the title page or a section)."""

    kind: str
    """`title`, or the kind of the numbered section (see outline.Chapter)."""
    parts: tuple[Part, ...]


def build_markdown(
    session: Session,
    instrument: Instrument,
    lang: str,
    svg_link: str | None = None,
    earlier: EarlierTotals | None = None,
    comments: bool = False,
) -> str:
    """The report of a session as Markdown; `svg_link` is the chart's path as the link;
    the evaluators' comments only with `comments`."""
    report = build_report(session, instrument, lang, earlier, comments=comments)
    return render_markdown(report, svg_link)


def render_markdown(report: Report, svg_link: str | None = None) -> str:
    """Markdown for a built report, ending with a newline; the chart linked when given."""
    image = None
    if svg_link:
        chart_title = report_words(report.lang)("chart_title")
        image = f"![{escape_inline(chart_title)}]({link_target(svg_link)})"
    blocks = []
    for chapter in markdown_chapters(report):
        for part in chapter.parts:
            if isinstance(part, str):
                blocks.append(part)
            elif isinstance(part, ReportTable):
                blocks.append(markdown_table(part))
            elif isinstance(part, ContentsPlace):
                blocks += contents_markdown(report)
            elif image:
                blocks.append(image)
    return visible("\n\n".join(blocks) + "\n")  # no escape sequences in a report file


def markdown_chapters(report: Report) -> list[MarkdownChapter]:
    """The title page and every numbered section as Markdown blocks."""
    words = report_words(report.lang)
    chapters = [MarkdownChapter("title", tuple(_title_page(report, words)))]
    for chapter in outline(report):
        parts: list[Part] = [f"## {chapter.number} {escape_inline(chapter.title)}"]
        if chapter.kind == "intro":
            parts.append(text_markdown(report.intro[chapter.index].text))
        elif chapter.kind == "overview":
            parts += _overview(report, words)
        elif chapter.kind == "details":
            for area in report.areas:
                parts += area_details(area, words)
        else:
            parts += score_tables(report, words)
        chapters.append(MarkdownChapter(chapter.kind, tuple(p for p in parts if p)))
    return chapters


def contents_markdown(report: Report) -> list[str]:
    """The table of contents: its heading and the numbered sections."""
    contents = [f"{c.number}. {escape_inline(c.title)}" for c in outline(report)]
    return [f"**{report_words(report.lang)('contents')}**", "\n".join(contents)]


def _title_page(report: Report, words: Texts) -> list[Part]:
    blocks: list[Part] = [f"# {escape_inline(report.instrument_name)}"]
    facts = [f"**{escape_inline(fill(report, 'analysis_of'))}**"]
    if report.dates:
        facts.append(dates_text(report.lang, report.dates))
    blocks.append("\\\n".join(facts))
    if report.open_disagreements:
        detail = words("preliminary_detail", n=report.open_disagreements)
        blocks.append(f"> **{words('preliminary')}.** {detail}")
    note = wording_note(report)
    if note:
        blocks.append(f"*{escape_inline(note)}*")
    blocks.append(CONTENTS)
    people = []
    if report.evaluators:
        names = join_names(report.lang, report.evaluators)
        people.append(escape_inline(names, line_start=True))
    if report.affiliation:
        people.append(escape_inline(report.affiliation, line_start=True))
    if people:
        blocks.append("\\\n".join(people))
    if not report.complete:
        detail = words("incomplete_detail", scored=report.scored, n=report.scorable)
        lines = [f"> **{words('incomplete')}.** {detail}", ">", f"> {words('unscored_heading')}:"]
        lines.append(">")
        lines += [f"> - {q.id} {escape_inline(q.text)}" for q in report.unscored]
        blocks.append("\n".join(lines))
    return blocks


def _overview(report: Report, words: Texts) -> list[Part]:
    parts: list[Part] = []
    headings = overview_headings(report)
    interviewed = interview_sentence(report.interviews, report.lang)
    for key in OVERVIEW_TEXTS:
        if key in report.texts:
            parts += [f"### {escape_inline(headings[key])}", text_markdown(report.texts[key])]
        elif key == "evaluation" and interviewed:
            parts.append(f"### {escape_inline(headings[key])}")
        if key == "evaluation" and interviewed:
            parts.append(escape_paragraphs(interviewed))
    parts += [f"### {words('summary')}", results_table(report)]
    if report.earlier is not None and not (report.complete and report.earlier.complete):
        parts.append(f"{escape_inline(INCOMPLETE_MARK)} {words('incomplete_change')}")
    parts.append(text_markdown(report.texts.get("results", "")))
    parts += [escape_paragraphs(chart_description(report)), CHART]
    parts.append(text_markdown(report.texts.get("comparison", "")))
    if report.comparison is not None:
        parts.append(comparison_table(report))
    parts.append(text_markdown(report.texts.get("closing", "")))
    return parts
