"""Backups of the local database file: taken, rotated, listed, checked, previewed, restored.

Every copy goes through SQLite's online backup API (consistent under WAL, while the app has the
file open), into one folder (the user's choice, default `DATA_DIR/backups`), named
`REASON-YYYYMMDD-HHMMSS.sqlite3`. Reasons: `daily` (at start, at most once a calendar day),
`before-migration`, `before-import`, `before-restore` (the file a restore replaced), `manual`
(the command line). Rotation keeps the newest N copies.

Damage detection (`check_file`): the header and size first, read through SQLite (a truncated or
overwritten file is found without reading it all), then `PRAGMA integrity_check` when asked for.
Nothing here opens a database file with anything but SQLite: the app checks and copies its own
live file while it holds a connection (see `check_file`). A damaged file is
never overwritten or deleted: `set_aside` renames it (with its -wal/-shm) next to itself.

No Qt and no SQLAlchemy here: the CLI, open_local and the importer share this module.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import sys
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from indie_desktop.store import file_retry, sqlite_uri

log = logging.getLogger(__name__)

BACKUP_DIRNAME = "backups"
DEFAULT_KEEP = 10
DAILY = "daily"
BEFORE_MIGRATION = "before-migration"
BEFORE_IMPORT = "before-import"
BEFORE_RESTORE = "before-restore"
MANUAL = "manual"
REASONS = (DAILY, BEFORE_MIGRATION, BEFORE_IMPORT, BEFORE_RESTORE, MANUAL)
SUFFIX = ".sqlite3"
_NAME = re.compile(
    r"^(?P<reason>[a-z]+(?:-[a-z]+)*)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite3$"
)
_COUNTED = ("organisation", "person", "activity")
Progress = Callable[[int, int], None]


class BackupError(Exception):
    """A backup cannot be taken, read or restored; the message is meant for the user."""


@dataclass(frozen=True)
class Health:
    """The result of checking a database file."""

    ok: bool
    problem: str = ""  # what is wrong, in plain words (English source text)
    detail: str = ""  # SQLite's own words, for the details box / the log


@dataclass(frozen=True)
class BackupPolicy:
    """Where backups go and how many are kept."""

    folder: Path
    keep: int = DEFAULT_KEEP

    @classmethod
    def for_data_dir(
        cls, data_dir: Path, folder: str | Path = "", keep: int = DEFAULT_KEEP
    ) -> BackupPolicy:
        """The chosen folder (settings) or `data_dir/backups`; keep at least one copy."""
        chosen = (
            Path(folder).expanduser() if str(folder).strip() else Path(data_dir) / BACKUP_DIRNAME
        )
        return cls(chosen, max(1, int(keep)))


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    reason: str
    taken_at: datetime  # local time, from the file name
    size: int


@dataclass(frozen=True)
class BackupPreview:
    """What a backup holds, to decide whether to restore it."""

    info: BackupInfo
    health: Health
    organisations: int = 0
    people: int = 0
    activities: int = 0
    revision: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


# --- checking -----------------------------------------------------------------------------------


def check_file(path: Path, *, full: bool = True) -> Health:
    """Is this a readable SQLite database? Header and size always; integrity_check when `full`.

    A missing or empty file is healthy (a new database will be made there; `open_local` asks
    whether backups say otherwise). Everything is read through SQLite: the file may be open in
    this very process (the app's own check), and opening it with anything else would drop
    SQLite's locks on it (then another program deletes the app's WAL).
    """
    path = Path(path)
    try:
        size = path.stat().st_size  # stat opens no descriptor: safe beside a connection
    except FileNotFoundError:
        return Health(True)
    except OSError as exc:
        return Health(False, "The database file cannot be read.", str(exc))
    if size == 0:
        return Health(True)
    try:
        con = sqlite_uri.connect_existing(path)
    except sqlite3.Error as exc:
        return Health(False, "The database file cannot be opened.", str(exc))
    try:
        try:
            page_size = int(con.execute("PRAGMA page_size").fetchone()[0])
            pages = int(con.execute("PRAGMA page_count").fetchone()[0])
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_CORRUPT:
                # A sound header whose pages are missing or broken (a file cut short).
                return Health(
                    False,
                    "The database file is truncated or damaged (SQLite cannot read its structure).",
                    f"{size} bytes: {exc}",
                )
            return Health(
                False,
                "The file is not a usable database (its beginning is damaged or it is another "
                "kind of file).",
                f"{size} bytes: {exc}",
            )
        if size % page_size:
            return Health(
                False,
                "The database file is truncated or damaged (its size does not fit its pages).",
                f"{size} bytes, page size {page_size}",
            )
        # Without a -wal file the file must hold all of its pages.
        wal = path.with_name(path.name + "-wal")
        has_wal = wal.exists() and wal.stat().st_size > 0
        if pages and size < pages * page_size and not has_wal:
            return Health(
                False,
                "The database file is truncated: part of it is missing.",
                f"{size} bytes, {pages} pages of {page_size} bytes expected",
            )
        if not full:
            return Health(True)
        return _integrity(con)
    finally:
        con.close()


EMPTIED = "The database file is empty, although there are backups of it: it was emptied or cut off."


def emptied_beside_backups(path: Path, policy: BackupPolicy) -> Health | None:
    """A 0-byte database file beside backups of it is damage, not a first start."""
    path = Path(path)
    try:
        if path.stat().st_size != 0:
            return None
    except OSError:
        return None
    found = list_backups(policy.folder)
    if not found:
        return None
    return Health(False, EMPTIED, f"0 bytes; {len(found)} backups in {policy.folder}")


def _integrity(con: sqlite3.Connection) -> Health:
    """The full check (`integrity_check`: pages, indexes against their tables)."""
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check(20)")]
    except sqlite3.DatabaseError as exc:
        return Health(False, "The database file is damaged.", str(exc))
    if rows == ["ok"]:
        return Health(True)
    return Health(False, "The database file is damaged.", "\n".join(map(str, rows)))


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """Read only, without creating -wal/-shm files where none exist (a backup folder)."""
    return sqlite_uri.connect_readonly(path)


# --- taking and rotating ------------------------------------------------------------------------


def copy_database(source: Path, target: Path, progress: Progress | None = None) -> Path:
    """A consistent copy of a (possibly open, WAL) SQLite file through the backup API."""
    target = Path(target)
    partial = _partial(target)
    _copy_to(source, partial, progress)
    file_retry.replace(partial, target)
    return target


def _partial(target: Path) -> Path:
    """Where a copy is written until it is complete: `NAME.PID.partial`, so that the next
    backup or start can tell the copy of a killed process (removed) from one being written."""
    return target.with_name(f"{target.name}.{os.getpid()}.partial")


_PARTIAL = re.compile(r"\.(?P<pid>\d+)\.partial$")


def remove_stale_partials(folder: Path) -> list[Path]:
    """Remove the half-written copies (`*.partial`) in `folder` whose process is gone (killed
    during an import, backup or restore); copies of older versions (no process id in the
    name) after an hour. Returns what was removed."""
    from indie_desktop.store.app_lock import process_alive

    removed: list[Path] = []
    folder = Path(folder)
    if not folder.is_dir():
        return removed
    stale = datetime.now().timestamp() - 3600
    for partial in folder.glob(f"*{SUFFIX}*.partial"):
        match = _PARTIAL.search(partial.name)
        try:
            if match is not None:
                gone = not process_alive(int(match["pid"]))
            else:
                gone = partial.stat().st_mtime < stale
            if gone:
                partial.unlink()
                removed.append(partial)
        except OSError as exc:
            log.warning("half-written copy %s not removed: %s", partial, exc)
    return removed


def _copy_to(source: Path, partial: Path, progress: Progress | None = None) -> None:
    partial.parent.mkdir(parents=True, exist_ok=True)
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(Path(source))
    try:
        dst = sqlite3.connect(partial)
        try:

            def report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            # All pages in one step: under WAL a reader does not block the app's writes, and
            # a stepwise copy would start over after each write of the app meanwhile.
            src.backup(dst, pages=-1, progress=report)
            # A backup is one self-contained file: no -wal beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def backup_name(reason: str, when: datetime | None = None) -> str:
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{reason}-{stamp}{SUFFIX}"


def _free_target(policy: BackupPolicy, name: str) -> Path:
    """The folder's path for `name`, numbered when two backups fall in one second."""
    target = policy.folder / name
    n = 1
    while target.exists():  # two backups in one second (migration right after the daily one)
        target = policy.folder / name.replace(SUFFIX, f"-{n}{SUFFIX}")
        n += 1
    return target


