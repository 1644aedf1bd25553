"""A session's questions as data for other programs: `kompass export --format csv|json`.

One row per question in instrument order: its area id, question id, text (in the chosen
language), maximum, score (empty when not scored: unscored is not 0), whether it is not
applicable, and the comment. JSON carries the same rows with numbers as numbers, the
question's evidence, and the session's facts around them.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from kompass_tui.core.formats.spreadsheet import csv_text, number_cell, text_cell
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.session.model import Session

COLUMNS = ("area", "question", "text", "max", "score", "not_applicable", "comment")
"""The CSV header, and the keys of a JSON row."""


def question_rows(session: Session, instrument: Instrument, lang: str) -> list[dict[str, Any]]:
    """Every question as a row (numbers as Decimals, None for no score)."""
    rows = []
    for area in instrument.areas:
        for question in area.questions:
            rows.append(
                {
                    "area": area.id,
                    "question": question.id,
                    "text": instrument.text(question.text, lang),
                    "max": question.max,
                    "score": session.scores.get(question.id),
                    "not_applicable": question.id in session.not_applicable,
                    "comment": session.comments.get(question.id, ""),
                }
            )
    return rows


def questions_csv(session: Session, instrument: Instrument, lang: str) -> str:
    """The rows as CSV for spreadsheets (see `spreadsheet`); not applicable is `yes`/`no`."""
    rows = [
        [
            text_cell(row["area"]),
            text_cell(row["question"]),
            text_cell(row["text"]),
            number_cell(row["max"]),
            number_cell(row["score"]),
            "yes" if row["not_applicable"] else "no",
            text_cell(row["comment"]),
        ]
        for row in question_rows(session, instrument, lang)
    ]
    return csv_text(COLUMNS, rows)


def questions_json(session: Session, instrument: Instrument, lang: str) -> str:
    """The session's facts and rows as a JSON document (UTF-8, numbers as numbers)."""
    rows = question_rows(session, instrument, lang)
    for row in rows:
        row["evidence"] = [
            {
                "kind": e.kind,
                "status": e.status,
                "reference": e.reference,
                "role": e.role,
                "date": e.date.isoformat() if e.date else None,
                "shows": e.shows,
            }
            for e in session.evidence.get(row["question"], [])
        ]
    document = {
        "municipality": session.municipality,
        "instrument": instrument.id,
        "dates": [d.isoformat() for d in session.dates],
        "evaluators": list(session.evaluators),
        "questions": rows,
    }
    return json.dumps(document, ensure_ascii=False, indent=2, default=_number) + "\n"


def _number(value: object) -> object:
    if isinstance(value, Decimal):
        # At most two decimals (scores and maxima): a float prints them back exactly.
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"not JSON: {type(value).__name__}")
