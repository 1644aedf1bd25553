"""The kompass application: the workbench for one session, or the picker for a folder."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path

from textual.app import App, SystemCommand
from textual.screen import Screen

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.problems import LoadError
from kompass_tui.core.session.toml_io import load_session
from kompass_tui.tui.key_order import after_typing
from kompass_tui.tui.keys import APP_BINDINGS, localize_bindings
from kompass_tui.tui.literal import literal
from kompass_tui.tui.safekeeping import SessionKeeper
from kompass_tui.tui.state import OpenSession
from kompass_tui.tui.strings import tr


class KompassApp(App[int]):
    """Opens on a session (`state`) or on a folder of sessions (`folder`)."""

    TITLE = "kompass"
    BINDINGS = APP_BINDINGS

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
        self.keeper: SessionKeeper | None = None
        localize_bindings(self, self.lang)

    @property
    def lang(self) -> str:
        """The interface language now."""
        if self.state is not None:
            return self.state.lang
        return self.requested_lang or "sv"

    def on_mount(self) -> None:
        """Show the workbench when a session was given, else the picker.

        The screen is pushed rather than returned by `get_default_screen`, which would not
        load the screen's CSS_PATH.
        """
        if self.state is not None:
            from kompass_tui.tui.screens.workbench import WorkbenchScreen

            self.push_screen(WorkbenchScreen(self.state))
            for warning in self.state.warnings:
                self.notify(literal(warning), severity="warning", timeout=10, markup=False)
            self.keeper = SessionKeeper(self, self.state)
            self.keeper.start()
            return
        from kompass_tui.tui.screens.picker import PickerScreen

        self.push_screen(PickerScreen(self.folder, self.catalog, self.requested_lang))

    def open_session(self, path: Path) -> None:
        """Open a session file from the picker."""
        from kompass_tui.tui.screens.workbench import WorkbenchScreen

        try:
            loaded = load_session(path, self.catalog)
        except LoadError as failure:
            problems = "\n".join(literal(str(p)) for p in failure.problems)
            self.notify(problems, severity="error", markup=False)
            return
        self.state = OpenSession.from_loaded(loaded, self.requested_lang)
        self.state.claim(self.catalog)
        self.push_screen(WorkbenchScreen(self.state))
        self.keeper = SessionKeeper(self, self.state)
        self.keeper.start()

    def on_unmount(self) -> None:
        """Write unsaved work to the recovery file and release the lock."""
        if self.keeper is not None:
            self.keeper.close()

    # -- actions ------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Saving needs an open session."""
        return not (action == "save" and self.state is None)

    @after_typing
    def action_save(self) -> None:
        """Save the open session atomically (after the keys typed before ctrl+s)."""
        self.save_now()

    def save_now(self) -> None:
        """Save the open session atomically, now."""
        before_save = getattr(self.screen, "before_save", None)
        if callable(before_save):
            before_save()
        if self.keeper is not None:
            self.keeper.save()

    def _refresh_status(self) -> None:
        from kompass_tui.tui.screens.workbench import WorkbenchScreen

        for screen in self.screen_stack:
            if isinstance(screen, WorkbenchScreen):
                screen.refresh_status()

    @after_typing
    async def action_quit(self) -> None:
        """Quit; ask first when there are unsaved changes."""
        from kompass_tui.tui.screens.quit_confirm import QuitConfirm

        before_save = getattr(self.screen, "before_save", None)
        if callable(before_save):
            before_save()
        if self.state is None or not self.state.dirty:
            self.exit(0)
            return
        if isinstance(self.screen, QuitConfirm):
            return

        def chosen(choice: str | None) -> None:
            if choice == "save":
                self.save_now()  # not the deferred action: quit only once it is saved
                if self.state is not None and not self.state.dirty:
                    self.exit(0)
            elif choice == "discard":
                if self.keeper is not None:
                    self.keeper.discard_changes()
                self.exit(0)

        self.push_screen(QuitConfirm(self.state.path.name, self.lang), chosen)

    def action_help(self) -> None:
        """Show every key binding."""
        from kompass_tui.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.lang))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's commands plus every workbench action, in the interface language."""
        yield from super().get_system_commands(screen)
        from kompass_tui.tui.screens.workbench import WorkbenchScreen

        lang = self.lang
        yield SystemCommand(tr(lang, "b.save"), "ctrl+s", self.action_save)
        yield SystemCommand(tr(lang, "b.help"), "F1 / ?", self.action_help)
        from kompass_tui.tui.screens.picker import PickerScreen

        if isinstance(screen, PickerScreen):
            yield SystemCommand(tr(lang, "c.compare_marked"), "space, c", screen.action_compare)
        if not isinstance(screen, WorkbenchScreen):
            return
        commands = [
            ("b.overview", "F2 / alt+0", screen.action_overview),
            ("b.next_area", "pgdn / ctrl+→", screen.action_next_area),
            ("b.prev_area", "pgup / ctrl+←", screen.action_prev_area),
            ("b.next_unscored", "ctrl+g", screen.action_next_unscored),
            ("b.comment", "ctrl+o", screen.action_comment),
            ("b.not_applicable", "ctrl+t", screen.action_not_applicable),
            ("b.language", "ctrl+l", screen.action_language),
            ("c.export", "ctrl+e", screen.action_export),
            ("c.preview", "ctrl+r", screen.action_preview),
            ("c.compare_others", "", screen.action_compare_others),
        ]
        if screen.has_disputes():
            commands.append(("c.next_dispute", "ctrl+n", screen.action_next_dispute))
        for key, keys, callback in commands:
            yield SystemCommand(tr(lang, key), keys, callback)
        for number, area in enumerate(screen.state.instrument.areas, 1):
            title = f"{tr(lang, 'b.area', n=area.id)}: {screen.state.text(area.title)}"
            yield SystemCommand(title, f"F{number + 2}", partial(screen.action_area, number))
