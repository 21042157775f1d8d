"""The laptop's side of sync: an SQLite replica with change capture in triggers.

Capture: after every insert/update/delete of a syncable row a trigger notes (table, id) in
`sync_change` (one entry per row, the first change's order is kept: parents before children).
Before the first local update or delete of a row, another trigger keeps the row as it was in
`sync_base`: the base of the three-way merge. No base row means the replica's row is exactly
what the server last sent. While sync itself writes, capture is switched off (`sync_meta`
key `capture`, inside the same transaction, so no other writer ever sees it off).

Triggers, not ORM events: bulk updates, imports and migrations go around the ORM.
Foreign keys are not enforced on the sync connection: row-level security may hide the
parent of a visible row (an activity linking a company private to another institution).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from indie_desktop.store import search_index
from indie_desktop.store.database import DB_FILENAME
from indie_desktop.sync.columns import DERIVED, META, TableInfo, dumps, loads, same, tables

Row = dict[str, Any]
BUSY_MS = 30000  # how long the sync connection waits for another writer


@dataclass
class Op:
    """One upload: the row as it is here (`mine`, None if purged) and its base."""

    op_id: str
    tbl: str
    row_id: str
    mine: Row | None
    base: Row | None
    stamp: str


@dataclass
class OpResult:
    """What the server made of an upload: its row now, and the fields in conflict."""

    row: Row | None
    kind: str | None = None  # None, "fields", "edit_delete", "delete_edit", "gone", "rejected"
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    merged: bool = False  # some of mine went in beside others' changes
    message: str = ""


def connect(path: Path) -> sqlite3.Connection:
    """The sync connection: explicit transactions, search fold registered, no FK checks."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=30, check_same_thread=False)
    conn.create_function(
        search_index.FOLD_FUNCTION, -1, search_index.fold_parts, deterministic=True
    )
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"PRAGMA busy_timeout={BUSY_MS}")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("PRAGMA synchronous=NORMAL")
    # What sync deletes or overwrites is zeroed in the file: an erasure done on the server
    # must leave no old bytes of the person here (sync.erasure scrubs the rest).
    conn.execute("PRAGMA secure_delete=ON")
    return conn


def _base_json(info: TableInfo, alias: str) -> str:
    parts = []
    for col, kind in zip(info.columns, info.kinds, strict=True):
        value = f"{alias}.{col}"
        if kind == "bytes":
            value = (
                f"json(CASE WHEN {value} IS NULL THEN NULL "
                f"ELSE json_object('$hex', hex({value})) END)"
            )
        parts.append(f"'{col}', {value}")
    return f"json_object({', '.join(parts)})"


_CAPTURING = "(SELECT value FROM sync_meta WHERE key = 'capture') = 'on'"


def capture_ddl(info: TableInfo) -> list[str]:
    t = info.name
    not_new = (
        f"NOT EXISTS (SELECT 1 FROM sync_change WHERE tbl = '{t}' AND row_id = old.id AND op = 'i')"
    )
    stmts = []
    for event, ref, op in (("INSERT", "new", "i"), ("UPDATE", "new", "u"), ("DELETE", "old", "d")):
        stmts.append(
            f"CREATE TRIGGER IF NOT EXISTS sync_log_{t}_{op} AFTER {event} ON {t} "
            f"WHEN {_CAPTURING} BEGIN "
            "INSERT OR IGNORE INTO sync_change (tbl, row_id, op) "
            f"VALUES ('{t}', {ref}.id, '{op}'); END"
        )
    for event, op in (("UPDATE", "u"), ("DELETE", "d")):
        stmts.append(
            f"CREATE TRIGGER IF NOT EXISTS sync_base_{t}_{op} BEFORE {event} ON {t} "
            f"WHEN {_CAPTURING} AND {not_new} BEGIN "
            f"INSERT OR IGNORE INTO sync_base (tbl, row_id, data) "
            f"VALUES ('{t}', old.id, {_base_json(info, 'old')}); END"
        )
    return stmts


def now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")


