"""`kompass show` lays out its tables, side-by-side lists, headings and question lists
itself (`views/quick_table.py`, `views/report_areas_view.py`, #23): byte for byte what
Rich's `Table`, grid, `Text` and `Padding` print for them, on a colour terminal, at every
width, and Rich's own drawing wherever the quick one does not apply."""

from __future__ import annotations

import io
import random
from typing import get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich._ratio import ratio_distribute as rich_ratio_distribute
from rich._wrap import divide_line
from rich.cells import cell_len
from rich.console import Console, RenderableType
from rich.measure import Measurement
from rich.padding import Padding
from rich.segment import Segment, Segments
from rich.style import Style
from rich.text import Text

from kompass_tui.cli.terminal import _fits, _line_count, print_rich
from kompass_tui.core.report import blocks
from kompass_tui.core.report.model import Report, build_report
from kompass_tui.core.report.text_blocks import parse_text
from kompass_tui.views import text_wrap
from kompass_tui.views.quick_table import QuickTable, ratio_distribute
from kompass_tui.views.report_areas_view import (
    Indented,
    Line,
    Paragraph,
    SideBySide,
    area_table,
)
from kompass_tui.views.report_text_view import Hanging, block_renderable
from kompass_tui.views.report_view import (
    TitlePanel,
    _title,
    comparison_table,
    render_report,
    shown,
    summary_table,
)
from kompass_tui.views.text_wrap import Overflow, _breaks, _space_breaks, wrap_plain
from tests.helpers import FULL_EXAMPLES, examples
from tests.test_report_support import load_demo

ALL_WIDTHS = range(1, 141)
WIDTHS: tuple[int, ...] = (
    tuple(ALL_WIDTHS)
    if settings().max_examples >= FULL_EXAMPLES
    else (*range(1, 41, 4), 42, 57, 64, 79, 80, 81, 100, 119, 120, 140)
)
"""Every width up to 140 under the "ci" profile; under the default "dev" one, every fourth
narrow width (where columns narrow and Rich takes over) and the usual terminals' widths."""


def _printed(renderable: RenderableType, width: int) -> list[list[tuple[str, Style | None]]]:
    """The lines a colour terminal of `width` columns prints, as runs of text and style:
    unstyled parts joined (they print alike however Rich cuts them), styled ones as
    they are. (Styles rather than escape codes: Rich keeps each style's codes from the
    first console that printed it, whichever colours it had, so the codes depend on the
    tests that ran before.)"""
    console = Console(width=width, force_terminal=True, color_system="truecolor")
    lines = console.render_lines(renderable, console.options, pad=False)
    printed = []
    for line in lines:
        runs: list[tuple[str, Style | None]] = []
        for segment in line:
            style = segment.style or None
            if style is None and runs and runs[-1][1] is None:
                runs[-1] = (runs[-1][0] + segment.text, None)
            elif segment.text:
                runs.append((segment.text, style))
        printed.append(runs)
    return printed


@pytest.fixture(scope="module")
def demo_report() -> Report:
    loaded = load_demo()
    return shown(build_report(loaded.session, loaded.instrument, "sv"))


def test_the_demos_tables_print_as_richs_tables_at_every_width(demo_report: Report) -> None:
    from kompass_tui.core.report.tables import area_table as area_model

    tables: list[QuickTable] = [comparison_table(demo_report)]
    tables += [area_table(area_model(demo_report, area)) for area in demo_report.areas]
    texts = [*demo_report.texts.values(), *(section.text for section in demo_report.intro)]
    for text in texts:
        for block in parse_text(text):
            drawn = block_renderable(block)
            if isinstance(drawn, QuickTable):
                tables.append(drawn)
    for table in tables:
        for width in WIDTHS:
            assert _printed(table, width) == _printed(table.rich_table(), width), width
    for width in WIDTHS:
        summary = summary_table(demo_report, width)
        assert _printed(summary, width) == _printed(summary.rich_table(), width), width
    assert len(tables) >= 10  # the comparison, eight areas, the seats in the council


def test_wide_tables_are_drawn_quickly_and_narrow_ones_by_rich(demo_report: Report) -> None:
    from kompass_tui.views.quick_table import _Layout

    console = Console(width=80)
    table = summary_table(demo_report, 80)
    assert _Layout(table, console).lines(80) is not None
    assert _Layout(table, console).lines(20) is None  # Rich narrows the columns


