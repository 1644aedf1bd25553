"""Keys that do not apply where the evaluator is say why and where they work (#26)."""

from __future__ import annotations

from pathlib import Path

from kompass_tui.tui.app import KompassApp
from tests.tui_helpers import place, workbench_app


def said(app: KompassApp) -> list[str]:
    """The notifications shown, oldest first."""
    return [str(n.message) for n in app._notifications]


async def test_dispute_keys_outside_a_merged_session_say_where_they_work(
    demo_copy: Path,
) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert "ctrl+n (Diskutera) gäller bara i en sammanslagen session" in said(app)[-1]
        await pilot.press("f3", "ctrl+y")
        await pilot.pause()
        assert "ctrl+y (Avgör) gäller bara i en sammanslagen session" in said(app)[-1]
        assert app.state is not None and not app.state.dirty  # nothing typed into the field


async def test_a_key_of_another_place_says_which(demo_copy: Path) -> None:
    app = workbench_app(demo_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert said(app)[-1] == "ctrl+t (Ej till.) gäller inte här: den fungerar i ett poängfält"
        await pilot.press("f3", "ctrl+w", "j", "p")  # p on a strength: no improvement area
        await pilot.pause()
        assert place(app) == "texts"
        assert "p (Åtgärd): markera först ett förbättringsområde" in said(app)[-1]
        await pilot.press("escape", "a")  # `a` in a score field is typed, not refused
        await pilot.pause()
        assert "a (" not in said(app)[-1]
