"""The report as Rich renderables, for `kompass show` and the workbench's preview.

Every text goes into `Text` objects, never into markup strings, so a note holding
`[bold red]` is shown as typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.report.labels import Labels, labels_for
from kompass_tui.core.report.model import AreaSection, QuestionLine, Report, build_report
from kompass_tui.core.scoring.numbers import (
    format_max,
    format_percent,
    format_points,
    signed_points,
)
from kompass_tui.core.session.model import Session
from kompass_tui.core.visible import Visible, visible
from kompass_tui.views.style import (
    HEADING_STYLE,
    NOT_APPLICABLE_STYLE,
    NOT_SCORED_STYLE,
    NOTICE_STYLE,
    TOTAL_STYLE,
    bar_text,
    percent_style,
)

if TYPE_CHECKING:
    from kompass_tui.core.report.earlier import EarlierTotals

BAR_WIDTH = 20
MIN_NAME_WIDTH = 20
"""The narrowest area-name column the summary keeps before it drops the bar."""


def report_renderable(
    session: Session, instrument: Instrument, lang: str, earlier: EarlierTotals | None = None
) -> RenderableType:
    """The report of a session, ready for `Console.print`; no text in it reaches the terminal
    as a control sequence. With `earlier`, the summary shows its totals and the change."""
    return Visible(render_report(build_report(session, instrument, lang, earlier)))


def render_report(report: Report) -> Group:
    """A built report as one Rich group: title, notice, summary table, then every area."""
    report = shown(report)
    labels = labels_for(report.lang)
    parts: list[RenderableType] = [_title(report, labels)]
    if not report.complete:
        parts.append(_notice(report, labels))
    parts.append(_FitToWidth(lambda width: summary_table(report, width)))
    earlier_label = None
    if report.earlier is not None and report.has_earlier_questions:
        earlier_label = labels.earlier_heading(report.earlier.label)
    for area in report.areas:
        parts.extend(_area(area, report.lang, labels, earlier_label))
    return Group(*parts)


def shown(report: Report) -> Report:
    """The report with every text from the session and instrument made visible.

    Done before Rich measures anything: a control character measures 0 cells and its
    visible stand-in 1, so substituting later (as `Visible` does) would push the right
    border of panels and tables out of line.
    """

    def line(question: QuestionLine) -> QuestionLine:
        return replace(
            question,
            id=visible(question.id),
            text=visible(question.text),
            comment=visible(question.comment),
        )

    def area(section: AreaSection) -> AreaSection:
        return replace(
            section,
            id=visible(section.id),
            title=visible(section.title),
            questions=tuple(line(q) for q in section.questions),
            strengths=tuple(visible(item) for item in section.strengths),
            improvements=tuple(visible(item) for item in section.improvements),
            notes=visible(section.notes),
        )

    return replace(
        report,
        instrument_name=visible(report.instrument_name),
        municipality=visible(report.municipality),
        evaluators=tuple(visible(name) for name in report.evaluators),
        areas=tuple(area(section) for section in report.areas),
    )


def _title(report: Report, labels: Labels) -> Panel:
    title = Text(report.instrument_name, style="bold")
    title.append(" – ")
    title.append(report.municipality, style="bold")
    lines = [title]
    if report.dates:
        lines.append(_fact(labels.dates, ", ".join(d.isoformat() for d in report.dates)))
    if report.evaluators:
        lines.append(_fact(labels.evaluators, ", ".join(report.evaluators)))
    return Panel(Text("\n").join(lines), border_style="cyan", expand=False)


def _fact(label: str, value: str) -> Text:
    text = Text(f"{label}: ", style="dim")
    text.append(value)
    return text


def _notice(report: Report, labels: Labels) -> Panel:
    detail = labels.incomplete_detail.format(scored=report.scored, scorable=report.scorable)
    text = Text(f"{labels.incomplete}. ", style=NOTICE_STYLE)
    text.append(detail)
    text.append(f"\n\n{labels.unscored_heading}:")
    for question in report.unscored:
        text.append(f"\n  {question.id}  ")
        text.append(question.text)
    return Panel(text, border_style="yellow")


class _FitToWidth:
    """A renderable built for the width it is given (Rich asks at render time)."""

    def __init__(self, build: Callable[[int], RenderableType]) -> None:
        self.build = build

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.build(options.max_width)


def summary_table(report: Report, width: int = 100) -> Table:
    """The summary table: one row per area with points, max, %, bar and the older scale,
    and, with an earlier evaluation, its totals and the change.

    The bar is as wide as `width` allows next to the longest area name, 10 to 20 cells.
    """
    labels = labels_for(report.lang)
    lang = report.lang
    names = [f"{a.id}. {a.title}" for a in report.areas]
    longest = max((len(name) for name in names), default=0)
    # Everything but the name and the bar takes about 44 cells with its padding, 31 when
    # there is no older-scale column.
    others = 44 if report.has_older_scale else 31
    # The earlier total and the change take about 22 more; on a narrow screen the bar
    # then gives way (the % column says the same), so the area names stay readable.
    show_bar = True
    if report.earlier is not None:
        others += 22
        show_bar = width - others >= MIN_NAME_WIDTH + 10
    bar_width = max(10, min(BAR_WIDTH, width - others - longest))
    table = Table(
        title=Text(labels.summary, style=HEADING_STYLE),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        expand=True,
        pad_edge=False,
    )
    # The area's number leads its name, as in the seed's Tabell 1.
    table.add_column(labels.area, ratio=1, overflow="fold")
    # Long headers wrap onto two lines so the numbers stay narrow.
    table.add_column(labels.achieved, justify="right", max_width=8)
    table.add_column(labels.max, justify="right")
    table.add_column(labels.percent, justify="right")
    if report.has_older_scale:
        table.add_column(labels.older_scale, justify="right", max_width=10)
    if report.earlier is not None:
        heading = labels.earlier_heading(report.earlier.label)
        table.add_column(Text(heading), justify="right", max_width=8)
        table.add_column(labels.change, justify="right", max_width=10)
    if show_bar:
        table.add_column(labels.profile, no_wrap=True, min_width=bar_width)

    def cells(name: str, line: AreaSection | Report, style: str | None) -> list[RenderableType]:
        row: list[RenderableType] = [
            Text(name),
            Text(format_points(line.total, lang)),
            Text(format_max(line.max, lang)),
            Text(format_percent(line.percent), style=style or percent_style(line.percent)),
        ]
        if report.has_older_scale:
            row.append(_optional_points(line.older_scale_total, lang, labels))
        if report.earlier is not None:
            row.append(_optional_points(line.earlier_total, lang, labels))
            row.append(_change(line.change, lang))
        if show_bar:
            row.append(bar_text(line.percent, bar_width))
        return row

    for index, (area, name) in enumerate(zip(report.areas, names, strict=True)):
        table.add_row(*cells(name, area, None), end_section=index == len(report.areas) - 1)
    table.add_row(*cells(labels.total, report, "none"), style=TOTAL_STYLE)
    return table


def _area(
    area: AreaSection, lang: str, labels: Labels, earlier_label: str | None
) -> list[RenderableType]:
    parts: list[RenderableType] = [
        Text(""),
        Rule(Text(labels.area_heading.format(area.id, area.title), style=HEADING_STYLE)),
        area_table(area, lang, earlier_label),
    ]
    if area.has_not_applicable:
        parts.append(Text(labels.not_applicable_note, style="dim italic"))
    if area.strengths or area.improvements:
        parts.append(Text(labels.area_summary.format(area.id), style="bold"))
        parts.append(_summary_lists(area, labels))
    if area.notes:
        parts.append(Text(labels.notes, style="bold"))
        parts.append(Padding(Text(area.notes), (0, 0, 1, 2)))
    if area.commented:
        parts.append(Text(labels.comments, style="bold"))
        comments = Text("\n").join(_comment(q) for q in area.commented)
        parts.append(Padding(comments, (0, 0, 1, 2)))
    return parts


def area_table(area: AreaSection, lang: str, earlier_label: str | None = None) -> Table:
    """An area's question table with its total row, headed like the seed's section 5.

    With `earlier_label` (the heading of an earlier full session), a column shows its scores.
    """
    labels = labels_for(lang)
    table = Table(box=box.SIMPLE_HEAD, expand=True)
    table.add_column(Text(area.id), no_wrap=True)
    table.add_column(Text(area.title), ratio=1, overflow="fold")
    table.add_column(labels.achieved, justify="right")
    table.add_column(labels.max, justify="right")
    table.add_column(labels.percent, justify="right")
    if earlier_label is not None:
        table.add_column(Text(earlier_label), justify="right", max_width=10)
    for index, question in enumerate(area.questions):
        cells = _question_cells(question, lang, labels)
        if earlier_label is not None:
            cells.append(_optional_points(question.earlier_score, lang, labels))
        table.add_row(*cells, end_section=index == len(area.questions) - 1)
    total = [
        Text(""),
        Text(labels.area_total.format(area.id)),
        Text(format_points(area.total, lang)),
        Text(format_max(area.max, lang)),
        Text(format_percent(area.percent), style=percent_style(area.percent)),
    ]
    if earlier_label is not None:
        total.append(_optional_points(area.earlier_total, lang, labels))
    table.add_row(*total, style=TOTAL_STYLE)
    return table


def _question_cells(question: QuestionLine, lang: str, labels: Labels) -> list[Text]:
    maximum = format_max(question.max, lang)
    if question.not_applicable:
        achieved = Text(labels.not_applicable, style=NOT_APPLICABLE_STYLE)
        maximum = f"({maximum})"
    elif question.score is None:
        achieved = Text(labels.not_scored, style=NOT_SCORED_STYLE)
    else:
        achieved = Text(format_points(question.score, lang))
    percent = Text(format_percent(question.percent), style=percent_style(question.percent))
    return [Text(question.id), Text(question.text), achieved, Text(maximum), percent]


def _summary_lists(area: AreaSection, labels: Labels) -> Padding:
    grid = Table.grid(expand=True, padding=(0, 2))
    grid.add_column(ratio=1)
    grid.add_column(ratio=1)
    grid.add_row(
        _bullets(labels.strengths, area.strengths, "green"),
        _bullets(labels.improvements, area.improvements, "yellow"),
    )
    return Padding(grid, (0, 0, 1, 2))


def _bullets(title: str, items: Sequence[str], style: str) -> Group:
    # A grid keeps wrapped lines of an item indented under its text, not under the bullet.
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for item in items:
        grid.add_row(Text("•", style=style), Text(item))
    return Group(Text(title, style=f"bold {style}"), grid)


def _comment(question: QuestionLine) -> Text:
    text = Text(f"{question.id}  ", style="bold")
    text.append(question.comment.strip())
    return text


def _optional_points(value: Decimal | None, lang: str, labels: Labels) -> Text:
    return Text(labels.none if value is None else format_points(value, lang))


def _change(value: Decimal | None, lang: str) -> Text:
    text = signed_points(value, lang)
    # Styled by the shown sign, so a change that rounds to ±0,0 is not coloured.
    style = {"+": "green", "-": "red"}.get(text[:1], "dim")
    return Text(text, style=style)