_WORDS = st.sampled_from(["a", "bb", "Styrkor", "e-tjänster", "service-/kvalitet", "漢字", "–"])
_ITEMS = st.lists(st.lists(_WORDS, min_size=1, max_size=10).map(" ".join), max_size=5)
_LISTS = st.lists(
    st.tuples(st.sampled_from(["Styrkor", "Förbättringsområden", ""]), _ITEMS),
    min_size=1,
    max_size=3,
)


@settings(max_examples=examples(150), deadline=None)
@given(lists=_LISTS, width=st.integers(1, 120))
def test_side_by_side_prints_as_richs_grid(lists: list[tuple[str, list[str]]], width: int) -> None:
    styles = ["green", "yellow", "green"]
    side = SideBySide(
        [(blocks.Bullets(title, tuple(items)), styles[i]) for i, (title, items) in enumerate(lists)]
    )
    assert _printed(side, width) == _printed(side.rich_grid(), width)


_TEXT = st.lists(
    st.sampled_from([*"ab cdå ÄÖ  –…漢\xa0\t\n", "ordet", "långtord" * 3]), max_size=30
).map("".join)


@settings(max_examples=examples(200), deadline=None)
@given(text=_TEXT, width=st.integers(1, 40), style=st.sampled_from(["", "bold cyan", "dim"]))
def test_a_line_and_a_paragraph_print_as_richs_text(text: str, width: int, style: str) -> None:
    assert _printed(Line(text, style), width) == _printed(Text(text, style=style), width)
    assert _printed(Paragraph(text), width) == _printed(Padding(Text(text), (0, 0, 1, 0)), width)


@settings(max_examples=examples(150), deadline=None)
@given(
    rows=st.lists(st.tuples(st.sampled_from(["1.1", "12.10", "•"]), _TEXT), max_size=4),
    width=st.integers(1, 40),
)
def test_a_question_list_prints_as_its_padding(rows: list[tuple[str, str]], width: int) -> None:
    rows = [(lead, body.replace("\t", " ")) for lead, body in rows]
    hanging = Hanging(rows)
    assert _printed(Indented(hanging), width) == _printed(Padding(hanging, (0, 0, 1, 2)), width)


@settings(max_examples=examples(400))
@given(
    line=st.lists(st.sampled_from(["a", "bb", " ", "  ", "ordet", "långtord" * 2, "–"])).map(
        "".join
    ),
    width=st.integers(1, 30),
    overflow=st.sampled_from(get_args(Overflow)),
)
def test_a_line_breaks_where_rich_breaks_it(line: str, width: int, overflow: Overflow) -> None:
    quick = _space_breaks(line, width)
    assert quick == _breaks(line, width)
    if quick is not None:
        assert quick == divide_line(line, width, fold=overflow == "fold")
    console = Console()
    expected = [
        piece.plain for piece in Text(line).wrap(console, width, justify="left", overflow=overflow)
    ]
    assert wrap_plain(line, width, overflow, console) == expected


def test_ratio_distribute_shares_as_richs() -> None:
    chance = random.Random(23)
    for _ in range(5000):
        count = chance.randint(1, 5)
        total = chance.randint(0, 200)
        ratios = [chance.randint(1, 4) for _ in range(count)]
        least = chance.choice([None, [chance.randint(1, 5) for _ in range(count)]])
        assert ratio_distribute(total, ratios, least) == rich_ratio_distribute(total, ratios, least)


def test_the_report_prints_as_rich_prints_it_counted_and_fitted(
    demo_report: Report,
) -> None:
    for width in (40, 80, 120):
        output = io.StringIO()
        console = Console(file=output, width=width, height=24, force_terminal=True)
        segments = list(console.render(render_report(demo_report), console.options))
        assert _fits(segments, width)
        lines = console.render_lines(render_report(demo_report), console.options, pad=False)
        assert _line_count(segments) == len(lines)
        print_rich(console, render_report(demo_report), pager=False)
        printed = output.getvalue()
        assert printed == _print_plainly(demo_report, width)
        assert max(cell_len(line) for line in Text.from_ansi(printed).plain.split("\n")) <= width


def _print_plainly(report: Report, width: int) -> str:
    output = io.StringIO()
    console = Console(file=output, width=width, height=24, force_terminal=True)
    console.print(render_report(report))
    return output.getvalue()


def test_a_line_wider_than_the_terminal_is_still_cut_to_it() -> None:
    output = io.StringIO()
    console = Console(file=output, width=10, force_terminal=False)
    print_rich(console, Segments([Segment("x" * 25 + "\n")]), pager=False)
    assert output.getvalue() == "x" * 10 + "\n"


