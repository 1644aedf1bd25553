"""The line at the top: municipality, total and percentage, progress, file and saved state.

When another process holds the file, a second line says so: read-only, and by whom.
"""

from __future__ import annotations

from datetime import date, datetime

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Static

from kompass_tui.core.files.locks import LockInfo
from kompass_tui.core.scoring.numbers import format_max, format_points, format_result
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.tui.literal import literal_content
from kompass_tui.tui.strings import tr


def describe_holder(holder: LockInfo, lang: str) -> str:
    """Who holds a lock, short enough for the status line: `eva@host (pid 12, since 09:30)`."""
    try:
        started = datetime.fromisoformat(holder.started)
    except ValueError:
        since = holder.started
    else:
        since = started.strftime("%H:%M" if started.date() == date.today() else "%Y-%m-%d %H:%M")
    who = f"{holder.user}@{holder.host}"
    return tr(lang, "lock_holder", who=who, pid=holder.pid, since=since)


def _widths(state: OpenSession) -> tuple[int, int]:
    """Cells for the figures (total and progress) and the saved mark at their widest, so
    that a new figure repaints its own cells and nothing else of the line (issue 16)."""
    lang = state.lang
    instrument = state.instrument
    count = len(instrument.questions)
    widest = (
        f"  {format_points(instrument.max, lang)}0 / {format_max(instrument.max, lang)}"
        f" · 100 %  {count}/{count}"
    )
    saved = max(len(tr(lang, "unsaved")), len(tr(lang, "saved")))
    return len(widest) + 1, saved + 4  # two cells before the mark, two before the file


class StatusLine(Vertical):
    """Always visible: municipality, total, progress, saved or not, file; a second line says
    who holds the file when it is read-only. `refresh_from(state)` redraws what changed."""

    DEFAULT_CSS = """
    StatusLine { height: auto; background: $panel; color: $foreground; padding: 0 1; }
    StatusLine > Horizontal { height: 1; }
    StatusLine Static { width: auto; height: 1; text-wrap: nowrap; }
    StatusLine #status-warning { display: none; width: 1fr; text-overflow: ellipsis; }
    StatusLine.-read-only #status-warning { display: block; }
    StatusLine #status-file { width: 1fr; text-overflow: ellipsis; }
    """

    def __init__(self, state: OpenSession, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state = state
        self._drawn: dict[str, object] = {}
        self._message_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        """The warning line (hidden unless read-only) and the parts of the status line."""
        state = self.state
        figures_w, saved_w = _widths(state)
        yield Static("", id="status-warning")
        with Horizontal():
            yield Static(
                literal_content(state.session.municipality, "bold", one_line=True),
                id="status-name",
            )
            figures = Static("", id="status-figures")
            figures.styles.width = figures_w
            yield figures
            # The word stays put beside the figures: only the figures are sent per keystroke.
            yield Static(f" {tr(state.lang, 'answered')}", id="status-answered")
            saved = Static("", id="status-saved")
            saved.styles.width = saved_w
            yield saved
            yield Static("", id="status-open")
            yield Static(literal_content(state.path.name, "dim", one_line=True), id="status-file")

    def on_mount(self) -> None:
        """Draw from the session."""
        self.refresh_from(self.state)

    def refresh_from(self, state: OpenSession) -> None:
        """Redraw the parts whose text changed (nothing when nothing did)."""
        if not self.children:
            return  # not composed yet: on_mount draws it
        lang = state.lang
        score = state.score()
        figures_w, saved_w = _widths(state)
        # Each text fills its cells itself: no second, unstyled run of padding on the wire.
        total = "  " + format_result(
            score.total if score.scored else None, score.max, score.percent, lang
        )
        progress = f"{score.scored}/{score.scorable}"
        figures = Content.assemble(
            (total, "bold $text-accent"), progress.rjust(figures_w - len(total))
        )
        self._set("figures", figures)
        saved = (
            Content.styled(f"  {tr(lang, 'unsaved')}".ljust(saved_w), "bold $text-warning")
            if state.dirty
            else Content.styled(f"  {tr(lang, 'saved')}".ljust(saved_w), "$text-success")
        )
        self._set("saved", saved)
        count = state.open_count()
        opened = tr(lang, "status_open", n=count) + " " if count else ""
        # Its width follows its text (nothing when nothing is open): laid out anew.
        self._set("open", Content.styled(opened, "bold $text-warning"), layout=True)
        holder = state.lock_holder
        self.set_class(holder is not None, "-read-only")
        if holder is not None:
            marker = tr(lang, "read_only", holder=describe_holder(holder, lang))
            self._set("warning", literal_content(marker, "bold $text-warning", one_line=True))

    def show_message(self, message: str, seconds: float = 4) -> None:
        """Say something in place of the word `answered` and the file name for a few seconds
        (what was undone)."""
        if self._message_timer is not None:
            self._message_timer.stop()
        self.query_one("#status-answered", Static).update(
            literal_content(f" {message}", "bold", one_line=True)
        )
        self._set("file", Content(""))
        self._message_timer = self.set_timer(seconds, self._end_message)

    def _end_message(self) -> None:
        self._message_timer = None
        self.query_one("#status-answered", Static).update(f" {tr(self.state.lang, 'answered')}")
        self._set("file", literal_content(self.state.path.name, "dim", one_line=True))

    def _set(self, part: str, content: Content, layout: bool = False) -> None:
        if self._drawn.get(part) != content.plain + str(content.spans):
            self._drawn[part] = content.plain + str(content.spans)
            self.query_one(f"#status-{part}", Static).update(content, layout=layout)

    def render_text(self) -> str:
        """The whole status as one text (for tests and help): the parts in order."""
        parts = ["warning", "name", "figures", "answered", "saved", "open", "file"]
        shown = [str(self.query_one(f"#status-{p}", Static).render()) for p in parts]
        warning, line = shown[0], "".join(shown[1:])
        return f"{warning}\n{line}" if warning and self.has_class("-read-only") else line
