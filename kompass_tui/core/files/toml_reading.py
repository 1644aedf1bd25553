"""Reading TOML files with exact numbers and turning parse failures into Problems."""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

from kompass_tui.core.problems import LoadError, Problem, ProblemList

MAX_FILE_BYTES = 4 * 1024 * 1024


def read_toml(path: Path) -> dict[str, Any]:
    """Read a TOML file with floats as Decimal; raise LoadError naming the file on failure."""
    return parse_toml_bytes(read_file_bytes(path), str(path))


def read_file_bytes(path: Path) -> bytes:
    """A file's bytes; raise LoadError naming the file when it cannot be read."""
    name = str(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise LoadError([Problem(name, "", "no such file")]) from None
    except IsADirectoryError:
        raise LoadError([Problem(name, "", "is a folder, not a file")]) from None
    except ValueError:  # a NUL byte in the name
        raise LoadError([Problem(name, "", "is not a valid file name")]) from None
    except OSError as error:
        raise LoadError([Problem(name, "", f"cannot be read: {error.strerror}")]) from None


def parse_toml_bytes(raw: bytes, name: str) -> dict[str, Any]:
    """Parse TOML bytes; raise LoadError naming the file on failure."""
    if len(raw) > MAX_FILE_BYTES:
        raise LoadError([Problem(name, "", f"is larger than {MAX_FILE_BYTES // 1024 // 1024} MB")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise LoadError([Problem(name, "", f"is not valid UTF-8 (byte {error.start})")]) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        return tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        raise LoadError([Problem(name, "", f"not valid TOML: {error}")]) from None
    except RecursionError:
        raise LoadError([Problem(name, "", "not valid TOML: nested too deeply")]) from None


def check_top_level(
    data: dict[str, Any],
    problems: ProblemList,
    keys: tuple[str, ...],
    format_key: str,
    version: int,
    kind: str,
) -> None:
    """The top of a versioned data file: only known keys, and a format version we know."""
    for name in data:
        if name not in keys:
            problems.error(name, f"unknown key (expected: {', '.join(keys)})")
    found = data.get(format_key)
    if found is None:
        problems.error(format_key, f"missing (the {kind} format version, {version})")
    elif type(found) is not int or found != version:
        problems.error(format_key, f"unknown {kind} format {found!r} ({version})")
