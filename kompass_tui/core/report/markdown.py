"""The report as Markdown (CommonMark with GFM tables), in the seed report's order: the
title page, the instrument's introduction, the overview with the results, the detailed
review per area and the score tables.

Every text the user typed and every instrument text goes through `escaping` (report texts
through `markdown_text`), so it renders literally. The HTML report renders these same
chapters; the chart is a placeholder there (`CHART`) and an image link here.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING
from urllib.parse import quote

from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.report.escaping import escape_inline, escape_paragraphs
from kompass_tui.core.report.labels import Labels, labels_for
from kompass_tui.core.report.markdown_areas import (
    area_details,
    bold,
    optional_points,
    score_tables,
    table,
)
from kompass_tui.core.report.markdown_text import text_markdown
from kompass_tui.core.report.model import Report, build_report
from kompass_tui.core.report.outline import (
    OVERVIEW_TEXTS,
    fill,
    outline,
    overview_headings,
    profile_description,
    published_points,
    scale_points,
    table_1_caption,
    table_2_caption,
)
from kompass_tui.core.scoring.numbers import format_max, format_percent, signed_points
from kompass_tui.core.session.model import Session
from kompass_tui.core.visible import visible

if TYPE_CHECKING:
    from kompass_tui.core.report.earlier import EarlierTotals


class ChartPlace:
    """Where the profile chart goes among a chapter's blocks."""


CHART = ChartPlace()
Part = str | ChartPlace


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
) -> str:
    """The report of a session as Markdown; `svg_link` is the chart's path as the link."""
    return render_markdown(build_report(session, instrument, lang, earlier), svg_link)


def render_markdown(report: Report, svg_link: str | None = None) -> str:
    """Markdown for a built report, ending with a newline; the chart linked when given."""
    labels = labels_for(report.lang)
    image = None
    if svg_link:
        image = f"![{escape_inline(labels.chart_title)}]({link_target(svg_link)})"
    blocks = []
    for chapter in markdown_chapters(report):
        for part in chapter.parts:
            if isinstance(part, str):
                blocks.append(part)
            elif image:
                blocks.append(image)
    return visible("\n\n".join(blocks) + "\n")  # no escape sequences in a report file


def link_target(path: str) -> str:
    """A relative path as a Markdown link destination (spaces and brackets encoded)."""
    return quote(path.replace("\\", "/"), safe="/.-_~")


def markdown_chapters(report: Report) -> list[MarkdownChapter]:
    """The title page and every numbered section as Markdown blocks."""
    labels = labels_for(report.lang)
    chapters = [MarkdownChapter("title", tuple(_title_page(report, labels)))]
    for chapter in outline(report):
        parts: list[Part] = [f"## {chapter.number} {escape_inline(chapter.title)}"]
        if chapter.kind == "intro":
            parts.append(text_markdown(report.intro[chapter.index].text))
        elif chapter.kind == "overview":
            parts += _overview(report, labels)
        elif chapter.kind == "details":
            for area in report.areas:
                parts += area_details(area, labels)
        else:
            parts += score_tables(report, labels)
        chapters.append(MarkdownChapter(chapter.kind, tuple(p for p in parts if p)))
    return chapters


def _title_page(report: Report, labels: Labels) -> list[str]:
    blocks = [f"# {escape_inline(report.instrument_name)}"]
    facts = [f"**{escape_inline(fill(report, labels.analysis_of))}**"]
    if report.dates:
        facts.append(labels.dates_text(report.dates))
    blocks.append("\\\n".join(facts))
    contents = [f"{c.number}. {escape_inline(c.title)}" for c in outline(report)]
    blocks += [f"**{labels.contents}**", "\n".join(contents)]
    people = []
    if report.evaluators:
        people.append(escape_inline(labels.join_names(list(report.evaluators)), line_start=True))
    if report.affiliation:
        people.append(escape_inline(report.affiliation, line_start=True))
    if people:
        blocks.append("\\\n".join(people))
    if not report.complete:
        detail = labels.incomplete_detail.format(scored=report.scored, scorable=report.scorable)
        lines = [f"> **{labels.incomplete}.** {detail}", ">", f"> {labels.unscored_heading}:", ">"]
        lines += [f"> - {q.id} {escape_inline(q.text)}" for q in report.unscored]
        blocks.append("\n".join(lines))
    return blocks


