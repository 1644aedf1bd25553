"""An area's texts and lists below its questions: its general text, strengths, improvements
with their actions, and, at a re-evaluation, what the earlier evaluation said.

The general text ("Allmänt") opens the area's chapter of the report; the lists close it.
The rows are the model's: `text_rows` lists them, `place.row` (kind "texts") highlights one,
and the workbench edits the highlighted row (Enter), adds (a) and deletes (d) items, adds an
action to an improvement area (p) and moves an action's status on (s). The earlier
evaluation's lists are shown below the rows, read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual.content import Content
from textual.widgets import Static

from kompass_tui.core.instrument.criteria import Area
from kompass_tui.core.scoring.numbers import format_points
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.core.session.practice import Action
from kompass_tui.core.texts.catalog import text
from kompass_tui.tui.laid_out import laid_out_width
from kompass_tui.tui.literal import literal
from kompass_tui.tui.one_line import cut, joined
from kompass_tui.tui.strings import tr

NOTES_PREVIEW = 3
"""Lines of the general text shown."""
OWNER_WIDTH = 14
"""Cells of an action's owner in its line (what is to be done needs them more)."""


@dataclass(frozen=True)
class TextRow:
    """One row: the general text ("notes"), an item of a list (-1: an empty list's place),
    or an action ("actions": its index among the area's actions, `parent` its improvement
    area's index)."""

    kind: Literal["notes", "strengths", "improvements", "actions"]
    index: int = 0
    parent: int = -1


def text_rows(state: OpenSession, area: Area) -> list[TextRow]:
    """The rows of an area's texts, in the order they are shown: each improvement area is
    followed by its actions."""
    rows = [TextRow("notes")]
    count = len(state.list_items("strengths", area.id))
    rows += [TextRow("strengths", i) for i in range(count)] or [TextRow("strengths", -1)]
    improvements = state.list_items("improvements", area.id)
    actions = state.actions_of(area.id)
    if not improvements:
        rows.append(TextRow("improvements", -1))
    planned: set[str] = set()
    for index, improvement in enumerate(improvements):
        rows.append(TextRow("improvements", index))
        if improvement not in planned:  # a repeated text has no actions of its own
            planned.add(improvement)
            rows += [
                TextRow("actions", i, index)
                for i, action in enumerate(actions)
                if action.improvement == improvement
            ]
    return rows


def action_line(action: Action, lang: str, width: int, *, details: bool = True) -> str:
    """`Anta planen · kommunikationschef · 2010-12-31 · påbörjad` (without `details`, what
    and the status only): what is to be done gets the room; a long owner is cut first."""
    due = action.due.isoformat() if action.due is not None and details else ""
    status = text(lang, f"plan.status.{action.status}")
    owner = cut(action.owner, OWNER_WIDTH) if action.owner.strip() and details else ""
    return joined([action.action, owner, due, status], width, flexible=0)


class AreaTexts(Static):
    """The lists and the start of the notes, the highlighted row marked."""

    def __init__(self, state: OpenSession, area: Area) -> None:
        super().__init__("", classes="area-texts")
        self.state = state
        self.area = area
        self._drawn: tuple[object, ...] = ()
        self._shown: tuple[object, ...] = ()
        self._height = -1
        self.highlighted_line = 0
        """The line of the highlighted row (0: none), to keep it in view."""

    def on_mount(self) -> None:
        """Show what the session holds."""
        self.redraw()

    def on_resize(self) -> None:
        """Cut long items to the new width."""
        self.redraw()

    def redraw(self) -> None:
        """Draw the rows (nothing when nothing changed)."""
        state, area, lang = self.state, self.area, self.state.lang
        place = state.place
        highlighted = place.row if place.kind == "texts" and place.area_id == area.id else -1
        width = max(20, laid_out_width(self) - 4)
        key = (state.revision, highlighted, width)
        if key == self._drawn:
            return
        self._drawn = key
        self.highlighted_line = 0
        words = tr(lang, "words", n=state.area_words(area))
        lines = [Content.styled(f"{tr(lang, 'area_texts')} · {words}", "bold")]
        last_kind = ""
        actions = state.actions_of(area.id)
        for index, row in enumerate(text_rows(state, area)):
            by = ""
            if row.kind != last_kind and row.kind != "actions":
                title = "general" if row.kind == "notes" else row.kind
                lines.append(Content.styled(tr(lang, title), "bold $text-accent"))
            last_kind = "improvements" if row.kind == "actions" else row.kind
            if row.kind == "notes":
                general = state.text_of("notes", area.id).strip()
                preview = general.splitlines()[:NOTES_PREVIEW] if general else []
                shown = [literal(line, one_line=True)[:width] for line in preview]
                body = "\n".join(f"  {line}" for line in shown) or f"  {tr(lang, 'empty_text')}"
            elif row.kind == "actions":
                body = "      – " + action_line(actions[row.index], lang, width - 8)
            elif row.index < 0:
                body = f"  {tr(lang, 'empty_list')}"
            else:
                item = state.list_items(row.kind, area.id)[row.index]
                # Who wrote it, after a consensus: shown here, never printed in the report.
                authors = state.written_by(f"areas.{area.id}.{row.kind}", item)
                by = f" · {literal(', '.join(authors), one_line=True)}" if authors else ""
                room = max(8, width - 2 - len(by))
                body = "  • " + literal(item, one_line=True)[:room]
            content = (
                Content(body)
                if row.index >= 0 or row.kind == "notes"
                else Content.styled(body, "$text-muted")
            )
            if by:
                content = Content.assemble(content, (by, "$text-muted"))
            if index == highlighted:
                self.highlighted_line = len(lines)
                content = content.stylize("reverse")
            lines.append(content)
        lines += self._earlier(width)
        content = Content("\n").join(lines)
        drawing = (content.plain, tuple(content.spans))
        if drawing != self._shown:
            # Typing a text changes only its word count: as many lines, no layout.
            height = content.plain.count("\n") + 1
            self.update(content, layout=height != self._height)
            self._shown, self._height = drawing, height

    def _earlier(self, width: int) -> list[Content]:
        """What the earlier evaluation said about the area (nothing without one)."""
        state, lang = self.state, self.state.lang
        earlier = state.earlier_by_area.get(self.area.id)
        if earlier is None or state.earlier is None:
            return []
        if not (earlier.strengths or earlier.improvements):
            return []
        label = state.earlier.label or tr(lang, "earlier_label")
        heading = tr(lang, "earlier_heading", label=label)
        if earlier.total is not None:
            heading += f" · {format_points(earlier.total, lang)}"
        lines = [Content(""), Content.styled(heading, "bold $text-muted")]
        muted = "$text-muted"
        if earlier.strengths:
            lines.append(Content.styled(f"  {tr(lang, 'strengths')}", muted))
            lines += [
                Content.styled("    • " + cut(item, width - 4), muted) for item in earlier.strengths
            ]
        if earlier.improvements:
            lines.append(Content.styled(f"  {tr(lang, 'improvements')}", muted))
            for plan in earlier.improvements:
                lines.append(Content.styled("    • " + cut(plan.text, width - 4), muted))
                lines += [
                    Content.styled(
                        "        – " + action_line(a, lang, width - 10, details=False), muted
                    )
                    for a in plan.actions
                ]
        return lines
