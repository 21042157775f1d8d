"""Taking a database offline and synchronising it: the use cases behind the CLI and the UI.

`offline_init` makes a replica by bulk snapshot under the user's own login; `synchronise`
uploads (push) and then downloads (pull). Order of durability, so that a cut connection or a
killed process resumes without loss or duplicates:

1. the change log becomes an outbox with stable operation ids (local commit);
2. each outbox batch is applied on the server in one transaction with receipts (server
   commit); only then are the server's rows taken in and the batch dropped (local commit);
   a batch sent again after a crash meets its receipts and is not applied twice;
3. the pull applies rows (idempotent: a row equal to what is here changes nothing) and moves
   the cursor only in the last local commit, after every row is in.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from queue import Queue
from typing import Any

import psycopg
from psycopg import IsolationLevel
from sqlalchemy.engine import make_url

from indie_desktop.domain.errors import Cancelled
from indie_desktop.store import search_index
from indie_desktop.store.database import SCHEMA_HEAD, StorageError, open_local
from indie_desktop.sync import erasure, server
from indie_desktop.sync.hlc import MAX_SKEW_MS, HybridClock
from indie_desktop.sync.replica import Replica, capture_ddl

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
LOCAL_STAFF_KEY = "local_staff_id"  # as services.directory (the replica's user)


class SyncError(StorageError):
    """Sync cannot run; the message is meant for the user."""


class SchemaMismatch(SyncError):
    """Replica and server are on different schema revisions."""


class ReplicaTooOld(SyncError):
    """The server pruned changes this offline copy has not read yet (not synchronised for
    longer than the server keeps its change feed for absent laptops)."""


TOO_OLD = (
    "This offline copy was not synchronised for too long: the server no longer keeps every "
    "change since then. Your own changes were uploaded. Make a new offline copy in an empty "
    "folder."
)


@dataclass
class InitSummary:
    rows: int
    seconds: float
    tables: dict[str, int] = field(default_factory=dict)

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0


@dataclass
class SyncSummary:
    sent: int = 0
    received: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0
    clock_offset_s: float = 0.0
    seconds: float = 0.0
    # Art. 17 erasures done on the server that reached data still held here (sync.erasure):
    discarded: int = 0  # local changes (and conflicts) of their records dropped, not uploaded
    redacted: int = 0  # pending texts of other records whose mentions became [entfernt]
    erased_ids: set[str] = field(default_factory=set)
    # Backup copies of this laptop's file that still hold one of those persons (they go as
    # the backups rotate; the sync names them, as the local erasure does).
    backups_with_erased: list[Path] = field(default_factory=list)

    @property
    def erased_persons(self) -> int:
        return len(self.erased_ids)

    def count_erasure(self, outcome: erasure.ErasureOutcome) -> None:
        self.discarded += outcome.discarded
        self.redacted += outcome.redacted
        self.erased_ids |= outcome.person_ids

    @property
    def clock_warning(self) -> bool:
        return abs(self.clock_offset_s) * 1000 > MAX_SKEW_MS


@dataclass
class SyncOptions:
    password: str | None = None
    batch_size: int = 500
    progress: Progress | None = None
    cancelled: Callable[[], bool] | None = None
    hook: server.Hook | None = None  # fault injection in tests: raise at a named step
    clock: Callable[[], float] = time.time


def without_password(url: str) -> str:
    """The URL to remember: the password lives in the keyring only."""
    u = make_url(url)
    return u._replace(password=None).render_as_string(hide_password=False)


def _conninfo(url: str, password: str | None) -> str:
    u = make_url(url).set(drivername="postgresql")
    if password is not None:
        u = u.set(password=password)
    elif u.password is None and not os.environ.get("PGPASSWORD"):
        from indie_desktop.store.credentials import CredentialStore
        from indie_desktop.store.shared_open import url_account

        found = CredentialStore().get(url_account(url))
        if found:
            u = u.set(password=found)
    return u.render_as_string(hide_password=False)


def _connect(url: str, password: str | None) -> psycopg.Connection[Any]:
    try:
        return psycopg.connect(_conninfo(url, password), connect_timeout=10, autocommit=True)
    except psycopg.OperationalError as exc:
        from indie_desktop.store.connection_errors import connection_failed

        raise connection_failed(exc) from exc


def _check_schema(conn: psycopg.Connection[Any]) -> None:
    try:
        with conn.transaction():
            server.check_schema(conn, SCHEMA_HEAD)
    except psycopg.errors.FeatureNotSupported as exc:
        raise SchemaMismatch(_mismatch_text(str(exc))) from exc
    except psycopg.errors.UndefinedFunction as exc:
        raise SyncError(
            "The server is not set up for offline replicas: an administrator must run "
            "indie-desktop admin init-shared."
        ) from exc


def _mismatch_text(message: str) -> str:
    server_rev = message.split("server ", 1)[-1].split(",", 1)[0].strip()
    if server_rev not in _known_revisions():
        return (
            f"The server's database is newer ({server_rev}) than this program ({SCHEMA_HEAD}): "
            "update In|Die Desktop on this computer before syncing. Your unsynced changes are "
            "kept."
        )
    return (
        f"The server's database ({server_rev}) is older than this program ({SCHEMA_HEAD}): "
        "an administrator must update it (indie-desktop admin init-shared) before syncing."
    )


def _known_revisions() -> set[str]:
    """Every schema revision this program ships (a server on one it does not know is newer)."""
    from alembic.script import ScriptDirectory

    from indie_desktop.store.database import alembic_config

    return {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def offline_init(
    data_dir: Path,
    url: str,
    *,
    pack: Sequence[str] | None = None,
    password: str | None = None,
    progress: Progress | None = None,
) -> InitSummary:
    """A new replica in `data_dir` from the server at `url` (everything the login may see, or
    a visit pack of organisations given by id or exact name)."""
    started = time.perf_counter()
    db = open_local(data_dir)  # creates the file with the full schema (migrations)
    db.dispose()
    replica = Replica(data_dir)
    try:
        if replica.is_replica:
            raise SyncError(f"{data_dir} already holds a replica: use sync.")
        if replica.conn.execute("SELECT 1 FROM organisation LIMIT 1").fetchone():
            raise SyncError(
                f"{data_dir} already holds a database with records; choose an empty folder."
            )
        conn = _connect(url, password)
        try:
            _check_schema(conn)
            conn.isolation_level = IsolationLevel.REPEATABLE_READ
            with conn.transaction():
                staff = server.current_staff(conn)
                if staff is None:
                    raise SyncError("This login belongs to no active staff member.")
                org_ids = None
                if pack is not None:
                    try:
                        org_ids = server.find_organisations(conn, pack)
                    except LookupError as exc:
                        raise SyncError(f"No organisation {exc.args[0]!r} found.") from exc
                cursor, chunks = server.snapshot(conn, org_ids)
                replica_id = uuid.uuid4().hex
                server.report_cursor(conn, replica_id, cursor)

                def remember() -> None:
                    # In the load's own transaction: a replica is complete or not there.
                    for info in replica.tables.values():
                        for stmt in capture_ddl(info):
                            replica.conn.execute(stmt)
                    replica.set_meta("server_url", without_password(url))
                    replica.set_meta("cursor", cursor)
                    replica.set_meta("replica_id", replica_id)
                    replica.set_meta("scope", "pack" if pack is not None else "all")
                    replica.set_meta("hlc", str(HybridClock()))
                    replica.conn.execute(
                        "INSERT OR REPLACE INTO app_setting (key, value) VALUES (?, ?)",
                        (LOCAL_STAFF_KEY, str(uuid.UUID(staff))),
                    )

                summary = _load(replica, chunks, progress, remember)
        finally:
            conn.close()
    finally:
        replica.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _load(
    replica: Replica, chunks: Any, progress: Progress | None, finish: Callable[[], None]
) -> InitSummary:
    """Rows into SQLite with search triggers and secondary indexes off.

    A second thread fetches the next chunk from the server and folds the searched text
    (rowids are given explicitly, so the index rows can be made there) while this one
    inserts: both drivers release the GIL while they wait or write. Indexes are built once
    at the end (a sorted build beats random inserts), then the triggers come back.
    """
    summary = InitSummary(0, 0.0)
    conn = replica.conn
    queue: Queue[Any] = Queue(maxsize=8)
    done = object()
    searched: dict[str, list[search_index.SearchSource]] = {}
    for source in search_index.SQLITE_SOURCES:  # word index, and trigrams for organisations
        searched.setdefault(source.table, []).append(source)

    def fetch() -> None:
        try:
            counters: dict[str, int] = {}
            for info, rows in chunks:
                first = counters.get(info.name, 0) + 1
                numbered = [(first + i, *row) for i, row in enumerate(rows)]
                counters[info.name] = first + len(rows) - 1
                queue.put((info, numbered))
                folded: dict[tuple[str, ...], list[tuple[int, str]]] = {}
                for source in searched.get(info.name, []):
                    if source.fields not in folded:
                        at = [1 + info.columns.index(f) for f in source.fields]
                        deleted = 1 + info.columns.index("deleted_at")
                        folded[source.fields] = [
                            (r[0], search_index.fold_parts(*(r[k] for k in at)))
                            for r in numbered
                            if r[deleted] is None
                        ]
                    queue.put((source, folded[source.fields]))
        except BaseException as exc:  # handed to the loading thread, raised there
            queue.put(exc)
        else:
            queue.put(done)

    conn.execute("PRAGMA cache_size = -262144")  # 256 MB for the load
    with replica.transaction(capture=False):
        for source in search_index.SQLITE_SOURCES:
            for stmt in (*search_index.sqlite_drop(source), search_index.sqlite_ddl(source)[0]):
                conn.execute(stmt)
        for info in replica.tables.values():
            conn.execute(f"DELETE FROM {info.name}")
        names = ", ".join(f"'{t}'" for t in replica.tables)
        indexes = conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({names})"
        ).fetchall()
        for name, _sql in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        fetcher = threading.Thread(target=fetch, name="snapshot-fetch", daemon=True)
        fetcher.start()
        while (item := queue.get()) is not done:
            if isinstance(item, BaseException):
                raise item
            target, rows = item
            if isinstance(target, search_index.SearchSource):
                conn.executemany(f"INSERT INTO {target.fts} (rowid, body) VALUES (?, ?)", rows)
                continue
            marks = ", ".join("?" for _ in range(len(target.columns) + 1))
            conn.executemany(
                f"INSERT INTO {target.name} (rowid, {', '.join(target.columns)}) VALUES ({marks})",
                rows,
            )
            summary.rows += len(rows)
            summary.tables[target.name] = summary.tables.get(target.name, 0) + len(rows)
            if progress:
                progress(target.name, summary.rows, 0)
        fetcher.join()
        for _name, sql in indexes:
            conn.execute(sql)
        for source in search_index.SQLITE_SOURCES:
            for stmt in search_index.sqlite_ddl(source)[1:]:
                conn.execute(stmt)
        finish()
    conn.execute("PRAGMA cache_size = -2000")
    return summary


def synchronise(data_dir: Path, options: SyncOptions | None = None) -> SyncSummary:
    """Upload local changes, then download the others'; a summary of what happened."""
    opts = options or SyncOptions()
    hook = opts.hook or server._noop
    started = time.perf_counter()
    summary = SyncSummary()
    replica = Replica(data_dir)
    try:
        url = replica.meta("server_url")
        if url is None:
            raise SyncError(f"{data_dir} is not an offline replica: run offline init first.")
        replica.install_capture()
        conn = _connect(url, opts.password)
        try:
            _check_schema(conn)
            server_ms = server_time_ms(conn)
            summary.clock_offset_s = (opts.clock() * 1000 - server_ms) / 1000
            clock = HybridClock.parse(replica.meta("hlc"), opts.clock)
            clock.observe(min(server_ms, int(opts.clock() * 1000) + MAX_SKEW_MS))
            # A pulled erasure wins: what this laptop still holds of an erased person is
            # dropped or redacted before anything is uploaded.
            summary.count_erasure(
                erasure.erasures_before_push(replica, conn, replica.meta("cursor") or "0")
            )
            _push(replica, conn, clock, opts, hook, summary)
            _pull(replica, conn, opts, hook, summary)
            _report_and_prune(replica, conn)
        except psycopg.OperationalError as exc:
            raise SyncError(f"The connection to the server broke off: {exc}") from exc
        finally:
            conn.close()
        erasure.scrub_if_needed(replica)
    finally:
        replica.close()
    if summary.erased_ids:
        summary.backups_with_erased = erasure.backups_holding(data_dir, summary.erased_ids)
    summary.seconds = time.perf_counter() - started
    return summary


