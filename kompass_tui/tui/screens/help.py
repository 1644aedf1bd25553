"""The help screen (F1 or ?): every key, drawn from the key table, grouped by where it works."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from kompass_tui.tui.keys import (
    AREA_KEYS,
    DIALOG,
    EDITOR,
    EVERYWHERE,
    OPTION,
    OVERVIEW,
    PICKER,
    QUESTION,
    READING,
    RECORDS,
    TEXTS,
    KeyAction,
    description,
    find,
    in_context,
    keys_text,
)
from kompass_tui.tui.screens.base import Dialog
from kompass_tui.tui.strings import tr

KEYS_WIDTH = 18
"""Cells for a row's keys at most (`PgDn / ctrl+→` fits; longer lists wrap at spaces)."""

GROUPS = (
    (QUESTION, "help_question"),
    (OVERVIEW, "help_overview"),
    (TEXTS, "help_texts"),
    (RECORDS, "help_records"),
    (EDITOR, "help_editor"),
    (PICKER, "help_picker"),
    (READING, "help_reading"),
    (DIALOG, "help_dialog"),
    (OPTION, "help_option"),
)


PASSED = ("save", "quit", "palette")
"""Everywhere-keys that work in help as under it."""
EVERYWHERE_KEYS = QUESTION
"""A context that has every everywhere-key (the palette's too)."""


def help_rows(lang: str) -> list[tuple[str, str]]:
    """(keys, what they do): keys that work everywhere first, then each place's own keys;
    a group's title has no keys."""
    rows: list[tuple[str, str]] = [("", tr(lang, "help_everywhere"))]
    shown: set[str] = set()
    for action in in_context(QUESTION):
        if action.contexts >= EVERYWHERE - {DIALOG} and action.id not in shown:
            shown.add(action.id)
            rows.append((_keys(action), description(action, lang)))
    for context, title in GROUPS:
        rows.append(("", tr(lang, title)))
        areas_listed = False
        for action in in_context(context):
            if action.id in shown:
                continue  # listed under "everywhere"
            if context == OPTION and DIALOG in action.contexts:
                continue  # listed with the dialogs
            if action.argument is not None:
                if not areas_listed:
                    areas_listed = True
                    keys = f"F3 … F{AREA_KEYS + 2}"
                    rows.append((keys, tr(lang, "b.area", n=f"1–{AREA_KEYS}")))
                continue
            rows.append((_keys(action), description(action, lang)))
    rows.append(("ctrl+p", tr(lang, "b.palette")))
    return rows


def _keys(action: KeyAction) -> str:
    if not action.keys:
        return "(ctrl+p)"  # only through the command palette
    same = [a for a in in_context(QUESTION) + in_context(PICKER) if a.id == action.id]
    keys = dict.fromkeys(k for a in same or [action] for k in keys_text(a).split(" / "))
    return " / ".join(keys)


def help_table(lang: str) -> Group:
    """The help: per group a title and a two-column table whose texts wrap at word
    boundaries at any width."""
    parts: list[Text | Table] = []
    table: Table | None = None
    rows = help_rows(lang)
    width = min(KEYS_WIDTH, max(cell_len(keys) for keys, _ in rows))
    for keys, text in rows:
        if not keys:
            if parts:
                parts.append(Text(""))
            parts.append(Text(text, style="bold underline"))
            table = None
            continue
        if table is None:
            table = Table.grid(padding=(0, 2), expand=True)
            table.add_column("keys", width=width, style="bold")
            table.add_column("action", ratio=1, overflow="fold")
            parts.append(table)
        table.add_row(keys, text)
    return Group(*parts)


class HelpScreen(Dialog[None]):
    """A table of keys; Escape, F1 or q closes it."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang)

    def compose(self) -> ComposeResult:
        """Title, table and hint."""
        with Vertical(classes="dialog"):
            yield Static(tr(self.lang, "help_title"), classes="dialog-title")
            with VerticalScroll(id="help-keys"):
                yield Static(help_table(self.lang), id="help-table")
            yield Static(tr(self.lang, "help_close"), classes="dialog-hint")

    def first_focus(self) -> Widget | None:
        """The table, so the arrows and page keys scroll it."""
        return self.query_one("#help-keys")

    async def take_key(self, event: events.Key) -> None:
        """Escape, F1, q or ? closes; the everywhere-keys work as under it (ctrl+s saves,
        ctrl+q and ctrl+p close help first); the rest scrolls the table."""
        if event.key in ("escape", "f1", "q", "question_mark"):
            self.close(None)
            return
        action = find(event.aliases, EVERYWHERE_KEYS)
        if action is not None and action.id in PASSED:
            if action.id != "save":
                self.close(None)
            await self.run_key(action)
            return
        await self.type_key(event)
