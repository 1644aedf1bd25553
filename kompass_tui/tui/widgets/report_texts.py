"""The report's own texts (the last tab): the municipality, its organisation, the evaluation…

The instrument brings what every report of it repeats (sections 1 and 2); these are the texts
only this evaluation has, in the order the report prints them, each with its word count and
first lines. Enter edits the highlighted one in the editor below. The last row is the
interview log (who was interviewed, by role), which "Utvärderingen" counts: Enter opens it.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.widgets import Static

from kompass_tui.core.report.practice_text import interview_sentence
from kompass_tui.core.session.model import REPORT_SECTIONS, count_words
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.core.session.practice import interview_counts
from kompass_tui.tui.literal import literal
from kompass_tui.tui.one_line import cut
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.tab_ready import TabReady

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

    def compose(self) -> ComposeResult:
        """One text holding every line."""
        yield self.lines

    def on_mount(self) -> None:
        """Draw from the session; say it is ready."""
        self.redraw()
        self.post_message(TabReady(self))

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
        top = 0
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
                heading, top = heading.stylize("reverse"), len(lines)
            lines.append(heading)
            preview = [literal(line, one_line=True)[:width] for line in text.splitlines()[:PREVIEW]]
            lines += [Content(f"  {line}") for line in preview] or [
                Content.styled(f"  {tr(lang, 'empty_text')}", "$text-muted")
            ]
        if highlighted == len(REPORT_SECTIONS):
            top = len(lines)
        lines += self._interviews(highlighted == len(REPORT_SECTIONS), width)
        self.lines.update(Content("\n").join(lines))
        if highlighted >= 0:
            # The highlighted text's heading and first lines into view.
            self.scroll_to_region(Region(0, top, 1, PREVIEW + 1), animate=False)

    def _interviews(self, highlighted: bool, width: int) -> list[Content]:
        """The interview log's row: how many entries, and the report's sentence counting
        the people interviewed by role."""
        lang = self.state.lang
        log = self.state.session.interviews
        title = f"{tr(lang, 'interviews_title')} · {tr(lang, 'entries', n=len(log))}"
        heading = Content.styled(title, "bold $text-accent")
        sentence = interview_sentence(interview_counts(log), lang)
        preview = (
            Content(f"  {cut(sentence, width)}")
            if sentence
            else Content.styled(f"  {tr(lang, 'interviews_empty')}", "$text-muted")
        )
        return [heading.stylize("reverse") if highlighted else heading, preview]
