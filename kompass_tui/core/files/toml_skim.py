"""Skimming a TOML document: its statements found without parsing them, so that a reader
that needs a few tables of a long file (the scores of a session, not its report texts)
parses only those.

`statements` splits a document into its top-level statements (table headers and key/value
pairs, a value running over many lines with its multi-line strings and arrays); `skim`
keeps those a caller asks for. The result is parsed with `tomllib` like any TOML, so a
skim is checked as strictly as the whole file would be; where the scanner meets anything
it does not expect it gives up (None), and the caller parses the whole file instead. The
scan stops at the first header past the last line that may head a table kept: the texts
at the end of a session are not scanned (nor checked: opening the file checks them).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from decimal import Decimal

from kompass_tui.core.lean_dataclasses import lean_dataclass


@lean_dataclass
class Statement:
    """One top-level statement: a table header (`table` is its name, `key` empty) or a
    key/value pair inside the table named `table` (`""` for the top)."""

    table: str
    key: str
    text: str
    is_header: bool


class SkimError(ValueError):
    """The text is not TOML as the scanner knows it; parse the whole file instead."""


KeepTable = Callable[[str], "bool | str"]
"""Whether to keep a table, by its header's name as written: all of it (True), none of it
(False), or only the one key named (its header and that key's line)."""


def skim(text: str, keep_table: KeepTable) -> str | None:
    """The document with only the tables (and keys) `keep_table` keeps; the keys before
    the first header are kept. None when the text cannot be skimmed safely."""
    try:
        try:
            kept = quick_kept(text, keep_table, _last_kept_header(text, keep_table))
        except SkimError:
            kept = scanned_kept(text, keep_table)
        return "\n".join(kept) + "\n"
    except SkimError:
        return None


def scanned_kept(text: str, keep_table: KeepTable) -> list[str]:
    """What `skim` keeps, in pieces, found line by line; SkimError where the text is not
    TOML as the scanner knows it."""
    kept: list[str] = []
    for name, start, end in sections(text):
        keep = True if name is None else keep_table(name)
        if keep is True:
            kept.append(text[start:end])
        elif keep is not False:
            kept.extend(_one_key(text[start:end], keep))
    return kept


def _last_kept_header(text: str, keep_table: KeepTable) -> int:
    """Where the last line starts that may be the header of a table `keep_table` keeps (or
    of one it cannot name); -1 when none: past it, every header drops its table.

    A real header is always a line whose first character but spaces and tabs is `[`, and
    a line inside a string only adds to them: the scan may stop at the first real header
    past it, with nothing after it kept (the long texts at the end of a session are not
    scanned). Found from the end, bracket by bracket (few are in texts)."""
    position = len(text)
    while (position := text.rfind("[", 0, position)) != -1:
        line_start = text.rfind("\n", 0, position) + 1
        if text[line_start:position].strip(" \t"):
            continue  # not the first character of its line
        header = _Q_HEADER.match(text, line_start)
        if header is None or len(header[1]) != len(header[3]):
            return line_start  # not a header the quick way knows: it may be kept
        if keep_table(header[2]) is not False:
            return line_start
        position = line_start
    return -1


def _one_key(section: str, key: str) -> list[str]:
    """A table's header and its statements of `key` (a bare key)."""
    try:
        return _quick_one_key(section, key)
    except SkimError:
        return _scanned_one_key(section, key)


def _scanned_one_key(section: str, key: str) -> list[str]:
    """`_one_key` line by line (for what the quick way does not know)."""
    line_end = section.find("\n")
    kept = [section if line_end == -1 else section[:line_end]]
    for position in top_level_lines(section, stop_at=key):
        line_end = section.find("\n", position)
        line = section[position : len(section) if line_end == -1 else line_end]
        if _KEY.match(line) is None or _key_of(line) != key:
            continue
        if not _PLAIN.fullmatch(line):  # a value over more lines: find where it ends
            return [s.text for s in statements(section) if s.is_header or s.key == key]
        kept.append(line)
    return kept


# What matters on a line to where statements begin: strings (skipped whole), comments,
# brackets; a multi-line string's opening delimiter when it does not close on the line; a
# quote that starts no complete string is matched alone (an error).
_TOKEN = re.compile(
    r'"""(?:[^"\\]++|\\.|"(?!""))*+""""?"?'
    r"|'''(?:[^']++|'(?!''))*+''''?'?"
    r"|\"\"\"|'''"
    r'|"(?:[^"\\\n]++|\\.)*+"'
    r"|'[^'\n]*+'"
    r"|#.*+"
    r"|[\[\]{}\"']",
    re.DOTALL,
)
_PLAIN = re.compile(r'(?:[^"\'\[\]{}#\\]++|"[^"\\\n]*+")*+')
"""A line of plain text and simple one-line strings opens and closes nothing (most lines)."""


_PLAIN_LINE = r'(?:[^"\'\[\]{}#\\\n]++|"[^"\\\n]*+")*+\n'


@functools.cache
def _plain_run(stop_at: str) -> re.Pattern[str]:
    """Plain lines one after another, each with its line end; none that starts with the
    key `stop_at` (when given)."""
    if not stop_at:
        return re.compile(f"(?:{_PLAIN_LINE})*+")
    return re.compile(rf"(?:(?![ \t]*{re.escape(stop_at)}[ \t]*=){_PLAIN_LINE})*+")


def top_level_lines(text: str, headers_only: bool = False, stop_at: str = "") -> Iterator[int]:
    """Where each line starts that begins outside strings, arrays and inline tables: where
    a statement (a header or `key = value`) may begin; with `headers_only` only those that
    may be headers, with `stop_at` those and the ones that may be that key's statement.
    Raise SkimError where the text is not TOML as the scanner knows it.

    A multi-line string is passed over in one step to its closing delimiter, and a line of
    plain text and simple strings in one step too.
    """
    depth = position = 0
    end = len(text)
    line_start = True
    while position < end:
        if (headers_only or stop_at) and line_start:
            # No plain line is a header (nor, but those starting with it, `stop_at`'s
            # statement): past them in one step.
            run = _plain_run(stop_at).match(text, position)
            position = run.end() if run else position
        line_end = text.find("\n", position)
        if line_end == -1:
            line_end = end
        if line_start and depth == 0:
            yield position
        line_begin, position, line_start = position, line_end + 1, True
        if _PLAIN.fullmatch(text, line_begin, line_end):
            continue
        for token in _TOKEN.finditer(text, line_begin, line_end):
            character = token.group()
            if character in ('"""', "'''"):  # a multi-line string: on to its end
                position, line_start = _multi_line_end(text, token.end(), character), False
                break
            if character[0] in "\"'":
                if len(character) == 1:
                    raise SkimError("a string that is not closed")
            elif character in "[{":
                depth += 1
            elif character in "]}":
                depth -= 1
                if depth < 0:
                    raise SkimError("a closing bracket without its opening one")
    if depth:
        raise SkimError("an array or inline table that is not closed")


def sections(text: str) -> list[tuple[str | None, int, int]]:
    """The tables of a TOML text as (header name, start, end); the keys before the first
    header as (None, 0, end)."""
    found: list[tuple[str | None, int, int]] = []
    name: str | None = None
    start = 0
    for position in top_level_lines(text, headers_only=True):
        line_end = text.find("\n", position)
        line = text[position : len(text) if line_end == -1 else line_end]
        if line.lstrip(" \t").startswith("["):
            found.append((name, start, position))
            name, start = _header_name(line), position
    found.append((name, start, len(text)))
    return found


def statements(text: str, table: str = "") -> Iterator[Statement]:
    """The top-level statements of a TOML text (keys before a header belong to `table`), in
    order; blank lines and comments between them are left out."""
    starts = [p for p in top_level_lines(text) if not _is_blank_line(text, p)]
    for index, position in enumerate(starts):
        stop = starts[index + 1] if index + 1 < len(starts) else len(text)
        body = text[position:stop].rstrip()
        if body.lstrip(" \t").startswith("["):
            table = _header_name(body)
            yield Statement(table, "", body, True)
        else:
            yield Statement(table, _key_of(body), body, False)


def _is_blank_line(text: str, position: int) -> bool:
    line_end = text.find("\n", position)
    line = text[position : len(text) if line_end == -1 else line_end].strip()
    return not line or line.startswith("#")


def _multi_line_end(text: str, position: int, delimiter: str) -> int:
    """Just past the closing delimiter of the multi-line string whose content starts at
    `position` (with up to two quotes of the content before it)."""
    while True:
        close = text.find(delimiter, position)
        if close == -1:
            raise SkimError("a multi-line string that is not closed")
        backslashes = 0
        if delimiter == '"""':
            while text[close - 1 - backslashes] == "\\":
                backslashes += 1
        if backslashes % 2 == 0:
            break
        position = close + 1  # an escaped quote: the delimiter may begin at the next one
    close += 3
    for _ in range(2):
        if text.startswith(delimiter[0], close):
            close += 1
    return close


def _header_name(body: str) -> str:
    """`areas.1` from `[areas.1]`, `areas.1.actions` from `[[areas.1.actions]]`."""
    inner = body.strip()
    if inner.startswith("[["):
        if not inner.endswith("]]"):
            raise SkimError("a table array header that is not closed")
        return inner[2:-2].strip()
    if not inner.endswith("]"):
        raise SkimError("a table header that is not closed")
    return inner[1:-1].strip()


_KEY_PART = r'(?:[A-Za-z0-9_-]+|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\')'
_KEY = re.compile(rf"[ \t]*({_KEY_PART}(?:[ \t]*\.[ \t]*{_KEY_PART})*)[ \t]*=")


def _key_of(body: str) -> str:
    """The key of a `key = value` statement as written (quotes and dots kept)."""
    found = _KEY.match(body)
    if found is None:
        raise SkimError("a statement that is neither a header nor key = value")
    return found.group(1)


# -- the quick way --------------------------------------------------------------------------
#
# A regular expression passes over a run of whole top-level lines that are no table
# header, every one-line string, comment, array and inline table in them taken whole, so
# the scan runs in the regex engine instead of line by line in Python; it stops at a
# multi-line string, which is passed over with `str.find` to its end (the long texts of a
# session are in them). It knows arrays and inline tables nested two deep, without
# multi-line strings in them; where it meets anything else (deeper nesting, a stray quote
# or bracket, a backslash outside a string) it gives up, and the caller scans line by line
# instead: the quick way finds what the slow one finds, or nothing.

_Q_STRING = r'(?!""")"(?:[^"\\\n]++|\\[^\n])*+"' r"|(?!''')'[^'\n]*+'"
_Q_COMMENT = r"#[^\n]*+"
_Q_INLINE0 = rf"\{{(?:[^\"'\[\]{{}}#\\\n]++|{_Q_STRING})*+\}}"
_Q_ARRAY0 = rf"\[(?:[^\"'\[\]{{}}#\\]++|{_Q_STRING}|{_Q_COMMENT})*+\]"
_Q_ARRAY = rf"\[(?:[^\"'\[\]{{}}#\\]++|{_Q_STRING}|{_Q_COMMENT}|{_Q_ARRAY0}|{_Q_INLINE0})*+\]"
_Q_INLINE = rf"\{{(?:[^\"'\[\]{{}}#\\\n]++|{_Q_STRING}|{_Q_ARRAY0}|{_Q_INLINE0})*+\}}"
_Q_BODY_PATTERN = rf"(?:[^\"'\[\]{{}}#\\\n]++|{_Q_STRING}|{_Q_COMMENT}|{_Q_ARRAY}|{_Q_INLINE})*+"
_Q_BODY = re.compile(_Q_BODY_PATTERN)
"""What a line may hold (no multi-line string): up to its end or to what it does not know."""
_Q_NO_HEADER = r"(?![ \t]*\[)"
_Q_LINE = _Q_NO_HEADER + _Q_BODY_PATTERN
_Q_LINES = re.compile(rf"(?:{_Q_LINE}\n)*+(?:{_Q_LINE})?")
"""Whole top-level lines, none a table header, then what the next line holds up to what
stops the pass: a multi-line string, a header (at its line's start), the end of the
text, or something the quick way does not know."""
_Q_HEADER = re.compile(
    rf"[ \t]*(\[\[?)[ \t]*({_KEY_PART}(?:[ \t]*\.[ \t]*{_KEY_PART})*)[ \t]*(\]\]?)"
    r"[ \t]*(?:\n|\Z)"
)
_Q_MULTI_LINE = ('"""', "'''")


@functools.cache
def _quick_lines_but(key: str) -> re.Pattern[str]:
    """`_Q_LINES` stopping at a statement of the bare key `key` too (at its line's start)."""
    line = rf"{_Q_NO_HEADER}(?![ \t]*{re.escape(key)}[ \t]*=)"
    return re.compile(rf"(?:{line}{_Q_BODY_PATTERN}\n)*+(?:{line}{_Q_BODY_PATTERN})?")


def _quick_pass(text: str, position: int, lines: re.Pattern[str]) -> tuple[int, bool]:
    """Where a pass of `lines` from the line starting at `position` stops, multi-line
    strings passed over: (where, whether that is a line's start); SkimError where the
    quick way does not know the text."""
    end = len(text)
    line_start = True
    while True:
        run = lines.match(text, position) if line_start else _Q_BODY.match(text, position)
        stop = run.end() if run else position
        if stop >= end:
            return end, True
        delimiter = text[stop : stop + 3]
        if delimiter in _Q_MULTI_LINE:
            position = _multi_line_end(text, stop + 3, delimiter)
            # Most often the line ends with the string: on to the next line at once.
            line_start = text.startswith("\n", position)
            position += line_start
            continue
        if not line_start:
            if text[stop] != "\n":
                raise SkimError("not known to the quick way")
            position, line_start = stop + 1, True
            continue
        if stop > position and text[stop - 1] != "\n":
            raise SkimError("not known to the quick way")  # stopped inside a line
        return stop, True


def quick_sections(text: str, stop_past: int | None = None) -> list[tuple[str | None, int, int]]:
    """`sections` mostly in the regex engine; SkimError where it does not know the text
    (then `sections` scans it line by line). With `stop_past`, the scan stops at the first
    header that starts after it: the rest of the text is one last section, by that
    header's name, not looked into."""
    found: list[tuple[str | None, int, int]] = []
    name: str | None = None
    start = position = 0
    end = len(text)
    while position < end:
        position, _ = _quick_pass(text, position, _Q_LINES)
        if position >= end:
            break
        header = _Q_HEADER.match(text, position)
        if header is None or len(header[1]) != len(header[3]):
            raise SkimError("a table header the quick way does not know")
        found.append((name, start, position))
        name, start, position = header[2], position, header.end()
        if stop_past is not None and start > stop_past:
            break
    found.append((name, start, end))
    return found


def quick_kept(text: str, keep_table: KeepTable, stop_past: int | None = None) -> list[str]:
    """`scanned_kept` mostly in the regex engine, in one pass: a table of which one key is
    kept is passed over stopping at that key's statements. With `stop_past`, the pass ends
    at the first header that starts after it (see `_last_kept_header`). SkimError where
    the quick way does not know the text."""
    kept: list[str] = []
    keep: bool | str = True  # the keys before the first header
    start = position = 0
    end = len(text)
    while position < end:
        lines = _Q_LINES if isinstance(keep, bool) else _quick_lines_but(keep)
        position, _ = _quick_pass(text, position, lines)
        if position >= end:
            break
        header = _Q_HEADER.match(text, position)
        if header is None and not isinstance(keep, bool):  # the statement of the key kept
            statement, position = _kept_statement(text, position, keep)
            kept.append(statement)
            continue
        if header is None or len(header[1]) != len(header[3]):
            raise SkimError("a table header the quick way does not know")
        if keep is True:
            kept.append(text[start:position])
        start, position = position, header.end()
        if stop_past is not None and start > stop_past:
            return kept  # no table past here is kept
        keep = keep_table(header[2])
        if not isinstance(keep, bool):
            line_end = text.find("\n", start)
            kept.append(text[start : end if line_end == -1 else line_end])
    if keep is True:
        kept.append(text[start:end])
    return kept


def _quick_one_key(section: str, key: str) -> list[str]:
    """`_one_key` mostly in the regex engine; SkimError where it does not know the text."""
    line_end = section.find("\n")
    if line_end == -1:
        return [section]
    kept = [section[:line_end]]
    lines = _quick_lines_but(key)
    position, end = line_end + 1, len(section)
    while position < end:
        position, _ = _quick_pass(section, position, lines)
        if position >= end:
            break
        statement, position = _kept_statement(section, position, key)
        kept.append(statement)
    return kept


def _kept_statement(text: str, position: int, key: str) -> tuple[str, int]:
    """The statement at `position`, which must set `key` to a plain value, and where the
    next line starts; SkimError where the quick way does not know it."""
    end = len(text)
    line_end = text.find("\n", position)
    statement = text[position : end if line_end == -1 else line_end]
    found = _KEY.match(statement)
    if found is None or found.group(1) != key or not _PLAIN.fullmatch(statement):
        raise SkimError("a statement the quick way does not know")
    return statement, end if line_end == -1 else line_end + 1


# -- a table of plain numbers ---------------------------------------------------------------

_NUMBER_KEY = rb'[ \t]*(?:"([0-9][0-9.]*)"|([A-Za-z0-9_-]+))[ \t]*=[ \t]*'
_NUMBER = rb"(-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?)"
_NUMBER_LINE = _NUMBER_KEY + _NUMBER + rb"[ \t]*\r?\n"
# Without capturing groups: Python 3.11's engine fails on groups in a possessive repeat.
_NUMBER_TABLE = re.compile(
    rb"(?:" + re.sub(rb"\((?!\?)", b"(?:", _NUMBER_LINE) + rb"|[ \t]*\r?\n)*+"
)
_NUMBER_PAIR = re.compile(rb"(?m)^" + _NUMBER_LINE)


def number_table(body: bytes) -> dict[str, int | Decimal] | None:
    """The body of a table (its lines after the header) whose every line is a bare key or
    a quoted key of digits and dots = a plain number (or blank), read as `tomllib` with
    Decimal floats reads it, without the parser: the scores and older-scale totals of many
    sessions are read quickly. None when it is anything else (a comment, another form of
    key or number, a key twice): then `tomllib` reads it."""
    if not body.endswith(b"\n"):
        body += b"\n"
    found = _NUMBER_TABLE.match(body)
    if found is None or found.end() != len(body):
        return None
    table: dict[str, int | Decimal] = {}
    for quoted, bare, number in _NUMBER_PAIR.findall(body):
        name = (quoted or bare).decode("ascii")
        if name in table:
            return None
        text = number.decode("ascii")
        table[name] = Decimal(text) if "." in text else int(text)
    return table
