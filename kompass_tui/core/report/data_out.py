"""A session's questions as data for other programs: `kompass export --format csv|json`.

One row per question in instrument order: its area id, question id, text (in the chosen
language), maximum, score (empty when not scored: unscored is not 0), whether it is not
applicable, and, only when asked (`--comments`), the evaluators' private comment. JSON
carries the same rows with numbers as numbers, the question's evidence, and the session's
facts around them: its instrument, every area's title, points, maxima and percentage,
strengths and improvement areas with their actions, the older-scale totals, the benchmarks
it keeps, the total, evaluators and dates. Every control character in it is written as a
`\\uXXXX` escape, so the document reaches a terminal harmless and reads back unchanged. The
JSON Schema it follows ships in the package (`export.schema.json`, `export_schema()`); its
`schema_version` grows when a field changes meaning or goes away.
"""

from __future__ import annotations

import json
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from kompass_tui.core.formats.spreadsheet import csv_text, number_cell, text_cell
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.scoring.totals import AreaScore, SessionScore, session_score
from kompass_tui.core.session.model import AreaNotes, Session
from kompass_tui.core.session.practice import Action
from kompass_tui.core.session.reevaluation import improvement_plans

SCHEMA_VERSION = 1
"""The version of the JSON export's layout (see `export.schema.json`)."""
SCHEMA_FILE = Path(__file__).with_name("export.schema.json")
_PERCENT_STEP = Decimal("0.01")

COLUMNS = ("area", "question", "text", "max", "score", "not_applicable", "comment")
"""The CSV header, and the keys of a JSON row (`comment` only with `comments`)."""

_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f]")
"""What `json.dumps` leaves raw that a terminal may obey: DEL and the C1 controls (U+009B
is CSI to some terminals); it escapes C0 itself."""


def columns(comments: bool = False) -> tuple[str, ...]:
    """The CSV header: the comment column only when the private comments are asked for."""
    return COLUMNS if comments else COLUMNS[:-1]


def question_rows(
    session: Session, instrument: Instrument, lang: str, comments: bool = False
) -> list[dict[str, Any]]:
    """Every question as a row (numbers as Decimals, None for no score); the evaluators'
    private comment only with `comments`."""
    rows = []
    for area in instrument.areas:
        for question in area.questions:
            row: dict[str, Any] = {
                "area": area.id,
                "question": question.id,
                "text": instrument.text(question.text, lang),
                "max": question.max,
                "score": session.scores.get(question.id),
                "not_applicable": question.id in session.not_applicable,
            }
            if comments:
                row["comment"] = session.comments.get(question.id, "")
            rows.append(row)
    return rows


def questions_csv(
    session: Session, instrument: Instrument, lang: str, comments: bool = False
) -> str:
    """The rows as CSV for spreadsheets (see `spreadsheet`); not applicable is `yes`/`no`."""
    rows = [
        [
            text_cell(row["area"]),
            text_cell(row["question"]),
            text_cell(row["text"]),
            number_cell(row["max"]),
            number_cell(row["score"]),
            "yes" if row["not_applicable"] else "no",
            *([text_cell(row["comment"])] if comments else []),
        ]
        for row in question_rows(session, instrument, lang, comments)
    ]
    return csv_text(columns(comments), rows)


def questions_json(
    session: Session, instrument: Instrument, lang: str, comments: bool = False
) -> str:
    """The session's facts and rows as a JSON document (UTF-8, numbers as numbers, control
    characters escaped)."""
    rows = question_rows(session, instrument, lang, comments)
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
    score = session_score(session, instrument)
    older = [
        session.areas[a.id].older_scale_total for a in instrument.areas if a.id in session.areas
    ]
    known_older = [value for value in older if value is not None]
    every_older = len(known_older) == len(instrument.areas)
    document = {
        "schema_version": SCHEMA_VERSION,
        "municipality": session.municipality,
        "instrument": instrument.id,
        "instrument_name": instrument.text(instrument.name, lang),
        "edition_of": instrument.edition_of or None,
        "older_scale": instrument.older_scale or None,
        "language": lang,
        "dates": [d.isoformat() for d in session.dates],
        "evaluators": list(session.evaluators),
        "affiliation": session.affiliation,
        "total": {
            **_figures(score),
            "older_scale_total": sum(known_older, Decimal(0)) if every_older else None,
        },
        "areas": [
            _area(
                area_score, session.areas.get(area_score.area.id) or AreaNotes(), instrument, lang
            )
            for area_score in score.areas
        ],
        "benchmarks": [
            {
                "municipality": entry.municipality,
                "year": entry.year,
                "scale": entry.scale,
                "areas": dict(entry.areas),
                "total": entry.total,
                "source": entry.source,
            }
            for entry in session.benchmarks
        ],
        "questions": rows,
    }
    text = json.dumps(document, ensure_ascii=False, indent=2, default=_number)
    return _UNSAFE_IN_JSON.sub(lambda found: f"\\u{ord(found[0]):04x}", text) + "\n"


def _figures(score: AreaScore | SessionScore) -> dict[str, Any]:
    """Points, maxima, percentage and progress, as the report shows them (exact points;
    the percentage of what the scored questions can give, to two decimals)."""
    share = score.percent
    return {
        "points": score.total if score.scored else None,
        "max": score.max,
        "scored_max": score.scored_max,
        "percent": None if share is None else share.quantize(_PERCENT_STEP, ROUND_HALF_UP),
        "scored": score.scored,
        "scorable": score.scorable,
        "complete": score.complete,
    }


def _area(score: AreaScore, notes: AreaNotes, instrument: Instrument, lang: str) -> dict[str, Any]:
    return {
        "id": score.area.id,
        "title": instrument.text(score.area.title, lang),
        **_figures(score),
        "older_scale_total": notes.older_scale_total,
        "strengths": list(notes.strengths),
        "improvements": [
            {"text": plan.text, "actions": [_action(a) for a in plan.actions]}
            for plan in improvement_plans(notes)
        ],
    }


def _action(action: Action) -> dict[str, Any]:
    return {
        "action": action.action,
        "owner": action.owner,
        "due": action.due.isoformat() if action.due else None,
        "status": action.status,
        "note": action.note,
    }


def export_schema() -> dict[str, Any]:
    """The JSON Schema of `kompass export --format json` (shipped in the package)."""
    schema: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return schema


def _number(value: object) -> object:
    if isinstance(value, Decimal):
        # At most two decimals (scores, maxima, percentages): a float prints them exactly.
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"not JSON: {type(value).__name__}")
