"""One table of `kompass` subcommands: name, one-line help and the module that runs it.

Each command module defines `configure(parser)` (its arguments) and `run(args) -> int`.
Only the module of the command asked for is imported, so `kompass validate` never loads
the workbench, Rich or the report machinery.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Command:
    """A subcommand of `kompass`."""

    name: str
    summary: str
    """One line for `kompass --help`."""
    usage: str
    """The synopsis shown in `kompass --help`."""

    @property
    def module(self) -> str:
        """The module that configures and runs the command."""
        return f"kompass_tui.cli.commands.{self.name}"


COMMANDS: tuple[Command, ...] = (
    Command(
        "open",
        "open a session file, or pick one in a folder (the default command)",
        "kompass [FILE.toml | DIR]",
    ),
    Command(
        "validate",
        "check session, instrument and benchmark files (and folders of them)",
        "kompass validate PATH...",
    ),
    Command(
        "criteria",
        "list the instruments found, or print one's areas and questions",
        "kompass criteria [ID]",
    ),
    Command(
        "new",
        "write a new, empty session file (or a re-evaluation of an earlier one)",
        "kompass new FILE (--municipality NAME | --from EARLIER.toml)",
    ),
    Command(
        "export",
        "write the report (Markdown, HTML, Word) or the questions as data (CSV, JSON)",
        "kompass export SESSION [-o FILE] [--format md|html|docx|csv|json]",
    ),
    Command(
        "plan",
        "write the action plan of a session as Markdown or CSV",
        "kompass plan SESSION [-o FILE] [--csv] [--by-action]",
    ),
    Command("show", "print the report of a session in the terminal", "kompass show SESSION"),
    Command(
        "compare",
        "areas x evaluations: sessions and benchmark records side by side",
        "kompass compare FILE...",
    ),
    Command(
        "consensus",
        "merge independent evaluations of one municipality into one session",
        "kompass consensus A B -o C",
    ),
)

BY_NAME = {command.name: command for command in COMMANDS}
DEFAULT = "open"
