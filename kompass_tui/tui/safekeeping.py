"""Nothing lost: autosave to the recovery file, careful saving, signals, locks, opening dialogs.

One `SessionKeeper` looks after the session the workbench has open:

- every edit schedules a write of the recovery file, at most `AUTOSAVE_MAX` seconds after the
  first unwritten edit (the keeper listens to the open session's change signal);
- saving refuses to overwrite a file that changed on disk and asks what to do;
- SIGHUP (terminal closed, SSH dropped) and SIGTERM write the recovery file and release
  the lock before the process leaves;
- on opening, a stale lock is offered for taking over and unsaved work for restoring.

It talks to the screens only through the session: restoring, reloading or taking over
changes the open session, whose change signal the workbench redraws from.
"""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from kompass_tui.core.files.locks import LockHeldError, read_lock
from kompass_tui.core.problems import LoadError
from kompass_tui.core.session.change import SessionChange
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.core.session.recovery import (
    describe_changes,
    pending_recovery,
    recovery_path,
    write_recovery,
)
from kompass_tui.core.session.toml_io import (
    ExternalChangeError,
    SessionFileGoneError,
    load_session,
)
from kompass_tui.core.session.versions import keep_version
from kompass_tui.tui.kompass_app import kompass_app
from kompass_tui.tui.literal import literal
from kompass_tui.tui.read_only import refuse_read_only
from kompass_tui.tui.screens.choice_dialog import Choice, ChoiceDialog
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.status_line import describe_holder

if TYPE_CHECKING:
    from textual.app import App
    from textual.timer import Timer

    from kompass_tui.core.instrument.catalog import Catalog

AUTOSAVE_IDLE = 1.0
"""Seconds without an edit after which unsaved work goes to the recovery file."""
AUTOSAVE_MAX = 2.0
"""Seconds after the first unwritten edit by which it is written, even while typing goes on."""
clock = time.monotonic
"""The clock autosave measures with (a test may stand in its own)."""
AUTOSAVE_SOON = 0.01
"""A delay this short is no delay: write at once."""
EXIT_GRACE = 3.0
"""After SIGHUP/SIGTERM, seconds the app has to shut down before the process just ends."""
EXIT_SIGNALS = (signal.SIGHUP, signal.SIGTERM)
LOCK_POLL = 1.0
"""Seconds between looks, in a read-only window, at whether the lock was released."""


