"""One table of `kompass` subcommands: name, synopsis and the module that runs it (the
one-line help is the catalog's `cli.NAME.summary`).

Each command module defines `configure(parser, lang)` (its arguments, their help in the
language `lang`) and `run(args) -> int`.
Only the module of the command asked for is imported, so `kompass validate` never loads
the workbench, Rich or the report machinery.
"""

from __future__ import annotations

from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.texts.catalog import text


@lean_dataclass
class Command:
    """A subcommand of `kompass`."""

    name: str
    usage: str
    """The synopsis shown in `kompass --help`."""

    def summary(self, lang: str) -> str:
        """The command's line in `kompass --help`, in `lang`."""
        return text(lang, f"cli.{self.name}.summary")

    @property
    def module(self) -> str:
        """The module that configures and runs the command (`git-setup`: `git_setup`)."""
        return f"kompass_tui.cli.commands.{self.name.replace('-', '_')}"


COMMANDS: tuple[Command, ...] = (
    Command("open", "kompass [FILE.toml | DIR]"),
    Command("validate", "kompass validate PATH..."),
    Command("criteria", "kompass criteria [ID]"),
    Command("new", "kompass new FILE (--municipality NAME | --from EARLIER.toml)"),
    Command("export", "kompass export SESSION [-o FILE] [--format md|html|docx|csv|json]"),
    Command("plan", "kompass plan SESSION [-o FILE] [--csv] [--by-action]"),
    Command("show", "kompass show SESSION"),
    Command("compare", "kompass compare FILE..."),
    Command("consensus", "kompass consensus A B -o C"),
    Command("questionnaire", "kompass questionnaire SESSION -o Q.docx"),
    Command("intake", "kompass intake SESSION Q.docx"),
    Command("merge", "kompass merge BASE OURS THEIRS [PATH]"),
    Command("git-setup", "kompass git-setup [DIR]"),
    Command("history", "kompass history SESSION [QUESTION]"),
)

BY_NAME = {command.name: command for command in COMMANDS}
DEFAULT = "open"
