"""A comparison as Markdown (GFM): the `-o` output of `kompass compare`."""

from __future__ import annotations

from kompass_tui.core.compare.comparison import Comparison
from kompass_tui.core.compare.notes import sources
from kompass_tui.core.compare.sections import first_notes, later_sections
from kompass_tui.core.compare.tables import Grid, main_grid, turned
from kompass_tui.core.formats.escaping import escape_inline, link_target
from kompass_tui.core.texts.catalog import Texts
from kompass_tui.core.visible import visible


def grid_markdown(grid: Grid) -> str:
    """A grid as a GFM table; the first column left-aligned, the numbers right-aligned."""
    lines = [_md_row(grid.header, False), "| :-- |" + " --: |" * (len(grid.header) - 1)]
    lines += [_md_row(row, i in grid.bold) for i, row in enumerate(grid.rows)]
    return "\n".join(lines)


_PLAIN = frozenset("0123456789 ,.+-±–%/")
"""Characters a number cell is made of: nothing to escape (most cells of a long table)."""


def _md_row(cells: list[str], bold: bool) -> str:
    texts = [c if c and _PLAIN.issuperset(c) else escape_inline(c) or " " for c in cells]
    if bold:
        texts = [f"**{t}**" if t.strip() else t for t in texts]
    return "| " + " | ".join(texts) + " |"


def _list(lines: list[str]) -> str:
    return "\n".join(f"- {escape_inline(line)}" for line in lines)


def comparison_markdown(
    comparison: Comparison,
    lang: str,
    median: bool = False,
    mean: bool = False,
    trend: bool = False,
    trend_chart: str | None = None,
    profile_chart: str | None = None,
) -> str:
    """The whole comparison as Markdown, ending with a newline.

    With `trend`, a table per municipality evaluated more than once; `trend_chart` is the
    link to the trend SVG, shown after them; `profile_chart` the link to the profile
    against the median, shown after the first table.
    """
    words = Texts(lang, "compare.")
    name = comparison.instrument.text(comparison.instrument.name, lang)
    blocks = [f"# {words('title')} – {escape_inline(name)}"]
    blocks.append(grid_markdown(main_grid(comparison, lang, median, mean)))
    notes = first_notes(comparison, lang, median, mean, legend=turned(comparison))
    if notes:
        blocks.append(_list(notes))
    found = sources(comparison)
    if found:
        items = [f"- {escape_inline(text)} ({escape_inline(label)})" for label, text in found]
        blocks.append(f"**{words('sources')}:**\n\n" + "\n".join(items))
    if profile_chart is not None:
        blocks.append(f"![{escape_inline(words('profile_chart'))}]({link_target(profile_chart)})")
    for section in later_sections(comparison, lang, trend):
        blocks.append(f"{'#' * section.level} {escape_inline(section.heading)}")
        blocks.append(grid_markdown(section.grid))
        if section.note:
            blocks.append(escape_inline(section.note, line_start=True))
    if trend and trend_chart is not None:
        alt = escape_inline(words("trend_chart"))
        blocks.append(f"![{alt}]({link_target(trend_chart)})")
    return visible("\n\n".join(blocks) + "\n")  # no escape sequences in a report file
