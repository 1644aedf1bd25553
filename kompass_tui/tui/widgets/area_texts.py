"""An area's texts and lists below its questions: its general text, strengths, improvements.

The general text ("Allmänt") opens the area's chapter of the report; the lists close it.
The rows are the model's: `text_rows` lists them, `place.row` (kind "texts") highlights one,
and the workbench edits the highlighted row (Enter), adds (a) and deletes (d) items.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.widgets import Static

from kompass_tui.core.instrument.criteria import Area
from kompass_tui.core.session.open_session import ListKind, OpenSession
from kompass_tui.tui.literal import literal
from kompass_tui.tui.strings import tr

NOTES_PREVIEW = 3
"""Lines of the general text shown."""


@dataclass(frozen=True)
class TextRow:
    """One row: the general text ("notes"), or an item of a list (-1: an empty list's place)."""

    kind: str
    index: int = 0


def text_rows(state: OpenSession, area: Area) -> list[TextRow]:
    """The rows of an area's texts, in the order they are shown."""
    rows = [TextRow("notes")]
    kinds: tuple[ListKind, ...] = ("strengths", "improvements")
    for kind in kinds:
        count = len(state.list_items(kind, area.id))
        rows += [TextRow(kind, i) for i in range(count)] or [TextRow(kind, -1)]
    return rows


class AreaTexts(Static):
    """The lists and the start of the notes, the highlighted row marked."""

    def __init__(self, state: OpenSession, area: Area) -> None:
        super().__init__("", classes="area-texts")
        self.state = state
        self.area = area
        self._drawn: tuple[object, ...] = ()

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
        width = max(20, (self.size.width or 78) - 4)
        key = (state.revision, highlighted, width)
        if key == self._drawn:
            return
        self._drawn = key
        words = tr(lang, "words", n=state.area_words(area))
        lines = [Content.styled(f"{tr(lang, 'area_texts')} · {words}", "bold")]
        last_kind = ""
        for index, row in enumerate(text_rows(state, area)):
            if row.kind != last_kind:
                last_kind = row.kind
                title = "general" if row.kind == "notes" else row.kind
                lines.append(Content.styled(tr(lang, title), "bold $text-accent"))
            if row.kind == "notes":
                text = state.text_of("notes", area.id).strip()
                preview = text.splitlines()[:NOTES_PREVIEW] if text else []
                shown = [literal(line, one_line=True)[:width] for line in preview]
                body = "\n".join(f"  {line}" for line in shown) or f"  {tr(lang, 'empty_text')}"
            elif row.index < 0:
                body = f"  {tr(lang, 'empty_list')}"
            else:
                item = state.list_items(row.kind, area.id)[row.index]  # type: ignore[arg-type]
                body = "  • " + literal(item, one_line=True)[: width - 2]
            content = (
                Content(body)
                if row.index >= 0 or row.kind == "notes"
                else Content.styled(body, "$text-muted")
            )
            lines.append(content.stylize("reverse") if index == highlighted else content)
        self.update(Content("\n").join(lines))
