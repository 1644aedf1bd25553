"""The line at the top: municipality, total and percentage, progress, file and saved state.

When another process holds the file, a second line says so: read-only, and by whom.
"""

from __future__ import annotations

from datetime import date, datetime

from textual.content import Content
from textual.timer import Timer
from textual.widgets import Static

from kompass_tui.core.files.locks import LockInfo
from kompass_tui.core.scoring.numbers import format_max, format_points, format_result
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.tui.laid_out import laid_out_width
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


class StatusLine(Static):
    """Always visible: municipality, total, progress, saved or not, file; a second line says
    who holds the file when it is read-only. `refresh_from(state)` redraws what changed.

    One widget drawing its parts side by side (the file name cut to the width left, with an
    ellipsis), not one per part: the first frame builds, styles, lays out and draws one
    widget, not nine (#23). The terminal gets only the cells that changed (the app's
    `TerminalMirror`), so a new figure still sends its own cells and nothing else."""

    # Clipped, never folded: the line drawn for the old width, laid out once at a new width
    # before `on_resize` cuts it again, must not take a second row.
    DEFAULT_CSS = """
    StatusLine {
        height: auto; background: $panel; color: $foreground; padding: 0 1;
        text-wrap: nowrap; text-overflow: clip;
    }
    """

    def __init__(self, state: OpenSession, *, id: str | None = None) -> None:
        super().__init__("", id=id)
        self.state = state
        self._parts: dict[str, Content] = {}
        """The parts as drawn last: warning (empty unless read-only), name, figures,
        answered, saved, open, file."""
        self._drawn: tuple[object, ...] = ()
        self._lines = 0
        """How many line ends the text drawn last had (another count is laid out anew)."""
        self._message: str | None = None
        self._message_timer: Timer | None = None

    def on_mount(self) -> None:
        """Draw from the session."""
        self.refresh_from(self.state)

    def on_resize(self) -> None:
        """Cut the file name to the new width."""
        self._draw()

    def refresh_from(self, state: OpenSession) -> None:
        """Redraw from the session (nothing when nothing shown changed)."""
        lang = state.lang
        score = state.score()
        figures_w, saved_w = _widths(state)
        # Each text fills its cells itself: no second, unstyled run of padding on the wire.
        total = "  " + format_result(
            score.total if score.scored else None, score.max, score.percent, lang
        )
        progress = f"{score.scored}/{score.scorable}"
        saved = (
            Content.styled(f"  {tr(lang, 'unsaved')}".ljust(saved_w), "bold $text-warning")
            if state.dirty
            else Content.styled(f"  {tr(lang, 'saved')}".ljust(saved_w), "$text-success")
        )
        count = state.open_count()
        opened = tr(lang, "status_open", n=count) + " " if count else ""
        holder = state.lock_holder
        warning = Content("")
        if holder is not None:
            marker = tr(lang, "read_only", holder=describe_holder(holder, lang))
            warning = literal_content(marker, "bold $text-warning", one_line=True)
        message = self._message
        self._parts = {
            "warning": warning,
            "name": literal_content(state.session.municipality, "bold", one_line=True),
            "figures": Content.assemble(
                (total, "bold $text-accent"), progress.rjust(figures_w - len(total))
            ),
            "answered": (
                Content(f" {tr(lang, 'answered')}")
                if message is None
                else literal_content(f" {message}", "bold", one_line=True)
            ),
            "saved": saved,
            "open": Content.styled(opened, "bold $text-warning"),
            "file": (
                literal_content(state.path.name, "dim", one_line=True)
                if message is None
                else Content("")
            ),
        }
        self.set_class(holder is not None, "-read-only")
        self._draw()

    def _draw(self) -> None:
        parts = self._parts
        if not parts:
            return  # not drawn from the session yet (on_mount draws it)
        width = laid_out_width(self)
        line = Content.assemble(*(parts[p] for p in ("name", "figures", "answered", "saved")))
        line = Content.assemble(line, parts["open"])
        room = width - line.cell_length
        if room > 0:
            line = Content.assemble(line, parts["file"].truncate(room, ellipsis=True))
        line = line.truncate(width)
        warning = parts["warning"]
        shown = (
            Content("\n").join([warning.truncate(width, ellipsis=True), line])
            if warning.plain
            else line
        )
        key = (shown.plain, tuple(shown.spans))
        if key == self._drawn:
            return
        lines = shown.plain.count("\n")
        self._drawn = key
        self.update(shown, layout=lines != self._lines)
        self._lines = lines

    def show_message(self, message: str, seconds: float = 4) -> None:
        """Say something in place of the word `answered` and the file name for a few seconds
        (what was undone)."""
        if self._message_timer is not None:
            self._message_timer.stop()
        self._message = message
        self.refresh_from(self.state)
        self._message_timer = self.set_timer(seconds, self._end_message)

    def _end_message(self) -> None:
        self._message_timer = None
        self._message = None
        self.refresh_from(self.state)

    def render_text(self) -> str:
        """The whole status as one text (for tests and help): the parts in order, whole."""
        parts = self._parts
        if not parts:
            return ""
        order = ("name", "figures", "answered", "saved", "open", "file")
        line = "".join(parts[p].plain for p in order)
        warning = parts["warning"].plain
        return f"{warning}\n{line}" if warning else line