def take_backup(
    db_file: Path,
    policy: BackupPolicy,
    reason: str,
    *,
    when: datetime | None = None,
    progress: Progress | None = None,
    rotate_after: bool = True,
) -> Path:
    """Copy `db_file` into the policy's folder, then rotate; returns the copy's path."""
    db_file = Path(db_file)
    if not db_file.is_file():
        raise BackupError(f"There is no database file {db_file} to back up.")
    target = _free_target(policy, backup_name(reason, when))
    try:
        copy_database(db_file, target, progress)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"The backup into {policy.folder} failed: {exc}") from exc
    log.info("backup (%s) of %s written to %s", reason, db_file, target)
    if rotate_after:
        rotate(policy)
    return target


def unchanged_since_backup(db_file: Path, policy: BackupPolicy) -> Path | None:
    """The newest backup if the file has not been written since it was taken, else None.

    Under WAL every commit writes the -wal file, so the newer of the two modification times
    says when the database last changed. A second copy of an unchanged file protects nothing.
    """
    found = list_backups(policy.folder)
    if not found:
        return None
    changed = max(
        (
            p.stat().st_mtime
            for p in (db_file, db_file.with_name(db_file.name + "-wal"))
            if p.exists()
        ),
        default=0.0,
    )
    newest = found[0].path
    return newest if newest.stat().st_mtime >= changed else None


