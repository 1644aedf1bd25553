"""The report's own texts (the last tab): the municipality, its organisation, the evaluation…

The instrument brings what every report of it repeats (sections 1 and 2); these are the texts
only this evaluation has, in the order the report prints them, each with its word count and
first lines. Enter edits the highlighted one in the editor below.
"""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from kompass_tui.core.session.model import REPORT_SECTIONS, count_words
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.tui.literal import literal
from kompass_tui.tui.strings import tr

PREVIEW = 2
"""Lines of each text shown."""


class ReportTexts(VerticalScroll):
    """Every report section of the session, the highlighted one marked."""

    DEFAULT_CSS = """
    ReportTexts { padding: 0 1; scrollbar-size-vertical: 1; }
    """

    def __init__(self, state: OpenSession) -> None:
        super().__init__(id="report-texts")
        self.state = state
        self._drawn: tuple[object, ...] = ()
        self.lines = Static("")

    def compose(self):  # type: ignore[no-untyped-def]
        """One text holding every line."""
        yield self.lines

    def on_mount(self) -> None:
        """Draw from the session."""
        self.redraw()

    def on_resize(self) -> None:
        """Cut the previews to the new width."""
        self.redraw()

    def redraw(self) -> None:
        """Draw the sections (nothing when nothing changed)."""
        state, lang = self.state, self.state.lang
        highlighted = state.place.row if state.place.kind == "report" else -1
        width = max(20, (self.size.width or 78) - 4)
        key = (state.revision, highlighted, width, lang)
        if key == self._drawn:
            return
        self._drawn = key
        total = sum(count_words(t) for t in state.session.report_sections.values())
        lines = [
            Content.styled(
                f"{tr(lang, 'report_tab_title')} · {tr(lang, 'words', n=total)}", "bold"
            ),
            Content.styled(tr(lang, "report_tab_help"), "$text-muted"),
            Content(""),
        ]
        for index, section in enumerate(REPORT_SECTIONS):
            text = state.text_of("section", section).strip()
            title = f"{tr(lang, f'section.{section}')} · {tr(lang, 'words', n=count_words(text))}"
            heading = Content.styled(title, "bold $text-accent")
            if index == highlighted:
                heading = heading.stylize("reverse")
            lines.append(heading)
            preview = [literal(line, one_line=True)[:width] for line in text.splitlines()[:PREVIEW]]
            lines += [Content(f"  {line}") for line in preview] or [
                Content.styled(f"  {tr(lang, 'empty_text')}", "$text-muted")
            ]
        self.lines.update(Content("\n").join(lines))
        if highlighted >= 0:
            self.scroll_to_widget(self.lines, animate=False, top=False)
