"""The workbench's report actions: export, preview and the comparison with the folder.

Their modules are imported when an action runs, not at start-up.

A mixin of `WorkbenchScreen`, kept apart so the screen stays about scoring. Every action
first stores what the notes editors hold, so reports show unsaved edits too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kompass_tui.tui.key_order import after_typing
from kompass_tui.tui.literal import literal
from kompass_tui.tui.strings import tr

if TYPE_CHECKING:
    from kompass_tui.tui.screens.workbench import WorkbenchScreen


class ReportActions:
    """Export (ctrl+e), preview (ctrl+r) and "compare with others" (palette)."""

    @after_typing
    def action_export(self: WorkbenchScreen) -> None:
        """Ask where to write the report (beside the session by default), then write it."""
        from kompass_tui.tui.screens.export_prompt import ExportPrompt

        self.before_save()

        def chosen(markdown: Path | None) -> None:
            if markdown is not None:
                self.export_report(markdown)

        self.app.push_screen(ExportPrompt(self.state.path, self.state.lang), chosen)

    def export_report(self: WorkbenchScreen, markdown: Path) -> bool:
        """Write the report as it stands now to `markdown` and its chart beside it."""
        from kompass_tui.core.report.writing import write_report
        from kompass_tui.tui.screens.export_prompt import chart_path

        state, lang = self.state, self.state.lang
        svg = chart_path(markdown)
        try:
            write_report(state.session, state.instrument, lang, markdown, svg)
        except OSError as failure:
            reason = literal(failure.strerror or str(failure))
            self.notify(tr(lang, "export_failed", reason=reason), severity="error", markup=False)
            return False
        written = tr(lang, "exported", markdown=literal(str(markdown)), svg=literal(svg.name))
        self.notify(written, timeout=6, markup=False)
        return True

    @after_typing
    def action_preview(self: WorkbenchScreen) -> None:
        """Show the report as the terminal view renders it."""
        from kompass_tui.tui.screens.reading import ReadingScreen
        from kompass_tui.views.report_view import report_renderable

        self.before_save()
        state, lang = self.state, self.state.lang
        body = report_renderable(state.session, state.instrument, lang)
        municipality = state.session.municipality
        title = tr(lang, "preview_title", municipality=municipality, name=state.path.name)
        self.app.push_screen(ReadingScreen(title, body, lang))

    @after_typing
    def action_compare_others(self: WorkbenchScreen) -> None:
        """Show the area bars beside the median of the folder's other evaluations."""
        from kompass_tui.core.compare.comparison import evaluation_from_session
        from kompass_tui.tui.median_profile import median_profile, other_evaluations
        from kompass_tui.tui.screens.reading import ReadingScreen

        self.before_save()
        state, lang = self.state, self.state.lang
        folder = state.path.parent
        found = other_evaluations(
            folder,
            state.path,
            state.instrument.id,
            self.app.catalog,  # type: ignore[attr-defined]
        )
        if found.unreadable:
            self.notify(tr(lang, "others_skipped", n=len(found.unreadable)), severity="warning")
        where = folder.resolve().name or str(folder)
        if not found.evaluations:
            none = tr(lang, "others_none", instrument=state.instrument.id, folder=literal(where))
            self.notify(none, markup=False)
            return
        current = evaluation_from_session(state.session, state.instrument, state.path)
        body = median_profile(
            current, found.evaluations, state.instrument, lang, self.app.size.width
        )
        title = tr(lang, "others_title", name=current.label, n=len(found.evaluations), folder=where)
        self.app.push_screen(ReadingScreen(title, body, lang))
