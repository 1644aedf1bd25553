"""The report as Markdown (CommonMark with GFM tables), in the seed report's order: the
title page, the instrument's introduction, the overview with the results, the detailed
review per area and the score tables.

Every text the user typed and every instrument text goes through `escaping` (report texts
through `markdown_text`), so it renders literally. The numbered chapters are the
renderer-neutral blocks of `blocks.py` (the HTML and the terminal format the same ones);
the chart is a placeholder among the parts (`CHART`) and an image link in the file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kompass_tui.core.formats.escaping import escape_inline, link_target
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.lean_dataclasses import lean_dataclass

# The chart's place is the blocks' own; the Word writer takes it from here with CONTENTS.
from kompass_tui.core.report.blocks import CHART as CHART
from kompass_tui.core.report.blocks import ChartPlace as ChartPlace
from kompass_tui.core.report.blocks import chapter_blocks
from kompass_tui.core.report.markdown_areas import block_parts, markdown_table
from kompass_tui.core.report.model import Report, build_report
from kompass_tui.core.report.outline import fill, outline, report_words, wording_note
from kompass_tui.core.report.tables import ReportTable
from kompass_tui.core.session.model import Session
from kompass_tui.core.texts.catalog import Texts
from kompass_tui.core.texts.grammar import dates_text, join_names
from kompass_tui.core.visible import visible

if TYPE_CHECKING:
    from kompass_tui.core.report.earlier import EarlierTotals


class ContentsPlace:
    """Where the table of contents goes on the title page."""


CONTENTS = ContentsPlace()
Part = str | ChartPlace | ContentsPlace | ReportTable
"""A block of Markdown, the chart's or the contents' place, or a table (each renderer
formats these)."""


@lean_dataclass
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
        for block in chapter_blocks(report, chapter):
            parts += block_parts(block)
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
