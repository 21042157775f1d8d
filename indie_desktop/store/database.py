"""Opening a database: the local SQLite file (default) or a shared PostgreSQL server.

`Database` is what the rest of the app holds: an engine, a session factory and a description for
the status bar. Sessions are opened by the services only.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError, ProgrammingError

from indie_desktop.resources import package_path
from indie_desktop.store import backup as backups
from indie_desktop.store import search_index
from indie_desktop.store.backup import BackgroundBackup
from indie_desktop.store.errors import StorageError as StorageError
from indie_desktop.store.storage_place import SHARE, refusal, unsafe_place

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

MIGRATIONS_DIR = package_path("store", "migrations")
DB_FILENAME = "indie.sqlite3"
# The newest migration; a test keeps it equal to Alembic's head. Knowing it here lets an
# up-to-date database open without importing Alembic (~120 ms of every start).
SCHEMA_HEAD = "0016_i19_finish"


class DatabaseDamaged(StorageError):
    """The local database file is damaged (truncated, overwritten, failing its check).

    The file is left as it is; `health` says what is wrong, `path` which file it is.
    """

    def __init__(self, path: Path, health: backups.Health) -> None:
        super().__init__(f"{health.problem} ({path}) {health.detail}".strip())
        self.path = path
        self.health = health


@dataclass
class Database:
    engine: Engine
    description: str
    path: Path | None = None
    # Local file only: where its automatic backups go (before migrations and imports).
    backups: backups.BackupPolicy | None = None
    # Checkpoints a large batch left to a worker thread (see `defer_checkpoint`).
    checkpoints: list[threading.Thread] = field(default_factory=list)
    # A PostgreSQL server set up by `admin init-shared` writes the audit trail itself.
    audit_by_database: bool = False

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        """Made when a service first opens a session: the ORM is imported then, not at start
        (the main window's first page is read with SQLAlchemy Core)."""
        from sqlalchemy.orm import sessionmaker

        info = {"audit_by_database": self.audit_by_database}
        return sessionmaker(self.engine, expire_on_commit=False, info=info)

    @property
    def is_shared(self) -> bool:
        """A PostgreSQL server set up by `admin init-shared`: it enforces the rules itself."""
        return self.audit_by_database

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def take_backup(self, reason: str) -> Path | None:
        """A backup of the local file before a risky step (an import); None for a shared
        database. When nothing changed since the newest backup, that one is returned."""
        if self.path is None or self.backups is None or not self.path.is_file():
            return None
        return backups.backup_unless_unchanged(self.path, self.backups, reason)

    def start_backup(self, reason: str) -> BackgroundBackup | None:
        """`take_backup`, copied in a worker thread while the caller reads (see
        backup.BackgroundBackup): finish() it before writing. None for a shared database, and
        when nothing changed since the newest backup (that one holds the same state)."""
        if self.path is None or self.backups is None or not self.path.is_file():
            return None
        if backups.unchanged_since_backup(self.path, self.backups) is not None:
            return None
        return backups.BackgroundBackup(self.path, self.backups, reason)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one unit of work; commits on success, rolls back on error.

        A shared server that drops the connection raises ConnectionFailed saying why, as far
        as a new connection tells (a login disabled meanwhile: DISABLED)."""
        with self._connection_errors(), self.sessions() as s, s.begin():
            yield s

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A Core connection in one transaction, with the errors of `session()`: for reads
        that must not wait for the ORM to be imported (the main window's first page)."""
        with self._connection_errors(), self.engine.begin() as conn:
            yield conn

    @contextmanager
    def _connection_errors(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as exc:
            state = str(getattr(exc.orig, "sqlstate", None) or "")
            # Connection gone (class 08, 57P: terminated, 28: login refused); not e.g. a
            # serialization failure, which is an OperationalError too.
            gone = exc.connection_invalidated or not state or state.startswith(("08", "57P", "28"))
            if self.is_sqlite or not gone:
                raise
            raise self._lost(exc) from exc

    def _lost(self, exc: OperationalError) -> StorageError:
        from indie_desktop.store.connection_errors import connection_failed

        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except OperationalError as again:
            return connection_failed(again.orig or again)
        return connection_failed(exc.orig or exc)

    def defer_checkpoint(self, s: Session) -> None:
        """A large batch in `s` (an import): its commit leaves the write-ahead log as it is,
        and a worker thread copies the log into the file right after.

        SQLite's automatic checkpoint runs in the committing connection once the log is past
        1,000 pages: after a 10,000-row import that copy took half a second of the user's
        waiting (the commit itself 0.07 s). A passive checkpoint beside whatever comes next
        waits for nobody and nobody waits for it; a later commit that finds it still running
        skips its own. Nothing is less safe: a committed batch is durable in the log."""
        if not self.is_sqlite or self.path is None:
            return
        connection = s.connection()
        connection.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
        connection.info[_DEFERRED_CHECKPOINT] = True  # the pool record's: see _checked_in

    def _checked_in(self, dbapi_connection: Any, record: Any) -> None:
        """Pool event: a connection is back; after a deferred checkpoint its automatic one is
        switched on again and the log copied in a worker thread."""
        if not record.info.pop(_DEFERRED_CHECKPOINT, False):
            return
        try:
            dbapi_connection.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT}")
        except sqlite3.Error:  # pragma: no cover - a connection that broke is not reused
            record.invalidate()
        self.checkpoints = [t for t in self.checkpoints if t.is_alive()]
        worker = threading.Thread(target=self._checkpoint, name="indie-checkpoint", daemon=True)
        self.checkpoints.append(worker)
        worker.start()

    def _checkpoint(self) -> None:
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        except Exception as exc:  # the next automatic checkpoint does it then
            log.warning("checkpoint after a large batch failed: %s", exc)

    def dispose(self) -> None:
        for worker in self.checkpoints:
            worker.join()
        self.engine.dispose()


_DEFERRED_CHECKPOINT = "indie_deferred_checkpoint"
WAL_AUTOCHECKPOINT = 1000  # pages: SQLite's default, set again after a deferred checkpoint


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The search index triggers fold text through this (see store/search_index.py).
    dbapi_connection.create_function(
        search_index.FOLD_FUNCTION, -1, search_index.fold_parts, deterministic=True
    )
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT}")
    cur.close()


