"""Two evaluators, two clones, one bare remote: sessions merged by `git pull` through
`kompass merge`, set up by `kompass git-setup` (real git, in tmp_path)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.session.toml_io import load_session
from tests.helpers import DEMO, kompass
from tests.pty_kompass import CTRL_Q, CTRL_S, ENTER, ESCAPE, PtyKompass

CTRL_D = b"\x04"
BACKSPACE = b"\x7f"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

SESSION = "sessions/Norrköping 2010.toml"
"""A name with a letter git quotes and a space, as Swedish session names have."""


def git(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_CONFIG_NOSYSTEM="1", HOME=str(cwd.parent), GIT_TERMINAL_PROMPT="0")
    return subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=120
    )


def ok(cwd: Path, *args: str) -> str:
    done = git(cwd, *args)
    assert done.returncode == 0, f"git {' '.join(args)}: {done.stdout}{done.stderr}"
    return done.stdout


def clone(remote: Path, folder: Path, name: str) -> Path:
    ok(folder, "clone", "-q", str(remote), name)
    work = folder / name
    ok(work, "config", "user.name", name)
    ok(work, "config", "user.email", f"{name.lower()}@example.org")
    ok(work, "config", "pull.rebase", "false")
    return work


def edit(path: Path, *changes: tuple[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def repos(tmp_path: Path) -> tuple[Path, Path]:
    """A bare remote holding the demo and a README (and a TOML that is not a session), and
    Anna's and Bo's clones, each set up with `kompass git-setup`."""
    remote = tmp_path / "remote.git"
    ok(tmp_path, "init", "-q", "--bare", str(remote))
    seed = clone(remote, tmp_path, "Seed")
    (seed / "sessions").mkdir()
    shutil.copy(DEMO, seed / SESSION)
    (seed / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    ok(seed, "add", "-A")
    ok(seed, "commit", "-q", "-m", "The demo")
    ok(seed, "push", "-q", "origin", "HEAD:main")
    ok(remote, "symbolic-ref", "HEAD", "refs/heads/main")
    anna = clone(remote, tmp_path, "Anna")
    first = kompass("git-setup", anna)
    assert first.returncode == 0, first.stderr
    assert "sessions/*.toml merge=kompass" in first.stdout, first.stdout
    assert (anna / ".gitattributes").read_text() == "sessions/*.toml merge=kompass\n"
    again = kompass("git-setup", anna)
    assert again.returncode == 0 and "already" in again.stdout
    assert (anna / ".gitattributes").read_text() == "sessions/*.toml merge=kompass\n"
    ok(anna, "add", ".gitattributes")
    ok(anna, "commit", "-q", "-m", "Sessions merge with kompass")
    ok(anna, "push", "-q", "origin", "HEAD:main")
    bo = clone(remote, tmp_path, "Bo")
    assert kompass("git-setup", bo).returncode == 0
    return anna, bo


def test_git_pull_merges_two_evaluators_work_and_keeps_the_one_disagreement(
    repos: tuple[Path, Path],
) -> None:
    anna, bo = repos
    edit(
        anna / SESSION,
        ('"1.1" = 7.5', '"1.1" = 9.0'),
        ('"1.2" = 14.0', '"1.2" = 12.0'),
        ("Människor har bott kring Motala ström", "Anna: Människor har bott kring Motala ström"),
        ("strengths = [\n", 'strengths = [\n    "Annas styrka",\n'),
    )
    ok(anna, "commit", "-q", "-am", "Anna's scores")
    ok(anna, "push", "-q", "origin", "HEAD:main")
    edit(
        bo / SESSION,
        ('"1.1" = 7.5', '"1.1" = 5.0'),
        ('"2.1" = 9.0', '"2.1" = 10.0'),
        ("Norrköping samverkar på flera områden", "Bo: Norrköping samverkar på flera områden"),
        ("strengths = [\n", 'strengths = [\n    "Bos styrka",\n'),
    )
    ok(bo, "commit", "-q", "-am", "Bo's scores")
    pulled = git(bo, "pull", "--no-edit", "origin", "main")
    assert pulled.returncode == 0, pulled.stdout + pulled.stderr
    said = pulled.stdout + pulled.stderr  # what the driver said, as git passes it on
    quoted = f"'{SESSION}'"  # as a shell takes it: the name has a space
    assert f"{SESSION}: merged; 1 disagreement to settle (kompass open {quoted})" in said
    text = (bo / SESSION).read_text(encoding="utf-8")
    assert "<<<<<<<" not in text and ">>>>>>>" not in text
    session = load_session(bo / SESSION, Catalog.default()).session
    D = Decimal
    assert session.scores["1.2"] == D(12) and session.scores["2.1"] == D(10)
    assert "Annas styrka" in session.areas["1"].strengths
    assert "Bos styrka" in session.areas["1"].strengths
    about = session.report_sections["about_municipality"]
    assert about.startswith("Anna: Människor") and "Bo: Norrköping samverkar" in about
    assert session.consensus is not None
    assert list(session.consensus.disputes) == ["1.1"] and session.consensus.texts == {}
    dispute = session.consensus.disputes["1.1"]
    assert dispute.scores == {"Bo": D(5), "Anna": D(9)}
    assert kompass("validate", bo / SESSION).returncode == 0
    assert re.search(r"Merge", ok(bo, "log", "-1", "--format=%s"))
    preliminary = kompass("export", bo / SESSION, "-o", bo.parent / "before.md", "--lang", "en")
    assert "preliminary: 1 disagreement still open" in preliminary.stderr

    # Settled in the workbench, on a terminal, as Bo.
    with PtyKompass(bo / SESSION, "--lang", "sv") as app:
        assert app.wait_for("Norrköping"), app.text()[-2000:]
        app.type(CTRL_D)
        assert app.wait_for("Konsensusmöte"), app.text()[-2000:]
        mark = app.mark()
        app.type(ENTER)
        assert app.wait_for("Avgör 1.1", since=mark), app.text()[-2000:]
        app.type_keys([BACKSPACE] * 6 + [b"8", ENTER], per_second=20)
        app.type_keys([*(c.encode() for c in "Vi enades om 8"), ENTER], per_second=20)
        assert app.wait_for("Inget kvar att avgöra", since=mark), app.text()[-2000:]
        app.type(ESCAPE)
        assert app.wait_quiet()
        app.type(CTRL_S)
        assert app.wait_quiet()
        app.type(CTRL_Q)
        assert app.wait(15) == 0, app.text()[-2000:]
    settled = load_session(bo / SESSION, Catalog.default()).session
    assert settled.scores["1.1"] == D(8) and settled.consensus is not None
    assert settled.consensus.disputes == {} and settled.consensus.texts == {}
    (entry,) = settled.consensus.log
    assert (entry.place, entry.score, entry.reason, entry.by) == (
        "1.1",
        D(8),
        "Vi enades om 8",
        "Bo",
    )
    report = bo.parent / "final.md"
    final = kompass("export", bo / SESSION, "-o", report, "--final", "--lang", "en")
    assert final.returncode == 0 and "preliminary" not in final.stderr.lower()
    text = report.read_text(encoding="utf-8")
    assert "Preliminary" not in text and "Vi enades om 8" not in text
    ok(bo, "commit", "-q", "-am", "Agreed on 1.1")
    shown = kompass("history", bo / SESSION, "1.1", "--lang", "en").stdout
    assert shown.splitlines()[-1].endswith("1.1   7.0 → 8.0  agreed: Vi enades om 8")


def test_history_lists_the_commits_that_changed_a_question_with_their_authors(
    repos: tuple[Path, Path],
) -> None:
    anna, bo = repos
    edit(
        anna / SESSION,
        ('"1.1" = 7.5', '"1.1" = 9.0'),
        ("Enligt uppgifter vid intervjuerna håller", "Enligt intervjuerna håller"),
    )
    ok(anna, "commit", "-q", "-am", "Anna scores 1.1")
    ok(anna, "push", "-q", "origin", "HEAD:main")
    edit(bo / SESSION, ('"1.1" = 7.5', '"1.1" = 5.0'), ('"1.2" = 14.0', '"1.2" = 13.0'))
    ok(bo, "commit", "-q", "-am", "Bo scores 1.1")
    assert git(bo, "pull", "--no-edit", "origin", "main").returncode == 0
    shown = kompass("history", bo / SESSION, "1.1", "--lang", "en")
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    heads = [line for line in lines if not line.startswith(" ")]
    authors = [h.split("  ")[2] for h in heads]
    assert authors[0] == "Seed" and sorted(authors[1:3]) == ["Anna", "Bo"] and authors[3] == "Bo"
    assert "Merge" in heads[3]
    assert "1.1   – → 7.5" in lines[1]
    assert any("1.1   7.5 → 9.0" in line for line in lines)
    assert any("1.1   7.5 → 5.0" in line for line in lines)
    removed = next(i for i, line in enumerate(lines) if line.startswith("    - När det gäller"))
    assert lines[removed - 1] == "  findings"
    assert lines[removed + 1].startswith("    + När det gäller")
    assert "Enligt intervjuerna håller" in lines[removed + 1]
    merge_block = lines[lines.index(heads[3]) :]
    assert "  1.1   5.0 → 7.0  disagreement: Bo 5.0 · Anna 9.0" in merge_block
    whole = kompass("history", bo / SESSION, "--lang", "en").stdout
    assert "1.2   14.0 → 13.0" in whole
    not_a_session = kompass("history", DEMO.parent.parent / "README.md")
    assert not_a_session.returncode == 1
    alone = bo.parent / "alone"
    alone.mkdir()
    shutil.copy(DEMO, alone / "s.toml")
    ceiling = {"GIT_CEILING_DIRECTORIES": str(bo.parent)}
    outside = kompass("history", alone / "s.toml", env=ceiling)
    assert outside.returncode == 1 and "not in a git repository" in outside.stderr


def test_merge_leaves_ours_untouched_when_a_file_cannot_be_read(tmp_path: Path) -> None:
    base, ours, theirs = (tmp_path / n for n in ("base.toml", "ours.toml", "theirs.toml"))
    for path in (base, ours, theirs):
        shutil.copy(DEMO, path)
    edit(ours, ('"1.1" = 7.5', '"1.1" = 9.0'))
    before = ours.read_bytes()
    missing = kompass("merge", base, ours, tmp_path / "gone.toml")
    assert missing.returncode == 1 and "gone.toml" in missing.stderr
    edit(theirs, ('"1.1" = 7.5', '"1.1" = 99.0'))  # above the maximum: does not load
    invalid = kompass("merge", base, ours, theirs)
    assert invalid.returncode == 1 and '"1.1"' in invalid.stderr
    assert ours.read_bytes() == before
    # The base may be empty (a file both sides added): merged as two sessions.
    shutil.copy(DEMO, theirs)
    base.write_bytes(b"")
    assert kompass("merge", base, ours, theirs).returncode == 0


def test_a_file_that_is_not_a_session_is_merged_as_git_merges_text(tmp_path: Path) -> None:
    base, ours, theirs = (tmp_path / n for n in ("base", "ours", "theirs"))
    base.write_text("a = 1\nb = 2\nc = 3\n")
    ours.write_text("a = 10\nb = 2\nc = 3\n")
    theirs.write_text("a = 1\nb = 2\nc = 30\n")
    clean = kompass("merge", base, ours, theirs)
    assert clean.returncode == 0 and ours.read_text() == "a = 10\nb = 2\nc = 30\n"
    theirs.write_text("a = 11\nb = 2\nc = 3\n")
    conflict = kompass("merge", base, ours, theirs)
    assert conflict.returncode == 1
    assert "<<<<<<< ours" in ours.read_text() and ">>>>>>> theirs" in ours.read_text()


def test_git_setup_names_session_files_only_and_refuses_outside_a_repository(
    tmp_path: Path,
) -> None:
    work = tmp_path / "work"
    (work / "criteria").mkdir(parents=True)
    (work / "mixed").mkdir()
    ok(tmp_path, "init", "-q", str(work))
    shutil.copy(DEMO, work / "mixed" / "norrkoping.toml")
    shutil.copy(DEMO, work / "top.toml")
    (work / "mixed" / "settings.toml").write_text("a = 1\n")
    (work / "criteria" / "mine.toml").write_text('format = 1\nid = "mine"\n')
    (work / "pyproject.toml").write_text('[project]\nname = "x"\n')
    (work / ".gitattributes").write_text("*.png binary")
    done = kompass("git-setup", work)
    assert done.returncode == 0, done.stderr
    attributes = (work / ".gitattributes").read_text()
    assert attributes == (
        "*.png binary\ntop.toml merge=kompass\nmixed/norrkoping.toml merge=kompass\n"
    )
    # Names as Swedish sessions have them: letters git would quote, spaces.
    shutil.copy(DEMO, work / "mixed" / "Norrköping 2010.toml")
    shutil.copy(DEMO, work / "växjö.toml")
    again = kompass("git-setup", work)
    assert again.returncode == 0, again.stderr
    added = (work / ".gitattributes").read_text().removeprefix(attributes)
    assert added == 'växjö.toml merge=kompass\n"mixed/Norrköping 2010.toml" merge=kompass\n'
    checked = ok(work, "check-attr", "merge", "--", "mixed/Norrköping 2010.toml", "växjö.toml")
    assert checked.count(": merge: kompass") == 2, checked
    third = kompass("git-setup", work)
    assert third.returncode == 0 and "added" not in third.stdout
    assert (work / ".gitattributes").read_text() == attributes + added
    config = ok(work, "config", "--get", "merge.kompass.driver")
    assert config.rstrip().endswith(" merge %O %A %B %P")
    outside = tmp_path / "plain"
    outside.mkdir()
    refused = kompass("git-setup", outside, env={"GIT_CEILING_DIRECTORIES": str(tmp_path)})
    assert refused.returncode == 1 and "not in a git repository" in refused.stderr
