"""Every key of the interface in one table: it drives dispatch, the key bar, help and palette.

A `KeyAction` names its keys, the contexts it works in and whether the key bar shows it.
Screens ask `find(key, context)` which action a key means; the key bar, the help screen and
the command palette are all drawn from this table, so no key is typed twice.

The table is not turned into Textual `BINDINGS` (asked in #24): Textual runs a binding from
the focused widget's message queue, so keys of one burst over SSH could run out of order
or on a widget that lost focus; `tui/key_router.py` applies them one at a time instead.
What bindings would give for free — a footer, help, the palette — is drawn from this table
already, and the key bar's bytes per keystroke stay what the benchmark measures.

Keys are chosen to work in tmux and over SSH: F-keys, page keys and control keys that
neither tmux (ctrl+b) nor screen (ctrl+a) take; Textual puts the terminal in raw mode, so
ctrl+c, ctrl+z and ctrl+s/q (flow control) reach kompass. Alt+digit is not offered:
terminals send ESC and a digit, which Textual cannot tell from a typed Escape.

Undo is ctrl+z, as in Textual's own text area. Redo is ctrl+f ("framåt", forward): the
usual ctrl+y settles a question to discuss in a merged session, ctrl+shift+z cannot be told
from ctrl+z over SSH, and ctrl+r shows the report. In an open text both go to the text's
own undo and redo (where ctrl+y redoes too).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kompass_tui.core.session.cursor import OVERVIEW as OVERVIEW
from kompass_tui.core.session.cursor import QUESTION as QUESTION
from kompass_tui.core.session.cursor import REPORT as REPORT
from kompass_tui.core.session.cursor import TEXTS as TEXTS
from kompass_tui.tui.strings import has_text, tr

AREA_KEYS = 8
"""F3 … F10 jump to areas 1 … 8; further areas through the jump prompt (g)."""

EDITOR = "editor"
PICKER = "picker"
READING = "reading"
DIALOG = "dialog"
CHOICE = "choice"
RECORDS = "records"
"""A list of records over the workbench: a question's sources, the interview log."""
AGENDA = "agenda"
"""The consensus meeting's agenda over the workbench."""
OPTION = "option"
"""A form's field with a few options (a source's kind, an action's status), focused."""
WORKBENCH = frozenset({QUESTION, OVERVIEW, TEXTS, REPORT})
"""The workbench's places (not while a text is being edited)."""
EVERYWHERE = WORKBENCH | {EDITOR, PICKER, READING, DIALOG, CHOICE, RECORDS, OPTION, AGENDA}
FORM = frozenset({DIALOG, OPTION})
"""A dialog's fields, a text or an option focused."""


@dataclass(frozen=True)
class KeyAction:
    """One action and the keys that run it."""

    id: str
    """Names the action (`action_<id>` on the screen or app) and its texts (`b.<id>`, `h.<id>`)."""
    keys: tuple[str, ...]
    contexts: frozenset[str]
    bar: bool = False
    """Shown in the key bar at the bottom of the screen."""
    palette: bool = True
    """Offered in the command palette (ctrl+p)."""
    argument: int | None = None
    """Passed to the action (the area number of an area jump)."""
    method: str = ""
    """The action's method when it is not `action_<id>`."""

    @property
    def action(self) -> str:
        """The name of the method that runs it, without `action_`."""
        return self.method or self.id


def _k(
    id: str,
    keys: str,
    contexts: Iterable[str],
    *,
    bar: bool = False,
    palette: bool = True,
    argument: int | None = None,
    method: str = "",
) -> KeyAction:
    return KeyAction(
        id,
        tuple(k for k in keys.split(",") if k),
        frozenset(contexts),
        bar,
        palette,
        argument,
        method,
    )