def backup_unless_unchanged(db_file: Path, policy: BackupPolicy, reason: str) -> Path:
    """A backup before a risky step (an import); the newest one if nothing changed since."""
    return unchanged_since_backup(Path(db_file), policy) or take_backup(db_file, policy, reason)


class BackgroundBackup:
    """A backup copied in a worker thread while the caller goes on reading the database.

    SQLite's backup API copies from its own connection inside one read transaction, and
    Python's sqlite3 releases the GIL while it copies, so an import can read, validate and
    check duplicates meanwhile. The copy holds the state of the file when it started; the
    caller must not commit before `finish()` returned (under WAL it may write meanwhile: the
    copy reads its own snapshot, which uncommitted pages are not part of). The copy stays a
    `.partial` file until `finish()` names it as a backup (and rotates); `discard()` removes
    it, so an import that ends up writing nothing (a dry run, a cancel, nothing to import)
    leaves no backup behind, as before. `finish()` raises BackupError (nothing may be
    committed then)."""

    def __init__(self, db_file: Path, policy: BackupPolicy, reason: str) -> None:
        self.db_file = Path(db_file)
        self.policy = policy
        self.reason = reason
        self.when = datetime.now()
        self._name = backup_name(reason, self.when)  # checks the reason before the thread runs
        # Its own .partial file (rotation removes stale ones): two background copies started
        # in the same second must not write into one file.
        token = uuid.uuid4().hex[:8]
        self._partial = _partial(policy.folder / self._name.replace(SUFFIX, f"-{token}{SUFFIX}"))
        self._error: BaseException | None = None
        self._done = False
        self._thread = threading.Thread(target=self._copy, name="before-import-backup", daemon=True)
        self._thread.start()

    def _copy(self) -> None:
        try:
            if not self.db_file.is_file():
                raise BackupError(f"There is no database file {self.db_file} to back up.")
            _copy_to(self.db_file, self._partial)
        except BaseException as exc:  # handed to the caller in finish()
            self._error = exc

    def finish(self) -> Path:
        """Wait for the copy, keep it as a backup (rotating the folder); returns its path."""
        self._thread.join()
        if self._done:
            raise RuntimeError("this backup was already finished or discarded")
        self._done = True
        error = self._error
        if error is not None:
            _remove(self._partial)
            if isinstance(error, BackupError):
                raise error
            if isinstance(error, (sqlite3.Error, OSError)):
                raise BackupError(
                    f"The backup into {self.policy.folder} failed: {error}"
                ) from error
            raise error
        target = _free_target(self.policy, self._name)
        try:
            file_retry.replace(self._partial, target)
        except OSError as exc:
            _remove(self._partial)
            raise BackupError(f"The backup into {self.policy.folder} failed: {exc}") from exc
        log.info("backup (%s) of %s written to %s", self.reason, self.db_file, target)
        rotate(self.policy)
        return target

    def discard(self) -> None:
        """Wait for the copy and remove it: nothing was written, no backup is needed."""
        self._thread.join()
        if not self._done:
            self._done = True
            _remove(self._partial)


def _remove(path: Path) -> None:
    """Remove a half-written copy if there is one; a folder that cannot be written is the
    error already reported."""
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("partial backup %s not removed: %s", path, exc)


