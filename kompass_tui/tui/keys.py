"""Every key binding of the workbench in one place, so that the help screen lists them all.

Keys are chosen to work inside score inputs, in tmux and over SSH: F-keys, page keys and a
few control keys that neither Input nor TextArea use. Ctrl+b and ctrl+a (tmux and screen
prefixes) are avoided. Alt+digit is bound too, but Textual reads ESC+digit from a terminal as a
macOS Option character, so F3–F10 are the direct jumps that work everywhere.
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode

from kompass_tui.tui.strings import tr

AREA_JUMPS = 8

APP_BINDINGS: list[Binding] = [
    Binding("ctrl+s", "save", "Save", id="save", priority=True),
    Binding("ctrl+q", "quit", "Quit", id="quit", show=False, priority=True),
    Binding("f1", "help", "Help", id="help", priority=True),
    Binding("question_mark", "help", "Help", id="help_q", show=False),
]

WORKBENCH_BINDINGS: list[Binding] = [
    Binding("pagedown,ctrl+right", "next_area", "Next area", id="next_area", priority=True),
    Binding(
        "pageup,ctrl+left", "prev_area", "Prev. area", id="prev_area", show=False, priority=True
    ),
    Binding("f2,alt+0", "overview", "Overview", id="overview", show=False, priority=True),
    Binding("ctrl+o", "comment", "Comment", id="comment", priority=True),
    Binding("ctrl+t", "not_applicable", "N/A", id="not_applicable", priority=True),
    Binding("ctrl+g", "next_unscored", "Unscored", id="next_unscored", show=False, priority=True),
    Binding("ctrl+l", "language", "Language", id="language", show=False, priority=True),
    # ctrl+e is "end" in inputs too; the End key still does that.
    Binding("ctrl+e", "export", "Export", id="export", priority=True),
    Binding("ctrl+r", "preview", "Report", id="preview", priority=True),
    # Shown where disputes are listed rather than in the Footer, which 80 columns fill.
    Binding("ctrl+n", "next_dispute", "To discuss", id="next_dispute", show=False, priority=True),
    Binding("ctrl+y", "settle", "Settle", id="settle", show=False, priority=True),
    *[
        Binding(
            f"f{n + 2},alt+{n}",
            f"area({n})",
            f"Area {n}",
            id=f"area_{n}",
            show=False,
            priority=True,
        )
        for n in range(1, AREA_JUMPS + 1)
    ],
]

SCORE_INPUT_BINDINGS: list[Binding] = [
    Binding("enter,down", "next_question", "Next question", id="next_question", show=False),
    Binding("up", "prev_question", "Previous question", id="prev_question", show=False),
]

NOTE_LIST_BINDINGS: list[Binding] = [
    Binding("a,insert", "add_item", "Add", id="item_add"),
    Binding("e,enter", "edit_item", "Edit", id="item_edit", show=False),
    Binding("d,delete", "delete_item", "Delete", id="item_delete"),
]

PICKER_BINDINGS: list[Binding] = [
    Binding("n", "new", "New session", id="new"),
    Binding("r", "reload", "Reload", id="reload"),
    Binding("space", "mark", "Mark", id="mark"),
    Binding("c", "compare", "Compare", id="compare"),
]

READING_BINDINGS: list[Binding] = [
    Binding("escape,q", "close", "Close", id="close", priority=True),
]

# Keys Textual itself provides, listed on the help screen too (key text, binding id).
BUILT_IN_KEYS = [("tab / shift+tab", "focus"), ("ctrl+p", "palette")]


def describe(binding: Binding, lang: str) -> str:
    """The description of a binding in the interface language."""
    if binding.id and binding.id.startswith("area_"):
        return tr(lang, "b.area", n=binding.id.removeprefix("area_"))
    key = {"help_q": "help"}.get(binding.id or "", binding.id or "")
    return tr(lang, f"b.{key}") if key else binding.description


def localize_bindings(node: DOMNode, lang: str) -> None:
    """Replace the descriptions of a node's bindings with ones in the interface language."""
    localized = BindingsMap()
    for key, bindings in node._bindings.key_to_bindings.items():
        localized.key_to_bindings[key] = [
            replace(b, description=describe(b, lang)) if b.id else b for b in bindings
        ]
    node._bindings = localized


def key_display(binding: Binding) -> str:
    """The keys of a binding as the help screen shows them: `ctrl+o / f4`."""
    names = {"question_mark": "?", "pagedown": "pgdn", "pageup": "pgup"}
    return " / ".join(names.get(k.strip(), k.strip()) for k in binding.key.split(","))
