"""The terminal report wraps its texts itself (`views/report_text_view.py`, for the speed of
`kompass show`, #23): line for line what Rich's own wrapping and grids make of them."""

from __future__ import annotations

import io
from typing import get_args

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from kompass_tui.core.report.text_blocks import parse_text
from kompass_tui.views.report_text_view import Hanging, Overflow, TextBlocks, wrap_plain
from tests.helpers import examples

# Latin letters and Swedish ones, spaces, a dash and an ellipsis (one cell each), a wide
# character (two cells), a soft hyphen (outside the one-cell set), a tab, newlines.
_TEXT = st.lists(
    st.sampled_from([*"ab cdå ÄÖ  –…漢\xad\t\n", "ordet", "långtord" * 3]), max_size=30
).map("".join)
_OVERFLOW = st.sampled_from(get_args(Overflow))


@settings(max_examples=examples(400))
@given(text=_TEXT, width=st.integers(1, 30), overflow=_OVERFLOW)
def test_wrap_plain_makes_the_lines_rich_makes(text: str, width: int, overflow: Overflow) -> None:
    console = Console()
    rich_lines = Text(text).wrap(console, width, justify="left", overflow=overflow)
    assert wrap_plain(text, width, overflow, console) == [line.plain for line in rich_lines]


def _printed(renderable: object, width: int) -> str:
    output = io.StringIO()
    console = Console(file=output, width=width, force_terminal=True, color_system="256")
    console.print(renderable)
    return output.getvalue()


_ROWS = st.lists(
    st.tuples(st.sampled_from(["•", "1.1", "  ◦", "12.10"]), _TEXT.filter(lambda t: "\t" not in t)),
    min_size=1,
    max_size=5,
)


@settings(max_examples=examples(200))
@given(rows=_ROWS, width=st.integers(8, 60))
def test_hanging_rows_look_as_a_two_column_grid(rows: list[tuple[str, str]], width: int) -> None:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for lead, body in rows:
        grid.add_row(Text(lead, style="green"), Text(body))
    expected = _printed(Padding(grid, 0), width)
    assert _printed(Hanging(rows, "green"), width) == expected


def test_a_report_text_prints_as_its_padded_blocks_did() -> None:
    text = (
        "Kommunen har en plan.\nRad två, längre än raden är bred i terminalen.\n\n"
        "- första punkten som är lång nog att brytas\n  - under den\n- andra\n\n"
        "| Kolumn | Tal |\n|---|--:|\n| ett | 1 |\n\nSlut."
    )
    from rich.console import Group

    from kompass_tui.views.report_text_view import block_renderable

    before = Group(*(Padding(block_renderable(b), (0, 0, 1, 0)) for b in parse_text(text)))
    for width in (20, 40, 80):
        assert _printed(TextBlocks(parse_text(text)), width) == _printed(before, width)
