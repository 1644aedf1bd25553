"""Which format an export writes: the ending of the file's name decides.

One table for `kompass export -o FILE` and the workbench's export (ctrl+e): a name ending
in `.md` gets Markdown, `.html` or `.htm` HTML, `.docx` Word, `.pdf` a PDF, `.csv` and
`.json` the questions as data. A name with another ending is refused (never written as
Markdown), and so is a `--format` that says otherwise than the name. A name without an ending (`-o
rapport`, `/dev/stdout`) takes `--format`, else Markdown. A new format is one line in
`FORMAT_OF_SUFFIX` and its branch in `writing.render_export`.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from kompass_tui.core.lean_dataclasses import lean_dataclass

FORMAT_OF_SUFFIX: dict[str, str] = {
    ".md": "md",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
    ".csv": "csv",
    ".json": "json",
}
"""Every format kompass writes, by the ending of the file's name (lower case)."""

FORMATS: tuple[str, ...] = tuple(dict.fromkeys(FORMAT_OF_SUFFIX.values()))
"""The formats, in the table's order: the choices of `--format`."""

DATA_FORMATS = frozenset({"csv", "json"})
"""The formats that carry the questions as data rather than the report."""

BINARY_FORMATS = frozenset({"docx", "pdf"})
"""The formats that are not text: written to a file only, never to a terminal."""

DEFAULT_FORMAT = "md"

FormatIssue = Literal["unknown", "contradicts"]


class PdfUnavailable(Exception):
    """WeasyPrint (or the Pango it uses) cannot be loaded; the message says what failed.
    Here, not in `pdf.py`, so that a command can catch it without loading the writer."""


@lean_dataclass
class FormatProblem:
    """Why a name cannot be written in the format asked: an ending the command does not
    write (`unknown`), or a format asked that the ending contradicts; `message()` in
    English, `issue` for a translated message (`known` and `suffix` fill it)."""

    issue: FormatIssue
    path: Path
    suffix: str
    endings: Mapping[str, str]
    """The endings the command writes, with their formats."""
    command: str = "kompass"
    asked: str = ""
    option: str = ""
    """The option that asked for the format (`--csv`); empty: `--format ASKED`."""

    @property
    def known(self) -> str:
        """The endings the command writes, as a list to print."""
        return ", ".join(self.endings)

    def message(self) -> str:
        """`FILE: why`: the line a command prints."""
        if self.issue == "unknown":
            return (
                f"{self.path}: {self.command} does not write {self.suffix} files; the name's "
                f"ending chooses the format: {self.known}"
            )
        said = self.option or f"--format {self.asked}"
        chosen = self.endings[self.suffix]
        return f"{self.path}: {said} contradicts the name's ending {self.suffix} ({chosen})"


def name_suffix(path: Path) -> str:
    """The ending of a file's name, lower case (`.html`); '' without one."""
    return path.suffix.lower()


def format_problem(
    path: Path,
    asked: str | None = None,
    endings: Mapping[str, str] = FORMAT_OF_SUFFIX,
    command: str = "kompass",
    option: str = "",
) -> FormatProblem | None:
    """What is wrong with `command -o path` given `asked`, the format asked for
    (`--format`, or `option` such as `--csv`), when the command writes `endings` (export:
    every format; compare and plan: `TABLE_ENDINGS`); None when it may be written."""
    suffix = name_suffix(path)
    if not suffix:
        return None
    found = endings.get(suffix)
    if found is None:
        return FormatProblem("unknown", path, suffix, endings, command, asked or "", option)
    if asked is not None and asked != found:
        return FormatProblem("contradicts", path, suffix, endings, command, asked, option)
    return None


def chosen_format(path: Path | None, asked: str | None = None) -> str:
    """The format an export writes to `path` (None: stdout): the name's ending, else
    `asked`, else Markdown. Call `format_problem` first: an unknown ending is not guessed."""
    if path is not None:
        found = FORMAT_OF_SUFFIX.get(name_suffix(path))
        if found is not None:
            return found
    return asked or DEFAULT_FORMAT


TABLE_ENDINGS: dict[str, str] = {".md": "md", ".csv": "csv"}
"""What `compare -o` and `plan -o` write, by the name's ending: Markdown or CSV."""