class SessionKeeper:
    """Keeps one open session's work safe; the app creates it with the session."""

    def __init__(self, app: App[int], state: OpenSession, catalog: Catalog | None = None) -> None:
        self.app = app
        self.state = state
        self.catalog: Catalog = catalog or kompass_app(app).catalog
        self.closed = False
        self._timer: Timer | None = None
        self._first_unwritten: float | None = None
        self.keep_theirs_on_save = False
        """Mine was restored over theirs (after taking theirs): the next save keeps theirs."""
        self._lock_watch: Timer | None = None
        self._release_offered = False
        state.subscribe(self._changed)

    @property
    def lang(self) -> str:
        """The interface language."""
        return self.state.lang

    def start(self) -> None:
        """Catch the signals that end the process, then ask what opening the file found;
        a read-only window watches for the lock to be released."""
        if not self.app.is_headless:
            loop = asyncio.get_running_loop()
            for signum in EXIT_SIGNALS:
                loop.add_signal_handler(signum, self.exit_on_signal, signum)
        holder = self.state.lock_holder
        self._release_offered = holder is not None and holder.is_stale()  # asked just now
        self.ask_on_open()
        if holder is not None:
            self._lock_watch = self.app.set_interval(LOCK_POLL, self.check_lock_released)

    # -- a read-only window ----------------------------------------------------------------

    def check_lock_released(self) -> None:
        """Read-only here: once the other kompass has released the lock (or ended), offer
        to take it; asked once per release, never over another question."""
        state = self.state
        if self.closed or not state.read_only:
            return
        holder = read_lock(state.path)
        if holder is not None and not holder.is_stale():
            if holder != state.lock_holder:
                state.lock_holder = holder  # someone else holds it now
            self._release_offered = False
            return
        question_open = getattr(self.app, "question_open", None)
        if self._release_offered or (callable(question_open) and question_open()):
            return
        self._release_offered = True
        lang = self.lang
        choices = [
            Choice(
                "take_over",
                tr(lang, "lock_released_take"),
                "t",
                "warning",
                confirm=tr(lang, "lock_released_take_again"),
            ),
            Choice("read_only", tr(lang, "lock_released_stay"), "r", confirm=None),
        ]
        title = tr(lang, "lock_released_title", name=state.path.name)
        self._ask_take_over("lock-released", title, choices, self._taken_after_release)

    def _taken_after_release(self) -> None:
        # The other kompass may have saved meanwhile: edit what the file holds now.
        if self.reload_from_disk(keep_recovery=True):
            self.ask_on_open()

    def _ask_take_over(
        self, name: str, title: str, choices: list[Choice], then: Callable[[], None]
    ) -> None:
        """Offer to take over the lock (`take_over`, two keys) or to stay read-only
        (`read_only`, Enter, Escape): the stale lock's question on opening and the
        released lock's; `then` runs once the lock is ours."""

        def chosen(answer: str | None) -> None:
            if answer == "take_over" and self._take_over():
                then()

        self._ask(name, title, [], choices, chosen, escape="read_only", default="read_only")

    def _take_over(self) -> bool:
        """Take the lock over; False, and said why, when that fails."""
        state = self.state
        try:
            state.take_over(self.catalog)
        except (LockHeldError, OSError) as failure:
            if isinstance(failure, LockHeldError):
                state.lock_holder = failure.holder
            reason = literal(str(failure), one_line=True)
            text = tr(self.lang, "take_over_failed", reason=reason)
            self.app.notify(text, severity="error", markup=False)
            return False
        return True

    def _ask(
        self,
        name: str,
        title: str,
        details: list[str],
        choices: list[Choice],
        on_answer: Callable[[str | None], None],
        *,
        escape: str | None = None,
        default: str | None = None,
    ) -> None:
        """One of the safety questions, as a dialog whose answer goes to `on_answer`;
        `default` (Enter) must be an answer that neither discards nor overwrites."""
        dialog = ChoiceDialog(
            name, title, details, choices, self.lang, on_answer, escape=escape, default=default
        )
        self.app.push_screen(dialog)

    # -- autosave -------------------------------------------------------------------------

    def _changed(self, change: SessionChange) -> None:
        if self.state.dirty and change.kind not in ("place", "entry", "lang", "earlier"):
            self.edited()

    def edited(self) -> None:
        """Schedule writing the recovery file: soon after typing pauses, at the latest 2 s."""
        if self.state.read_only or self.closed:
            return
        now = clock()
        if self._first_unwritten is None:
            self._first_unwritten = now
        delay = min(AUTOSAVE_IDLE, self._first_unwritten + AUTOSAVE_MAX - now)
        self._stop_timer()
        if delay <= AUTOSAVE_SOON:
            # Typing went on past the limit. (A Textual timer of 0 s divides by zero.)
            self.write_recovery()
        else:
            self._timer = self.app.set_timer(delay, self.write_recovery)

    def write_recovery(self) -> None:
        """Write unsaved work to the recovery file now."""
        self._first_unwritten = None
        state = self.state
        if self.closed or state.read_only or not state.dirty:
            return
        try:
            write_recovery(state.session, state.instrument, state.path)
        except OSError as failure:
            reason = literal(failure.strerror or str(failure), one_line=True)
            self.app.notify(tr(self.lang, "save_failed", reason=reason), severity="error")

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    # -- saving -------------------------------------------------------------------------------

    def save(self, *, overwrite: bool = False, then_quit: bool = False) -> bool:
        """Save the session; on an external change, ask (overwrite, reload or cancel)."""
        state = self.state
        if refuse_read_only(self.app, state):
            return False
        if (overwrite or self.keep_theirs_on_save) and not self._keep_theirs():
            return False
        try:
            state.save(overwrite=overwrite)
        except SessionFileGoneError:
            self._ask_recreate(then_quit)
            return False
        except ExternalChangeError:
            self._ask_external_change(then_quit)
            return False
        except OSError as failure:
            reason = literal(failure.strerror or str(failure), one_line=True)
            self.app.notify(
                tr(self.lang, "save_failed", reason=reason), severity="error", markup=False
            )
            return False
        self._stop_timer()
        self._first_unwritten = None
        self.keep_theirs_on_save = False
        name = literal(state.path.name, one_line=True)
        self.app.notify(tr(self.lang, "saved_to", name=name), timeout=3, markup=False)
        if then_quit:
            self.app.exit(0)
        return True

    def _keep_theirs(self) -> bool:
        """Before saving over another version: copy it beside the session, named with the
        time; False (and said why) when it cannot be kept, so nothing is saved over it."""
        try:
            kept = keep_version(self.state.path)
        except OSError as failure:
            reason = literal(failure.strerror or str(failure), one_line=True)
            self.app.notify(
                tr(self.lang, "save_failed", reason=reason), severity="error", markup=False
            )
            return False
        if kept is not None:
            name = literal(kept.name, one_line=True)
            self.app.notify(tr(self.lang, "kept_theirs", name=name), timeout=8, markup=False)
        return True

    def _ask_recreate(self, then_quit: bool) -> None:
        lang = self.lang

        def chosen(answer: str | None) -> None:
            if answer == "recreate":
                self.save(overwrite=True, then_quit=then_quit)

        self._ask(
            "file-gone",
            tr(lang, "gone_title", name=self.state.path.name),
            [],
            [
                Choice("recreate", tr(lang, "gone_recreate"), "s", "warning", confirm=None),
                Choice("cancel", tr(lang, "cancel"), "c", confirm=None),
            ],
            chosen,
            escape="cancel",
            default="cancel",
        )

    def _ask_external_change(self, then_quit: bool) -> None:
        """The file changed on disk: merge theirs into mine (first: nothing is lost, what
        differs becomes a disagreement to settle), take theirs (mine kept in the recovery
        file and offered) or keep both (mine saved, theirs kept beside it as its own file).
        No choice loses a version; Enter and Escape cancel."""
        lang = self.lang

        def chosen(answer: str | None) -> None:
            if answer == "merge":
                self.merge_theirs(then_quit)
            elif answer == "keep_both":
                self.save(overwrite=True, then_quit=then_quit)
            elif answer == "theirs":
                self.take_theirs()

        copy = f"{self.state.path.name.removesuffix('.toml')}.theirs-….toml"
        self._ask(
            "external-change",
            tr(lang, "changed_title", name=self.state.path.name),
            [],
            [
                Choice("merge", tr(lang, "changed_merge"), "m", "primary", confirm=None),
                Choice("theirs", tr(lang, "changed_theirs"), "t", "warning", confirm=None),
                Choice("keep_both", tr(lang, "changed_keep_both", copy=copy), "b", confirm=None),
                Choice("cancel", tr(lang, "cancel"), "c", confirm=None),
            ],
            chosen,
            escape="cancel",
            default="cancel",
        )

    def merge_theirs(self, then_quit: bool) -> None:
        """Merge the version on disk into mine (both sides' changes kept, different changes
        of one thing as disagreements to settle with ctrl+d), then save the result."""
        state = self.state
        try:
            loaded = load_session(state.path, self.catalog)
            open_now = state.merge_from_disk(
                loaded, tr(self.lang, "merge_mine"), tr(self.lang, "merge_disk")
            )
        except LoadError as failure:
            problems = "\n".join(literal(str(p)) for p in failure.problems)
            self.app.notify(problems, severity="error", markup=False)
            return
        except ValueError:
            self.app.notify(tr(self.lang, "merge_other_instrument"), severity="error")
            return
        name = literal(state.path.name, one_line=True)
        self.app.notify(tr(self.lang, "merged", name=name, n=open_now), timeout=8, markup=False)
        self.save(then_quit=then_quit and not open_now)

    def take_theirs(self) -> None:
        """Edit the version on disk; unsaved work of mine goes to the recovery file first,
        and is offered for restoring at once (restoring it and saving keeps theirs beside)."""
        state = self.state
        if state.dirty:
            try:
                write_recovery(state.session, state.instrument, state.path)
            except OSError as failure:
                reason = literal(failure.strerror or str(failure), one_line=True)
                self.app.notify(
                    tr(self.lang, "save_failed", reason=reason), severity="error", markup=False
                )
                return  # mine could not be kept: nothing is dropped
        mine_kept = state.dirty
        if not self.reload_from_disk(keep_recovery=True):
            return
        if mine_kept:
            state.recovery = pending_recovery(state.path, self.catalog)
            if state.recovery is not None:
                self.keep_theirs_on_save = True
                self._ask_restore()

    def reload_from_disk(self, *, keep_recovery: bool = False) -> bool:
        """Edit what the file on disk holds now (unsaved work is dropped, or with
        `keep_recovery` stays in the recovery file); False if the file does not load."""
        state = self.state
        try:
            loaded = load_session(state.path, self.catalog)
        except LoadError as failure:
            problems = "\n".join(literal(str(p)) for p in failure.problems)
            self.app.notify(problems, severity="error", markup=False)
            return False
        self._stop_timer()
        self._first_unwritten = None
        if not keep_recovery:
            state.discard()
        state.replace_session(loaded, dirty=False)
        name = literal(state.path.name, one_line=True)
        self.app.notify(tr(self.lang, "reloaded", name=name), markup=False)
        return True

    def ask_before_quitting(self) -> None:
        """Unsaved changes and a quit: save, discard or stay."""
        lang = self.lang

        def chosen(answer: str | None) -> None:
            if answer == "save":
                self.save(then_quit=True)
            elif answer == "discard":
                self._stop_timer()
                self.state.discard()
                self.app.exit(0)

        if isinstance(self.app.screen, ChoiceDialog) and self.app.screen.name == "quit":
            return
        self._ask(
            "quit",
            tr(lang, "quit_title", name=self.state.path.name),
            [],
            [
                Choice("save", tr(lang, "quit_save"), "s", "primary", confirm=None),
                Choice(
                    "discard",
                    tr(lang, "quit_discard"),
                    "d",
                    "error",
                    confirm=tr(lang, "quit_discard_again"),
                ),
                Choice("cancel", tr(lang, "quit_cancel"), "c", confirm=None),
            ],
            chosen,
            escape="cancel",
        )

    # -- opening --------------------------------------------------------------------------

    def ask_on_open(self) -> None:
        """Offer to take over a stale lock, else to restore unsaved work found on opening."""
        state, lang = self.state, self.lang
        holder = state.lock_holder
        if holder is not None and holder.is_stale():
            choices = [
                Choice(
                    "take_over",
                    tr(lang, "stale_take_over"),
                    "t",
                    "warning",
                    confirm=tr(lang, "stale_take_over_again"),
                ),
                Choice("read_only", tr(lang, "stale_read_only"), "r", confirm=None),
            ]
            named = describe_holder(holder, lang)
            title = tr(lang, "stale_title", name=state.path.name, holder=named)
            self._ask_take_over("take-over", title, choices, self.ask_on_open)
        elif state.recovery is not None:
            self._ask_restore()

    def _ask_restore(self) -> None:
        state, lang = self.state, self.lang
        assert state.recovery is not None
        try:
            written = recovery_path(state.path).stat().st_mtime
            when = datetime.fromtimestamp(written).strftime("%Y-%m-%d %H:%M:%S")
        except OSError:
            when = "?"
        changes = describe_changes(state.session, state.recovery.session, state.instrument, lang)
        self._ask(
            "restore",
            tr(lang, "restore_title", time=when, name=state.path.name),
            changes,
            [
                Choice("restore", tr(lang, "restore_yes"), "r", "primary", confirm=None),
                Choice(
                    "discard",
                    tr(lang, "restore_discard"),
                    "d",
                    "error",
                    confirm=tr(lang, "restore_discard_again"),
                ),
            ],
            self._restore_chosen,
        )

    def _restore_chosen(self, answer: str | None) -> None:
        state = self.state
        recovered, state.recovery = state.recovery, None
        if answer == "restore" and recovered is not None:
            state.replace_session(recovered, dirty=True)
            self.app.notify(tr(self.lang, "restored"))
        elif answer == "discard":
            self.keep_theirs_on_save = False
            state.discard()

    # -- leaving ------------------------------------------------------------------------------

    def exit_on_signal(self, signum: int) -> None:
        """SIGHUP or SIGTERM: keep the work, free the lock, then leave (forcibly if stuck)."""
        self.close()
        # With the terminal gone, shutting down may hang writing to it; the work is safe.
        watchdog = threading.Timer(EXIT_GRACE, os._exit, (128 + signum,))
        watchdog.daemon = True
        watchdog.start()
        self.app.exit(128 + signum)

    def close(self) -> None:
        """At exit, however it happens: write unsaved work to the recovery file, unlock."""
        if self.closed:
            return
        self.write_recovery()
        self.closed = True
        if self._lock_watch is not None:
            self._lock_watch.stop()
        self.state.unsubscribe(self._changed)
        self.state.release()
