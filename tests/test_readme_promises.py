"""Issue #20: README's "What kompass promises" lists each promise with the tests that check
it, and no promise without a test: every promise names at least one test, and every test
it names exists (a renamed or deleted test fails here, not silently in the README)."""

from __future__ import annotations

import ast
import re

from tests.helpers import REPO

TESTS = REPO / "tests"


def promises() -> dict[str, str]:
    """Each promise of the section by its bold title, with its text."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## What kompass promises\n", 1)[1].split("What kompass does not", 1)[0]
    found = {}
    for item in re.split(r"\n- (?=\*\*)", "\n" + section)[1:]:
        title = re.match(r"\*\*(.+?)\*\*", item)
        assert title is not None, item
        found[title.group(1)] = item
    return found


def defined_tests(path_name: str) -> set[str]:
    """The test functions a test file defines."""
    tree = ast.parse((TESTS / path_name).read_text(encoding="utf-8"))
    return {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.name.startswith("test_")
    }


def test_every_promise_names_tests_that_exist() -> None:
    found = promises()
    assert len(found) >= 10, found.keys()
    for title, text in found.items():
        named = re.findall(r"`(test_\w+\.py)::(test_\w+)`", text)
        assert named, f"{title}: no test named"
        for file_name, test_name in named:
            assert (TESTS / file_name).is_file(), f"{title}: no tests/{file_name}"
            assert test_name in defined_tests(file_name), f"{title}: {file_name}::{test_name}"
