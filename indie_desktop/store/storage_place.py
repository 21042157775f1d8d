"""Where a local database file may live: a local disk, not a share and not a synced folder.

SQLite's locking does not hold over SMB/NFS, and a sync client (OneDrive, SharePoint; Known
Folder Move puts Desktop and Documents there) uploads, replaces and dehydrates the file and its
-wal behind SQLite's back: both are known causes of corrupt databases. A data folder in either
place is refused with advice (the shared PostgreSQL database is the office's way to share).

Backups are different: IT wants them on a share, and they are self-contained copies read and
written through SQLite's backup API, so any folder may hold them.

The Windows calls (drive type, file attributes, environment) are parameters, so that tests show
the Windows behaviour with `PureWindowsPath` on any system.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path, PurePath, PureWindowsPath

from indie_desktop.store.sqlite_uri import windows_plain

SHARE = "share"
SYNCED = "synced"

DRIVE_REMOTE = 4  # GetDriveTypeW
# Cloud files (OneDrive/SharePoint placeholders, "Files On-Demand") carry these attributes.
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_PINNED = 0x80000
FILE_ATTRIBUTE_UNPINNED = 0x100000
FILE_ATTRIBUTE_RECALL_ON_OPEN = 0x40000
FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS = 0x400000
CLOUD_ATTRIBUTES = (
    FILE_ATTRIBUTE_OFFLINE
    | FILE_ATTRIBUTE_PINNED
    | FILE_ATTRIBUTE_UNPINNED
    | FILE_ATTRIBUTE_RECALL_ON_OPEN
    | FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS
)
SYNC_ROOT_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
ON_WINDOWS = sys.platform == "win32"


def drive_type(root: str) -> int:  # pragma: no cover - exercised on Windows only
    """GetDriveTypeW of a drive root such as `C:\\` (0, "unknown", elsewhere)."""
    if sys.platform != "win32":
        return 0
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


def file_attributes(path: str) -> int:
    """The Windows attributes of the nearest existing folder of `path` (0 elsewhere)."""
    current = Path(path)
    while not current.exists() and current.parent != current:
        current = current.parent
    try:
        return int(getattr(os.stat(current), "st_file_attributes", 0))
    except OSError:
        return 0


def unsafe_place(
    path: PurePath,
    *,
    windows: bool | None = None,
    environ: Mapping[str, str] | None = None,
    drive_type_of: Callable[[str], int] | None = None,
    attributes_of: Callable[[str], int] | None = None,
) -> str | None:
    """SHARE, SYNCED or None (a local disk) for a data folder `path` (absolute). The Windows
    rules apply on Windows and to a PureWindowsPath anywhere."""
    drive_type_of = drive_type_of or drive_type
    attributes_of = attributes_of or file_attributes
    if windows is None:
        windows = ON_WINDOWS or isinstance(path, PureWindowsPath)
    text = str(path)
    if not windows:
        return SHARE if text.startswith(("\\\\", "//")) else None
    plain = windows_plain(text)
    if plain.startswith(("\\\\", "//")):
        return SHARE
    folder = PureWindowsPath(plain)
    if folder.drive and drive_type_of(folder.drive + "\\") == DRIVE_REMOTE:
        return SHARE
    environ = os.environ if environ is None else environ
    for variable in SYNC_ROOT_VARIABLES:
        root = environ.get(variable, "").strip()
        if root and _inside(folder, PureWindowsPath(windows_plain(root))):
            return SYNCED
    if attributes_of(plain) & CLOUD_ATTRIBUTES:
        return SYNCED
    return None


def _inside(folder: PureWindowsPath, root: PureWindowsPath) -> bool:
    return folder == root or root in folder.parents  # PureWindowsPath compares case-blind


def refusal(place: str) -> str:
    """Why a local database file may not live there, and what to do instead."""
    if place == SYNCED:
        return (
            "The data folder is in a folder synchronised by OneDrive or SharePoint. The sync "
            "replaces the database file behind the application's back and damages it: choose "
            "a folder outside OneDrive (for example C:\\In-Die), or use the shared PostgreSQL "
            "database to share data."
        )
    return (
        "The data folder is on a network drive. A local database file must not live on a "
        "network share (it would be corrupted); use the shared PostgreSQL database instead."
    )
