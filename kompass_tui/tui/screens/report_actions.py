"""The workbench's report actions: export, read the report, compare with the folder.

Plain functions of the app and the open session; their heavier modules are imported when an
action runs, not at start-up. Reports show what the session holds now, unsaved edits too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.core.texts.catalog import text
from kompass_tui.tui.kompass_app import kompass_app
from kompass_tui.tui.literal import literal
from kompass_tui.tui.strings import tr

if TYPE_CHECKING:
    from textual.app import App


def export(app: App[int], state: OpenSession) -> None:
    """Ask where to write the export (the report beside the session by default), then
    write it in the format the name's ending chooses."""
    from kompass_tui.tui.screens.export_prompt import ExportPrompt

    def chosen(target: Path | None) -> None:
        if target is not None:
            write(app, state, target)

    app.push_screen(ExportPrompt(state.path, state.lang, chosen))


def write(app: App[int], state: OpenSession, target: Path) -> bool:
    """Write the session as it stands now to `target` with the writer of `kompass export`
    (`core/report/writing.py`), a Markdown report's chart beside it; no private comments."""
    from kompass_tui.core.report.formats import chosen_format
    from kompass_tui.core.report.writing import ExportContent, write_export
    from kompass_tui.tui.screens.export_prompt import written_paths

    lang = state.lang
    paths = written_paths(target)
    svg = paths[1] if len(paths) > 1 else None
    content = ExportContent(state.session, state.instrument, lang)
    from kompass_tui.core.report.formats import PdfUnavailable

    try:
        write_export(target, chosen_format(target), content, svg)
    except OSError as failure:
        reason = literal(failure.strerror or str(failure))
        app.notify(tr(lang, "export_failed", reason=reason), severity="error", markup=False)
        return False
    except PdfUnavailable as missing:
        message = text(lang, "cli.export.pdf_missing", detail=literal(str(missing)))
        app.notify(message, severity="error", markup=False)
        return False
    if svg is not None:
        written = tr(lang, "exported", markdown=literal(str(target)), svg=literal(svg.name))
    else:
        written = tr(lang, "exported_file", path=literal(str(target)))
    app.notify(written, timeout=6, markup=False)
    if state.open_count():  # the report's first page says so too
        app.notify(tr(lang, "export_preliminary", n=state.open_count()), severity="warning")
    return True


def preview(app: App[int], state: OpenSession) -> None:
    """Show the report as `kompass show` renders it."""
    from kompass_tui.core.report.model import build_report
    from kompass_tui.tui.screens.reading import ReadingScreen
    from kompass_tui.views.report_view import report_renderable

    lang = state.lang
    body = report_renderable(build_report(state.session, state.instrument, lang))
    title = tr(lang, "preview_title", municipality=state.session.municipality, name=state.path.name)
    app.push_screen(ReadingScreen(title, body, lang))


def compare_others(app: App[int], state: OpenSession, show_progress: Callable[[str], None]) -> None:
    """Show the area bars beside the median of the folder's other evaluations.

    The folder is read in a worker thread (thousands of files take seconds): keys go on,
    `show_progress` says how far it has come ('' when done).
    """
    from kompass_tui.core.compare.comparison import evaluation_from_session
    from kompass_tui.core.compare.folder import FolderEvaluations, other_evaluations
    from kompass_tui.tui.background import Progress, in_background

    lang = state.lang
    folder = state.path.parent
    catalog = kompass_app(app).catalog
    where = folder.resolve().name or str(folder)

    def work(progress: Progress, cancelled: Callable[[], bool]) -> FolderEvaluations:
        return other_evaluations(
            folder, state.path, state.instrument.id, catalog, progress, cancelled
        )

    def progress(done: int, of: int) -> None:
        show_progress(tr(lang, "reading_others", done=done, of=of))

    def done(found: FolderEvaluations) -> None:
        from kompass_tui.tui.median_profile import median_profile
        from kompass_tui.tui.screens.reading import ReadingScreen

        show_progress("")
        if found.unreadable:
            app.notify(tr(lang, "others_skipped", n=len(found.unreadable)), severity="warning")
        if not found.evaluations:
            none = tr(lang, "others_none", instrument=state.instrument.id, folder=literal(where))
            app.notify(none, markup=False)
            return
        current = evaluation_from_session(state.session, state.instrument, state.path)
        body = median_profile(current, found.evaluations, state.instrument, lang, app.size.width)
        n = len(found.evaluations)
        title = tr(lang, "others_title", name=current.label, n=n, folder=where)
        app.push_screen(ReadingScreen(title, body, lang))

    def failed(error: BaseException) -> None:
        show_progress("")
        app.notify(literal(str(error)), severity="error", markup=False)

    show_progress(tr(lang, "reading_others", done=0, of="…"))
    in_background(app, "compare-others", work, progress=progress, done=done, failed=failed)
