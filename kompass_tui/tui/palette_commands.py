"""The command palette's commands (ctrl+p), loaded when the palette first opens."""

from __future__ import annotations

from textual.command import DiscoveryHit, Hits
from textual.system_commands import SystemCommandsProvider


class KeyTableCommands(SystemCommandsProvider):
    """The palette's commands in the key table's order, so it opens on a harmless one (the
    next unscored question, not Quit, which sorts first in Swedish)."""

    async def discover(self) -> Hits:
        """Every command of the screen, in the order the app gives them."""
        for name, help_text, callback, discover in self.app.get_system_commands(self.screen):
            if discover:
                yield DiscoveryHit(name, callback, help=help_text)
