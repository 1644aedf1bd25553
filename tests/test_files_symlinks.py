"""Issue #11, item 2: links are written through, special files never replaced.

A session reached through a symbolic link is saved into the file the link names (the link
stays a link), with its backup, recovery file and one shared lock beside that real file.
Outputs that are symbolic links are written through; a FIFO, a device or a folder as an
output is refused at once (no hang, nothing replaced).
"""

from __future__ import annotations

import os
import stat
from decimal import Decimal
from pathlib import Path

import pytest

from kompass_tui.core.files.atomic import backup_path
from kompass_tui.core.files.locks import LockHeldError, SessionLock, lock_path
from kompass_tui.core.files.targets import check_target
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.recovery import pending_recovery, recovery_path, write_recovery
from kompass_tui.core.session.toml_io import load_session, save_session
from tests.helpers import DEMO, kompass

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")


@pytest.fixture
def linked(tmp_path: Path) -> tuple[Path, Path]:
    """`work/link.toml → real/target.toml`, a copy of the demo (a relative link)."""
    (tmp_path / "real").mkdir()
    (tmp_path / "work").mkdir()
    target = tmp_path / "real" / "target.toml"
    target.write_bytes(DEMO.read_bytes())
    link = tmp_path / "work" / "link.toml"
    link.symlink_to(Path("..") / "real" / "target.toml")
    return link, target


def test_saving_through_a_link_writes_the_target_and_keeps_the_link(
    linked: tuple[Path, Path], catalog: Catalog
) -> None:
    link, target = linked
    loaded = load_session(link, catalog)
    loaded.session.set_score(loaded.instrument, "1.1", Decimal(2))
    save_session(loaded.session, loaded.instrument, link, loaded.digest)
    assert link.is_symlink()
    assert load_session(target, catalog).session.scores["1.1"] == 2
    assert backup_path(link) == target.with_name("target.toml.bak")
    assert target.with_name("target.toml.bak").read_bytes() == DEMO.read_bytes()
    assert sorted(p.name for p in link.parent.iterdir()) == ["link.toml"]


def test_recovery_of_a_linked_session_lives_beside_the_real_file(
    linked: tuple[Path, Path], catalog: Catalog
) -> None:
    link, target = linked
    loaded = load_session(link, catalog)
    loaded.session.set_score(loaded.instrument, "1.1", Decimal(3))
    write_recovery(loaded.session, loaded.instrument, link)
    assert recovery_path(link) == recovery_path(target) == target.with_name(".target.toml.recovery")
    assert recovery_path(target).exists()
    offered = pending_recovery(target, catalog)  # opened by its real name next time
    assert offered is not None and offered.session.scores["1.1"] == 3


def test_a_link_and_its_target_share_one_lock(linked: tuple[Path, Path]) -> None:
    link, target = linked
    held = SessionLock.acquire(link)
    assert lock_path(link) == lock_path(target) == target.with_name(".target.toml.lock")
    with pytest.raises(LockHeldError):
        SessionLock.acquire(target)
    held.release()
    SessionLock.acquire(target).release()
    assert not lock_path(target).exists()


def test_export_through_a_linked_output_keeps_the_link(tmp_path: Path) -> None:
    (tmp_path / "reports").mkdir()
    real = tmp_path / "reports" / "real.md"
    real.write_text("old report\n", encoding="utf-8")
    link = tmp_path / "report.md"
    link.symlink_to(real)
    dangling = tmp_path / "chart.svg"
    dangling.symlink_to(tmp_path / "reports" / "chart.svg")  # names a file not yet written
    result = kompass("export", DEMO, "-o", link, "--svg", dangling)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and dangling.is_symlink()
    assert real.read_text(encoding="utf-8").startswith("# Kommunkompassen")
    assert (tmp_path / "reports" / "chart.svg").read_text(encoding="utf-8").startswith("<svg")
    copy = tmp_path / "copy.toml"
    copy.write_bytes(DEMO.read_bytes())
    compared = kompass("compare", DEMO, copy, "-o", link)
    assert compared.returncode == 0, compared.stderr
    assert link.is_symlink() and "Norrköping" in real.read_text(encoding="utf-8")


def special_outputs(tmp_path: Path) -> dict[str, Path]:
    """A FIFO, a device and a folder where an output file would go."""
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    return {"fifo": fifo, "device": Path(os.devnull), "folder": folder}


STANDARD = {
    "fifo": "names a named pipe (FIFO), not a regular file",
    "device": "names a character device, not a regular file",
    "folder": "names a folder, not a file",
}
NEVER_OVERWRITTEN = {
    "fifo": "already exists",
    "device": "the file name must end in .toml",
    "folder": "already exists",
}


@pytest.mark.parametrize(
    ("command", "messages"),
    [
        (["export", str(DEMO), "-o"], STANDARD),
        (["export", str(DEMO), "--svg"], STANDARD),
        (["compare", str(DEMO), "copy.toml", "-o"], STANDARD),
        (["consensus", str(DEMO), "copy.toml", "-o"], NEVER_OVERWRITTEN),
        (["new", "--municipality", "X", "--no-open"], NEVER_OVERWRITTEN),
    ],
    ids=["export-o", "export-svg", "compare-o", "consensus-o", "new"],
)
def test_special_files_are_never_written_or_replaced(
    tmp_path: Path, command: list[str], messages: dict[str, str]
) -> None:
    (tmp_path / "copy.toml").write_bytes(DEMO.read_bytes())
    for kind, target in special_outputs(tmp_path).items():
        before = os.stat(target)
        result = kompass(*command, target, cwd=tmp_path)
        assert result.returncode == 1, (kind, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        assert messages[kind] in result.stderr, (kind, result.stderr)
        after = os.stat(target)
        assert (after.st_ino, stat.S_IFMT(after.st_mode)) == (
            before.st_ino,
            stat.S_IFMT(before.st_mode),
        )


def test_export_refuses_the_same_file_for_report_and_chart(tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    result = kompass("export", DEMO, "-o", out, "--svg", out)
    assert result.returncode == 1
    assert "-o and --svg name the same file" in result.stderr
    assert not out.exists()
    link = tmp_path / "link.svg"
    link.symlink_to(out)
    through_link = kompass("export", DEMO, "-o", out, "--svg", link)
    assert through_link.returncode == 1 and "the same file" in through_link.stderr
    assert not out.exists()


def test_the_target_check_gives_a_reason_the_workbench_can_translate(tmp_path: Path) -> None:
    fifo = tmp_path / "p.md"
    os.mkfifo(fifo)
    problem = check_target(fifo)
    assert problem is not None and problem.issue == "special"
    assert problem.detail == "a named pipe (FIFO)"
    assert check_target(tmp_path / "new.md") is None
    assert check_target(tmp_path / "nofolder" / "x.md").issue == "no_folder"  # type: ignore[union-attr]
    assert check_target(tmp_path, []).issue == "folder"  # type: ignore[union-attr]
    session = tmp_path / "s.toml"
    session.write_text("x", encoding="utf-8")
    link = tmp_path / "l.md"
    link.symlink_to(session)
    assert check_target(link, [session]).issue == "protected"  # type: ignore[union-attr]