KEYS: tuple[KeyAction, ...] = (
    # Scoring: the keys a question's field takes (any other printable character is typed).
    _k("next_question", "enter,down,tab", {QUESTION}, bar=True, palette=False),
    _k("prev_question", "up,shift+tab", {QUESTION}, palette=False),
    _k("next_unscored", "ctrl+g", WORKBENCH, bar=True),
    _k("text", "ctrl+o", {QUESTION}, bar=True),
    _k("comment", "ctrl+k", {QUESTION}),
    _k("not_applicable", "ctrl+t", {QUESTION}, bar=True),
    _k("texts", "ctrl+w", {QUESTION, TEXTS}, bar=True),
    _k("evidence", "ctrl+u", {QUESTION}),
    _k("answer", "ctrl+x", {QUESTION}),
    _k("settle", "ctrl+y", {QUESTION}),
    _k("next_dispute", "ctrl+n", WORKBENCH),
    # Undoing: the session's edits (in an open text, the text's own undo and redo).
    _k("undo", "ctrl+z", WORKBENCH | {EDITOR, RECORDS}, bar=True),
    _k("redo", "ctrl+f", WORKBENCH | {EDITOR, RECORDS}, bar=True),
    _k("agenda", "ctrl+d", WORKBENCH),
    # Moving between tabs.
    _k("next_area", "pagedown,ctrl+right", WORKBENCH, bar=True),
    _k("prev_area", "pageup,ctrl+left", WORKBENCH),
    _k("overview", "f2", WORKBENCH | {EDITOR}),
    *[
        _k(f"area_{n}", f"f{n + 2}", WORKBENCH | {EDITOR}, argument=n, method="area")
        for n in range(1, AREA_KEYS + 1)
    ],
    _k("jump", "g", {OVERVIEW, TEXTS, REPORT}),
    # The overview's rows, the area's texts and lists, the report's texts, a list of records.
    _k("row_down", "down,j", {OVERVIEW, TEXTS, REPORT, RECORDS, AGENDA}, palette=False),
    _k("row_up", "up,k", {OVERVIEW, TEXTS, REPORT, RECORDS, AGENDA}, palette=False),
    _k("settle_item", "enter", {AGENDA}, bar=True, palette=False),
    _k("open_row", "enter", {OVERVIEW}, bar=True, palette=False),
    _k("edit_row", "enter,e", {TEXTS, REPORT, RECORDS}, bar=True, palette=False),
    _k("add_item", "a,insert", {TEXTS, RECORDS}, bar=True, palette=False),
    _k("delete_item", "d,delete", {TEXTS, RECORDS}, bar=True, palette=False),
    _k("add_action", "p", {TEXTS}, bar=True),
    _k("action_status", "s", {TEXTS}, bar=True),
    _k("to_questions", "escape", {TEXTS}, palette=False),
    _k("back", "escape", {RECORDS}, bar=True, palette=False),
    _k("quote_answer", "q", {RECORDS}, bar=True, palette=False),
    _k("back", "escape", {AGENDA}, bar=True, palette=False),
    # A text being edited in place.
    _k("editor_done", "escape", {EDITOR}, bar=True, palette=False),
    _k("external_editor", "ctrl+o", {EDITOR}, bar=True, palette=False),
    # Reports and the rest.
    _k("export", "ctrl+e", WORKBENCH, bar=True),
    _k("preview", "ctrl+r", WORKBENCH),
    _k("compare_others", "", WORKBENCH),
    _k("language", "ctrl+l", WORKBENCH),
    # The session picker.
    _k("open_session", "enter", {PICKER}, bar=True, palette=False),
    _k("new", "n", {PICKER}, bar=True),
    _k("new_from", "f", {PICKER}, bar=True),
    _k("reload", "r", {PICKER}, bar=True),
    _k("mark", "space", {PICKER}, bar=True),
    _k("compare", "c", {PICKER}, bar=True),
    # Reading a report or a comparison.
    _k("close", "escape,q", {READING}, bar=True, palette=False),
    # Dialogs.
    _k("accept", "enter", FORM, palette=False),
    _k("choose", "enter", {CHOICE}, palette=False),
    _k("cancel", "escape", FORM | {CHOICE}, palette=False),
    _k("next_field", "tab", FORM | {CHOICE}, palette=False),
    _k("prev_field", "shift+tab", FORM | {CHOICE}, palette=False),
    _k("next_option", "right", {OPTION}, palette=False),
    _k("prev_option", "left", {OPTION}, palette=False),
    # Everywhere.
    _k("save", "ctrl+s", EVERYWHERE, bar=True),
    _k("help", "f1", EVERYWHERE, bar=True),
    _k("help", "question_mark", WORKBENCH | {PICKER, READING, RECORDS}, palette=False),
    _k("palette", "ctrl+p", EVERYWHERE - FORM - {CHOICE}, palette=False),
    _k("quit", "ctrl+q", EVERYWHERE),
)

_BY_CONTEXT: dict[str, dict[str, KeyAction]] = {}
for _action in KEYS:
    for _context in _action.contexts:
        for _key in _action.keys:
            _BY_CONTEXT.setdefault(_context, {}).setdefault(_key, _action)


def find(keys: Iterable[str], context: str) -> KeyAction | None:
    """The action a key (given with its aliases) means in a context, if any."""
    table = _BY_CONTEXT.get(context, {})
    for key in keys:
        action = table.get(key)
        if action is not None:
            return action
    return None


def in_context(context: str) -> list[KeyAction]:
    """The actions of a context, in table order, each once."""
    return [a for a in KEYS if context in a.contexts]


KEY_NAMES = {
    "question_mark": "?",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "enter": "Enter",
    "escape": "Esc",
    "space": "Space",
    "insert": "Ins",
    "delete": "Del",
    "down": "↓",
    "up": "↑",
    "tab": "Tab",
    "shift+tab": "Shift+Tab",
    "ctrl+right": "ctrl+→",
    "ctrl+left": "ctrl+←",
}


def key_name(key: str) -> str:
    """A key as people write it: `ctrl+s`, `F2`, `PgDn`, `?`."""
    if key in KEY_NAMES:
        return KEY_NAMES[key]
    if key.startswith("f") and key[1:].isdigit():
        return key.upper()
    return key


def short_key(key: str) -> str:
    """A key as the key bar shows it, as short as can be read: `^s`, `F2`, `⏎`."""
    if key.startswith("ctrl+") and len(key) == 6:
        return f"^{key[-1]}"
    return {"enter": "⏎", "escape": "Esc"}.get(key, key_name(key))


def keys_text(action: KeyAction) -> str:
    """Every key of an action, for help and the palette: `PgDn / ctrl+→`."""
    return " / ".join(key_name(k) for k in action.keys)


def label(action: KeyAction, lang: str) -> str:
    """What an action is called in the key bar and the palette."""
    return tr(lang, f"b.{action.action}", n=action.argument or "")


def description(action: KeyAction, lang: str) -> str:
    """What an action does, for the help screen (its label when there is no longer text)."""
    key = f"h.{action.action}"
    return tr(lang, key, n=action.argument or "") if has_text(key) else label(action, lang)
