"""`lean_dataclass`: a dataclass of which no method is compiled as its module loads.

Python 3.11's `dataclass` compiles every method it writes from source text as the class is
made: six for a frozen class (`__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__`,
`__delattr__`), some 0.6 ms of CPU a class. The quick commands make some fifty of them
before they write a byte, which was a third of `kompass export`'s time beyond the floor
(#23). A `lean_dataclass` is the same dataclass (`dataclasses.fields`, `replace`, `asdict`,
pattern matching and mypy treat it as one: `dataclass` itself reads its fields), but its
methods are shared functions that read the class's fields, some 0.1 ms a class:

- made with the arguments a dataclass takes (in the fields' order, keyword-only ones by
  keyword, defaults and default factories, then `__post_init__`); its signature reads
  `(*args, **kwargs)`, and it takes no `InitVar`;
- equal to another of its exact class whose compared fields are equal, hashable by them
  when frozen (a `frozen=False` one is unhashable, as a dataclass with `eq` is);
- shown as `Name(field=value, ...)`, as a dataclass shows itself;
- frozen (the default): an attribute once set is not set again nor deleted
  (FrozenInstanceError). (A frozen dataclass refuses new attributes too; here only a
  second setting is refused.)

A method the class defines itself is kept, as `dataclass` keeps it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, Field, FrozenInstanceError, dataclass, field, fields
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar, cast, dataclass_transform, overload

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

_T = TypeVar("_T")

__all__ = ["field", "lean_dataclass"]


@overload
def lean_dataclass(cls: type[_T], /) -> type[_T]: ...


@overload
def lean_dataclass(*, frozen: bool = True) -> Callable[[type[_T]], type[_T]]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(field, Field))
def lean_dataclass(
    cls: type[_T] | None = None, /, *, frozen: bool = True
) -> type[_T] | Callable[[type[_T]], type[_T]]:
    """Make `cls` a dataclass (frozen unless `frozen=False`) with shared methods (above)."""

    def make(cls: type[_T]) -> type[_T]:
        return _made(cls, frozen)

    return make if cls is None else make(cls)


def _made(cls: type[_T], frozen: bool) -> type[_T]:
    own = dict(vars(cls))
    made = dataclass(init=False, eq=False, repr=False)(cls)
    every = fields(cast("type[DataclassInstance]", made))
    for pseudo in vars(made)["__dataclass_fields__"].values():
        if pseudo not in every and "InitVar" in str(pseudo.type):
            raise TypeError(f"{cls.__qualname__}: a lean_dataclass takes no InitVar")
    compared = tuple(f.name for f in every if f.compare)
    hashed = tuple(f.name for f in every if (f.compare if f.hash is None else f.hash))
    shown = tuple(f.name for f in every if f.repr)
    parts: dict[str, object] = {
        # What the shared methods read, the class's own.
        "__lean_compared__": staticmethod(_values(compared)),
        "__lean_hashed__": staticmethod(_values(hashed)),
        "__lean_shown__": shown,
        "__init__": _initializer(made, every),
        "__eq__": _eq,
        "__repr__": _repr,
    }
    if frozen:
        parts |= {"__hash__": _hash, "__setattr__": _setattr, "__delattr__": _delattr}
    else:
        parts["__hash__"] = None
    # As `dataclass`: a method of the class's own is kept; a `__hash__` of None is Python's
    # own doing when the class defines `__eq__`, not the class's.
    if own.get("__hash__", ...) is None and "__eq__" in own:
        del own["__hash__"]
    for name, part in parts.items():
        if name not in own or name.startswith("__lean_"):
            setattr(made, name, part)
    return made


def _initializer(cls: type, every: tuple[Field[Any], ...]) -> Callable[..., None]:
    """The `__init__` of a class of these fields: its arguments, in the fields' order (the
    keyword-only ones by keyword), their defaults and default factories, `__post_init__`,
    as `dataclass` writes it, each field set once in the new object's `__dict__`."""
    name_of_class = cls.__qualname__
    taken = tuple(f for f in every if f.init)
    positional = tuple(f.name for f in taken if not f.kw_only)
    known = frozenset(f.name for f in taken)
    defaults = {f.name: f.default for f in taken if f.default is not MISSING}
    factories = {f.name: f.default_factory for f in every if f.default_factory is not MISSING}
    made_later = tuple(f.name for f in every if not f.init and f.name in factories)
    order = tuple(f.name for f in taken)
    post_init = hasattr(cls, "__post_init__")
    # Every field given by position, the commonest call: set at once (#23).
    all_by_position = len(order) if positional == order else -1

    def __init__(self: Any, *args: object, **kwargs: object) -> None:
        values = self.__dict__
        if not kwargs and len(args) == all_by_position:
            values.update(zip(order, args, strict=True))
        else:  # some by keyword, some not given, or too many
            if len(args) > len(positional):
                raise TypeError(
                    f"{name_of_class}() takes {len(positional)} positional arguments "
                    f"but {len(args)} were given"
                )
            given = dict(zip(positional, args, strict=False))
            for name in kwargs:
                if name not in known:
                    raise TypeError(
                        f"{name_of_class}() got an unexpected keyword argument {name!r}"
                    )
                if name in given:
                    raise TypeError(f"{name_of_class}() got multiple values for argument {name!r}")
            given.update(kwargs)
            for name in order:
                if name in given:
                    values[name] = given[name]
                elif name in defaults:
                    values[name] = defaults[name]
                elif name in factories:
                    values[name] = factories[name]()
                else:
                    raise TypeError(f"{name_of_class}() missing required argument: {name!r}")
        for name in made_later:
            values[name] = factories[name]()
        if post_init:
            self.__post_init__()

    __init__.__qualname__ = f"{name_of_class}.__init__"
    return __init__


def _values(names: tuple[str, ...]) -> Callable[[object], tuple[object, ...]]:
    """A function giving an object's values of `names`, as a tuple."""
    if not names:
        return lambda _: ()
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda value: (one(value),)
    return attrgetter(*names)


def _eq(self: Any, other: Any) -> object:
    if type(other) is not type(self):
        return NotImplemented
    values: Callable[[object], tuple[object, ...]] = self.__lean_compared__
    return values(self) == values(other)


def _hash(self: Any) -> int:
    return hash(self.__lean_hashed__(self))


def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__lean_shown__)
    return f"{self.__class__.__qualname__}({shown})"


def _setattr(self: Any, name: str, value: object) -> None:
    if name in self.__dict__:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")
    object.__setattr__(self, name, value)


def _delattr(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")
