"""SQLite `file:` URIs for any path an office PC can have, and connections opened through them.

Every place that opens a database file by URI (read-only previews of backups, checks, the
erasure's residue scan) builds it here. Rules (https://www.sqlite.org/uri.html):
- the authority must be empty or `localhost`; CPython's SQLite is built without
  SQLITE_ALLOW_URI_AUTHORITY, so `Path.as_uri()` of a share (`file://server/share/...`) fails
  with "invalid uri authority". A UNC path is written with an empty authority and the two
  slashes in the path: `file:////server/share/...`;
- a Windows drive path is `file:///C:/...` (SQLite drops the slash before the drive letter);
- `#`, `?`, `%` and spaces are percent-encoded (SQLite decodes %HH in the path), umlauts as
  UTF-8 bytes;
- `\\\\?\\C:\\...` (a local long path) becomes `C:/...` (SQLite's Windows VFS treats every name
  starting with two backslashes as a share and locks it so), `\\\\?\\UNC\\server\\share` the share.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path, PurePath, PureWindowsPath
from urllib.parse import quote, urlencode

_SAFE = "/:"  # drive colons and separators stay; everything else with a meaning is quoted


def windows_plain(text: str) -> str:
    """A Windows path without the `\\\\?\\` (or `\\\\?\\UNC\\`) long-path prefix."""
    for prefix in ("\\\\?\\", "//?/", "\\\\.\\", "//./"):
        if text.startswith(prefix):
            rest = text[len(prefix) :]
            if rest[:4].upper() in ("UNC\\", "UNC/"):
                return "\\\\" + rest[4:]
            return rest
    return text


def sqlite_uri(path: str | PurePath, **params: str) -> str:
    """The `file:` URI of the absolute `path` with query `params` (mode="ro", ...)."""
    pure = path if isinstance(path, PurePath) else PurePath(path)
    if isinstance(pure, PureWindowsPath):
        text = windows_plain(str(pure)).replace("\\", "/")
        if not text.startswith("/"):  # C:/... -> /C:/...; //server/share stays as it is
            text = "/" + text
    else:
        text = str(pure)
    uri = "file://" + quote(text, safe=_SAFE)
    if params:
        uri += "?" + urlencode(params)
    return uri


def connect(path: str | Path, **params: str) -> sqlite3.Connection:
    """A connection to the file at `path` (made absolute) through its URI."""
    return sqlite3.connect(sqlite_uri(Path(path).absolute(), **params), uri=True)


def connect_readonly(path: str | Path) -> sqlite3.Connection:
    """Read only, never creating the file, and no -wal/-shm files where none exist (a
    self-contained backup in a folder, possibly on a share)."""
    return connect(path, mode="ro")


def connect_existing(path: str | Path) -> sqlite3.Connection:
    """Read and write if the file allows it, never creating it: for checks of the live file.
    Unlike a read-only connection, the last one to close removes the -wal/-shm it found (a
    read-only connection leaves them behind, and a stale -shm looks like a running app)."""
    return connect(path, mode="rw")
