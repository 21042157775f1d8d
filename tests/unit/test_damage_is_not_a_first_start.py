"""A damaged or emptied database file is never mistaken for a new one: `self-test` finds it (the
full integrity_check, as the app's check after start) and names the newest intact backup; no new
database is made in its place and the backups stay."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from indie_desktop.services.context import Actor
from indie_desktop.services.organisations import OrganisationDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.store import backup as b
from indie_desktop.store.database import DB_FILENAME, DatabaseDamaged, open_local

NAMES = ("Yıldız Metallbau GmbH", "Łukasz Wiśniewski Elektro", "Zoë Ñúñez Design")


def _filled(data_dir: Path) -> tuple[Path, b.BackupPolicy]:
    db = open_local(data_dir)
    directory = Workspace(db, Actor.system()).directory
    choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
    ws = Workspace(db, directory.register_local_user(choice, "Şükrü", "Yıldız"))
    for name in NAMES:
        ws.organisations.create(OrganisationDraft(name=name))
    db.dispose()
    policy = b.BackupPolicy(data_dir / "backups")
    b.take_backup(data_dir / DB_FILENAME, policy, b.DAILY)
    return data_dir / DB_FILENAME, policy


def _self_test(data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "indie_desktop", "self-test", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=300,
    )


def _index_missing_rows(path: Path) -> None:
    """An index that lacks the table's rows (what a WAL deleted behind SQLite's back left:
    "row 34 missing from index"); quick_check does not see it, integrity_check does."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE spare (name TEXT)")
    con.execute("CREATE INDEX ix_spare_name ON spare (name)")
    con.commit()
    con.execute("PRAGMA writable_schema = ON")
    con.execute(
        "UPDATE sqlite_master SET tbl_name = 'organisation', "
        "sql = 'CREATE INDEX ix_spare_name ON organisation (name)' WHERE name = 'ix_spare_name'"
    )
    con.commit()
    con.close()
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert check.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    check.close()


def test_an_emptied_file_beside_backups_is_damage_and_never_a_new_database(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "Daten"
    db_file, policy = _filled(data_dir)
    db_file.write_bytes(b"")
    before = [i.path for i in b.list_backups(policy.folder)]

    with pytest.raises(DatabaseDamaged, match="empty, although there are backups"):
        open_local(data_dir)
    assert db_file.stat().st_size == 0  # no new database (and no first-run dialog) there
    assert b.daily_backup(db_file, policy) is None  # nothing pushes the good backup out
    assert [i.path for i in b.list_backups(policy.folder)] == before

    result = _self_test(data_dir)
    assert result.returncode == 1
    assert "The database file is empty, although there are backups of it" in result.stderr
    assert f"Newest intact backup: {before[0]}" in result.stderr
    assert "3 organisations" in result.stderr
    assert db_file.stat().st_size == 0


def test_an_empty_folder_is_still_a_first_start(tmp_path: Path) -> None:
    (tmp_path / DB_FILENAME).write_bytes(b"")
    open_local(tmp_path).dispose()  # no backups: a new database, as on a fresh machine
    assert (tmp_path / DB_FILENAME).stat().st_size > 0


def test_self_test_runs_the_full_check_and_fails_on_an_index_missing_rows(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "Daten"
    db_file, policy = _filled(data_dir)
    _index_missing_rows(db_file)

    result = _self_test(data_dir)
    assert result.returncode == 1, result.stdout
    assert "The check of the database file found damage: The database file is damaged." in (
        result.stderr
    )
    assert "missing from index ix_spare_name" in result.stderr
    assert f"Newest intact backup: {b.list_backups(policy.folder)[0].path}" in result.stderr
