"""An editable list of short items (strengths or improvements): add, edit, delete by key."""

from __future__ import annotations

from textual.widgets import Label, ListItem, ListView

from kompass_tui.tui.keys import NOTE_LIST_BINDINGS, localize_bindings
from kompass_tui.tui.literal import literal_text
from kompass_tui.tui.messages import NotesChanged
from kompass_tui.tui.strings import tr

EDIT_ACTIONS = ("add_item", "edit_item", "delete_item")


class NoteList(ListView):
    """Shows and edits a list of strings in place; the list object is the session's own."""

    BINDINGS = NOTE_LIST_BINDINGS

    def __init__(
        self,
        items: list[str],
        lang: str,
        title_key: str,
        *,
        read_only: bool = False,
        **kwargs: object,
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.items = items
        self.read_only = read_only
        self.lang = lang
        self.title_key = title_key
        localize_bindings(self, lang)

    async def on_mount(self) -> None:
        """Fill the list."""
        await self._rebuild(0)

    async def _rebuild(self, index: int | None) -> None:
        await self.clear()
        if self.items:
            await self.extend(
                ListItem(Label(literal_text(f"• {item}", one_line=True))) for item in self.items
            )
        else:
            await self.append(ListItem(Label(tr(self.lang, "empty_list")), classes="empty"))
        if index is not None and self.items:
            self.index = max(0, min(index, len(self.items) - 1))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No adding, editing or deleting while the session is read-only."""
        return not (self.read_only and action in EDIT_ACTIONS)

    def action_add_item(self) -> None:
        """Ask for a new item and add it after the highlighted one."""
        at = len(self.items) if self.index is None or not self.items else self.index + 1
        self._ask(tr(self.lang, "item_add"), "", at, replace=False)

    def action_edit_item(self) -> None:
        """Edit the highlighted item (or add one to an empty list)."""
        if not self.items or self.index is None:
            self.action_add_item()
            return
        self._ask(tr(self.lang, "item_edit"), self.items[self.index], self.index, replace=True)

    async def action_delete_item(self) -> None:
        """Delete the highlighted item."""
        if self.items and self.index is not None:
            index = self.index
            del self.items[index]
            await self._rebuild(index)
            self.post_message(NotesChanged())

    def _ask(self, title: str, text: str, at: int, *, replace: bool) -> None:
        from kompass_tui.tui.screens.item_prompt import ItemPrompt

        async def done(result: str | None) -> None:
            if result is None:
                return
            result = result.strip()
            if replace:
                if result:
                    self.items[at] = result
                else:
                    del self.items[at]
            elif result:
                self.items.insert(at, result)
            else:
                return
            await self._rebuild(at)
            self.post_message(NotesChanged())

        heading = f"{tr(self.lang, self.title_key)}: {title}"
        self.app.push_screen(ItemPrompt(heading, text, self.lang), done)