def _overview(report: Report, labels: Labels) -> list[Part]:
    parts: list[Part] = []
    headings = overview_headings(report)
    for key in OVERVIEW_TEXTS:
        if key in report.texts:
            parts += [f"### {escape_inline(headings[key])}", text_markdown(report.texts[key])]
    caption = f"**{escape_inline(table_1_caption(report))}**"
    if report.has_older_scale and report.older_scale_note:
        caption += " " + escape_paragraphs(report.older_scale_note)
    parts += [f"### {labels.summary}", caption, results_table(report, labels)]
    if report.earlier is not None and not (report.complete and report.earlier.complete):
        parts.append(f"{_INCOMPLETE_MARK} {labels.incomplete_change}")
    parts.append(text_markdown(report.texts.get("results", "")))
    parts += [escape_paragraphs(profile_description(report)), CHART]
    parts.append(text_markdown(report.texts.get("comparison", "")))
    if report.comparison is not None:
        parts += [f"**{escape_inline(table_2_caption(report))}**", comparison_table(report, labels)]
    parts.append(text_markdown(report.texts.get("closing", "")))
    return parts


def results_table(report: Report, labels: Labels) -> str:
    """Tabell 1: every area's total on the instrument's scale (whole points unless exact),
    its maximum and share, the older scale and an earlier evaluation when there are."""
    lang = report.lang
    older = report.has_older_scale
    points = labels.current_scale if older else labels.achieved
    header = [labels.area, points, labels.max, labels.percent]
    align = ["left", "right", "right", "right"]
    if older:
        header.append(labels.older_scale)
        align.append("right")
    if report.earlier is not None:
        header += [escape_inline(labels.earlier_heading(report.earlier.label)), labels.change]
        align += ["right", "right"]
    rows = []
    for area in report.areas:
        row = [
            escape_inline(f"{area.id}. {area.title}"),
            scale_points(area.total, lang, report.whole_points),
            format_max(area.max, lang),
            format_percent(area.percent),
        ]
        if older:
            row.append(published_points(area.older_scale_total, lang, labels.none))
        if report.earlier is not None:
            row.append(optional_points(area.earlier_total, lang, labels))
            row.append(_change(area.change, area.complete and report.earlier.complete, lang))
        rows.append(row)
    total = [
        bold(labels.total),
        bold(scale_points(report.total, lang, report.whole_points)),
        bold(format_max(report.max, lang)),
        bold(format_percent(report.percent)),
    ]
    if older:
        total.append(bold(published_points(report.older_scale_total, lang, labels.none)))
    if report.earlier is not None:
        total.append(bold(optional_points(report.earlier_total, lang, labels)))
        complete = report.complete and report.earlier.complete
        total.append(bold(_change(report.change, complete, lang)))
    rows.append(total)
    return table(header, align, rows)


_INCOMPLETE_MARK = "\\*"


def _change(change: Decimal | None, complete: bool, lang: str) -> str:
    """A change cell; marked when either side is not completely scored."""
    text = signed_points(change, lang)
    return text if complete or change is None else f"{text} {_INCOMPLETE_MARK}"


def comparison_table(report: Report, labels: Labels) -> str:
    """Tabell 2: one column per municipality and year, one row per area and the total."""
    assert report.comparison is not None
    lang = report.lang
    columns = report.comparison.rows
    header = [labels.criterion, *(escape_inline(row.label) for row in columns)]
    align = ["left", *(["right"] * len(columns))]

    def cell(value: Decimal | None, computed: bool) -> str:
        if value is not None and computed:
            return scale_points(value, lang, report.whole_points)
        return published_points(value, lang, labels.none)

    rows = []
    for index, area in enumerate(report.areas):
        rows.append([escape_inline(area.id), *(cell(c.areas[index], c.computed) for c in columns)])
    rows.append([bold(labels.total), *(bold(cell(c.total, c.computed)) for c in columns)])
    return table(header, align, rows)
