"""The report as Rich renderables, for `kompass show` and the workbench's preview: the same
sections in the same order as the Markdown and HTML report.

Every text goes into `Text` objects, never into markup strings, so a note holding
`[bold red]` is shown as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass, replace
from typing import TYPE_CHECKING, Any, cast

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.segment import Segment
from rich.text import Text

from kompass_tui.core.report.blocks import chapter_blocks
from kompass_tui.core.report.model import Report
from kompass_tui.core.report.outline import (
    fill,
    outline,
    report_words,
    wording_note,
)
from kompass_tui.core.report.tables import ReportTable, results_table
from kompass_tui.core.report.tables import comparison_table as core_comparison_table
from kompass_tui.core.texts.catalog import Texts
from kompass_tui.core.texts.grammar import dates_text, join_names
from kompass_tui.core.visible import visible
from kompass_tui.views.quick_table import QuickColumn, QuickTable
from kompass_tui.views.report_areas_view import Line, area_table, block_renderables
from kompass_tui.views.report_areas_view import table_cell as _cell
from kompass_tui.views.style import (
    HEADING_STYLE,
    NOTICE_STYLE,
    TOTAL_STYLE,
    bar_text,
)
from kompass_tui.views.text_wrap import one_cell, wrap_plain
from kompass_tui.views.visible import Visible

if TYPE_CHECKING:
    from rich.measure import Measurement
    from rich.panel import Panel

BAR_WIDTH = 20
MIN_NAME_WIDTH = 20
"""The narrowest area-name column the summary keeps before it drops the bar."""
SUBHEADING_STYLE = "bold"


def report_renderable(report: Report) -> RenderableType:
    """A built report (`build_report`), ready for `Console.print`; no text in it reaches
    the terminal as a control sequence."""
    return Visible(render_report(report))


def render_report(report: Report) -> Group:
    """A built report as one Rich group: the title page, then every numbered section."""
    report = shown(report)
    words = report_words(report.lang)
    parts: list[RenderableType] = [_title(report)]
    if not report.complete:
        parts.append(_notice(report, words))
    for chapter in outline(report):
        parts += [Line(""), ChapterRule(f"{chapter.number} {chapter.title}")]
        chapter_parts = chapter_blocks(report, chapter)
        parts += block_renderables(chapter_parts, chapter.kind, lambda model: _table(report, model))
    return Group(*parts)


def shown(report: Report) -> Report:
    """The report with every text in it (from the session and the instrument) made visible.

    Done before Rich measures anything: a control character measures 0 cells and its
    visible stand-in 1, so substituting later (as `Visible` does) would push the right
    border of panels and tables out of line. Every string field of the report's
    dataclasses is replaced, dictionary keys alike, so lookups by id still match.
    """
    return cast(Report, _shown(report))


def _shown(value: Any) -> Any:
    """`value` with its strings made visible; the very same object where nothing in it
    changes (most reports hold no control character, and copying them all was needless)."""
    if isinstance(value, str):
        return visible(value)
    names = _field_names(type(value))
    if names:
        changes = {}
        for name in names:
            item = getattr(value, name)
            made = _shown(item)
            if made is not item:
                changes[name] = made
        return replace(value, **changes) if changes else value
    if isinstance(value, tuple | list):
        items = [_shown(item) for item in value]
        if all(made is item for made, item in zip(items, value, strict=True)):
            return value
        if isinstance(value, tuple) and hasattr(value, "_fields"):  # a named tuple
            return type(value)(*items)
        return type(value)(items)
    if isinstance(value, dict):
        pairs = [(_shown(key), _shown(item)) for key, item in value.items()]
        pairs_before = value.items()
        if all(k is k0 and v is v0 for (k, v), (k0, v0) in zip(pairs, pairs_before, strict=True)):
            return value
        return dict(pairs)
    return value


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
"""The fields `replace` takes, per dataclass (an empty tuple for other types)."""


def _field_names(kind: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = tuple(f.name for f in fields(kind) if f.init) if is_dataclass(kind) else ()
        _FIELD_NAMES[kind] = names
    return names


def _title(report: Report) -> TitlePanel:
    lines = [Text(report.instrument_name, style="bold"), Text(fill(report, "analysis_of"))]
    if report.dates:
        lines.append(Text(dates_text(report.lang, report.dates)))
    if report.open_disagreements:
        words = report_words(report.lang)
        detail = words("preliminary_detail", n=report.open_disagreements)
        lines.append(Text(f"{words('preliminary')}. {detail}", style=NOTICE_STYLE))
    note = wording_note(report)
    if note:
        lines.append(Text(note, style="dim italic"))
    lines.append(Text(""))
    for chapter in outline(report):
        lines.append(Text(f"{chapter.number}. {chapter.title}", style="dim"))
    if report.evaluators or report.affiliation:
        lines.append(Text(""))
    if report.evaluators:
        lines.append(Text(join_names(report.lang, report.evaluators)))
    if report.affiliation:
        lines.append(Text(report.affiliation))
    return TitlePanel(lines, border_style="cyan")


def _table(report: Report, model: ReportTable) -> RenderableType:
    """A report table under its caption: the results with a bar per area, as wide as the
    terminal allows; the comparison with the year under each municipality."""
    if model.kind == "area":
        return area_table(model)
    caption = Text(model.caption, style="italic")
    if model.note:
        caption.append(" " + model.note.strip(), style="")
    if model.kind == "results":
        return Group(caption, _FitToWidth(lambda width: summary_table(report, width)))
    return Group(caption, comparison_table(report))


def _notice(report: Report, words: Texts) -> Panel:
    from rich.panel import Panel  # only for a report not fully scored

    detail = words("incomplete_detail", scored=report.scored, n=report.scorable)
    text = Text(f"{words('incomplete')}. ", style=NOTICE_STYLE)
    text.append(detail)
    text.append(f"\n\n{words('unscored_heading')}:")
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


def summary_table(report: Report, width: int = 100) -> QuickTable:
    """The results table (the seed's Tabell 1, `core/report/tables.py`) with a bar per
    row: as wide as `width` allows next to the longest area name, 10 to 20 cells.
    """
    model = results_table(report)
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
    columns = []
    for column in model.columns:
        if column.id == "area":
            # The area's number leads its name, as in the seed's Tabell 1.
            columns.append(QuickColumn(Text(column.heading), ratio=1, overflow="fold"))
        else:
            # Long headers wrap onto two lines so the numbers stay narrow.
            limit = _MAX_WIDTHS.get(column.id)
            columns.append(QuickColumn(Text(column.heading), justify="right", max_width=limit))
    if show_bar:
        profile = Text(report_words(report.lang)("profile"))
        columns.append(QuickColumn(profile, no_wrap=True, min_width=bar_width))
    table = QuickTable(columns, expand=True, pad_edge=False)
    percent = model.column("percent")
    for index, row in enumerate(model.rows):
        cells = [_cell(cell, percent_colour=not row.total) for cell in row.cells]
        if show_bar:
            cells.append(
                bar_text(row.cells[percent].value if percent is not None else None, bar_width)
            )
        table.add_row(
            *cells,
            end_section=index == len(model.rows) - 2,
            style=TOTAL_STYLE if row.total else None,
        )
    return table


_MAX_WIDTHS = {"points": 11, "older": 10, "earlier": 8, "change": 10}
"""How wide the results table's figure columns may be (their headings wrap)."""


def comparison_table(report: Report) -> QuickTable:
    """The comparison with other municipalities (the seed's Tabell 2): a column per
    municipality and year, a row per area and the total."""
    model = core_comparison_table(report)
    first, *others = model.columns
    columns = [QuickColumn(Text(first.heading))]
    for column in others:
        # The year under the name keeps the columns narrow: `Kungsbacka` over `2009`.
        heading = Text("\n".join(column.heading.rsplit(" ", 1)))
        columns.append(QuickColumn(heading, justify="right"))
    table = QuickTable(columns, pad_edge=False)
    for index, row in enumerate(model.rows):
        table.add_row(
            *(_cell(cell) for cell in row.cells),
            end_section=index == len(model.rows) - 2,
            style=TOTAL_STYLE if row.total else None,
        )
    return table


class ChapterRule:
    """A chapter's heading centred in a rule across the width: what Rich's
    `Rule(Text(title, style=HEADING_STYLE))` prints, written directly where the title is
    plain one-cell text that fits (Rich's `Rule` otherwise)."""

    __slots__ = ("title",)

    def __init__(self, title: str) -> None:
        self.title = title

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The rule's line: `─── title ────`, the title cut with `…` to fit."""
        width = options.max_width
        title = self.title
        if options.ascii_only or width < 5 or not one_cell(title) or "\t" in title:
            yield self.rich_rule()
            return
        if len(title) > width - 4:
            title = title[: width - 5] + "…"
        side = (width - len(title)) // 2
        left = "─" * (side - 1)
        right = "─" * (width - len(left) - len(title) - 2)
        line_style = console.get_style("rule.line")
        yield Segment(left + " ", line_style)
        yield Segment(title, console.get_style(HEADING_STYLE))
        yield Segment(" " + right, line_style)
        yield Segment.line()

    def rich_rule(self) -> RenderableType:
        """The same rule drawn by Rich."""
        from rich.rule import Rule

        return Rule(Text(self.title, style=HEADING_STYLE))


class TitlePanel:
    """The title page's lines in a box as wide as they need: what Rich's
    `Panel(Text("\\n").join(lines), border_style=border_style, expand=False)` prints,
    drawn directly where every line is plain one-cell text with at most a style of its own
    (Rich's `Panel` otherwise, and in an ASCII-only terminal)."""

    __slots__ = ("border_style", "lines")

    def __init__(self, lines: list[Text], border_style: str) -> None:
        self.lines = lines
        self.border_style = border_style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The box's top, its lines (wrapped as Rich wraps them, a space either side) and
        its bottom."""
        plain = [line.plain for line in self.lines]
        width = options.max_width
        if (
            width < 5
            or options.ascii_only
            or console.legacy_windows
            or options.height is not None
            or any(line.spans for line in self.lines)
            or not all(one_cell(text) and "\t" not in text for text in plain)
        ):
            yield self.rich_panel()
            return
        inner = min(max(map(len, plain)) + 2, width - 2) - 2  # the text's width
        border = console.get_style(self.border_style)
        side = Segment("│", border)
        yield Segment(f"╭{'─' * (inner + 2)}╮", border)
        yield Segment.line()
        for line, text in zip(self.lines, plain, strict=True):
            style = console.get_style(line.style)
            for piece in wrap_plain(text, inner, "fold", console, pad=False):
                yield side
                yield Segment(" ")
                if piece:
                    yield Segment(piece, style)
                yield Segment(" " * (inner - len(piece) + 1))
                yield side
                yield Segment.line()
        yield Segment(f"╰{'─' * (inner + 2)}╯", border)
        yield Segment.line()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        """As wide as Rich's `Panel` of the lines (only where something measures it)."""
        from rich.measure import Measurement

        return Measurement.get(console, options, self.rich_panel())

    def rich_panel(self) -> Panel:
        """The same box drawn by Rich."""
        from rich.panel import Panel

        return Panel(Text("\n").join(self.lines), border_style=self.border_style, expand=False)
