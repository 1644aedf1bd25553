"""The report's tables as renderer-neutral data: what Markdown, HTML, Word and the terminal
only format (as `compare/tables.Grid` is for comparisons).

Three tables: the results (the seed's Tabell 1), the comparison with other municipalities
(Tabell 2) and each area's question table. Every cell is the plain text a reader sees
(`48`, `75,5`, `48 %`, `+3,0 *`), with its kind, so that a renderer can set it in italics
(not applicable, not scored), colour it (a percentage, a change) or align it; the columns
say which are figures (right-aligned, narrow) and which are names or question texts.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.report.model import AreaSection, QuestionLine, Report
from kompass_tui.core.report.outline import (
    earlier_heading,
    published_points,
    report_words,
    scale_points,
    table_1_caption,
    table_2_caption,
)
from kompass_tui.core.scoring.numbers import (
    format_max,
    format_percent,
    format_points,
    signed_points,
)
from kompass_tui.core.texts.catalog import Texts

CellKind = Literal["text", "figure", "percent", "change", "not_applicable", "not_scored"]
TableKind = Literal["results", "comparison", "area"]
INCOMPLETE_MARK = "*"
"""After a change one side of which is not completely scored (see the note under it)."""


@lean_dataclass
class Column:
    """A column: its heading, what it holds (`id` like `points`, `percent`, `question`) and
    whether it holds figures (right-aligned and narrow) or words."""

    heading: str
    id: str
    figures: bool = True


@lean_dataclass
class Cell:
    """One cell: the text shown and what it is."""

    text: str
    kind: CellKind = "figure"
    value: Decimal | None = None
    """The exact figure behind a percentage or a change (for colouring by it)."""


@lean_dataclass
class Row:
    """A row of cells; `total` rows (an area's or the report's total) are set in bold."""

    cells: tuple[Cell, ...]
    total: bool = False


@lean_dataclass
class ReportTable:
    """A table of the report: its kind, columns and rows (the header is the columns')."""

    kind: TableKind
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    caption: str = ""
    """Above the table, like `Tabell 1 Norrköpings kommun 2010 …`; empty for none."""
    note: str = ""
    """Running text after the caption (what the older scale is), paragraphs kept."""

    @property
    def header(self) -> tuple[str, ...]:
        """The column headings."""
        return tuple(column.heading for column in self.columns)

    def column(self, column_id: str) -> int | None:
        """The index of the column with an id; None when the table has none."""
        for index, column in enumerate(self.columns):
            if column.id == column_id:
                return index
        return None


def _text(value: str) -> Cell:
    return Cell(value, "text")


def _percent(value: Decimal | None) -> Cell:
    return Cell(format_percent(value), "percent", value)


def _optional(value: Decimal | None, lang: str, words: Texts) -> Cell:
    return Cell(words("none") if value is None else format_points(value, lang))


def _change(value: Decimal | None, complete: bool, lang: str) -> Cell:
    shown = signed_points(value, lang)
    if not complete and value is not None:
        shown = f"{shown} {INCOMPLETE_MARK}"
    return Cell(shown, "change", value)


def results_table(report: Report) -> ReportTable:
    """Tabell 1: every area's total on the instrument's scale (whole points unless exact),
    its maximum and share, the older scale and an earlier evaluation when there are."""
    words = report_words(report.lang)
    lang = report.lang
    older = report.has_older_scale
    columns = [
        Column(words("area"), "area", figures=False),
        Column(words("current_scale") if older else words("achieved"), "points"),
        Column(words("max"), "max"),
        Column(words("percent"), "percent"),
    ]
    if older:
        columns.append(Column(words("older_scale"), "older"))
    earlier = report.earlier
    if earlier is not None:
        columns.append(Column(earlier_heading(words, earlier.label), "earlier"))
        columns.append(Column(words("change"), "change"))

    def cells(name: str, line: AreaSection | Report) -> tuple[Cell, ...]:
        row = [
            _text(name),
            Cell(scale_points(line.total, lang, report.whole_points)),
            Cell(format_max(line.max, lang)),
            _percent(line.percent),
        ]
        if older:
            row.append(Cell(published_points(line.older_scale_total, lang, words("none"))))
        if earlier is not None:
            row.append(_optional(line.earlier_total, lang, words))
            row.append(_change(line.change, line.complete and earlier.complete, lang))
        return tuple(row)

    rows = [Row(cells(f"{area.id}. {area.title}", area)) for area in report.areas]
    rows.append(Row(cells(words("total"), report), total=True))
    note = report.older_scale_note if older else ""
    return ReportTable("results", tuple(columns), tuple(rows), table_1_caption(report), note)


def comparison_table(report: Report) -> ReportTable:
    """Tabell 2: one column per municipality and year, one row per area and the total."""
    assert report.comparison is not None
    words = report_words(report.lang)
    lang = report.lang
    evaluations = report.comparison.rows
    columns = [Column(words("criterion"), "area", figures=False)]
    columns += [Column(row.label, "evaluation") for row in evaluations]

    def cell(value: Decimal | None, computed: bool) -> Cell:
        if value is not None and computed:
            return Cell(scale_points(value, lang, report.whole_points))
        return Cell(published_points(value, lang, words("none")))

    rows = [
        Row((_text(area.id), *(cell(e.areas[index], e.computed) for e in evaluations)))
        for index, area in enumerate(report.areas)
    ]
    total = (_text(words("total")), *(cell(e.total, e.computed) for e in evaluations))
    rows.append(Row(total, total=True))
    return ReportTable("comparison", tuple(columns), tuple(rows), table_2_caption(report))


def area_table(report: Report, area: AreaSection) -> ReportTable:
    """An area's question table with its total row, headed like the seed's last section;
    a full earlier session gives its question scores a column (a record only totals)."""
    words = report_words(report.lang)
    lang = report.lang
    columns = [
        Column(area.id, "id", figures=False),
        Column(area.title, "question", figures=False),
        Column(words("achieved"), "points"),
        Column(words("max"), "max"),
        Column(words("percent"), "percent"),
    ]
    earlier = report.earlier if report.has_earlier_questions else None
    if earlier is not None:
        columns.append(Column(earlier_heading(words, earlier.label), "earlier"))
    rows = []
    for question in area.questions:
        cells = _question_cells(question, lang, words)
        if earlier is not None:
            cells.append(_optional(question.earlier_score, lang, words))
        rows.append(Row(tuple(cells)))
    total = [
        _text(""),
        _text(words("area_total", id=area.id)),
        Cell(format_points(area.total, lang)),
        Cell(format_max(area.max, lang)),
        _percent(area.percent),
    ]
    if earlier is not None:
        total.append(_optional(area.earlier_total, lang, words))
    rows.append(Row(tuple(total), total=True))
    return ReportTable("area", tuple(columns), tuple(rows))


def _question_cells(question: QuestionLine, lang: str, words: Texts) -> list[Cell]:
    maximum = format_max(question.max, lang)
    if question.not_applicable:
        achieved = Cell(words("not_applicable"), "not_applicable")
        maximum = f"({maximum})"
    elif question.score is None:
        achieved = Cell(words("not_scored"), "not_scored")
    else:
        achieved = Cell(format_points(question.score, lang))
    return [
        _text(question.id),
        _text(question.text),
        achieved,
        Cell(maximum),
        _percent(question.percent),
    ]
