"""The action plan of a session: `kompass plan SESSION [-o FILE] [--csv] [--by-action]`.

Every improvement area of every area, in the instrument's and the list's order, with the
actions that name it. Markdown gives one table per area; CSV gives the columns `area,
improvement, action, owner, due, status`, one row per improvement area with its actions'
cells joined by line breaks (line N of each cell is action N), or with `by_action` one row
per action (an improvement area without actions keeps one row with empty action cells, so
none goes missing).
"""

from __future__ import annotations

from kompass_tui.core.formats.escaping import escape_inline
from kompass_tui.core.formats.spreadsheet import csv_text, text_cell
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.report.markdown_areas import table
from kompass_tui.core.session.model import AreaNotes, Session
from kompass_tui.core.session.practice import Action
from kompass_tui.core.session.reevaluation import improvement_plans
from kompass_tui.core.texts.catalog import Texts
from kompass_tui.core.visible import visible

CSV_COLUMNS = ("area", "improvement", "action", "owner", "due", "status")


def _cells(action: Action) -> list[str]:
    due = action.due.isoformat() if action.due else ""
    return [action.action, action.owner, due, action.status]


def plan_csv(session: Session, instrument: Instrument, by_action: bool = False) -> str:
    """The plan as CSV for spreadsheets (see `spreadsheet`); statuses as the file has them."""
    rows = []
    for area in instrument.areas:
        for plan in improvement_plans(session.areas.get(area.id) or AreaNotes()):
            head = [text_cell(area.id), text_cell(plan.text)]
            cells = [_cells(a) for a in plan.actions]
            if by_action:
                rows += [head + [text_cell(c) for c in row] for row in cells or [[""] * 4]]
            else:
                columns = list(zip(*cells, strict=True)) if cells else [()] * 4
                rows.append(head + [text_cell("\n".join(column)) for column in columns])
    return csv_text(CSV_COLUMNS, rows)


def plan_markdown(session: Session, instrument: Instrument, lang: str) -> str:
    """The plan as Markdown: per area a table of improvement areas and their actions."""
    words = Texts(lang, "plan.")
    blocks = [f"# {escape_inline(words('title', municipality=session.municipality))}"]
    header = [words(key) for key in ("improvement", "action", "owner", "due", "status", "note")]
    for area in instrument.areas:
        plans = improvement_plans(session.areas.get(area.id) or AreaNotes())
        if not plans:
            continue
        blocks.append(
            f"## {escape_inline(area.id)} {escape_inline(instrument.text(area.title, lang))}"
        )
        rows = []
        for plan in plans:
            if not plan.actions:
                rows.append([escape_inline(plan.text), f"*{words('no_actions')}*", "", "", "", ""])
            for index, action in enumerate(plan.actions):
                rows.append(
                    [
                        escape_inline(plan.text) if index == 0 else "",
                        escape_inline(action.action),
                        escape_inline(action.owner),
                        action.due.isoformat() if action.due else "",
                        words(f"status.{action.status}"),
                        escape_inline(action.note),
                    ]
                )
        blocks.append(table(header, ["left"] * 6, rows))
    return visible("\n\n".join(blocks) + "\n")


def plan_text(session: Session, instrument: Instrument, lang: str) -> str:
    """The plan as plain text for a terminal: per area its improvement areas, each action
    under them with its owner, date, status and note on the lines below (no table to be
    wider than the screen; `kompass plan` wraps the lines to its width)."""
    words = Texts(lang, "plan.")
    lines = [words("title", municipality=session.municipality)]
    for area in instrument.areas:
        plans = improvement_plans(session.areas.get(area.id) or AreaNotes())
        if not plans:
            continue
        lines += ["", f"{area.id} {instrument.text(area.title, lang)}"]
        for plan in plans:
            lines += ["", f"  {plan.text}"]
            if not plan.actions:
                lines.append(f"    {words('no_actions')}")
            for action in plan.actions:
                lines.append(f"    – {action.action}")
                details = [
                    f"{words('owner')}: {action.owner}" if action.owner else "",
                    f"{words('due')}: {action.due.isoformat()}" if action.due else "",
                    f"{words('status')}: {words(f'status.{action.status}')}",
                ]
                lines.append("      " + " · ".join(d for d in details if d))
                if action.note:
                    lines.append(f"      {words('note')}: {action.note}")
    return visible("\n".join(lines) + "\n")
