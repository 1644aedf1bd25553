"""Where one kind of record lives in the open session — a question's sources, the interview
log, an area's actions — for the record list that shows them and the form that edits one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

Record = TypeVar("Record")


@dataclass(frozen=True)
class Shelf(Generic[Record]):
    """Where one kind of record is kept in the open session (a question's sources, the
    interview log, an area's actions): what the record list shows and the form edits."""

    records: Callable[[], list[Record]]
    """The records, in order."""
    add: Callable[[int, Record], None]
    """Add a record at an index."""
    replace: Callable[[int, Record], None]
    """Replace the record at an index."""
    delete: Callable[[int], None]
    """Delete the record at an index."""

    @classmethod
    def keyed(
        cls,
        key: str,
        records: Callable[[str], list[Record]],
        add: Callable[[str, Record, int], None],
        replace: Callable[[str, int, Record], None],
        delete: Callable[[str, int], None],
    ) -> Shelf[Record]:
        """The records the open session keeps under one key (a question's, an area's)."""
        return cls(
            lambda: records(key),
            lambda index, record: add(key, record, index),
            lambda index, record: replace(key, index, record),
            lambda index: delete(key, index),
        )