def test_lines_are_counted_as_rich_counts_them() -> None:
    segments = [Segment("a\nb"), Segment("c", control=None), Segment("\n")]
    assert _line_count(segments) == 2
    assert _line_count([Segment("a\n"), Segment("b")]) == 2
    assert _line_count([]) == 0
    assert not _fits([Segment("abc"), Segment("d\n")], 3)
    assert _fits([Segment("abc\n"), Segment("d\n")], 3)


@settings(max_examples=examples(300))
@given(
    parts=st.lists(
        st.lists(st.sampled_from(["a", "å", "–", "漢", "\n", " ", "\x1b", "bcd"])).map("".join)
    ),
    width=st.integers(0, 10),
)
def test_the_fit_check_measures_lines_as_rich_does(parts: list[str], width: int) -> None:
    text = "".join(parts)
    widest = max(cell_len(line) for line in text.split("\n"))
    assert _fits([Segment(part) for part in parts], width) == (widest <= width)


@pytest.mark.parametrize(
    "title",
    [
        "1 Inledning",
        "4 Detaljerad genomgång i förhållande till Kommunkompassens åtta områden",
        "2 漢字",
    ],
)
def test_a_chapters_rule_prints_as_richs_rule(title: str) -> None:
    from kompass_tui.views.report_view import ChapterRule

    rule = ChapterRule(title)
    for width in WIDTHS:
        assert _printed(rule, width) == _printed(rule.rich_rule(), width), width


def test_the_characters_taken_as_one_cell_are_those_rich_measures_so() -> None:
    """`text_wrap` names the wide ones of its punctuation rather than measuring each as it
    loads: every character of its ranges is one cell to it exactly when Rich says so."""
    ranges = text_wrap._LATIN + text_wrap._PUNCTUATION
    for low, high in ranges:
        for character in map(chr, range(low, high + 1)):
            assert (character in text_wrap._ONE_CELL) == (cell_len(character) == 1), hex(
                ord(character)
            )


@pytest.mark.parametrize(
    "lines",
    [
        [Text("Kommunkompassen", style="bold"), Text("")],
        [
            Text("Preliminär. Utvärderarna har 2 oenigheter kvar", style="bold yellow"),
            Text("Ett ord_som_är_längre_än_många_terminaler_är_breda_och_viks", style="dim"),
            Text("  indraget  med   mellanrum  ", style="dim italic"),
            Text(""),
            Text("1. Vad är Kommunkompassen?", style="dim"),
        ],
        [Text("Bred text: 漢字 i titeln", style="bold"), Text("Malmö")],  # Rich draws it
        [Text.assemble(("fet", "bold"), " och vanlig"), Text("rad")],  # spans: Rich draws it
    ],
)
def test_the_title_box_prints_as_richs_panel(lines: list[Text]) -> None:
    box = TitlePanel(lines, border_style="cyan")
    for width in WIDTHS:
        assert _printed(box, width) == _printed(box.rich_panel(), width), width
        console = Console(width=width)
        measured = Measurement.get(console, console.options, box)
        assert measured == Measurement.get(console, console.options, box.rich_panel())


def test_the_demos_title_box_prints_as_richs_panel(demo_report: Report) -> None:
    box = _title(demo_report)
    assert isinstance(box, TitlePanel)
    console = Console(width=80)
    drawn = list(box.__rich_console__(console, console.options))
    assert all(isinstance(part, Segment) for part in drawn)  # drawn directly, not by Rich
    for width in WIDTHS:
        assert _printed(box, width) == _printed(box.rich_panel(), width), width


def test_visible_shows_control_characters_across_the_segments_it_joins() -> None:
    # #23: runs of unstyled segments are joined, then made visible at once.
    from kompass_tui.views.visible import Visible

    parts = Text.assemble("a\x1b[2J", "b\x9b", ("c\x1b", "bold"), "\x00d")
    console = Console(width=40, force_terminal=True, color_system="truecolor")
    drawn = [s for s in console.render(Visible(parts), console.options) if not s.control]
    text = "".join(s.text for s in drawn)
    assert text.startswith("a␛[2Jb\N{REPLACEMENT CHARACTER}c␛␀d")
    assert all(not (set(s.text) & {"\x1b", "\x9b", "\x00"}) for s in drawn)
    assert [s.text for s in drawn if s.style and s.style.bold] == ["c␛"]
