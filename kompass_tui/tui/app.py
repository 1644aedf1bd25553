"""The kompass application: the workbench for one session, or the picker for a folder.

Every key and paste goes through one `KeyRouter`, applied in arrival order to the screen on
top (see `key_router`). An unexpected error while applying one writes the recovery file
first, then ends the app with a one-line message and a non-zero exit code.
"""

from __future__ import annotations

import gc
import inspect
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path

from rich.console import RenderableType
from textual import events
from textual._compositor import ChopsUpdate, LayoutUpdate
from textual.app import App, SystemCommand
from textual.command import Provider
from textual.geometry import Offset, Size
from textual.screen import Screen

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import LoadError
from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.core.texts.catalog import text
from kompass_tui.exit_codes import EXIT_CRASHED
from kompass_tui.tui.key_router import KeyRouter
from kompass_tui.tui.keys import KeyAction, description, in_context, keys_text
from kompass_tui.tui.literal import literal
from kompass_tui.tui.safekeeping import SessionKeeper
from kompass_tui.tui.screens.base import KeyedScreenMixin
from kompass_tui.tui.screens.choice_dialog import ChoiceDialog
from kompass_tui.tui.strings import tr, ui_language
from kompass_tui.tui.terminal_mirror import TerminalMirror
from kompass_tui.tui.undo_actions import undo_or_redo


def _workbench_css() -> list[Path]:
    """The workbench screen's style sheets, named as Textual names a screen's own."""
    from kompass_tui.tui.screens.workbench import WorkbenchScreen

    folder = Path(inspect.getfile(WorkbenchScreen)).parent
    return [(folder / str(WorkbenchScreen.CSS_PATH)).resolve()]


def _key_table_commands() -> type[Provider]:
    """The palette's commands, imported when it first opens (Textual's system commands are
    not needed before)."""
    from kompass_tui.tui.palette_commands import KeyTableCommands

    return KeyTableCommands


