"""Quick summaries of the session files in a folder, for the session picker."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from kompass_tui.core.files.toml_reading import parse_toml_bytes, read_file_bytes
from kompass_tui.core.files.toml_skim import SkimError, number_table, quick_sections, skim
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.problems import KompassError, LoadError
from kompass_tui.core.scoring.totals import session_score
from kompass_tui.core.session.toml_io import LoadedSession, parse_session


@lean_dataclass
class SessionSummary:
    """One session file: who, when, with what, how far; or why it does not load."""

    path: Path
    municipality: str = ""
    dates: tuple[date, ...] = ()
    evaluators: tuple[str, ...] = ()
    instrument_id: str = ""
    total: Decimal = Decimal(0)
    max: Decimal = Decimal(0)
    percent: Decimal | None = None
    scored: int = 0
    scorable: int = 0
    problems: list[str] = field(default_factory=list)
    """Why the file cannot be loaded; empty when it loads."""

    @property
    def ok(self) -> bool:
        """Whether the file loads."""
        return not self.problems


# The tables of a session file that hold its texts: the picker and comparisons show none of
# them, so they are not parsed; opening the session reads and checks the whole file.
_TEXT_TABLES = frozenset(
    {"comments", "report", "findings", "evidence", "interviews", "benchmarks", "consensus"}
)
_OLDER_TOTAL = "older_scale_total"
_BOM = "\ufeff".encode()


def _listed_table(name: str) -> bool | str:
    parts = name.split(".")
    if parts[0] in _TEXT_TABLES:
        return False
    if parts[0] == "areas":  # an area's notes: only its older-scale total; not its actions
        return _OLDER_TOTAL if len(parts) == 2 else False
    return True


def _no_areas(name: str) -> bool:
    parts = name.split(".")
    return parts[0] not in _TEXT_TABLES and parts[0] != "areas"


_MULTI_LINE = re.compile(rb"\"\"\"|\'\'\'")
_FIRST_TEXT_TABLE = re.compile(
    rb"^\[{1,2}(?:" + b"|".join(sorted(n.encode() for n in _TEXT_TABLES)) + rb"|areas)\b", re.M
)


def listed_part(raw: bytes) -> bytes | None:
    """What the picker and comparisons read of a session file: everything but its texts
    (an area's notes only for its older-scale total); None to read the whole file (text
    the skim cannot split safely, or not UTF-8).

    A file with neither multi-line strings nor older-scale totals is cut at its first
    table of texts (no line of it can start a table inside a string): the quick way for
    the many small files of a big comparison."""
    if _OLDER_TOTAL.encode() not in raw and not _MULTI_LINE.search(raw):
        first = _FIRST_TEXT_TABLE.search(raw)
        head = raw if first is None else raw[: first.start()]
        if b"\n[scores]" in head or head.startswith(b"[scores]"):
            return head
    # The skim reads the bytes as Latin-1 (one character a byte, no decoding): TOML's
    # syntax is ASCII and no byte of a UTF-8 sequence is, so it finds what it would find
    # in the decoded text; what it keeps goes back to the same bytes, which the parse of
    # the listed part decodes and checks as UTF-8.
    keep = _listed_table if _OLDER_TOTAL.encode() in raw else _no_areas
    part = skim(raw.removeprefix(_BOM).decode("latin-1"), keep)
    return None if part is None else part.encode("latin-1")


_NUMBER_TABLES = re.compile(r"scores|areas\.[0-9]+")
"""The tables of a listed part that hold plain numbers: the scores, the older-scale totals."""


def parse_listed(head: bytes, name: str) -> dict[str, Any]:
    """The listed part parsed as `parse_toml_bytes` parses it; its tables of plain numbers
    (the scores and the areas' older-scale totals, most of what is listed) read without
    the parser (`number_table`), the rest with it."""
    try:
        found = quick_sections(head.decode("latin-1"))  # one character a byte, as skimmed
    except SkimError:
        return parse_toml_bytes(head, name)
    tables: dict[str, dict[str, Any]] = {}
    rest: list[bytes] = []
    for table, start, end in found:
        if table is not None and table not in tables and _NUMBER_TABLES.fullmatch(table):
            header = b"[" + table.encode() + b"]\n"
            numbers = number_table(head[start + len(header) : end])
            if head.startswith(header, start) and numbers is not None:
                tables[table] = numbers
                continue
        rest.append(head[start:end])
    data = parse_toml_bytes(b"".join(rest), name)
    if any(table.split(".")[0] in data for table in tables):
        return parse_toml_bytes(head, name)  # defined elsewhere too: as the parser reads it
    for table, numbers in tables.items():
        group, _, key = table.partition(".")
        if key:
            data.setdefault(group, {})[key] = numbers
        else:
            data[group] = numbers
    return data


def session_data(raw: bytes, name: str) -> dict[str, Any]:
    """A whole session file's bytes parsed as `parse_toml_bytes` parses them, its tables of
    plain numbers without the parser (see `parse_listed`: a consensus of hundreds of
    files); a file that does not parse is named as the parser names it, by its lines."""
    try:
        return parse_listed(raw, name)
    except LoadError:
        return parse_toml_bytes(raw, name)


def from_listed(head: bytes | None, path: Path, catalog: Catalog) -> LoadedSession | None:
    """The session a file's listed part holds; None when there is none or it does not load
    (the whole file then says what is wrong)."""
    if head is None:
        return None
    try:
        return parse_session(parse_listed(head, str(path)), path, catalog)
    except LoadError:
        return None


def load_listed(path: Path, catalog: Catalog) -> LoadedSession:
    """A session file read for listing (see `listed_part`); raise LoadError with what the
    whole file says when the listed part does not load."""
    raw = read_file_bytes(path)
    loaded = from_listed(listed_part(raw), path, catalog)
    if loaded is not None:
        return loaded
    return parse_session(parse_toml_bytes(raw, str(path)), path, catalog)


def summarize(path: Path, catalog: Catalog) -> SessionSummary:
    """The summary of one session file, never raising for a broken file."""
    try:
        loaded = load_listed(path, catalog)
    except LoadError as failure:
        return SessionSummary(path, problems=[str(p) for p in failure.problems])
    except (KompassError, OSError, ValueError) as failure:
        return SessionSummary(path, problems=[f"{path}: {failure}"])
    session = loaded.session
    score = session_score(session, loaded.instrument)
    return SessionSummary(
        path=path,
        municipality=session.municipality,
        dates=tuple(session.dates),
        evaluators=tuple(session.evaluators),
        instrument_id=loaded.instrument.id,
        total=score.total,
        max=score.max,
        percent=score.percent,
        scored=score.scored,
        scorable=score.scorable,
    )


def session_files(folder: Path) -> list[Path]:
    """The `*.toml` files of a folder, by name: what the picker lists."""
    return sorted(path for path in folder.glob("*.toml") if path.is_file())
