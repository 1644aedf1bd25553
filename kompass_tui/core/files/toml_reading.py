"""Reading TOML files with exact numbers and turning read and parse failures into Problems.

Only regular files are read, and at most `MAX_FILE_BYTES` of them (`regular.py`); the text
is measured before it is parsed (`toml_bounds.py`). So no file makes kompass hang, run
out of memory or parse for long.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

from kompass_tui.core.files.regular import (
    MAX_FILE_BYTES,
    FileTooLargeError,
    NotRegularFileError,
    describe_size,
    read_regular,
)
from kompass_tui.core.files.toml_bounds import structure_problem
from kompass_tui.core.files.toml_codec import unknown_keys
from kompass_tui.core.problems import LoadError, Problem, ProblemList

__all__ = [
    "MAX_FILE_BYTES",
    "check_top_level",
    "parse_toml_bytes",
    "read_file_bytes",
    "read_toml",
]


def read_toml(path: Path) -> dict[str, Any]:
    """Read a TOML file with floats as Decimal; raise LoadError naming the file on failure."""
    return parse_toml_bytes(read_file_bytes(path), str(path))


def read_file_bytes(path: Path) -> bytes:
    """A regular file's bytes (at most MAX_FILE_BYTES); raise LoadError naming the file
    when it is missing, not a regular file, too large or unreadable."""
    name = str(path)
    if not name:
        raise LoadError([Problem("''", "", "an empty file name")])
    try:
        return read_regular(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise LoadError([Problem(name, "", "no such file")]) from None
    except NotRegularFileError as error:
        if error.kind == "a folder":
            raise LoadError([Problem(name, "", "is a folder, not a file")]) from None
        raise LoadError([Problem(name, "", str(error.strerror))]) from None
    except FileTooLargeError as error:
        raise LoadError([Problem(name, "", str(error.strerror))]) from None
    except ValueError:  # a NUL byte in the name
        raise LoadError([Problem(name, "", "is not a valid file name")]) from None
    except OSError as error:
        raise LoadError([Problem(name, "", f"cannot be read: {error.strerror}")]) from None


def parse_toml_bytes(raw: bytes, name: str) -> dict[str, Any]:
    """Parse TOML bytes; raise LoadError naming the file on failure."""
    if len(raw) > MAX_FILE_BYTES:
        raise LoadError([Problem(name, "", f"is larger than {describe_size(MAX_FILE_BYTES)}")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise LoadError([Problem(name, "", f"is not valid UTF-8 (byte {error.start})")]) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    refusal = structure_problem(text)
    if refusal:
        raise LoadError([Problem(name, "", refusal)])
    try:
        return tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        raise LoadError([Problem(name, "", f"not valid TOML: {error}")]) from None
    except RecursionError:
        raise LoadError([Problem(name, "", "not valid TOML: nested too deeply")]) from None
    except ValueError as error:  # an integer of more digits than Python converts
        raise LoadError([Problem(name, "", f"not valid TOML: {error}")]) from None


def check_top_level(
    data: dict[str, Any],
    problems: ProblemList,
    keys: tuple[str, ...],
    format_key: str,
    version: int,
    kind: str,
) -> None:
    """The top of a versioned data file: only known keys, and a format version we know."""
    unknown_keys(data, keys, "", problems)
    found = data.get(format_key)
    if found is None:
        problems.error(format_key, f"missing (the {kind} format version, {version})")
    elif type(found) is not int or found != version:
        problems.error(format_key, f"unknown {kind} format {found!r} ({version})")