class KompassApp(App[int]):
    """Opens on a session (`state`) or on a folder of sessions (`folder`)."""

    TITLE = "kompass"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = {_key_table_commands}

    def __init__(
        self,
        *,
        state: OpenSession | None = None,
        folder: Path | None = None,
        catalog: Catalog | None = None,
        lang: str | None = None,
    ) -> None:
        super().__init__()
        self.animation_level = "none"
        self.state = state
        self.folder = folder or Path(".")
        self.catalog = catalog or Catalog.default()
        self.requested_lang = lang
        if state is not None:
            # The workbench comes at once: its style sheet is read with the app's, not
            # parsed again (with every other) when the screen is pushed.
            self.css_path = [*self.css_path, *_workbench_css()]
        self.keeper: SessionKeeper | None = None
        self.router = KeyRouter(top=lambda: self.screen, on_error=self.crashed)
        self.crash_message = ""
        self.mirror = TerminalMirror()
        self._cursor_written: Offset | None = None
        self._collector_waits = False
        self._terminal_size: Size | None = None
        """The size of the last resize seen (None: none yet)."""

    # -- output -------------------------------------------------------------------------------

    def on_load(self) -> None:
        """Forget what the terminal shows whenever another program may have drawn on it."""
        self.app_suspend_signal.subscribe(self, lambda _: self._forget_terminal())
        self.app_resume_signal.subscribe(self, lambda _: self._forget_terminal())

    def _forget_terminal(self) -> None:
        self.mirror.forget()
        self._cursor_written = None

    def on_resize(self, event: events.Resize) -> None:
        """A new size may have cleared or reflowed the terminal: everything is drawn anew.

        The same size again changes nothing on the terminal: the driver reports the size it
        started with after the first frame (and Textual lays the screen out again for it),
        which would otherwise write that frame a second time, every cell (#23)."""
        if event.size != self._terminal_size:
            self._terminal_size = event.size
            self._forget_terminal()

    def collect_after_first_frame(self) -> None:
        """Keep Python's cycle collector off (the caller has turned it off) until the first
        frame of a screen of kompass's own (not Textual's blank default) is written, then
        freeze what start-up made and turn it on: starting makes widgets, styles and rules
        that live on, and little garbage, which the collector walked some twenty-five times
        before the first frame (#23)."""
        self._collector_waits = True

    def _display(self, screen: Screen[object], renderable: RenderableType | None) -> None:
        """Write only the cells that differ from what the terminal shows (`TerminalMirror`);
        nothing at all when nothing differs and the cursor stays."""
        self._write_update(screen, renderable)
        if self._collector_waits and screen.id != "_default":
            self._collector_waits = False
            gc.freeze()
            gc.enable()

    def _write_update(self, screen: Screen[object], renderable: RenderableType | None) -> None:
        driver = self._driver
        if (
            not isinstance(renderable, LayoutUpdate | ChopsUpdate)
            or self._batch_count
            or self.is_headless
            or driver is None
            or driver.is_inline
        ):
            super()._display(screen, renderable)
            return
        size = self.screen.outer_size
        changes = self.mirror.changes(renderable, size.width, size.height)
        if changes is None:
            self._cursor_written = None
            super()._display(screen, renderable)
            return
        cursor = size.clamp_offset(self.cursor_position)
        if not changes.pieces and cursor == self._cursor_written:
            self.post_display_hook()
            return
        self._cursor_written = cursor
        super()._display(screen, changes)

    @property
    def lang(self) -> str:
        """The interface language now."""
        if self.state is not None:
            return self.state.lang
        return self.requested_lang or "sv"

    def get_default_screen(self) -> Screen[None]:
        """Textual's first screen: the workbench when a session was given.

        Built as the app's first screen, it is composed and laid out within the app's start
        and drawn once, for the first frame: no blank screen before it, none to lay out and
        draw (#23). Keys typed before it is ready wait for it in the router."""
        if self.state is None:
            return super().get_default_screen()
        from kompass_tui.tui.screens.workbench import WorkbenchScreen

        workbench = WorkbenchScreen(self.state)
        # As a pushed screen has (and a screen switched to): switching away from it (a new
        # workbench for another language) takes one off.
        workbench._push_result_callback(workbench, None)
        return workbench

    def on_mount(self) -> None:
        """Start keeping the session's work safe once the start is over, or show the picker
        when no session was given."""
        if self.state is not None:
            self.call_later(self._keep_session, self.state)
            return
        from kompass_tui.tui.screens.picker import PickerScreen

        self.push_screen(PickerScreen(self.folder, self.catalog, self.requested_lang))

    def show_session(self, state: OpenSession) -> None:
        """Open the workbench on a session (from the picker) and start keeping its work safe."""
        from kompass_tui.tui.screens.workbench import WorkbenchScreen

        self.state = state
        self.push_screen(WorkbenchScreen(state))
        self._keep_session(state)

    def _keep_session(self, state: OpenSession) -> None:
        """Say what opening the session found, and keep its work safe from now on."""
        for warning in state.warnings:
            self.notify(literal(warning), severity="warning", timeout=10, markup=False)
        if ui_language(state.lang) != state.lang:
            # The instrument's texts are in the language; kompass's own words fall back.
            self.notify(tr(state.lang, "ui_fallback", language=state.lang), timeout=8)
        elif not state.instrument.has_texts_in(state.lang):
            # kompass speaks it, the instrument has no texts in it: said once (#22).
            own = state.instrument.default_language
            words = text(
                state.lang,
                "cli.instrument_texts_in",
                lang=state.lang,
                own=own,
                instrument=state.instrument.id,
            )
            self.notify(literal(words), timeout=8, markup=False)
        self.keeper = SessionKeeper(self, state)
        self.keeper.start()

    def open_session(self, path: Path) -> None:
        """Open a session file from the picker."""
        try:
            loaded = load_session(path, self.catalog)
        except LoadError as failure:
            problems = "\n".join(literal(str(p)) for p in failure.problems)
            self.notify(problems, severity="error", markup=False)
            return
        state = OpenSession.from_loaded(loaded, self.requested_lang)
        state.claim(self.catalog)
        self.show_session(state)

    def on_unmount(self) -> None:
        """Write unsaved work to the recovery file and release the lock."""
        if self.keeper is not None:
            self.keeper.close()

    # -- keys ---------------------------------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        """Keys and pastes go to the router, in order; everything else the usual way."""
        if (
            isinstance(event, events.Key | events.Paste)
            and not event.is_forwarded
            and await self.router.take(event)
        ):
            return
        await super().on_event(event)

    def crashed(self, error: BaseException) -> None:
        """An unexpected error: keep the work, then leave with one line saying what happened."""
        if self.keeper is not None:
            self.keeper.close()
        where = ""
        if self.state is not None and self.state.dirty:
            where = f" (unsaved work kept beside {self.state.path.name}, restored on opening it)"
        message = f"{type(error).__name__}: {error}".replace("\n", " ")
        self.crash_message = f"kompass: unexpected error: {literal(message, one_line=True)}{where}"
        self.exit(EXIT_CRASHED)

    # -- actions everywhere ---------------------------------------------------------------------

    def question_open(self) -> bool:
        """Whether a safety question waits for an answer (over or under the screen on top)."""
        return any(isinstance(screen, ChoiceDialog) for screen in self.screen_stack)

    def _answer_first(self) -> bool:
        """Say so and return True while a safety question is open: ctrl+s, ctrl+q and the
        palette's actions do nothing then (one question at a time, nothing decided for it)."""
        if not self.question_open():
            return False
        self.notify(tr(self.lang, "answer_first"), severity="warning", timeout=3)
        return True

    def action_save(self) -> None:
        """Save the open session atomically (a dialog first keeps what it holds)."""
        if self._answer_first():
            return
        before_save = getattr(self.screen, "before_save", None)
        if callable(before_save):
            before_save()
        if self.keeper is not None:
            self.keeper.save()

    async def action_quit(self) -> None:
        """Quit; ask first when anything is unsaved. While a safety question is open, quit
        only when nothing is unsaved (the recovery file and the files on disk stay as they
        are), never stacking a second question."""
        if self.question_open() and (self.state is None or not self.state.dirty):
            self.exit(0)
            return
        if self._answer_first():
            return
        before_save = getattr(self.screen, "before_save", None)
        if callable(before_save):
            before_save()
        if self.keeper is None or self.state is None or not self.state.dirty:
            self.exit(0)
            return
        self.keeper.ask_before_quitting()

    def action_undo(self) -> None:
        """ctrl+z: in an open text its own undo, else the session's last edit undone (the
        one undo of the workbench and of the lists over it)."""
        if self.state is not None:
            undo_or_redo(self, self.state, redo=False)

    def action_redo(self) -> None:
        """ctrl+f: in an open text its own redo, else the last edit undone done again."""
        if self.state is not None:
            undo_or_redo(self, self.state, redo=True)

    def action_help(self) -> None:
        """Show every key."""
        from kompass_tui.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.lang))

    def action_palette(self) -> None:
        """The command palette: every action of the screen, searchable."""
        self.action_command_palette()

    def action_command_palette(self) -> None:
        """Textual's command palette, in the interface language."""
        from kompass_tui.tui.palette import Palette

        if self.use_command_palette and not isinstance(self.screen, Palette):
            self.push_screen(Palette(self.lang))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Every action of the screen's context from the key table, in the interface language."""
        if not isinstance(screen, KeyedScreenMixin):
            yield from super().get_system_commands(screen)
            return
        lang = self.lang
        context = screen.context()
        seen: set[str] = set()
        for action in in_context(context):
            if not action.palette or action.id in seen:
                continue
            if not screen.key_enabled(action):
                continue
            seen.add(action.id)
            yield SystemCommand(
                description(action, lang),
                keys_text(action),
                self._runner(screen, action),
            )
        yield from screen.palette_extras()

    def _runner(self, screen: KeyedScreenMixin, action: KeyAction) -> Callable[[], Awaitable[None]]:
        async def run() -> None:
            await screen.run_key(action)

        return run
