"""The one refusal of an edit while another kompass holds the session: in the user's
language, naming who holds it, said once for a burst of keys (typing ahead into a
read-only window says it once, not once per key)."""

from __future__ import annotations

import time
from typing import Any
from weakref import WeakKeyDictionary

from textual.app import App

from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.tui.literal import literal
from kompass_tui.tui.strings import tr
from kompass_tui.tui.widgets.status_line import describe_holder

QUIET_SECONDS = 3.0
"""After saying it, refusals in the next 3 seconds are quiet."""

_said_at: WeakKeyDictionary[App[Any], float] = WeakKeyDictionary()


def refuse_read_only(app: App[Any], state: OpenSession) -> bool:
    """True when the session is read-only here, said to the user unless just said."""
    holder = state.lock_holder
    if holder is None:
        return False
    now = time.monotonic()
    if now - _said_at.get(app, now - QUIET_SECONDS) >= QUIET_SECONDS:
        _said_at[app] = now
        who = literal(describe_holder(holder, state.lang), one_line=True)
        text = tr(state.lang, "read_only_refused", holder=who)
        app.notify(text, severity="warning", markup=False)
    return True
