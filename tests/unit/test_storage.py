from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from indie_desktop.store.database import (
    DB_FILENAME,
    StorageError,
    current_revision,
    head_revision,
    is_network_path,
    open_local,
)


def test_first_open_creates_database_at_newest_schema(tmp_path: Path) -> None:
    db = open_local(tmp_path)
    assert (tmp_path / DB_FILENAME).is_file()
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    db.dispose()


def test_migration_keeps_a_copy_of_the_old_file_first(tmp_path: Path) -> None:
    db = open_local(tmp_path)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0000'"))
        conn.execute(text("INSERT INTO app_setting(key, value) VALUES ('marker', 'x')"))
    db.dispose()
    # An unknown older revision cannot be migrated, but the copy must exist before trying.
    with pytest.raises(Exception):  # noqa: B017 - alembic raises its own CommandError
        open_local(tmp_path)
    copies = list((tmp_path / "backups").glob("before-migration-*.sqlite3"))
    assert len(copies) == 1
    con = sqlite3.connect(copies[0])
    assert con.execute("SELECT value FROM app_setting WHERE key='marker'").fetchone() == ("x",)
    con.close()


def test_reopening_an_up_to_date_database_takes_no_copy(tmp_path: Path) -> None:
    open_local(tmp_path).dispose()
    open_local(tmp_path).dispose()
    assert not (tmp_path / "backups").exists()


def test_database_on_network_share_is_refused_with_advice(tmp_path: Path) -> None:
    assert is_network_path(Path("//fileserver/crm"))
    with pytest.raises(StorageError, match="PostgreSQL"):
        open_local(Path("//fileserver/crm"))


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / DB_FILENAME).write_bytes(b"this is a spreadsheet, not a database" * 100)
    with pytest.raises(StorageError, match="not a usable database"):
        open_local(tmp_path)


def test_schema_head_constant_matches_the_newest_migration() -> None:
    from indie_desktop.store.database import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()
