"""The report as Markdown: CommonMark with GFM tables, shaped like the seed's sections 4-5.

Every text the user typed (municipality, evaluators, strengths, notes, comments) and every
instrument text goes through `escaping`, so it renders literally.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING
from urllib.parse import quote

from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.report.escaping import escape_inline, escape_list_item, escape_paragraphs
from kompass_tui.core.report.labels import Labels, labels_for
from kompass_tui.core.report.model import AreaSection, QuestionLine, Report, build_report, text_bar
from kompass_tui.core.scoring.numbers import (
    format_max,
    format_percent,
    format_points,
    signed_points,
)
from kompass_tui.core.session.model import Session
from kompass_tui.core.visible import visible

if TYPE_CHECKING:
    from kompass_tui.core.report.earlier import EarlierTotals

BAR_WIDTH = 10


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
    """Markdown for a built report, ending with a newline."""
    labels = labels_for(report.lang)
    blocks = [*_title(report, labels), *_summary(report, labels)]
    if svg_link:
        blocks.append(f"![{escape_inline(labels.chart_title)}]({link_target(svg_link)})")
    for area in report.areas:
        blocks.extend(_area(area, report, labels))
    return visible("\n\n".join(blocks) + "\n")  # no escape sequences in a report file


def link_target(path: str) -> str:
    """A relative path as a Markdown link destination (spaces and brackets encoded)."""
    return quote(path.replace("\\", "/"), safe="/.-_~")


def _title(report: Report, labels: Labels) -> list[str]:
    blocks = [f"# {escape_inline(report.instrument_name)} – {escape_inline(report.municipality)}"]
    facts = []
    if report.dates:
        facts.append(f"**{labels.dates}:** " + ", ".join(d.isoformat() for d in report.dates))
    if report.evaluators:
        names = ", ".join(escape_inline(name) for name in report.evaluators)
        facts.append(f"**{labels.evaluators}:** {names}")
    if facts:
        blocks.append("\\\n".join(facts))
    if not report.complete:
        detail = labels.incomplete_detail.format(scored=report.scored, scorable=report.scorable)
        lines = [f"> **{labels.incomplete}.** {detail}", ">", f"> {labels.unscored_heading}:", ">"]
        lines += [f"> - {q.id} {escape_inline(q.text)}" for q in report.unscored]
        blocks.append("\n".join(lines))
    return blocks


def _summary(report: Report, labels: Labels) -> list[str]:
    lang = report.lang
    older = report.has_older_scale
    header = [labels.number, labels.area, labels.achieved, labels.max, labels.percent]
    align = ["right", "left", "right", "right", "right"]
    if older:
        header.append(labels.older_scale)
        align.append("right")
    if report.earlier is not None:
        header += [escape_inline(labels.earlier_heading(report.earlier.label)), labels.change]
        align += ["right", "right"]
    header.append(labels.profile)
    align.append("left")
    rows = []
    for area in report.areas:
        row = [
            escape_inline(area.id),
            escape_inline(area.title),
            format_points(area.total, lang),
            format_max(area.max, lang),
            format_percent(area.percent),
        ]
        if older:
            row.append(_optional_points(area.older_scale_total, lang, labels))
        if report.earlier is not None:
            row += [_optional_points(area.earlier_total, lang, labels)]
            row += [_change(area.change, area.complete and report.earlier.complete, lang)]
        row.append(text_bar(area.percent, BAR_WIDTH))
        rows.append(row)
    total = [
        "",
        _bold(labels.total),
        _bold(format_points(report.total, lang)),
        _bold(format_max(report.max, lang)),
        _bold(format_percent(report.percent)),
    ]
    if older:
        total.append(_bold(_optional_points(report.older_scale_total, lang, labels)))
    if report.earlier is not None:
        total.append(_bold(_optional_points(report.earlier_total, lang, labels)))
        complete = report.complete and report.earlier.complete
        total.append(_bold(_change(report.change, complete, lang)))
    total.append(text_bar(report.percent, BAR_WIDTH))
    rows.append(total)
    caption_text = labels.summary_caption.format(municipality=report.municipality)
    caption = escape_inline(caption_text, line_start=True)
    blocks = [f"## {labels.summary}", caption, _table(header, align, rows)]
    if report.earlier is not None and not (report.complete and report.earlier.complete):
        blocks.append(f"{_INCOMPLETE_MARK} {labels.incomplete_change}")
    return blocks


_INCOMPLETE_MARK = "\\*"


def _change(change: Decimal | None, complete: bool, lang: str) -> str:
    """A change cell; marked when either side is not completely scored."""
    text = signed_points(change, lang)
    return text if complete or change is None else f"{text} {_INCOMPLETE_MARK}"


def _area(area: AreaSection, report: Report, labels: Labels) -> list[str]:
    lang = report.lang
    heading = labels.area_heading.format(area.id, area.title)
    blocks = [f"## {escape_inline(heading)}"]
    header = [escape_inline(area.id), escape_inline(area.title)]
    header += [labels.achieved, labels.max, labels.percent]
    align = ["left", "left", "right", "right", "right"]
    # A full earlier session gives its question scores a column; a record only totals.
    earlier = report.earlier if report.has_earlier_questions else None
    if earlier is not None:
        header.append(escape_inline(labels.earlier_heading(earlier.label)))
        align.append("right")
    rows = []
    for question in area.questions:
        row = _question_row(question, lang, labels)
        if earlier is not None:
            row.append(_optional_points(question.earlier_score, lang, labels))
        rows.append(row)
    total = [
        "",
        _bold(escape_inline(labels.area_total.format(area.id))),
        _bold(format_points(area.total, lang)),
        _bold(format_max(area.max, lang)),
        _bold(format_percent(area.percent)),
    ]
    if earlier is not None:
        total.append(_bold(_optional_points(area.earlier_total, lang, labels)))
    rows.append(total)
    blocks.append(_table(header, align, rows))
    if area.has_not_applicable:
        blocks.append(f"*{labels.not_applicable_note}*")
    if area.strengths or area.improvements:
        blocks.append(f"### {escape_inline(labels.area_summary.format(area.id))}")
        blocks += _list_block(labels.strengths, area.strengths)
        blocks += _list_block(labels.improvements, area.improvements)
    if area.notes:
        blocks += [f"### {labels.notes}", escape_paragraphs(area.notes)]
    if area.commented:
        items = [
            f"- **{escape_inline(q.id)}** {escape_list_item(q.comment)}" for q in area.commented
        ]
        blocks += [f"### {labels.comments}", "\n".join(items)]
    return blocks


def _question_row(question: QuestionLine, lang: str, labels: Labels) -> list[str]:
    if question.not_applicable:
        achieved, maximum = f"*{labels.not_applicable}*", f"({format_max(question.max, lang)})"
    elif question.score is None:
        achieved, maximum = f"*{labels.not_scored}*", format_max(question.max, lang)
    else:
        achieved, maximum = format_points(question.score, lang), format_max(question.max, lang)
    return [
        escape_inline(question.id),
        escape_inline(question.text),
        achieved,
        maximum,
        format_percent(question.percent),
    ]


def _list_block(title: str, items: Sequence[str]) -> list[str]:
    if not items:
        return []
    return [f"**{title}**", "\n".join(f"- {escape_list_item(item)}" for item in items)]


def _optional_points(value: Decimal | None, lang: str, labels: Labels) -> str:
    return labels.none if value is None else format_points(value, lang)


def _bold(text: str) -> str:
    return f"**{text}**" if text else ""


_DELIMITERS = {"left": "---", "right": "---:"}


def _table(header: Sequence[str], align: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A GFM table; cells must already be escaped (no raw `|` or newline)."""
    lines = [_row(header), _row([_DELIMITERS[a] for a in align])]
    lines += [_row(row) for row in rows]
    return "\n".join(lines)


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"
