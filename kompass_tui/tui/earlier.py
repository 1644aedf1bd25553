"""The earlier evaluation of a re-evaluation, found once when the workbench opens.

Its file is read in a worker thread (it is a whole session file, perhaps on a slow disk), so
opening never waits for it; the open session keeps what was found and signals it, and the
workbench then shows the earlier scores, totals and lists beside the new ones. What
`resolve_earlier` warns about — the file moved, no longer loads, or changed since — is said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.core.session.reevaluation import ResolvedEarlier
from kompass_tui.tui.background import in_background
from kompass_tui.tui.kompass_app import kompass_app
from kompass_tui.tui.literal import literal

if TYPE_CHECKING:
    from textual.app import App


def find_earlier(app: App[int], state: OpenSession) -> None:
    """Find the session's earlier evaluation in the background and hand it to the session."""
    catalog = kompass_app(app).catalog

    def found(resolved: ResolvedEarlier | None) -> None:
        state.show_earlier(resolved)
        for warning in resolved.warnings if resolved is not None else []:
            app.notify(literal(warning), severity="warning", timeout=10, markup=False)

    def failed(error: BaseException) -> None:
        app.notify(literal(str(error)), severity="error", markup=False)

    in_background(
        app,
        "earlier",
        lambda progress, cancelled: state.find_earlier(catalog),
        progress=lambda done, of: None,
        done=found,
        failed=failed,
    )
