"""The layers, checked (#15, #24): no import cycles between modules nor between packages,
counting every import statement.

Function-local and TYPE_CHECKING imports count too: a module that imports another that
imports it back is a cycle even if Python happens to tolerate it at run time. The layer
contracts themselves are import-linter's (pyproject.toml, run by .ci/run).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "kompass_tui"


def module_name(path: Path) -> str:
    """`kompass_tui/core/session/model.py` → `kompass_tui.core.session.model`."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph() -> dict[str, set[str]]:
    """Every module of the package and the package modules each import statement names."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
            for target in targets:
                # The deepest module the name reaches (`from a.b import c`: a.b.c or a.b).
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def packages(graph: dict[str, set[str]]) -> set[str]:
    """Every package that holds modules of the graph (`kompass_tui`, `kompass_tui.core`...)."""
    return {name.rsplit(".", depth)[0] for name in graph for depth in range(1, name.count(".") + 1)}


def children_graph(graph: dict[str, set[str]], package: str) -> dict[str, set[str]]:
    """The imports between the children of a package (its modules and subpackages), each
    child standing for everything below it: `core.session` imports `core.scoring` when any
    module below the one imports any module below the other."""

    def child(name: str) -> str | None:
        if not name.startswith(package + "."):
            return None
        return f"{package}.{name[len(package) + 1 :].split('.')[0]}"

    found: dict[str, set[str]] = {}
    for name, targets in graph.items():
        source = child(name)
        if source is None:
            continue
        found.setdefault(source, set())
        for target in map(child, targets):
            if target is not None and target != source:
                found[source].add(target)
                found.setdefault(target, set())
    return found


def package_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The cycles between the children of any one package."""
    return [
        group
        for package in sorted(packages(graph))
        for group in cycles(children_graph(graph, package))
    ]


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]


def test_the_graph_sees_local_and_type_checking_imports() -> None:
    graph = import_graph()
    assert "kompass_tui.tui.app" in graph["kompass_tui.cli.commands.open"]  # in a function
    assert len(graph) > 80


def test_no_module_imports_one_that_imports_it_back() -> None:
    assert cycles(import_graph()) == []


def test_the_package_cycle_finder_finds_a_cycle_between_packages() -> None:
    # No module imports one that imports it back, yet `p.a` and `p.b` need each other.
    graph = {"p.a.x": {"p.b.y"}, "p.b.y": set(), "p.b.z": {"p.a.w"}, "p.a.w": set()}
    assert cycles(graph) == []
    assert package_cycles(graph) == [["p.a", "p.b"]]


def test_no_package_imports_one_that_imports_it_back() -> None:
    # `core.instrument ⇄ core.scoring ⇄ core.session`, `core.compare ⇄ core.report` and
    # the workbench's `screens ⇄ report_actions ⇄ text_editing` were such cycles (#24).
    assert package_cycles(import_graph()) == []
