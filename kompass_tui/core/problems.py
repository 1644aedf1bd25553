"""Problems found while reading files, reported as `file: key.path: what is wrong`."""

from __future__ import annotations

import json
import re
from typing import Literal

from kompass_tui.core.lean_dataclasses import lean_dataclass

Severity = Literal["error", "warning"]
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


@lean_dataclass
class Problem:
    """One thing wrong with one file, located by its TOML key path."""

    file: str
    key: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        where = "".join(f"{part}: " for part in (self.file, self.key) if part)
        return f"{where}{prefix}{self.message}"


class KompassError(Exception):
    """Base class for errors the CLI reports without a traceback."""


class UsageError(KompassError):
    """The command was asked for something that cannot be (an option value out of range)."""


class LoadError(KompassError):
    """A file could not be loaded; carries every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = [p for p in problems if p.severity == "error"] or problems
        super().__init__("\n".join(str(p) for p in self.problems))


class ProblemList:
    """Collects problems for one file while a loader walks it."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[Problem] = []

    def error(self, key: str, message: str) -> None:
        """Record an error at a key path."""
        self.items.append(Problem(self.file, key, message))

    def warning(self, key: str, message: str) -> None:
        """Record a warning at a key path."""
        self.items.append(Problem(self.file, key, message, "warning"))

    @property
    def errors(self) -> list[Problem]:
        """The problems that stop a file from loading."""
        return [p for p in self.items if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        """The problems that are reported but do not stop loading."""
        return [p for p in self.items if p.severity == "warning"]

    def raise_if_errors(self) -> None:
        """Raise LoadError when any error was recorded."""
        if self.errors:
            raise LoadError(self.items)


def toml_key(name: str) -> str:
    """One raw key as TOML writes it: bare when it may be, else quoted (`"1.1"`)."""
    return name if _BARE_KEY.fullmatch(name) else json.dumps(name, ensure_ascii=False)


def join_key(prefix: str, name: str) -> str:
    """Append one raw key to a key path, quoting it as TOML would (`scores."1.1"`)."""
    part = toml_key(name)
    return f"{prefix}.{part}" if prefix else part
