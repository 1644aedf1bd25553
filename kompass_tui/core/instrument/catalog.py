"""Finding instruments: user folders first, then the instruments bundled with kompass.

An instrument with id `X` lives in a file `X.toml` in one of the folders. The folders are,
in order: every `--criteria-dir`, then every folder in the environment variable
`KOMPASS_CRITERIA_PATH` (separated by the system's path separator), then the bundled ones.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from kompass_tui.core.instrument.criteria import Instrument, load_instrument
from kompass_tui.core.lean_dataclasses import field, lean_dataclass
from kompass_tui.core.problems import LoadError, Problem, ProblemList

ENV_VAR = "KOMPASS_CRITERIA_PATH"
_PACKAGE_DIR = Path(__file__).resolve().parents[2]


def bundled_criteria_dir() -> Path:
    """The bundled instruments: inside the package of a wheel, or the repo's criteria/."""
    in_wheel = _PACKAGE_DIR / "bundled_criteria"
    if in_wheel.is_dir():
        return in_wheel
    return _PACKAGE_DIR.parent / "criteria"


def criteria_dirs(extra: Iterable[Path] = ()) -> list[Path]:
    """The folders searched for instruments, in order of precedence."""
    dirs = [Path(d) for d in extra]
    env = os.environ.get(ENV_VAR, "")
    dirs += [Path(d) for d in env.split(os.pathsep) if d]
    dirs.append(bundled_criteria_dir())
    return dirs


@lean_dataclass(frozen=False)
class Catalog:
    """The instruments available to this run, loaded on demand and cached."""

    dirs: Sequence[Path]
    _cache: dict[str, Instrument] = field(default_factory=dict, repr=False)

    @classmethod
    def default(cls, extra: Iterable[Path] = ()) -> Catalog:
        """A catalog over `--criteria-dir` folders, the environment and the bundled folder."""
        return cls(criteria_dirs(extra))

    def path_of(self, instrument_id: str) -> Path | None:
        """The file that defines an instrument id, or None."""
        if not instrument_id or any(c in instrument_id for c in "/\\\0") or instrument_id[0] == ".":
            return None
        for folder in self.dirs:
            candidate = folder / f"{instrument_id}.toml"
            # Not only regular files: a FIFO or device found here is reported on loading.
            if candidate.exists() and not candidate.is_dir():
                return candidate
        return None

    def get(self, instrument_id: str) -> Instrument:
        """Load an instrument by id; raise LoadError if it is unknown or invalid."""
        if instrument_id in self._cache:
            return self._cache[instrument_id]
        path = self.path_of(instrument_id)
        if path is None:
            known = ", ".join(self.ids()) or "none"
            raise LoadError(
                [Problem("", "", f"unknown instrument {instrument_id!r} (known: {known})")]
            )
        instrument = load_instrument(path)
        self._cache[instrument_id] = instrument
        return instrument

    def named(self, value: object, key: str, problems: ProblemList) -> Instrument | None:
        """The instrument a file being read names at `key`; None with the reason recorded
        there when the value is no id, or the instrument is unknown or does not load."""
        if not isinstance(value, str) or not value:
            problems.error(key, 'missing or not an instrument id (like "kommunkompassen-2010")')
            return None
        try:
            return self.get(value)
        except LoadError as error:
            for problem in error.problems:
                prefix = f"instrument {value!r} does not load: " if problem.file else ""
                problems.error(key, prefix + (str(problem) if problem.file else problem.message))
            return None

    def ids(self) -> list[str]:
        """Every instrument id found in the folders, first folder wins, sorted."""
        seen: dict[str, Path] = {}
        for folder in self.dirs:
            if folder.is_dir():
                for path in sorted(folder.glob("*.toml")):
                    seen.setdefault(path.stem, path)
        return sorted(seen)

    def entries(self) -> list[tuple[str, Path]]:
        """Every instrument id with the file that defines it."""
        return [(i, p) for i in self.ids() if (p := self.path_of(i)) is not None]
