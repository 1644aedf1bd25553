"""What comparisons keep between runs (#23): in the user's cache folder, never beside the
sessions, one file per folder of sessions; a file whose bytes changed is read anew; a
cache file that does not check out is not used."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from kompass_tui.core.compare.evaluation import LoadedEvaluations, load_file
from kompass_tui.core.compare.listed_cache import ListedCache, cache_folder
from kompass_tui.core.compare.session_index import listed_part
from kompass_tui.core.instrument.catalog import Catalog
from tests.helpers import DEMO


def _total(path: Path, catalog: Catalog, cache: ListedCache) -> Decimal | None:
    loaded = LoadedEvaluations([], {}, [])
    load_file(path, catalog, loaded, cache)
    cache.save()
    return loaded.evaluations[0].total


def test_a_changed_file_is_read_anew_even_at_the_same_size_and_time(
    tmp_path: Path, catalog: Catalog, demo_copy: Path
) -> None:
    cache = ListedCache(tmp_path / "cache")
    assert _total(demo_copy, catalog, cache) == Decimal("491.2")
    entries = list((tmp_path / "cache").iterdir())
    assert len(entries) == 1
    assert _total(demo_copy, catalog, cache) == Decimal("491.2")  # from the entry
    raw = demo_copy.read_bytes()
    changed = raw.replace(b'"1.1" = 7.5', b'"1.1" = 8.5', 1)
    assert len(changed) == len(raw) and changed != raw
    stat = demo_copy.stat()
    demo_copy.write_bytes(changed)
    os.utime(demo_copy, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert _total(demo_copy, catalog, cache) == Decimal("492.2")
    assert list((tmp_path / "cache").iterdir()) == entries  # replaced, not added


def test_an_entry_cut_short_or_garbled_is_not_used(
    tmp_path: Path, catalog: Catalog, demo_copy: Path
) -> None:
    cache = ListedCache(tmp_path / "cache")
    _total(demo_copy, catalog, cache)
    (entry,) = (tmp_path / "cache").iterdir()
    data = entry.read_bytes()
    for broken in (data[:-40], data.replace(b'"1.1" = 7.5', b'"1.1" = 0.5'), b"", b"x" * 100):
        entry.write_bytes(broken)
        assert _total(demo_copy, catalog, ListedCache(tmp_path / "cache")) == Decimal("491.2")
    assert entry.read_bytes() == data  # written again whole


def test_without_a_cache_folder_one_can_write_in_every_file_is_read(
    tmp_path: Path, catalog: Catalog, demo_copy: Path
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    cache = ListedCache(blocked / "cache")
    assert _total(demo_copy, catalog, cache) == Decimal("491.2")
    assert _total(demo_copy, catalog, cache) == Decimal("491.2")
    assert cache.listed(demo_copy, demo_copy.read_bytes()) == listed_part(DEMO.read_bytes())


def test_the_cache_folder_is_the_users_not_the_sessions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_folder() == tmp_path / "xdg" / "kompass" / "listed"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # ignored, as XDG says
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_folder() == tmp_path / "home" / ".cache" / "kompass" / "listed"


def test_kompass_compare_keeps_nothing_beside_the_sessions(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    sessions.mkdir()
    text = DEMO.read_text(encoding="utf-8")
    for number in range(3):
        other = text.replace('municipality = "Norrköping"', f'municipality = "Kommun {number}"')
        (sessions / f"k{number}.toml").write_text(other, encoding="utf-8")
    files = sorted(str(p) for p in sessions.iterdir())
    env_cache = tmp_path / "xdg"
    env = {**os.environ, "XDG_CACHE_HOME": str(env_cache)}
    runs = [
        subprocess.run(
            [sys.executable, "-m", "kompass_tui", "compare", *files, "--format", "md"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
        for _ in range(2)
    ]
    assert runs[0] == runs[1] and "Kommun 2" in runs[0]
    assert sorted(p.name for p in sessions.iterdir()) == ["k0.toml", "k1.toml", "k2.toml"]
    # One file for the folder, written at once (no temporary file left).
    assert len(list((env_cache / "kompass" / "listed").iterdir())) == 1


def test_one_cache_file_per_folder_keeps_what_every_run_found(
    tmp_path: Path, catalog: Catalog
) -> None:
    """Comparing part of a folder keeps what comparisons of its other files found; a file
    gone from the folder is left out when the folder's cache file is written again."""
    folders = [tmp_path / "a", tmp_path / "b"]
    for folder in folders:
        folder.mkdir()
        for number in range(3):
            (folder / f"k{number}.toml").write_bytes(DEMO.read_bytes())
    a0, a1, a2 = (folders[0] / f"k{n}.toml" for n in range(3))
    kept = tmp_path / "cache"
    cache = ListedCache(kept)
    for path in (a0, a1, folders[1] / "k0.toml"):
        _total(path, catalog, cache)
    assert len(list(kept.iterdir())) == 2  # one per folder, no temporary file left
    (file_a,) = [e for e in kept.iterdir() if b"k1.toml" in e.read_bytes()]
    for path in (a1, a2):  # another run: a2 is new
        _total(path, catalog, ListedCache(kept))
    assert all(name in file_a.read_bytes() for name in (b"k0.toml", b"k1.toml", b"k2.toml"))
    a0.unlink()
    a1.write_bytes(DEMO.read_bytes() + b"\n")  # changed: found anew, the file written again
    _total(a1, catalog, ListedCache(kept))
    data = file_a.read_bytes()
    assert b"k0.toml" not in data and b"k1.toml" in data and b"k2.toml" in data
    assert len(list(kept.iterdir())) == 2