def _report_and_prune(replica: Replica, conn: psycopg.Connection[Any]) -> None:
    """The server learns how far this laptop has read, and drops what every laptop has read
    (at most hourly); a failure here costs nothing of the sync."""
    replica_id = replica.meta("replica_id")
    if replica_id is None:  # an offline copy made before laptops reported their cursors
        replica_id = uuid.uuid4().hex
        with replica.transaction(capture=False):
            replica.set_meta("replica_id", replica_id)
    conn.isolation_level = IsolationLevel.READ_COMMITTED
    server.report_cursor(conn, replica_id, replica.meta("cursor") or "0")
    try:
        server.prune(conn)
    except psycopg.Error as exc:  # another laptop pruning at the same moment, a lock timeout
        log.info("sync pruning skipped: %s", exc)


def server_time_ms(conn: psycopg.Connection[Any]) -> int:
    with conn.transaction():
        return server.server_time_ms(conn)


def _push(
    replica: Replica,
    conn: psycopg.Connection[Any],
    clock: HybridClock,
    opts: SyncOptions,
    hook: server.Hook,
    summary: SyncSummary,
) -> None:
    conn.isolation_level = IsolationLevel.READ_COMMITTED
    while True:
        ops = replica.outbox()
        if not ops:
            if not replica.fill_outbox(clock.now):
                break
            with replica.transaction(capture=False):
                replica.set_meta("hlc", str(clock))
            ops = replica.outbox()
        total = len(ops)
        for start in range(0, total, opts.batch_size):
            if opts.cancelled and opts.cancelled():
                raise Cancelled("Sync cancelled; it continues where it stopped next time.")
            batch = ops[start : start + opts.batch_size]
            results = server.push(conn, batch, SCHEMA_HEAD, hook)
            replica.apply_results(batch, results)
            for res in results:
                summary.sent += 1
                summary.merged += int(res.merged)
                if res.kind is not None:
                    summary.conflicts += 1
                    summary.rejected += int(res.kind == "rejected")
            if opts.progress:
                opts.progress("upload", min(start + len(batch), total), total)


