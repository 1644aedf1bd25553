"""Markdown of the report's per-area sections: the detailed review (general text, one
sub-section per question, the area's summary) and the score tables."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from kompass_tui.core.formats.escaping import escape_inline, escape_list_item
from kompass_tui.core.report.markdown_text import text_markdown
from kompass_tui.core.report.model import AreaSection, QuestionLine, Report
from kompass_tui.core.report.outline import earlier_heading
from kompass_tui.core.report.practice_text import source_text
from kompass_tui.core.scoring.numbers import format_max, format_percent, format_points
from kompass_tui.core.texts.catalog import Texts

_DELIMITERS = {"left": "---", "right": "---:"}


def area_details(area: AreaSection, words: Texts) -> list[str]:
    """An area of the detailed review; nothing for an area without text."""
    if not area.has_text:
        return []
    blocks = [f"### {escape_inline(words('area_heading', id=area.id, title=area.title))}"]
    blocks.append("\n".join(f"- {escape_list_item(f'{q.id} {q.text}')}" for q in area.questions))
    if area.general:
        blocks += [f"#### {words('general')}", text_markdown(area.general)]
    for question in area.questions:
        if question.findings.strip():
            heading = question.heading or f"{question.id} {question.text}"
            blocks += [f"#### {escape_inline(heading)}", text_markdown(question.findings)]
    if area.strengths or area.improvements:
        blocks.append(f"#### {escape_inline(words('area_summary', id=area.id))}")
        blocks += list_block(words("strengths"), area.strengths)
        blocks += list_block(words("improvements"), area.improvements)
    if area.commented:
        items = [
            f"- **{escape_inline(q.id)}** {escape_list_item(q.comment)}" for q in area.commented
        ]
        blocks += [f"#### {words('comments')}", "\n".join(items)]
    if area.sourced:
        items = [
            f"- **{escape_inline(q.id)}** {escape_list_item(source_text(e, words.lang))}"
            for q in area.sourced
            for e in q.evidence
        ]
        blocks += [f"#### {words('sources')}", "\n".join(items)]
    return blocks


def score_tables(report: Report, words: Texts) -> list[str]:
    """The score table of every area, as the seed's last section prints them."""
    blocks = [f"### {words('results_by_area')}", words("scores_intro")]
    for area in report.areas:
        blocks.append(area_table(area, report, words))
        if area.has_not_applicable:
            blocks.append(f"*{words('not_applicable_note')}*")
    return blocks


def area_table(area: AreaSection, report: Report, words: Texts) -> str:
    """An area's question table with its total row."""
    lang = report.lang
    header = [escape_inline(area.id), escape_inline(area.title)]
    header += [words("achieved"), words("max"), words("percent")]
    align = ["left", "left", "right", "right", "right"]
    # A full earlier session gives its question scores a column; a record only totals.
    earlier = report.earlier if report.has_earlier_questions else None
    if earlier is not None:
        header.append(escape_inline(earlier_heading(words, earlier.label)))
        align.append("right")
    rows = []
    for question in area.questions:
        row = _question_row(question, lang, words)
        if earlier is not None:
            row.append(optional_points(question.earlier_score, lang, words))
        rows.append(row)
    total = [
        "",
        bold(escape_inline(words("area_total", id=area.id))),
        bold(format_points(area.total, lang)),
        bold(format_max(area.max, lang)),
        bold(format_percent(area.percent)),
    ]
    if earlier is not None:
        total.append(bold(optional_points(area.earlier_total, lang, words)))
    rows.append(total)
    return table(header, align, rows)


def _question_row(question: QuestionLine, lang: str, words: Texts) -> list[str]:
    if question.not_applicable:
        achieved, maximum = f"*{words('not_applicable')}*", f"({format_max(question.max, lang)})"
    elif question.score is None:
        achieved, maximum = f"*{words('not_scored')}*", format_max(question.max, lang)
    else:
        achieved, maximum = format_points(question.score, lang), format_max(question.max, lang)
    return [
        escape_inline(question.id),
        escape_inline(question.text),
        achieved,
        maximum,
        format_percent(question.percent),
    ]


def list_block(title: str, items: Sequence[str]) -> list[str]:
    """A bold title and its bullet list; nothing without items."""
    if not items:
        return []
    return [f"**{title}**", "\n".join(f"- {escape_list_item(item)}" for item in items)]


def optional_points(value: Decimal | None, lang: str, words: Texts) -> str:
    """Points, or the dash for a figure that is not known."""
    return words("none") if value is None else format_points(value, lang)


def bold(text: str) -> str:
    """Bold Markdown, nothing for an empty cell."""
    return f"**{text}**" if text else ""


def table(header: Sequence[str], align: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A GFM table; cells must already be escaped (no raw `|` or newline)."""
    lines = [_row(header), _row([_DELIMITERS[a] for a in align])]
    lines += [_row(row) for row in rows]
    return "\n".join(lines)


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"
