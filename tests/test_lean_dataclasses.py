"""`lean_dataclass` (#23) behaves as `dataclass(frozen=True)` (or `dataclass` with
`frozen=False`) does, for everything kompass relies on: construction and defaults, equality
and hashing by the compared fields, the shown form, refusal to change a frozen one, and the
dataclasses module's own functions; and the quick commands make no stdlib dataclass, nor do
the core and the command line declare one."""

from __future__ import annotations

import ast
import dataclasses
import subprocess
import sys
from dataclasses import FrozenInstanceError, dataclass
from pathlib import Path

import pytest

import kompass_tui
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from tests.helpers import DEMO


@lean_dataclass
class Lean:
    """A frozen one."""

    id: str
    points: int = 0
    notes: tuple[str, ...] = ()
    source: str = field(default="", compare=False)
    secret: str = field(default="", repr=False)


@dataclass(frozen=True)
class Std:
    """The same, as the standard library makes it."""

    id: str
    points: int = 0
    notes: tuple[str, ...] = ()
    source: str = field(default="", compare=False)
    secret: str = field(default="", repr=False)


@lean_dataclass
class LeanChild(Lean):
    """A subclass with a field of its own."""

    extra: list[int] = field(default_factory=list)


@lean_dataclass
class One:
    """A single field: compared as a tuple of one, as a dataclass does."""

    value: float


@lean_dataclass
class NoFields:
    """None at all."""


@lean_dataclass(frozen=False)
class Mutable:
    """One that may change."""

    id: str
    items: list[str] = field(default_factory=list)


@lean_dataclass
class OwnMethods:
    """Keeps the methods it defines itself."""

    id: str

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OwnMethods) and other.id.lower() == self.id.lower()

    def __hash__(self) -> int:
        return hash(self.id.lower())

    def __repr__(self) -> str:
        return f"<{self.id}>"


def test_made_shown_and_compared_as_a_frozen_dataclass() -> None:
    for values in [("1.1",), ("1.1", 5, ("a",), "src", "s"), ("2", 0, (), "other")]:
        lean, std = Lean(*values), Std(*values)  # type: ignore[arg-type]
        assert repr(lean) == repr(std).replace("Std(", "Lean(")
        assert dataclasses.astuple(lean) == dataclasses.astuple(std)
    assert Lean("1.1", 5) == Lean("1.1", 5, source="elsewhere")  # source is not compared
    assert hash(Lean("1.1", 5)) == hash(Lean("1.1", 5, source="elsewhere"))
    assert Lean("1.1", 5) != Lean("1.1", 6)
    assert Lean("1.1") != Std("1.1")  # another class is never equal
    assert Lean("1.1") != LeanChild("1.1")
    assert len({Lean("a"), Lean("a"), Lean("b")}) == 2
    assert "secret" not in repr(Lean("1", secret="x"))


def test_one_field_and_none_compare_as_in_a_dataclass() -> None:
    nan = float("nan")
    assert One(nan) == One(nan)  # the same object: equal in a tuple, as in a dataclass
    assert One(1.0) == One(1) and hash(One(1.0)) == hash(One(1))
    assert One(1.0) != One(2.0)
    assert NoFields() == NoFields() and hash(NoFields()) == hash(NoFields())
    assert repr(NoFields()) == "NoFields()"


def test_frozen_refuses_changes() -> None:
    lean = Lean("1.1", 5)
    with pytest.raises(FrozenInstanceError):
        lean.points = 6  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del lean.points
    assert lean.points == 5


def test_the_dataclasses_functions_work() -> None:
    lean = LeanChild("1.1", 5, extra=[1])
    assert dataclasses.is_dataclass(lean)
    assert [f.name for f in dataclasses.fields(lean)] == [
        "id",
        "points",
        "notes",
        "source",
        "secret",
        "extra",
    ]
    changed = dataclasses.replace(lean, points=7)
    assert changed == LeanChild("1.1", 7, extra=[1]) and lean.points == 5
    assert dataclasses.asdict(lean)["extra"] == [1]
    assert LeanChild("x").extra is not LeanChild("x").extra  # a fresh default each time
    match lean:
        case LeanChild("1.1", points=5):
            pass
        case _:
            pytest.fail("matched by position and keyword as a dataclass")


def test_not_frozen_changes_and_is_unhashable_as_a_dataclass() -> None:
    mutable = Mutable("a")
    mutable.items.append("x")
    mutable.id = "b"
    assert mutable == Mutable("b", ["x"])
    assert repr(mutable) == "Mutable(id='b', items=['x'])"
    with pytest.raises(TypeError):
        hash(mutable)


@lean_dataclass
class Options:
    """Keyword-only fields, a field not taken by `__init__`, and `__post_init__`."""

    id: str
    seen: list[str] = field(default_factory=list, init=False)
    limit: int = field(default=3, kw_only=True)
    flag: bool = field(default=False, kw_only=True)

    def __post_init__(self) -> None:
        self.seen.append(self.id)


