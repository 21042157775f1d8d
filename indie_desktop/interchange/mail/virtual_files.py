"""Every mail of an Outlook drag or copy: the virtual files of an OLE data object, read one by
one (FILEGROUPDESCRIPTORW for the names, then FileContents with lindex 0, 1, 2, ...).

Qt asks a drop only for the first FileContents, so a drag of several mails hands over one.
The logic here takes the data object as two small functions (get the medium of a format at an
index, release it) and readers per storage medium, so it runs and is tested anywhere; the
Windows calls (IDataObject::GetData, GlobalLock, IStream::Read, IStorage::CopyTo) are in
interchange/mail/windows_ole.py.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from indie_desktop.interchange.mail.message import is_mail_name
from indie_desktop.interchange.mail.outlook_drag import file_names

DESCRIPTOR = "FileGroupDescriptorW"
CONTENTS = "FileContents"
# STGMEDIUM.tymed: how a format's data is handed over (objidl.h)
TYMED_HGLOBAL = 1
TYMED_ISTREAM = 4
TYMED_ISTORAGE = 8
CONTENT_TYMEDS = TYMED_HGLOBAL | TYMED_ISTREAM | TYMED_ISTORAGE
ALL_FILES = -1  # lindex of a format that is not per file


@dataclass(frozen=True)
class Medium:
    """What IDataObject::GetData returned: the kind (TYMED_*) and its handle or interface."""

    tymed: int
    handle: Any


class DataObjectError(Exception):
    """GetData failed (the HRESULT in the message)."""


GetData = Callable[[str, int, int], Medium]  # (format, lindex, accepted TYMED_* bits)
Release = Callable[[Medium], None]
Reader = Callable[[Any], bytes]


@dataclass
class VirtualFiles:
    mails: list[tuple[str, bytes]] = field(default_factory=list)  # (file name, bytes)
    not_read: list[tuple[str, str]] = field(default_factory=list)  # (file name, why)


def read_virtual_files(
    get_data: GetData, release: Release, readers: Mapping[int, Reader]
) -> VirtualFiles:
    """The names from the descriptor, then each file's bytes by its index. A file that cannot
    be read is named with the reason; the others still come (one bad mail spoils no drag)."""
    found = VirtualFiles()
    descriptor = _read(get_data(DESCRIPTOR, ALL_FILES, TYMED_HGLOBAL), release, readers)
    for index, name in enumerate(file_names(descriptor)):
        filename = name if is_mail_name(name) else name + ".msg"
        try:
            data = _read(get_data(CONTENTS, index, CONTENT_TYMEDS), release, readers)
        except DataObjectError as exc:
            found.not_read.append((filename, str(exc)))
            continue
        if not data:
            found.not_read.append((filename, "empty"))
            continue
        found.mails.append((filename, data))
    return found


def _read(medium: Medium, release: Release, readers: Mapping[int, Reader]) -> bytes:
    try:
        reader = readers.get(medium.tymed)
        if reader is None:
            raise DataObjectError(f"unsupported medium {medium.tymed}")
        return reader(medium.handle)
    finally:
        release(medium)
