"""A cheap look at TOML text before it is parsed, so hostile files are refused quickly.

Python's TOML parser is pure Python: its time grows with the number of keys, tables,
values and lines, and faster than linearly with the parts of one dotted key (a table
header of 200,000 dotted parts took minutes). Strings and comments cost little. So the
text outside strings and comments is measured first (one regular expression, run in C)
and refused when it holds more structure than any real session, instrument or benchmark
file, which keeps parsing any file under the size limit well under a second.
"""

from __future__ import annotations

import re

MAX_KEY_PARTS = 32
"""Parts of one dotted key or table header (`areas."1".notes` has three)."""
MAX_STRUCTURE = 100_000
"""Dots, `=`, `,`, `[`, `{` and line ends outside strings and comments, together.

The demo session has about 470, the bundled instrument about 840; a benchmark file has
about 45 per record, so this allows some 2,200 records.
"""

# Strings (multi-line ones first) and comments; what is left holds every key and value.
_STRINGS_AND_COMMENTS = re.compile(
    r'"""(?:[^"\\]++|\\[\s\S]|"(?!""))*+"""'
    r"|'''(?:[^']++|'(?!''))*+'''"
    r'|"(?:[^"\\\n]++|\\.)*+"'
    r"|'[^'\n]*+'"
    r"|#[^\n]*+"
)
_KEY_PART = r'(?:[\w-]++|"")'
_LONG_DOTTED_KEY = re.compile(
    rf"(?<![\w\"-]){_KEY_PART}(?:[ \t]*+\.[ \t]*+{_KEY_PART}){{{MAX_KEY_PARTS}}}"
)
_STRUCTURE = ".=,[{\n"


def structure_problem(text: str) -> str:
    """Why `text` is refused before parsing ('' if it may be parsed)."""
    bare = _STRINGS_AND_COMMENTS.sub('""', text)
    if _LONG_DOTTED_KEY.search(bare):
        return f"a dotted key or table header has more than {MAX_KEY_PARTS} parts"
    count = sum(bare.count(mark) for mark in _STRUCTURE)
    if count > MAX_STRUCTURE:
        return (
            f"holds more keys, values and lines than kompass reads ({count:,} dots, "
            f"'=', ',', '[', '{{' and line ends outside strings; at most {MAX_STRUCTURE:,})"
        )
    return ""
