"""Instrument files parsed once and kept in the user's cache folder (#23,
`core/files/kept_toml.py`): what is kept is used only for the same bytes, never beside the
file, and an entry that is not whole, garbled or not ours is ignored."""

from __future__ import annotations

import json
import os
import shutil
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from kompass_tui.core.files.digest import sha256_hex
from kompass_tui.core.files.kept_toml import FORMAT, read_toml_kept
from kompass_tui.core.instrument.criteria import load_instrument
from kompass_tui.core.problems import LoadError
from tests.helpers import CRITERIA, KK2010, kompass

BUNDLED = CRITERIA / f"{KK2010}.toml"


def parsed(path: Path) -> dict[str, object]:
    """The file as `tomllib` reads it, as kompass reads every TOML file."""
    return tomllib.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)


def entry_for(path: Path, folder: Path) -> Path:
    return folder / f"{sha256_hex(path.read_bytes())}.json"


def kept_entry(data: dict[str, object]) -> bytes:
    """An entry as kompass writes one."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    return FORMAT + sha256_hex(body).encode() + b"\n" + body


@pytest.fixture
def instrument(tmp_path: Path) -> Path:
    folder = tmp_path / "criteria"
    folder.mkdir()
    return Path(shutil.copy(BUNDLED, folder))


def test_the_second_read_is_the_entry_kept_outside_the_files_folder(
    instrument: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    first = read_toml_kept(instrument, cache)
    assert first == parsed(instrument)
    assert sorted(p.name for p in cache.iterdir()) == [entry_for(instrument, cache).name]
    assert sorted(p.name for p in instrument.parent.iterdir()) == [instrument.name]
    # What is read the second time is the entry: one kept for these bytes with other data
    # is taken as it is (so a file is never parsed twice for the same bytes).
    entry_for(instrument, cache).write_bytes(kept_entry({"from": "the entry"}))
    assert read_toml_kept(instrument, cache) == {"from": "the entry"}


def test_a_changed_file_is_read_anew(
    instrument: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    before = load_instrument(instrument)
    text = instrument.read_text(encoding="utf-8")
    instrument.write_text(text.replace("(reviderad 2010)", "(rättad)", 1), encoding="utf-8")
    after = load_instrument(instrument)
    assert before.name["sv"] == "Kommunkompassen (reviderad 2010)"
    assert after.name["sv"] == "Kommunkompassen (rättad)"
    assert len(list((tmp_path / "xdg" / "kompass" / "parsed").iterdir())) == 2


@pytest.mark.parametrize(
    "garble",
    [
        lambda entry: entry[: len(entry) // 2],  # cut short
        lambda entry: entry.replace(b"Kommunkompassen", b"Kommunkompasset", 1),  # changed
        lambda entry: entry.replace(FORMAT, b"kompass parsed TOML 0\n"),  # another kompass's
        lambda entry: b"",
        lambda entry: b"\xff" * 100,
    ],
    ids=["cut-short", "changed", "other-format", "empty", "garbage"],
)
def test_an_entry_not_whole_or_garbled_is_ignored_and_made_anew(
    garble: object, instrument: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    read_toml_kept(instrument, cache)
    entry = entry_for(instrument, cache)
    good = entry.read_bytes()
    assert callable(garble)
    entry.write_bytes(garble(good))
    assert read_toml_kept(instrument, cache) == parsed(instrument)
    assert entry.read_bytes() == good


def test_without_a_cache_folder_one_can_write_in_the_file_is_parsed(
    instrument: Path, tmp_path: Path
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    assert read_toml_kept(instrument, blocked / "parsed") == parsed(instrument)
    assert blocked.read_text() == "not a folder"


def test_decimals_and_dates_are_not_kept(tmp_path: Path) -> None:
    # JSON would give them back as other types: such a file is parsed every time.
    path = tmp_path / "numbers.toml"
    path.write_text('max = 7.5\nwhen = 2010-01-25\nname = "x"\n', encoding="utf-8")
    cache = tmp_path / "cache"
    assert read_toml_kept(path, cache) == parsed(path)
    assert not cache.exists()


def test_a_file_that_does_not_parse_is_refused_as_ever(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("name = \n", encoding="utf-8")
    with pytest.raises(LoadError, match="not valid TOML"):
        read_toml_kept(path, tmp_path / "cache")
    assert not (tmp_path / "cache").exists()


def test_the_program_keeps_its_instruments_in_the_users_cache(tmp_path: Path) -> None:
    criteria = tmp_path / "criteria"
    shutil.copytree(CRITERIA, criteria)
    listing = sorted(p.name for p in criteria.rglob("*"))
    env = {"XDG_CACHE_HOME": str(tmp_path / "xdg")}
    first = kompass("criteria", "--criteria-dir", criteria, KK2010, env=env)
    again = kompass("criteria", "--criteria-dir", criteria, KK2010, env=env)
    uncached = kompass(
        "criteria",
        "--criteria-dir",
        criteria,
        KK2010,
        env={"XDG_CACHE_HOME": "relative", "HOME": "relative"},
    )
    assert first.returncode == 0, first.stderr
    assert first.stdout == again.stdout == uncached.stdout
    assert (tmp_path / "xdg" / "kompass" / "parsed" / entry_for(BUNDLED, tmp_path).name).exists()
    assert sorted(p.name for p in criteria.rglob("*")) == listing


def test_an_entry_that_is_no_regular_file_is_not_read(instrument: Path, tmp_path: Path) -> None:
    # A named pipe would block a reader forever: it is passed over, then replaced.
    cache = tmp_path / "cache"
    cache.mkdir()
    entry = entry_for(instrument, cache)
    os.mkfifo(entry)
    assert read_toml_kept(instrument, cache) == parsed(instrument)
    assert entry.is_file()
