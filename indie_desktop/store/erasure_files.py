"""What an erasure leaves in files, made unrecoverable or named: the local database file's free
space and write-ahead log after erased rows went, and the backup copies that still hold the
person. Used by the erasure (services/privacy/erasure.py) and by the sync when an erasure done
on the server reaches an offline replica (sync/erasure.py).
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from indie_desktop.domain.redaction import ANONYMOUS
from indie_desktop.store.sqlite_residue import unallocated_residue
from indie_desktop.store.sqlite_uri import connect_readonly

log = logging.getLogger(__name__)

# The steps' names (English; the UI translates them, ui/privacy/progress.py).
PHASE_INDEX = "Cleaning the search index"
PHASE_CHECK = "Checking the database file for leftovers"
PHASE_VACUUM = "Rewriting the database file (VACUUM)"

Phase = Callable[[str], None]


def scrub_sqlite_file(
    raw: Any, path: Path | None, fts_tables: Iterable[str], report: Phase
) -> tuple[bool, bool]:
    """After erased rows were deleted or overwritten (with secure_delete on): merge the
    full-text tables `fts_tables`, checkpoint and truncate the WAL, and VACUUM if the residue
    check finds old bytes in free space; (compacted, vacuumed). Not compacted: another
    connection keeps the log busy (it is cleared later). `raw` is a DB-API connection (the
    app's pool connection or the sync's sqlite3 connection) with no transaction open.

    Also used by sync when an erasure done on the server reaches an offline replica."""
    report(PHASE_INDEX)
    vacuumed = False
    cur = raw.cursor()
    try:
        cur.execute("PRAGMA secure_delete=ON")
        for fts in fts_tables:
            cur.execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")
        raw.commit()
        busy = cur.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not (busy and busy[0]) and path is not None:
            report(PHASE_CHECK)
            residue = unallocated_residue(path)
            if residue is not None:
                log.info("erasure: old bytes at %s; VACUUM", residue)
                report(PHASE_VACUUM)
                cur.execute("VACUUM")
                busy = cur.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                vacuumed = True
                if not (busy and busy[0]):
                    left = unallocated_residue(path)
                    if left is not None:  # pragma: no cover - SQLite's VACUUM zeroes
                        log.warning("erasure: old bytes after VACUUM at %s", left)
    finally:
        cur.close()
    return not (busy and busy[0]), vacuumed


def backups_with_person(folder: Path, person_id: uuid.UUID) -> list[Path]:
    """The backup copies (`*.sqlite3` in `folder`) in which the person is still present and not
    erased: read-only, nothing in them is changed. A copy that cannot be read is listed too (it
    may hold the person; better to name it than to hide it)."""
    if not folder.is_dir():
        return []
    found: list[Path] = []
    for path in sorted(folder.glob("*.sqlite3")):
        try:
            con = connect_readonly(path)
            try:
                row = con.execute(
                    "SELECT 1 FROM person WHERE id IN (?, ?) AND last_name != ?",
                    (person_id.hex, str(person_id), ANONYMOUS),
                ).fetchone()
            finally:
                con.close()
        except sqlite3.Error:
            found.append(path)
            continue
        if row is not None:
            found.append(path)
    return found
