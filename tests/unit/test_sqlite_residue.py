"""The residue check an erasure relies on to skip VACUUM: every unallocated byte of a SQLite
file must be zero. Deleting without secure_delete leaves the old text in free space; VACUUM
with secure_delete leaves none."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from indie_desktop.store.sqlite_residue import unallocated_residue

SECRET = "Şükrü Yıldız, s.yildiz@example.de, +49 231 9876543"


def _file(path: Path, secure_delete: bool) -> Path:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute(f"PRAGMA secure_delete={'ON' if secure_delete else 'OFF'}")
    con.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT, notes TEXT)")
    con.execute("CREATE INDEX ix_person_name ON person (name)")
    con.execute("BEGIN")
    for i in range(400):
        con.execute("INSERT INTO person VALUES (?, ?, ?)", (i, f"Person {i:04d}", "x" * 40))
    con.execute("INSERT INTO person VALUES (1000, ?, ?)", (SECRET, SECRET * 20))
    con.execute("COMMIT")
    con.execute("DELETE FROM person WHERE id = 1000")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


def test_a_row_deleted_without_secure_delete_is_found_as_residue(tmp_path: Path) -> None:
    path = _file(tmp_path / "old.sqlite3", secure_delete=False)
    assert "Yıldız".encode() in path.read_bytes()
    assert unallocated_residue(path) is not None


def test_secure_delete_zeroes_the_deleted_row_and_vacuum_leaves_no_residue(
    tmp_path: Path,
) -> None:
    path = _file(tmp_path / "new.sqlite3", secure_delete=True)
    assert "Yıldız".encode() not in path.read_bytes()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA secure_delete=ON")
    con.execute("VACUUM")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    assert unallocated_residue(path) is None


def test_an_empty_or_tiny_file_has_no_residue(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    assert unallocated_residue(empty) is None