class Replica:
    """An offline replica file (the app opens the same file as its local database)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / DB_FILENAME
        self.conn = connect(self.path)

    @cached_property
    def tables(self) -> dict[str, TableInfo]:
        """The syncable tables, worked out on first use: the status bar opens every local
        file at start to ask whether it is a replica, which needs only `sync_meta`."""
        return tables()

    def close(self) -> None:
        self.conn.close()

    # --- state ----------------------------------------------------------------------------

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM sync_meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO sync_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    @property
    def is_replica(self) -> bool:
        return self.meta("server_url") is not None

    def unsynced(self) -> int:
        """Records changed here and not yet confirmed by the server."""
        return int(
            self.conn.execute(
                "SELECT count(*) FROM (SELECT tbl, row_id FROM sync_change "
                "UNION SELECT tbl, row_id FROM sync_outbox)"
            ).fetchone()[0]
        )

    def open_conflicts(self) -> int:
        return int(
            self.conn.execute(
                "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL"
            ).fetchone()[0]
        )

    @contextmanager
    def transaction(self, capture: bool = True) -> Iterator[sqlite3.Connection]:
        """One write transaction; with capture=False the writes are not logged as changes."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            if not capture:
                self.set_meta("capture", "off")
            yield self.conn
            if not capture:
                self.set_meta("capture", "on")
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def install_capture(self) -> None:
        """Create the capture triggers (idempotent; again after a migration copied a table)."""
        with self.transaction(capture=False):
            for info in self.tables.values():
                for stmt in capture_ddl(info):
                    self.conn.execute(stmt)

    # --- rows -----------------------------------------------------------------------------

    def read_row(self, tbl: str, row_id: str) -> Row | None:
        info = self.tables[tbl]
        row = self.conn.execute(
            f"SELECT {', '.join(info.columns)} FROM {tbl} WHERE id = ?", (row_id,)
        ).fetchone()
        return None if row is None else dict(zip(info.columns, row, strict=True))

    def write_row(self, tbl: str, row: Row, local: Row | None = None) -> None:
        """Make the replica's row equal `row`; with the current row (`local`) given, only the
        columns that differ are written (the search index is then only touched if a
        searched column changed)."""
        info = self.tables[tbl]
        if local is not None:
            changed = [c for c in info.columns if c != "id" and not same(local.get(c), row.get(c))]
            if changed:
                sets = ", ".join(f"{c} = ?" for c in changed)
                self.conn.execute(
                    f"UPDATE {tbl} SET {sets} WHERE id = ?",
                    [*(row.get(c) for c in changed), row["id"]],
                )
            return
        cols = ", ".join(info.columns)
        marks = ", ".join("?" for _ in info.columns)
        sets = ", ".join(f"{c} = excluded.{c}" for c in info.columns if c != "id")
        self.conn.execute(
            f"INSERT INTO {tbl} ({cols}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {sets}",
            [row.get(c) for c in info.columns],
        )

    def delete_row(self, tbl: str, row_id: str) -> None:
        self.conn.execute(f"DELETE FROM {tbl} WHERE id = ?", (row_id,))

    def base(self, tbl: str, row_id: str) -> Row | None:
        row = self.conn.execute(
            "SELECT data FROM sync_base WHERE tbl = ? AND row_id = ?", (tbl, row_id)
        ).fetchone()
        return None if row is None else loads(row[0])

    def set_base(self, tbl: str, row_id: str, data: Row) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO sync_base (tbl, row_id, data) VALUES (?, ?, ?)",
            (tbl, row_id, dumps(data)),
        )

    def drop_base(self, tbl: str, row_id: str) -> None:
        self.conn.execute("DELETE FROM sync_base WHERE tbl = ? AND row_id = ?", (tbl, row_id))

    def changed_here(self, tbl: str, row_id: str) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM sync_change WHERE tbl = ? AND row_id = ?", (tbl, row_id)
            ).fetchone()
            is not None
        )

    def pending(self, tbl: str, row_id: str) -> bool:
        """Changed here and not yet confirmed: a pull leaves the row to the next upload."""
        return self.changed_here(tbl, row_id) or (
            self.conn.execute(
                "SELECT 1 FROM sync_outbox WHERE tbl = ? AND row_id = ?", (tbl, row_id)
            ).fetchone()
            is not None
        )

    # --- upload ---------------------------------------------------------------------------

    def outbox(self) -> list[Op]:
        rows = self.conn.execute(
            "SELECT op_id, tbl, row_id, mine, base, stamp FROM sync_outbox ORDER BY seq"
        ).fetchall()
        return [Op(r[0], r[1], r[2], loads(r[3]), loads(r[4]), r[5]) for r in rows]

    def fill_outbox(self, stamp: Any) -> int:
        """Turn the change log into uploads with stable ids (only when the outbox is empty:
        an unconfirmed batch is always sent again first, unchanged)."""
        with self.transaction(capture=False):
            if self.conn.execute("SELECT 1 FROM sync_outbox").fetchone():
                return 0
            changes = self.conn.execute(
                "SELECT tbl, row_id, op FROM sync_change ORDER BY seq"
            ).fetchall()
            count = 0
            for tbl, row_id, op in changes:
                if tbl not in self.tables:
                    continue
                mine = self.read_row(tbl, row_id)
                base = self.base(tbl, row_id)
                if mine is None and (base is None or op == "i"):
                    continue  # made and purged here: the server never knew it
                self.conn.execute(
                    "INSERT INTO sync_outbox (op_id, tbl, row_id, mine, base, stamp) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        str(uuid.uuid4()),
                        tbl,
                        row_id,
                        None if mine is None else dumps(mine),
                        None if base is None else dumps(base),
                        stamp(),
                    ),
                )
                count += 1
            self.conn.execute("DELETE FROM sync_change")
            return count

    def apply_results(self, ops: Sequence[Op], results: Sequence[OpResult]) -> None:
        """After the server's commit: take its rows in, keep conflicts, drop the uploads."""
        with self.transaction(capture=False):
            for op, res in zip(ops, results, strict=True):
                newer = self.changed_here(op.tbl, op.row_id)
                if res.row is None:
                    local = self.read_row(op.tbl, op.row_id)
                    if newer and local is not None:
                        self._add_conflict(op.tbl, op.row_id, "gone", _all_fields(local, None))
                        self.conn.execute(
                            "DELETE FROM sync_change WHERE tbl = ? AND row_id = ?",
                            (op.tbl, op.row_id),
                        )
                    self.delete_row(op.tbl, op.row_id)
                    self.drop_base(op.tbl, op.row_id)
                elif not newer:
                    self.write_row(op.tbl, res.row, self.read_row(op.tbl, op.row_id))
                    self.drop_base(op.tbl, op.row_id)
                else:
                    # Edited again meanwhile: keep those edits on top of the server's row.
                    local = self.read_row(op.tbl, op.row_id) or {}
                    mine = op.mine or {}
                    merged = dict(res.row)
                    for col in self.tables[op.tbl].fields():
                        if col in local and not same(local[col], mine.get(col)):
                            merged[col] = local[col]
                    self.write_row(op.tbl, merged, local or None)
                    self.set_base(op.tbl, op.row_id, res.row)
                if res.kind is not None:
                    self._add_conflict(op.tbl, op.row_id, res.kind, res.fields)
                self.conn.execute("DELETE FROM sync_outbox WHERE op_id = ?", (op.op_id,))

    def _add_conflict(
        self, tbl: str, row_id: str, kind: str, fields: dict[str, dict[str, Any]]
    ) -> None:
        self.conn.execute(
            "INSERT INTO sync_conflict (tbl, row_id, kind, fields, detected_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (tbl, row_id, kind, dumps(fields), now_text()),
        )

    # --- download -------------------------------------------------------------------------

    def apply_pulled(self, rows: Sequence[tuple[str, str, Row | None]]) -> int:
        """Server rows (None: gone or no longer visible) into the replica; the number that
        changed something here. Rows with local changes wait for their upload."""
        changed = 0
        with self.transaction(capture=False):
            for tbl, row_id, row in rows:
                if tbl not in self.tables or self.pending(tbl, row_id):
                    continue
                local = self.read_row(tbl, row_id)
                if row is None:
                    if local is not None:
                        self.delete_row(tbl, row_id)
                        changed += 1
                    self.drop_base(tbl, row_id)
                    continue
                if local is None or any(not same(local.get(c), row[c]) for c in row):
                    self.write_row(tbl, row, local)
                    changed += 1
                self.drop_base(tbl, row_id)
        return changed


def _all_fields(mine: Row | None, theirs: Row | None) -> dict[str, dict[str, Any]]:
    cols = [c for c in (mine or theirs or {}) if c not in META and c not in DERIVED]
    return {
        c: {
            "base": None,
            "mine": None if mine is None else mine.get(c),
            "theirs": None if theirs is None else theirs.get(c),
        }
        for c in cols
    }
