"""The message a tab of the workbench sends once it is mounted (built hidden until then)."""

from __future__ import annotations

from textual.message import Message
from textual.widget import Widget


class TabReady(Message):
    """A tab (an area's view, the report's texts) is mounted with its rows drawn: the
    workbench shows it now if it is the current place's."""

    def __init__(self, tab: Widget) -> None:
        super().__init__()
        self.tab = tab
