"""A comparison as Markdown (GFM): the `-o` output of `kompass compare`."""

from __future__ import annotations

from kompass_tui.core.compare.comparison import Comparison
from kompass_tui.core.compare.notes import caveats, population_note, sources
from kompass_tui.core.compare.over_time import (
    change_grids,
    change_summary_grid,
    trend_grid,
    trends,
)
from kompass_tui.core.compare.tables import (
    Grid,
    area_legend,
    main_grid,
    rank_grid,
    summary_grid,
    turned,
)
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
    notes = area_legend(comparison, lang) if turned(comparison) else []
    if median or mean:
        notes.append(population_note(comparison.population, lang))
    notes += caveats(comparison, lang)
    if notes:
        blocks.append(_list(notes))
    found = sources(comparison)
    if found:
        items = [f"- {escape_inline(text)} ({escape_inline(label)})" for label, text in found]
        blocks.append(f"**{words('sources')}:**\n\n" + "\n".join(items))
    if profile_chart is not None:
        blocks.append(f"![{escape_inline(words('profile_chart'))}]({link_target(profile_chart)})")
    if not turned(comparison):
        blocks.append(f"## {words('evaluations')}")
        blocks.append(grid_markdown(summary_grid(comparison, lang)))
    blocks.append(f"## {words('rank_heading')}")
    blocks.append(grid_markdown(rank_grid(comparison, lang)))
    if comparison.changes and turned(comparison):
        blocks.append(f"## {words('change')}")
        blocks.append(grid_markdown(change_summary_grid(comparison, lang)))
    for change in comparison.changes if not turned(comparison) else ():
        heading = words("change_heading", earlier=change.earlier.label, later=change.later.label)
        blocks.append(f"## {escape_inline(heading)}")
        areas, questions = change_grids(change, comparison, lang)
        blocks.append(grid_markdown(areas))
        if questions is not None:
            blocks.append(f"### {words('per_question')}")
            blocks.append(grid_markdown(questions))
    if trend:
        for one in trends(comparison):
            blocks.append(
                f"## {escape_inline(words('trend_heading', municipality=one.municipality))}"
            )
            blocks.append(grid_markdown(trend_grid(one, comparison, lang)))
            blocks.append(escape_inline(words("trend_areas"), line_start=True))
        if trend_chart is not None:
            alt = escape_inline(words("trend_chart"))
            blocks.append(f"![{alt}]({link_target(trend_chart)})")
    return visible("\n\n".join(blocks) + "\n")  # no escape sequences in a report file
