"""Keys that do not apply where the evaluator is say so: why, and where they work.

A key of the current place that cannot run now (ctrl+n and ctrl+y outside a merged
session, `p` without an improvement area highlighted) says why; a key of another place of
the workbench (ctrl+t on the overview, `a` on a score field's neighbour tabs) says where it
works. Words from the catalog, shown as a short notification that goes by itself.
"""

from __future__ import annotations

from textual import events

from kompass_tui.core.session.open_session import OpenSession
from kompass_tui.tui.keys import OVERVIEW, QUESTION, REPORT, TEXTS, KeyAction, find, key_name, label
from kompass_tui.tui.strings import tr

DISPUTE_ACTIONS = ("settle", "next_dispute")
"""Keys that work only while a merged session has questions left to discuss."""

PLACES = (QUESTION, TEXTS, OVERVIEW, REPORT)
"""The workbench's places, in the order a key's other place is named."""


def not_here(state: OpenSession, action: KeyAction, key: str) -> str:
    """Why an action of the current place cannot run now."""
    lang = state.lang
    values = {"keys": key_name(key), "label": label(action, lang)}
    if action.id in DISPUTE_ACTIONS and not state.open_disputes():
        return tr(lang, "key_disputes_only", **values)
    if action.id == "add_action":
        return tr(lang, "key_needs_improvement", **values)
    if action.id == "action_status":
        return tr(lang, "key_needs_action", **values)
    return tr(lang, "key_elsewhere", where=tr(lang, f"where.{QUESTION}"), **values)


def elsewhere(event: events.Key, context: str, lang: str) -> str:
    """Where a key that does nothing here works ('' when nowhere else, and for Escape)."""
    if event.key == "escape":
        return ""
    for where in PLACES:
        action = find(event.aliases, where)
        if action is not None and where != context:
            values = {"keys": key_name(event.key), "label": label(action, lang)}
            return tr(lang, "key_elsewhere", where=tr(lang, f"where.{where}"), **values)
    return ""
