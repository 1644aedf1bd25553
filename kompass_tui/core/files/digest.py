"""SHA-256 of bytes, as hex: the digest of a file loaded and an instrument's fingerprints.

`hashlib` loads OpenSSL's libcrypto and fetches a dozen algorithms from it when imported:
some 3-4 ms of CPU, more than the rest of a quick command's checks of a session (#23).
CPython builds its own SHA-256 too, the one `hashlib` falls back to without OpenSSL
(`_sha256` in 3.11, `_sha2` from 3.12); the digest is the same. It is taken when found,
else `hashlib`'s, and only when a digest is first asked for.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Protocol

    class _Hash(Protocol):
        def hexdigest(self) -> str: ...


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of `data` in hexadecimal (64 characters)."""
    return _sha256()(data).hexdigest()


@cache
def _sha256() -> Callable[[bytes], _Hash]:
    for name in ("_sha2", "_sha256"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        builtin: Callable[[bytes], _Hash] = module.sha256
        return builtin
    import hashlib

    return hashlib.sha256
