"""Mails dragged out of Outlook: no files on disk but "virtual files", described by a
FILEGROUPDESCRIPTORW (the names) with their bytes under FileContents (shlobj_core.h)."""

from __future__ import annotations

import struct

# FILEDESCRIPTORW: flags, CLSID, SIZEL, POINTL, attributes, three FILETIMEs, size high/low,
# then WCHAR cFileName[260].
_DESCRIPTOR_SIZE = 4 + 16 + 8 + 8 + 4 + 8 + 8 + 8 + 4 + 4 + 520
_NAME_OFFSET = _DESCRIPTOR_SIZE - 520


def file_names(descriptor: bytes) -> list[str]:
    """The file names in a FILEGROUPDESCRIPTORW ("Angebot Müller.msg", ...)."""
    if len(descriptor) < 4:
        return []
    (count,) = struct.unpack_from("<I", descriptor)
    names: list[str] = []
    for i in range(count):
        start = 4 + i * _DESCRIPTOR_SIZE + _NAME_OFFSET
        raw = descriptor[start : start + 520]
        if len(raw) < 520:
            break
        name = raw.decode("utf-16-le", errors="replace").split("\x00")[0]
        names.append(name.replace("\\", "_").replace("/", "_") or f"mail-{i + 1}.msg")
    return names


def file_group_descriptor(names: list[str], sizes: list[int] | None = None) -> bytes:
    """A FILEGROUPDESCRIPTORW as Outlook writes it (flags: FD_FILESIZE | FD_PROGRESSUI)."""
    out = bytearray(struct.pack("<I", len(names)))
    for i, name in enumerate(names):
        size = (sizes or [0] * len(names))[i]
        entry = bytearray(_DESCRIPTOR_SIZE)
        struct.pack_into("<I", entry, 0, 0x00004040)
        struct.pack_into("<II", entry, _NAME_OFFSET - 8, size >> 32, size & 0xFFFFFFFF)
        encoded = name[:259].encode("utf-16-le")
        entry[_NAME_OFFSET : _NAME_OFFSET + len(encoded)] = encoded
        out += entry
    return bytes(out)
