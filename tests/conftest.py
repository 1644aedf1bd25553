"""Fixtures shared by the test modules."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kompass_tui.core.catalog import Catalog
from tests.helpers import DEMO


@pytest.fixture
def catalog() -> Catalog:
    """The bundled instruments only (the environment variable is ignored)."""
    return Catalog.default()


@pytest.fixture
def demo_copy(tmp_path: Path) -> Path:
    """A copy of the demo session in tmp_path, safe to change."""
    target = tmp_path / "norrkoping-2010.toml"
    shutil.copyfile(DEMO, target)
    return target


@pytest.fixture(autouse=True)
def _no_user_criteria(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KOMPASS_CRITERIA_PATH", raising=False)
