"""The help screen (F1 or ?): every key binding of the workbench, from the binding lists."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from kompass_tui.tui.keys import (
    APP_BINDINGS,
    AREA_JUMPS,
    BUILT_IN_KEYS,
    NOTE_LIST_BINDINGS,
    PICKER_BINDINGS,
    READING_BINDINGS,
    SCORE_INPUT_BINDINGS,
    WORKBENCH_BINDINGS,
    describe,
    key_display,
)
from kompass_tui.tui.strings import has_text, tr


def _long(binding: Binding, lang: str) -> str:
    key = f"h.{binding.id}"
    return tr(lang, key) if has_text(key) else describe(binding, lang)


def help_rows(lang: str) -> list[tuple[str, str]]:
    """(keys, what they do) for every binding, area jumps folded into one row."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()

    def add(binding: Binding) -> None:
        if binding.id and binding.id.startswith("area_"):
            return
        action = binding.action
        if action in seen:
            return
        seen.add(action)
        same = [b for b in APP_BINDINGS if b.action == action]
        keys = " / ".join(key_display(b) for b in same) if len(same) > 1 else key_display(binding)
        rows.append((keys, _long(binding, lang)))

    for binding in [*APP_BINDINGS, *WORKBENCH_BINDINGS]:
        add(binding)
    rows.append(
        (
            f"f3 … f{AREA_JUMPS + 2} / alt+1 … alt+{AREA_JUMPS}",
            tr(lang, "b.area", n=f"1–{AREA_JUMPS}"),
        )
    )
    for binding in [
        *SCORE_INPUT_BINDINGS,
        *NOTE_LIST_BINDINGS,
        *PICKER_BINDINGS,
        *READING_BINDINGS,
    ]:
        rows.append((key_display(binding), _long(binding, lang)))
    for keys, key_id in BUILT_IN_KEYS:
        rows.append((keys, tr(lang, f"b.{key_id}")))
    return rows


class HelpScreen(ModalScreen[None]):
    """A table of keys; Escape, F1 or q closes it."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape,f1,q,question_mark", "close", "Close", id="close", priority=True)]

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def compose(self) -> ComposeResult:
        """Title, table and hint."""
        with Vertical(classes="dialog"):
            yield Static(tr(self.lang, "help_title"), classes="dialog-title")
            yield DataTable(cursor_type="none", zebra_stripes=True, show_header=False)
            yield Static(tr(self.lang, "help_close"), classes="dialog-hint")

    def on_mount(self) -> None:
        """Fill the table."""
        table = self.query_one(DataTable)
        table.add_columns("keys", "action")
        for keys, text in help_rows(self.lang):
            table.add_row(keys, text)
        table.focus()

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
