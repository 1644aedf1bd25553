"""CSV for spreadsheet programs: what `kompass export --format csv`, `kompass plan --csv` and
`kompass compare --format csv` write.

- UTF-8 with a byte order mark: Excel reads a CSV without one in the machine's old code
  page (å, ä and ö come out garbled); LibreOffice and Python's `utf-8-sig` skip it.
- Comma-separated, fields quoted when they need it, lines ending in CRLF (RFC 4180).
- Numbers with a decimal point (`7.5`), whatever the language: the file is data. In a
  spreadsheet set to a decimal comma (Swedish), import it (Excel: Data › From Text/CSV,
  LibreOffice: the import dialog) with comma as separator and English (United States)
  as the column language, so `7.5` is read as a number.
- A text that starts with `=`, `+`, `-` or `@` gets a leading `'`, so a spreadsheet shows
  it rather than computing it as a formula; control characters are made visible.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from decimal import Decimal

from kompass_tui.core.visible import visible

BOM = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@")


def number_cell(value: Decimal | None) -> str:
    """A number as the file writes it: a decimal point, no exponent; empty for None."""
    return "" if value is None else f"{value:f}"


def text_cell(text: str) -> str:
    """A text as the file writes it: visible, never read as a formula."""
    text = visible(text)
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def csv_text(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """The whole CSV file: byte order mark, header, rows (cells already made with
    `number_cell` or `text_cell`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return BOM + buffer.getvalue()
