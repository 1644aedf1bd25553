"""One editing API (#10): no widget or screen writes into the session or sets `dirty` itself.

Every change to an open session goes through `OpenSession`'s methods, which check it, mark
the session unsaved and tell every view what changed. This test reads the workbench's source
and fails on the shapes that would bypass them.
"""

from __future__ import annotations

import ast
from pathlib import Path

TUI = Path(__file__).resolve().parent.parent / "kompass_tui" / "tui"
SESSION_DATA = {
    "scores",
    "comments",
    "not_applicable",
    "areas",
    "strengths",
    "improvements",
    "notes",
    "older_scale_total",
    "disputes",
    "municipality",
    "evaluators",
    "dates",
    "evidence",
    "interviews",
    "actions",
    "earlier",
    "findings",
    "report_sections",
}
MUTATORS = {"append", "insert", "remove", "pop", "clear", "extend", "update", "add", "discard"}
SESSION_METHODS = {
    "set_score",
    "set_not_applicable",
    "set_comment",
    "set_findings",
    "set_area_notes",
    "set_report_section",
    "area_notes",
    "settle",
    "add_evidence",
    "replace_evidence",
    "delete_evidence",
    "add_interview",
    "replace_interview",
    "delete_interview",
    "add_action",
    "replace_action",
    "delete_action",
    "add_improvement",
    "replace_improvement",
    "delete_improvement",
}


def _chain(node: ast.AST) -> list[str]:
    """`a.b.c` as ['a', 'b', 'c'] (calls and subscripts looked through)."""
    names: list[str] = []
    while True:
        if isinstance(node, ast.Attribute):
            names.append(node.attr)
            node = node.value
        elif isinstance(node, ast.Subscript | ast.Call):
            node = node.value if isinstance(node, ast.Subscript) else node.func
        elif isinstance(node, ast.Name):
            names.append(node.id)
            break
        else:
            break
    return names[::-1]


def violations(source: str) -> list[str]:
    """Where a piece of TUI code writes session data, sets dirty or calls a session setter."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        targets: list[ast.AST] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        elif isinstance(node, ast.Delete):
            targets = list(node.targets)
        for target in targets:
            chain = _chain(target)
            if chain[-1:] == ["dirty"] or ("session" in chain and SESSION_DATA & set(chain)):
                found.append(f"line {getattr(node, 'lineno', '?')}: writes {'.'.join(chain)}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            chain = _chain(node.func)
            if "session" in chain[:-1] and chain[-1] in SESSION_METHODS:
                found.append(f"line {node.lineno}: calls {'.'.join(chain)}")
            if "session" in chain[:-1] and chain[-1] in MUTATORS and SESSION_DATA & set(chain):
                found.append(f"line {node.lineno}: changes {'.'.join(chain)}")
    return found


def test_the_check_finds_each_way_of_bypassing_the_session() -> None:
    bad = """
state.dirty = True
self.state.session.scores["1.1"] = 5
state.session.area_notes("1").strengths.append("x")
state.session.set_score(instrument, "1.1", 5)
del self.state.session.comments["1.1"]
self.state.session.add_evidence("1.1", source)
state.session.evidence["1.1"].append(source)
state.session.areas["1"].actions[0] = action
self.state.session.interviews.pop()
"""
    lines = {int(found.split(":")[0].removeprefix("line ")) for found in violations(bad)}
    assert lines == {2, 3, 4, 5, 6, 7, 8, 9, 10}
    good = (
        "state.set_score('1.1', 5)\nstate.add_item('strengths', '1', 0, 'x')\n"
        "state.add_evidence('1.1', source)\nstate.replace_action('1', 0, action)\n"
        "state.delete_interview(0)\nstate.next_action_status('1', 0)\n"
    )
    assert violations(good) == []


def test_no_tui_module_writes_into_the_session() -> None:
    found = {
        str(path.relative_to(TUI)): problems
        for path in sorted(TUI.rglob("*.py"))
        if (problems := violations(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_no_key_means_two_things_in_one_place() -> None:
    from kompass_tui.tui.keys import EVERYWHERE, KEYS

    for context in EVERYWHERE:
        seen: dict[str, str] = {}
        for action in KEYS:
            if context not in action.contexts:
                continue
            for key in action.keys:
                assert seen.get(key, action.id) == action.id, (context, key, seen[key], action.id)
                seen[key] = action.id
