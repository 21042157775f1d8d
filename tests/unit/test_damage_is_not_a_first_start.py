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
from indie_desktop.services.directory.organisations import OrganisationDraft
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


_KILLED_WHILE_COPYING = """
import os, signal, sys
from pathlib import Path
from indie_desktop.store import backup as b

def killed(*_args):
    os.kill(os.getpid(), signal.SIGKILL)  # kill -9 when the copy is complete but not named

os.replace = killed
data_dir = Path(sys.argv[1])
policy = b.BackupPolicy(data_dir / "backups")
if sys.argv[2] == "backup":
    b.take_backup(data_dir / "indie.sqlite3", policy, b.MANUAL)
else:
    b.restore(data_dir / "indie.sqlite3", b.list_backups(policy.folder)[0].path, policy)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9")
@pytest.mark.parametrize("step", ["backup", "restore"])
def test_copies_left_by_a_process_killed_while_copying_are_removed_at_the_next_start(
    tmp_path: Path, step: str
) -> None:
    data_dir = tmp_path / "Daten"
    db_file, policy = _filled(data_dir)
    for _ in range(3):
        killed = subprocess.run(
            [sys.executable, "-c", _KILLED_WHILE_COPYING, str(data_dir), step],
            capture_output=True,
            timeout=120,
        )
        assert killed.returncode == -9, killed.stderr
    left = list(data_dir.rglob("*.partial"))
    assert len(left) == 3  # three full-size copies nobody else removes

    open_local(data_dir).dispose()  # the next start

    assert not list(data_dir.rglob("*.partial"))
    assert b.check_file(db_file).ok
    assert all(b.preview(i.path).health.ok for i in b.list_backups(policy.folder))


def test_a_copy_being_written_by_a_running_process_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    mine = folder / f"manual-20261124-080000.sqlite3.{os.getpid()}.partial"
    mine.write_bytes(b"being written right now")
    assert b.remove_stale_partials(folder) == []
    assert mine.exists()


_HOLD = """
import os, signal, sqlite3, sys, time
con = sqlite3.connect(sys.argv[1])
con.execute("SELECT count(*) FROM organisation").fetchone()
print("open", flush=True)
if sys.argv[2] == "crash":
    os.kill(os.getpid(), signal.SIGKILL)
time.sleep(120)
"""


def _holder(db_file: Path, how: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(db_file), how], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "open"
    proc.stdout.close()  # nothing more is said
    return proc


def _restore_newest(data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "indie_desktop", "restore", "--newest", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=300,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9")
def test_restore_newest_after_a_crash_needs_no_force_when_only_a_stale_shm_is_left(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "Daten"
    db_file, _policy = _filled(data_dir)
    crashed = _holder(db_file, "crash")
    crashed.wait(timeout=60)
    assert db_file.with_name(DB_FILENAME + "-shm").exists()  # left behind by the crash
    db_file.write_bytes(db_file.read_bytes()[:5000])  # and the file damaged

    restored = _restore_newest(data_dir)
    assert restored.returncode == 0, restored.stderr
    assert b.check_file(db_file).ok
    assert list(data_dir.glob(f"{DB_FILENAME}.damaged-*"))


@pytest.mark.skipif(sys.platform == "win32", reason="fcntl")
def test_restore_refuses_while_another_process_has_the_file_open(tmp_path: Path) -> None:
    data_dir = tmp_path / "Daten"
    db_file, _policy = _filled(data_dir)
    holder = _holder(db_file, "hold")
    try:
        refused = _restore_newest(data_dir)
        assert refused.returncode == 1
        assert "seems to be open" in refused.stderr
    finally:
        holder.kill()
        holder.wait(timeout=60)