def is_network_path(path: Path) -> bool:
    """SQLite over SMB/NFS corrupts files; detect UNC paths and mapped network drives."""
    return unsafe_place(path) == SHARE


def alembic_config(connection: Any = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest revision as Alembic's scripts say (slow: reads every migration script)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database; None for an empty database."""
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError) as exc:
        if "alembic_version" in str(exc):
            return None
        raise


def migrate(engine: Engine) -> None:
    """Bring the schema up to the newest revision (idempotent)."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite file through the backup API (safe under WAL)."""
    return backups.copy_database(source, target)


def open_local(
    data_dir: Path, policy: backups.BackupPolicy | None = None, *, check: bool = True
) -> Database:
    """Open (creating and migrating as needed) the local database file in `data_dir`.

    Before a migration changes an existing file, a backup is kept (in `policy`'s folder, by
    default `data_dir/backups`). `check` looks at the file's header and size first (cheap): a
    truncated or overwritten file raises DatabaseDamaged and is left untouched. The full
    `PRAGMA integrity_check` reads the whole file, so the app runs it in the background
    after start (backup.check_file).
    """
    data_dir = Path(data_dir)
    place = unsafe_place(data_dir.absolute())
    if place is not None:
        raise StorageError(refusal(place))
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"The data folder {data_dir} cannot be created: {exc}") from exc
    path = data_dir / DB_FILENAME
    policy = policy or backups.BackupPolicy.for_data_dir(data_dir)
    # Copies left half-written by a killed import, backup or restore (full-size files).
    for folder in (data_dir, policy.folder):
        backups.remove_stale_partials(folder)
    if check:
        health = backups.check_file(path, full=False)
        if not health.ok:
            raise DatabaseDamaged(path, health)
        emptied = backups.emptied_beside_backups(path, policy)
        if emptied is not None:
            # Not a first start: a new database here would greet the user with the first-run
            # dialog and, a day later, push the good backups out of the rotation.
            raise DatabaseDamaged(path, emptied)
    existed = path.exists() and path.stat().st_size > 0
    # URL.create keeps the path as it is: in "sqlite:///..." a `?` or `#` would cut it.
    engine = create_engine(URL.create("sqlite", database=str(path)), future=True)
    event.listen(engine, "connect", _sqlite_pragmas)
    try:
        current = current_revision(engine)
        if current != SCHEMA_HEAD:
            if existed:
                copy = backups.take_backup(path, policy, backups.BEFORE_MIGRATION)
                log.info("copied %s to %s before migrating from %s", path, copy, current)
            migrate(engine)
            if existed:
                # A batch migration copies tables (new rowids, triggers dropped): rebuild.
                with engine.begin() as conn:
                    search_index.rebuild_sqlite(conn)
    except backups.BackupError as exc:
        engine.dispose()
        raise StorageError(f"No backup could be taken before updating the database: {exc}") from exc
    except sqlite3.DatabaseError as exc:  # pragma: no cover - depends on a damaged file
        engine.dispose()
        raise DatabaseDamaged(
            path, backups.Health(False, "The database file cannot be read.", str(exc))
        ) from exc
    except Exception as exc:
        engine.dispose()
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise DatabaseDamaged(
                path, backups.Health(False, "The file is not a usable database.", str(exc))
            ) from exc
        raise
    db = Database(
        engine=engine,
        description=str(path),
        path=path,
        backups=policy,
    )
    event.listen(engine, "checkin", db._checked_in)
    return db


def open_url(
    url: str | URL, *, password: str | None = None, run_migrations: bool = False
) -> Database:
    """Open a shared database by URL (postgresql://login@host:port/db).

    Without a password in the URL or argument, libpq's PGPASSWORD/.pgpass apply. Connects once
    to find out whether the database writes the audit trail itself (shared mode); a failure
    to connect raises ConnectionFailed (a StorageError) with the kind of the problem.
    """
    u = make_url(url)
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    if password is not None:
        u = u.set(password=password)
    is_pg = u.get_backend_name() == "postgresql"
    connect_args = {"connect_timeout": 10} if is_pg else {}
    engine = create_engine(u, pool_pre_ping=True, future=True, connect_args=connect_args)
    if not is_pg:
        event.listen(engine, "connect", _sqlite_pragmas)
    audit_by_database = False
    if is_pg:
        from indie_desktop.store.connection_errors import connection_failed

        try:
            if run_migrations:
                migrate(engine)
            with engine.connect() as conn:
                audit_by_database = bool(
                    conn.execute(text("SELECT to_regprocedure('indie_audit_row()')")).scalar()
                )
        except OperationalError as exc:
            engine.dispose()
            raise connection_failed(exc.orig or exc) from exc
    elif run_migrations:
        migrate(engine)
    shown = u.render_as_string(hide_password=True).replace("+psycopg", "").replace(":***", "")
    return Database(engine=engine, description=shown, audit_by_database=audit_by_database)


__all__ = [
    "DB_FILENAME",
    "Database",
    "DatabaseDamaged",
    "StorageError",
    "backup_sqlite",
    "is_network_path",
    "migrate",
    "open_local",
    "open_url",
]