def test_made_with_the_arguments_a_dataclass_takes() -> None:
    made = dataclasses.astuple(Lean("1.1", 5, ("a",), source="s"))
    assert made == dataclasses.astuple(Std("1.1", 5, ("a",), source="s"))
    lean = Lean(id="1.1", notes=("a",))
    assert (lean.id, lean.points, lean.notes, lean.source) == ("1.1", 0, ("a",), "")
    assert list(vars(LeanChild("x", 1))) == ["id", "points", "notes", "source", "secret", "extra"]
    options = Options("a", flag=True)
    assert (options.limit, options.flag, options.seen) == (3, True, ["a"])
    assert Options("b").seen == ["b"]  # a fresh list each time, then __post_init__
    for wrong in (
        lambda: Lean(),  # type: ignore[call-arg]
        lambda: Lean("1", 2, (), "", "", "too many"),  # type: ignore[call-arg]
        lambda: Lean("1", id="1"),  # type: ignore[misc]
        lambda: Lean("1", colour="red"),  # type: ignore[call-arg]
        lambda: Options("a", 4),  # type: ignore[call-arg]
        lambda: Options("a", seen=[]),  # type: ignore[call-arg]
    ):
        with pytest.raises(TypeError):
            wrong()


def test_methods_of_its_own_are_kept() -> None:
    assert OwnMethods("A") == OwnMethods("a")
    assert hash(OwnMethods("A")) == hash(OwnMethods("a"))
    assert repr(OwnMethods("A")) == "<A>"


_FULL_DATACLASSES_MADE = """\
import dataclasses, os, sys
made = []
process = dataclasses._process_class
def counted(cls, init, repr, eq, *rest):
    if eq:  # a lean one is made with eq=False, its equality shared
        made.append(cls.__qualname__)
    return process(cls, init, repr, eq, *rest)
dataclasses._process_class = counted
sys.stdout = open(os.devnull, "w")
from kompass_tui.cli import main
status = main(sys.argv[1:])
sys.stderr.write("\\nMADE " + " ".join(made) + "\\n")
sys.exit(status)
"""


@pytest.mark.parametrize(
    "args",
    [
        ("export", str(DEMO)),
        ("export", "--format", "html", str(DEMO)),
        ("validate", str(DEMO)),
        ("criteria",),
    ],
    ids=["markdown", "html", "validate", "criteria"],
)
def test_quick_commands_make_only_lean_dataclasses(args: tuple[str, ...]) -> None:
    # Each full dataclass compiles five more methods as it is made, some 0.5 ms a class.
    done = subprocess.run(
        [sys.executable, "-c", _FULL_DATACLASSES_MADE, *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.rsplit("\nMADE ", 1)[1].split() == []


def test_the_core_and_the_command_line_make_only_lean_dataclasses() -> None:
    # Both are imported by every command and the workbench at start: one rule for all.
    package = Path(kompass_tui.__file__).parent
    full = []
    for source in sorted([*(package / "core").rglob("*.py"), *(package / "cli").rglob("*.py")]):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            for decorator in node.decorator_list:
                called = decorator.func if isinstance(decorator, ast.Call) else decorator
                name = called.attr if isinstance(called, ast.Attribute) else ""
                name = called.id if isinstance(called, ast.Name) else name
                if name == "dataclass":
                    full.append(f"{source.relative_to(package)}: {node.name}")
    assert full == []


def test_an_init_only_field_is_refused() -> None:
    # Its `__init__` takes fields only: an InitVar would be silently lost.
    with pytest.raises(TypeError, match="InitVar"):

        @lean_dataclass
        class WithInitVar:
            """Takes a value only to make another."""

            seed: dataclasses.InitVar[int]


@lean_dataclass
class Counted:
    """Every field `__init__` takes is positional; one made later, then `__post_init__`."""

    id: str
    n: int
    seen: list[str] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self.seen.append(self.id)


def test_made_with_every_field_by_position_as_a_dataclass_makes_it() -> None:
    # #23: the commonest call sets the fields at once; the same object comes out.
    made = Lean("1.1", 5, ("a",), "s", "x")
    assert dataclasses.astuple(made) == dataclasses.astuple(Std("1.1", 5, ("a",), "s", "x"))
    assert list(vars(made)) == ["id", "points", "notes", "source", "secret"]
    first, second = Counted("a", 1), Counted("b", 2)
    assert list(vars(first)) == ["id", "n", "seen"]
    assert (first.seen, second.seen) == (["a"], ["b"])  # a fresh list each, then __post_init__
    assert One(2.5).value == 2.5
    with pytest.raises(TypeError):
        Counted("a", 1, ["x"])  # type: ignore[call-arg]
