"""The live database file belongs to SQLite: nothing in a process that holds a connection opens
it (or its -wal/-shm) with anything else.

On POSIX, closing any file descriptor of a file drops all of the process's fcntl locks on it,
SQLite's included. The next program that opens and closes the database then thinks it is the
last user and deletes the WAL the running app still writes into ("How To Corrupt An SQLite
Database File", section 2.2). The tests start a real second process, as a user does who runs
`indie-desktop search` beside the open app.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest
from sqlalchemy import text

from indie_desktop.services.context import Actor
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.store import backup as b
from indie_desktop.store.database import DB_FILENAME, Database, open_local
from indie_desktop.store.sqlite_residue import unallocated_residue
from indie_desktop.store.sqlite_uri import sqlite_uri

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="fcntl lock loss is a POSIX hazard; Windows locks differ"
)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "indie_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def _running_app(data_dir: Path) -> tuple[Database, Workspace]:
    """What the app holds after start: an open database with a user, a connection in WAL mode
    kept open by the pool, and a first save."""
    db = open_local(data_dir)
    directory = Workspace(db, Actor.system()).directory
    choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
    ws = Workspace(db, directory.register_local_user(choice, "Şükrü", "Yıldız"))
    ws.organisations.create(OrganisationDraft(name="Yıldız Metallbau GmbH"))
    return db, ws


def _names_seen_by_another_process(path: Path) -> list[str]:
    script = (
        "import sqlite3, sys\n"
        "con = sqlite3.connect(sys.argv[1])\n"
        "print('\\n'.join(sorted(r[0] for r in con.execute('SELECT name FROM organisation'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return out.stdout.splitlines()


def test_search_beside_the_running_app_after_its_checks_keeps_the_apps_wal(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "Daten"
    db, ws = _running_app(data_dir)
    path = data_dir / DB_FILENAME
    wal = path.with_name(path.name + "-wal")
    try:
        with db.engine.connect() as conn:  # the pool's connection stays open, as in the app
            conn.execute(text("SELECT 1"))
            policy = b.BackupPolicy(data_dir / "backups")
            # Every check the app runs on its own live file while it has it open:
            assert b.check_file(path, full=False).ok  # open_local's start check
            assert b.check_file(path).ok  # the background check a few seconds after start
            assert b.daily_backup(path, policy) is not None  # the start's daily backup
            b.backup_unless_unchanged(path, policy, b.BEFORE_IMPORT)
            b.preview(b.list_backups(policy.folder)[0].path)
            unallocated_residue(path)  # the erasure's residue scan
            assert wal.exists()

            second = _cli("search", "Metallbau", "--data-dir", str(data_dir))
            assert second.returncode == 0, second.stderr
            assert "Metallbau" in second.stdout

            assert wal.exists(), "the second program deleted the running app's WAL"
            ws.organisations.create(OrganisationDraft(name="Zoë Ñúñez Design"))
            assert "Zoë Ñúñez Design" in _names_seen_by_another_process(path)
    finally:
        db.dispose()
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# --- paths as office PCs have them ----------------------------------------------------------


@pytest.mark.parametrize(
    "folder", ["Projekte #2", "Wer? Wo?", "Übergänge 100%", "Şükrü Yıldız & Zoë"]
)
def test_backups_in_folders_with_hash_question_mark_and_umlauts_preview_and_restore(
    tmp_path: Path, folder: str
) -> None:
    data_dir = tmp_path / folder / "Daten"
    db, _ws = _running_app(data_dir)
    db.dispose()
    policy = b.BackupPolicy(tmp_path / folder / "Sicherung #1")
    taken = b.take_backup(data_dir / DB_FILENAME, policy, b.MANUAL)
    seen = b.preview(taken)
    assert seen.health.ok and seen.organisations == 1
    # Nothing was created beside the folder by a URI cut at the `#` or `?`.
    assert sorted(p.name for p in (tmp_path / folder).iterdir()) == ["Daten", "Sicherung #1"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]
    restored = b.restore(data_dir / DB_FILENAME, taken, policy)
    assert restored.restored_from == taken


def test_residue_check_reads_the_file_in_a_folder_named_with_a_hash(tmp_path: Path) -> None:
    folder = tmp_path / "Projekte #2"
    folder.mkdir()
    path = folder / "x.sqlite3"
    con = sqlite3.connect(path)
    con.execute("PRAGMA secure_delete=ON")
    con.execute("CREATE TABLE t (v TEXT)")
    # A long note spills into overflow pages, whose free tails the check asks SQLite about.
    con.execute("INSERT INTO t VALUES (?)", ("Łukasz Wiśniewski, Gesprächsnotiz " * 400,))
    con.commit()
    con.close()
    assert unallocated_residue(path) is None
    # The old URI ended at the `#`: SQLite made a new empty file `Projekte ` and looked there.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Projekte #2"]
    assert sorted(p.name for p in folder.iterdir()) == ["x.sqlite3"]


def test_uri_of_a_share_has_an_empty_authority_and_sqlite_accepts_that_form() -> None:
    share = PureWindowsPath(r"\\server\Ablage\In-Die Sicherung\daily-20261124-080000.sqlite3")
    uri = sqlite_uri(share, mode="ro")
    assert uri == (
        "file:////server/Ablage/In-Die%20Sicherung/daily-20261124-080000.sqlite3?mode=ro"
    )
    # What the old code built (`as_uri()`): SQLite refuses any authority but localhost.
    with pytest.raises(sqlite3.OperationalError, match="authority"):
        sqlite3.connect(share.as_uri() + "?mode=ro", uri=True)


def test_uri_of_a_share_opens_the_file_sqlite_finds_behind_the_two_slashes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "Sicherung #3" / "a.sqlite3"
    path.parent.mkdir()
    sqlite3.connect(path).execute("CREATE TABLE t (v)").connection.close()
    # `//tmp/...` is the same file on POSIX: the form for shares reaches the right file.
    uri = "file:///" + sqlite_uri(path, mode="ro")[len("file://") :]
    con = sqlite3.connect(uri, uri=True)
    assert con.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]
    con.close()


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (
            r"C:\Users\Zoë Ñúñez\In|Die\indie.sqlite3",
            "file:///C:/Users/Zo%C3%AB%20%C3%91%C3%BA%C3%B1ez/In%7CDie/indie.sqlite3",
        ),
        (r"D:\Projekte #2\indie.sqlite3", "file:///D:/Projekte%20%232/indie.sqlite3"),
        (r"D:\Wer?\50% Rabatt\indie.sqlite3", "file:///D:/Wer%3F/50%25%20Rabatt/indie.sqlite3"),
        (r"\\?\C:\Sehr\langer\Pfad\indie.sqlite3", "file:///C:/Sehr/langer/Pfad/indie.sqlite3"),
        (r"\\?\UNC\server\share\indie.sqlite3", "file:////server/share/indie.sqlite3"),
        (
            r"\\server.firma.local\Ablage$\b.sqlite3",
            "file:////server.firma.local/Ablage%24/b.sqlite3",
        ),
    ],
)
def test_windows_paths_become_uris_sqlite_reads_back(path: str, uri: str) -> None:
    assert sqlite_uri(PureWindowsPath(path)) == uri
