"""A Word file's package: its template's parts read, and parts written into a zip file.

A .docx is a zip of XML parts. The Word report starts from python-docx's blank document
(`word_template.docx` beside this module, python-docx's MIT-licensed template as python-docx
saves it, with a header and a footer part; see `word_template.LICENSE`) and replaces the
few parts it writes (`docx.py`). Written here with `zlib` and `struct` alone, not
`zipfile` (whose import brings `shutil`, `bz2`, `lzma` and more, #23): the parts the report
leaves as they are (the styles with effects, the theme, the fonts, the thumbnail...) are
copied still deflated, the others deflated as `zipfile` does it.
"""

from __future__ import annotations

import struct
import time
import zlib
from pathlib import Path

from kompass_tui.core.lean_dataclasses import lean_dataclass

TEMPLATE = Path(__file__).with_name("word_template.docx")

_DEFLATED = 8
_VERSION = 20
"""The zip version a deflated member needs (2.0), as `zipfile` writes it."""
_UNIX = 3
_PERMISSIONS = 0o600 << 16
"""A member's mode as `zipfile.writestr` sets it for a name (rw-------)."""
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")


@lean_dataclass
class Member:
    """A part of the package as a zip holds it: its data compressed, its CRC and size."""

    name: str
    compressed: bytes
    crc: int
    size: int
    method: int = _DEFLATED

    @classmethod
    def of(cls, name: str, data: bytes) -> Member:
        """A part deflated as `zipfile` does it (zlib's default level, raw deflate)."""
        packer = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
        compressed = packer.compress(data) + packer.flush()
        return cls(name, compressed, zlib.crc32(data), len(data))

    def data(self) -> bytes:
        """The part's bytes."""
        if self.method == 0:
            return self.compressed
        return zlib.decompress(self.compressed, -15)

    def text(self) -> str:
        """An XML part's text."""
        return self.data().decode("utf-8")


def read_members(package: bytes) -> list[Member]:
    """The members of a zip file in their order, still compressed (stored or deflated
    members of a single-disk zip without a comment, as python-docx writes its template)."""
    signature, _, _, _, count, _, offset, comment = _END.unpack_from(package, len(package) - 22)
    if signature != b"PK\005\006" or comment:
        raise ValueError("not a zip file without a comment")
    members = []
    for _ in range(count):
        fields = _CENTRAL.unpack_from(package, offset)
        method, crc, compressed_size, size = fields[6], fields[9], fields[10], fields[11]
        name_length, extra_length, comment_length = fields[12], fields[13], fields[14]
        local = fields[18]
        start = offset + _CENTRAL.size
        name = package[start : start + name_length].decode("utf-8")
        offset = start + name_length + extra_length + comment_length
        if method not in (0, _DEFLATED):
            raise ValueError(f"{name}: compression method {method} is not deflate")
        local_name, local_extra = struct.unpack_from("<2H", package, local + 26)
        data = local + _LOCAL.size + local_name + local_extra
        members.append(Member(name, package[data : data + compressed_size], crc, size, method))
    return members


def template_members() -> list[Member]:
    """The parts of the Word template, in its order."""
    return read_members(TEMPLATE.read_bytes())


def write_package(members: list[Member], when: time.struct_time | None = None) -> bytes:
    """The zip file of `members`, in their order, dated `when` (local time now) as
    `zipfile.writestr` dates a member."""
    moment = when or time.localtime()
    date = (moment.tm_year - 1980) << 9 | moment.tm_mon << 5 | moment.tm_mday
    clock = moment.tm_hour << 11 | moment.tm_min << 5 | moment.tm_sec // 2
    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for member in members:
        name = member.name.encode("utf-8")
        flags = 0 if member.name.isascii() else 0x800
        sizes = (member.crc, len(member.compressed), member.size, len(name))
        header = _LOCAL.pack(
            b"PK\003\004", _VERSION, 0, flags, member.method, clock, date, *sizes, 0
        )
        out += (header, name, member.compressed)
        central.append(
            _CENTRAL.pack(
                b"PK\001\002",
                _VERSION,
                _UNIX,
                _VERSION,
                0,
                flags,
                member.method,
                clock,
                date,
                *sizes,
                0,
                0,
                0,
                0,
                _PERMISSIONS,
                offset,
            )
            + name
        )
        offset += len(header) + len(name) + len(member.compressed)
    directory = b"".join(central)
    end = _END.pack(b"PK\005\006", 0, 0, len(members), len(members), len(directory), offset, 0)
    return b"".join(out) + directory + end