PACK_PARENTS = {
    "organisation_id": "organisation",
    "person_id": "person",
    "need_id": "need",
    "referral_id": "referral",
    "activity_id": "activity",
}


def _in_pack(replica: Replica, entry: tuple[str, str, Any], me: str) -> bool:
    """A visit pack takes changes of the records it holds, and new records that belong to
    them (a need of a packed company, a person's new affiliation), the directory, and the
    user's own tasks."""
    tbl, row_id, row = entry
    if replica.read_row(tbl, row_id) is not None:
        return True
    if row is None:
        return False
    if tbl in ("institution", "staff", "tag"):
        return True
    if tbl == "task":
        return bool(row.get("assignee_id") == me and not row.get("done"))
    return any(
        row.get(col) and replica.read_row(parent, row[col]) is not None
        for col, parent in PACK_PARENTS.items()
    )


def _pull(
    replica: Replica,
    conn: psycopg.Connection[Any],
    opts: SyncOptions,
    hook: server.Hook,
    summary: SyncSummary,
) -> None:
    conn.isolation_level = IsolationLevel.REPEATABLE_READ
    cursor = replica.meta("cursor") or "0"
    pack = replica.meta("scope") == "pack"
    row = replica.conn.execute(
        "SELECT value FROM app_setting WHERE key = ?", (LOCAL_STAFF_KEY,)
    ).fetchone()
    me = uuid.UUID(row[0]).hex if row else ""
    with conn.transaction():
        if cursor != "0" and server.too_old(conn, cursor):
            raise ReplicaTooOld(TOO_OLD)
        snapshot, chunks = server.pull(conn, cursor)
        done = 0
        for rows in chunks:
            if opts.cancelled and opts.cancelled():
                raise Cancelled("Sync cancelled; it continues where it stopped next time.")
            if pack:
                rows = [r for r in rows if _in_pack(replica, r, me)]
            erased = erasure.note_pulled(replica, rows)
            summary.received += replica.apply_pulled(rows)
            if erased:  # an erasure committed while this laptop uploaded
                summary.count_erasure(
                    erasure.apply_erasures(replica, conn, dict.fromkeys(erased, True), erased)
                )
            done += len(rows)
            hook("mid_download", conn)
            if opts.progress:
                opts.progress("download", done, 0)
    hook("before_cursor", conn)
    with replica.transaction(capture=False):
        replica.set_meta("cursor", snapshot)
