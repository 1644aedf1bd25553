"""Shared fixtures: session files in tmp_path, never in the repo's sessions/."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.session.model import new_session
from kompass_tui.core.session.toml_io import create_session_file
from tests.helpers import DEMO, FULL_EXAMPLES, write_small_instrument

# Property and fuzz tests: the "dev" profile (the default) runs a twentieth of each test's
# examples, so the README's test command stays short on a 2-core machine; CI (.ci/run)
# sets KOMPASS_HYPOTHESIS_PROFILE=ci and runs them all. Counts written in a test are full
# counts, scaled by `tests.helpers.examples`.
settings.register_profile("ci", max_examples=FULL_EXAMPLES)
settings.register_profile("dev", max_examples=FULL_EXAMPLES // 20)
settings.load_profile(os.environ.get("KOMPASS_HYPOTHESIS_PROFILE", "dev"))

# What comparisons keep between runs goes to a cache folder of the test run's own, never
# the user's (the kompass commands the tests start inherit it); removed when the run ends.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="kompass-tests-cache-")
atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], ignore_errors=True)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: two workers a core. Most tests spend much of their time waiting (a
    pilot's key waits for the app to be idle, a pseudo-terminal test for output, the
    autosave for its 2 s), so a second worker on each core runs meanwhile. Three a core
    were faster (3 min 47 s against 4 min 3 s) but starved the tests that hold kompass to
    its times on a real terminal (the SIGKILL test failed in CI).
    PYTEST_XDIST_AUTO_NUM_WORKERS still decides when it is set."""
    del config
    if "PYTEST_XDIST_AUTO_NUM_WORKERS" in os.environ:
        return int(os.environ["PYTEST_XDIST_AUTO_NUM_WORKERS"])
    return 2 * (
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    )


@pytest.fixture(autouse=True)
def _no_user_criteria(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see the bundled instruments only, whatever the environment holds."""
    monkeypatch.delenv("KOMPASS_CRITERIA_PATH", raising=False)


@pytest.fixture(autouse=True)
def _questions_answer_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process (pilot) tests answer a safety question as soon as it is drawn; the time a
    question waits before keys answer it is tested on a real terminal
    (tests/test_pty_safety_matrix.py) and in tests/test_tui_questions.py, which restore it."""
    from kompass_tui.tui.screens import choice_dialog

    monkeypatch.setattr(choice_dialog, "QUESTION_SETTLE", 0.0)


@pytest.fixture(autouse=True)
def _pilot_apps_compose_no_frames(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An app under Textual's headless driver (the pilot) writes no frame anywhere, yet
    Textual still composes each frame's lines: a third of a pilot test's CPU time. Here
    the top screen's frame is not composed; its regions are marked drawn as before.

    Layout, mounting, focus, timers and `call_after_refresh` callbacks run as ever, and a
    test that looks at the screen renders it anew (`export_screenshot`: the snapshots).
    What reaches a real terminal is tested on pseudo-terminals, and the frame's bytes in
    `bench/` and tests/test_terminal_mirror.py, where no app is headless.

    A test that reads the screen as drawn (a snapshot, `export_screenshot`) composes every
    frame as the app does: a frame not composed leaves lines cached that a later
    screenshot would reuse. Such tests use `snap_compare` or are marked `draws`."""
    if "snap_compare" in request.fixturenames or request.node.get_closest_marker("draws"):
        return
    from textual.screen import Screen

    composes = Screen._compositor_refresh

    def compositor_refresh(screen: Screen[object]) -> None:
        app = screen.app
        if app.is_headless and not app.is_inline and screen is app.screen:
            screen._compositor._dirty_regions.clear()
            screen._dirty_widgets.clear()
            app._update_mouse_over(screen)
            return
        composes(screen)

    monkeypatch.setattr(Screen, "_compositor_refresh", compositor_refresh)


@pytest.fixture(autouse=True, scope="session")
def _pilot_looks_for_idle_every_10_ms() -> Iterator[None]:
    """A pilot's key and pause wait until the app is idle: Textual sleeps, then calls the
    process idle when it used under a twentieth of that time. It sleeps 20 ms at a time,
    so every key and pause of a pilot test waited 20 ms at least, even when the app had
    long finished: two thirds of a pilot test's time was that sleep. Here it looks every
    10 ms, by the same rule (idle: under a twentieth of the time used)."""
    import textual._wait

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(textual._wait, "SLEEP_GRANULARITY", 1 / 100)
        patch.setattr(textual._wait, "SLEEP_IDLE", 1 / 100 / 20)
        yield


@pytest.fixture(autouse=True, scope="session")
def _apps_share_parsed_css() -> Iterator[None]:
    """Every app of a test process parses the same CSS with the same theme: Textual parses
    it again for each app (its parse cache belongs to the app's stylesheet), some 50 ms of
    each pilot test's CPU. Here the apps of one process share what was parsed, keyed by
    everything the parse reads: the CSS, where it was read from, its kind, its scope and
    the theme's variables. Textual never changes a parsed rule set, so sharing one is what
    a second parse would give. The CSS of each kind of screen is still parsed, once."""
    from textual.css.model import RuleSet
    from textual.css.stylesheet import Stylesheet
    from textual.css.types import CSSLocation

    parsed: dict[tuple[object, ...], list[RuleSet]] = {}
    parse_rules = Stylesheet._parse_rules

    def shared_parse_rules(
        stylesheet: Stylesheet,
        css: str,
        read_from: CSSLocation,
        is_default_rules: bool = False,
        tie_breaker: int = 0,
        scope: str = "",
    ) -> list[RuleSet]:
        variables = tuple(stylesheet._variables.items())
        key = (css, read_from, is_default_rules, tie_breaker, scope, variables)
        if key not in parsed:
            parsed[key] = parse_rules(
                stylesheet, css, read_from, is_default_rules, tie_breaker, scope
            )
        return parsed[key]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Stylesheet, "_parse_rules", shared_parse_rules)
        yield


@pytest.fixture
def catalog() -> Catalog:
    """The bundled instruments only."""
    return Catalog.default()


@pytest.fixture
def new_session_file(tmp_path: Path, catalog: Catalog) -> Path:
    """A new, empty Norrköping session written with the core."""
    instrument = catalog.get("kommunkompassen-2010")
    session = new_session(instrument, "Norrköping", [date(2010, 1, 25)], ["Leif Eldås"])
    path = tmp_path / "norrkoping.toml"
    create_session_file(session, instrument, path)
    return path


@pytest.fixture
def demo_copy(tmp_path: Path) -> Path:
    """A copy of the demo session that tests may save over."""
    path = tmp_path / "norrkoping-2010.toml"
    shutil.copy(DEMO, path)
    return path


@pytest.fixture
def criteria(tmp_path: Path) -> Path:
    """A folder holding the three-question `mini` instrument."""
    folder = tmp_path / "criteria"
    write_small_instrument(folder)
    return folder


@pytest.fixture
def mini(criteria: Path) -> Instrument:
    """The `mini` instrument: other numbers than Kommunkompassen."""
    return Catalog.default([criteria]).get("mini")
