"""Renaming and deleting files that another program may hold for a moment.

On Windows a virus scanner, the search indexer or a sync client opens a file that was just
written, and for that moment `os.replace` and `unlink` fail with "being used by another
process" (PermissionError). The app's own files (backups, attachments, the database set aside)
are retried for a short while before the error is reported; a lock that outlasts it is real.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
RETRY_SECONDS = 3.0
_FIRST_DELAY = 0.05
_LONGEST_DELAY = 0.5
# Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION (PermissionError covers access denied)
_IN_USE = {32, 33}


def held(exc: OSError) -> bool:
    """Is this the error of a file another program has open?"""
    return isinstance(exc, PermissionError) or getattr(exc, "winerror", None) in _IN_USE


def retrying(action: Callable[[], T], seconds: float | None = None) -> T:
    """`action()`, again after short pauses while the file is held by another program."""
    deadline = time.monotonic() + (RETRY_SECONDS if seconds is None else seconds)
    delay = _FIRST_DELAY
    while True:
        try:
            return action()
        except OSError as exc:
            if not held(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, _LONGEST_DELAY)


def replace(source: Path, target: Path) -> None:
    """`os.replace`, retried while either file is held."""
    retrying(lambda: os.replace(source, target))


def unlink(path: Path, *, missing_ok: bool = False) -> None:
    """`Path.unlink`, retried while the file is held."""
    retrying(lambda: Path(path).unlink(missing_ok=missing_ok))


def in_use_message(exc: OSError) -> str:
    """The user's words for a file another program holds."""
    name = exc.filename or ""
    return (
        f"The file {name} is in use by another program (a virus scanner, backup or sync "
        "software?). Nothing was changed; try again in a minute."
    )