def rotate(policy: BackupPolicy) -> list[Path]:
    """Delete all but the newest `keep` backups in the folder; returns what was deleted.

    Only files with our own naming are touched: whatever else is in a shared folder stays.
    Copies left half-written by a process that was killed (`*.partial`) are removed too.
    """
    removed: list[Path] = []
    remove_stale_partials(policy.folder)
    for info in list_backups(policy.folder)[policy.keep :]:
        try:
            file_retry.unlink(info.path)
            removed.append(info.path)
        except OSError as exc:
            log.warning("old backup %s not deleted: %s", info.path, exc)
    return removed


def daily_backup_due(policy: BackupPolicy, today: date | None = None) -> bool:
    """No daily backup yet today (any backup taken today by another reason does not count)."""
    today = today or date.today()
    return not any(
        b.reason == DAILY and b.taken_at.date() == today for b in list_backups(policy.folder)
    )


def daily_backup(
    db_file: Path,
    policy: BackupPolicy,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path | None:
    """The start-up backup: at most one per calendar day, only of a healthy file.

    Returns the copy, or None when one was already taken today or the file is new/empty. A
    damaged file raises BackupError (its copy would push a good backup out of the rotation).
    """
    now = now or datetime.now()
    db_file = Path(db_file)
    if not db_file.is_file() or db_file.stat().st_size == 0:
        return None
    if not daily_backup_due(policy, now.date()):
        return None
    health = check_file(db_file)
    if not health.ok:
        raise BackupError(f"{health.problem} {health.detail}".strip())
    return take_backup(db_file, policy, DAILY, when=now, progress=progress)


# --- listing and previewing ---------------------------------------------------------------------


def parse_name(path: Path) -> tuple[str, datetime] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return match["reason"], taken


def list_backups(folder: Path) -> list[BackupInfo]:
    """Our backups in `folder`, newest first."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found: list[tuple[datetime, int, BackupInfo]] = []
    for path in folder.iterdir():
        parsed = parse_name(path)
        if parsed is None or not path.is_file():
            continue
        match = _NAME.match(path.name)
        n = int(match["n"]) if match and match["n"] else 0
        found.append((parsed[1], n, BackupInfo(path, parsed[0], parsed[1], path.stat().st_size)))
    found.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [t[2] for t in found]


def info_for(path: Path) -> BackupInfo:
    """Details of any backup file (also one chosen by hand, named otherwise)."""
    path = Path(path)
    parsed = parse_name(path)
    if parsed is None:
        parsed = (MANUAL, datetime.fromtimestamp(path.stat().st_mtime))
    return BackupInfo(path, parsed[0], parsed[1], path.stat().st_size)


def preview(path: Path) -> BackupPreview:
    """Date, health and the numbers of organisations, people and activities of a backup."""
    info = info_for(path)
    health = check_file(path)
    if not health.ok:
        return BackupPreview(info, health)
    counts: dict[str, int] = {}
    revision: str | None = None
    try:
        con = _connect_readonly(path)
        try:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            for table in _COUNTED:
                if table in tables:
                    counts[table] = con.execute(
                        f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
                    ).fetchone()[0]
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.Error as exc:
        return BackupPreview(info, Health(False, "The backup cannot be read.", str(exc)))
    if revision is None:
        return BackupPreview(info, Health(False, "The file is not a database of this application."))
    return BackupPreview(
        info,
        health,
        organisations=counts.get("organisation", 0),
        people=counts.get("person", 0),
        activities=counts.get("activity", 0),
        revision=revision,
        counts=counts,
    )


def newest_good_backup(folder: Path) -> BackupPreview | None:
    """The newest backup that passes the check (what to offer after damage)."""
    for info in list_backups(folder):
        candidate = preview(info.path)
        if candidate.health.ok:
            return candidate
    return None


# --- restoring ----------------------------------------------------------------------------------


def maybe_open(db_file: Path) -> bool:
    """Some program may have the database open: its shared-memory file exists (SQLite removes
    it when the last connection closes; a crash leaves it behind)."""
    db_file = Path(db_file)
    return db_file.with_name(db_file.name + "-shm").exists()


# SQLite's unix VFS: every connection that uses the WAL index holds a shared lock on this byte
# of the -shm file (UNIX_SHM_DMS, "dead man switch"); the last one to close removes the files.
_SHM_DMS = 128


def held_by_a_process(db_file: Path) -> bool:
    """Does some process have the database open? A -shm file alone does not say so: a crash
    (or a read-only connection) leaves it behind. Asked of the lock SQLite holds on it.

    Must not be called in a process that has the database open itself (it opens the -shm)."""
    db_file = Path(db_file)
    shm = db_file.with_name(db_file.name + "-shm")
    if not shm.exists():
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        # SQLite opens its files without FILE_SHARE_DELETE: a file in use cannot be renamed.
        probe = shm.with_name(shm.name + ".probe")
        try:
            os.replace(shm, probe)
        except OSError:
            return True
        os.replace(probe, shm)
        return False
    import fcntl
    import struct

    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:
        return True  # cannot even look: assume it is in use
    try:
        if sys.platform == "darwin":  # struct flock: l_start, l_len, l_pid, l_type, l_whence
            layout, fields = "qqihh", (_SHM_DMS, 1, 0, fcntl.F_WRLCK, os.SEEK_SET)
            kind = 3
        else:  # Linux and the BSDs: l_type, l_whence, l_start, l_len, l_pid
            layout, fields = "hhqqi4x", (fcntl.F_WRLCK, os.SEEK_SET, _SHM_DMS, 1, 0)
            kind = 0
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, struct.pack(layout, *fields))
        return bool(struct.unpack(layout, answer)[kind] != fcntl.F_UNLCK)
    except OSError:
        return True
    finally:
        os.close(fd)


def _companions(db_file: Path) -> list[Path]:
    return [db_file.with_name(db_file.name + s) for s in ("-wal", "-shm", "-journal")]


def set_aside(db_file: Path, label: str = "damaged", when: datetime | None = None) -> Path:
    """Rename the file (and its -wal/-shm) to `NAME.LABEL-STAMP`, never deleting anything."""
    db_file = Path(db_file)
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = db_file.with_name(f"{db_file.name}.{label}-{stamp}")
    n = 1
    while target.exists():
        target = db_file.with_name(f"{db_file.name}.{label}-{stamp}-{n}")
        n += 1
    file_retry.replace(db_file, target)
    for companion in _companions(db_file):
        if companion.exists():
            file_retry.replace(
                companion, target.with_name(target.name + companion.name[len(db_file.name) :])
            )
    log.warning("database file %s set aside as %s", db_file, target)
    return target


def _keep_current(db_file: Path, policy: BackupPolicy) -> tuple[Path | None, bool]:
    """Keep the file a restore replaces: (the copy or the file set aside, was it damaged)."""
    if not (db_file.exists() and db_file.stat().st_size > 0):
        for path in _companions(db_file):
            file_retry.unlink(path, missing_ok=True)
        return None, False
    health = check_file(db_file)
    if not health.ok:
        return set_aside(db_file, "damaged"), True
    kept: Path | None
    try:
        # Rotated only after the restore: it might otherwise delete the very backup being
        # restored (the oldest one).
        kept = take_backup(db_file, policy, BEFORE_RESTORE, rotate_after=False)
    except BackupError:
        kept = None
    if kept is None or not kept.exists():
        # Not even a copy could be made: keep the file itself.
        return set_aside(db_file, "replaced"), False
    for path in [db_file, *_companions(db_file)]:
        file_retry.unlink(path, missing_ok=True)
    return kept, False


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_copy: (
        Path | None
    )  # the former file: a before-restore backup, or the damaged file set aside
    damaged: bool


def restore(
    db_file: Path, backup: Path, policy: BackupPolicy, *, progress: Progress | None = None
) -> RestoreResult:
    """Put `backup` in place of `db_file`. Nobody may have the database open meanwhile.

    The current file is kept first: a healthy one as a `before-restore` backup (restoring can
    itself be undone), a damaged one renamed beside itself (never overwritten). The backup is
    checked before anything is touched.
    """
    db_file = Path(db_file)
    backup = Path(backup)
    if not backup.is_file():
        raise BackupError(f"The backup {backup} does not exist.")
    checked = preview(backup)
    if not checked.health.ok:
        raise BackupError(f"The backup {backup.name} cannot be used: {checked.health.problem}")
    try:
        kept, damaged = _keep_current(db_file, policy)
    except OSError as exc:  # held by a virus scanner or a sync client even after retrying
        raise BackupError(
            file_retry.in_use_message(exc)
            if file_retry.held(exc)
            else (f"The current database file could not be set aside: {exc}")
        ) from exc
    try:
        copy_database(backup, db_file, progress)
    except (sqlite3.Error, OSError) as exc:
        if isinstance(exc, OSError) and file_retry.held(exc):
            raise BackupError(file_retry.in_use_message(exc)) from exc
        raise BackupError(f"The backup could not be restored: {exc}") from exc
    log.info("restored %s from %s (former file kept as %s)", db_file, backup, kept)
    rotate(policy)
    return RestoreResult(backup, kept, damaged)
