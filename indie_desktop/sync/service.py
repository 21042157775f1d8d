"""What the UI asks of a replica: its state, a sync, the conflict list and decisions.

A conflict is decided per field: keep the server's value ("theirs"), take this laptop's
("mine") or an edited value. A decision is an ordinary local change (captured by the
triggers), so the next sync uploads it against the server row it was decided on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from indie_desktop.domain.record_keys import keys_of_row
from indie_desktop.store.database import DB_FILENAME
from indie_desktop.sync.columns import DERIVED, loads, tables
from indie_desktop.sync.replica import Replica, now_text

if TYPE_CHECKING:  # the engine pulls in psycopg: imported when a sync runs, not at start
    from indie_desktop.sync.engine import SyncOptions, SyncSummary

MINE, THEIRS, EDITED = "mine", "theirs", "edited"
LABEL_COLUMNS = ("name", "topic", "title", "subject", "last_name")


@dataclass(frozen=True)
class SyncStatus:
    is_replica: bool
    unsynced: int = 0
    conflicts: int = 0
    server: str = ""


@dataclass(frozen=True)
class FieldConflictView:
    field: str
    base: Any
    mine: Any
    theirs: Any
    editable: bool  # free text: an edited value may be typed


@dataclass(frozen=True)
class ConflictView:
    id: int
    table: str
    row_id: str
    kind: str
    label: str
    fields: tuple[FieldConflictView, ...]
    row_exists: bool


class ReplicaService:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)

    def _open(self) -> Replica | None:
        if not (self.data_dir / DB_FILENAME).exists():
            return None
        return Replica(self.data_dir)

    def status(self) -> SyncStatus:
        replica = self._open()
        if replica is None:
            return SyncStatus(False)
        try:
            url = replica.meta("server_url")
            if url is None:
                return SyncStatus(False)
            return SyncStatus(True, replica.unsynced(), replica.open_conflicts(), url)
        finally:
            replica.close()

    def synchronise(self, options: SyncOptions | None = None) -> SyncSummary:
        from indie_desktop.sync.engine import synchronise

        return synchronise(self.data_dir, options)

    def password_needed(self) -> str | None:
        """The server login to ask a password for, or None when one is at hand (keyring,
        PGPASSWORD, or in the remembered URL — which `offline init` never writes)."""
        import os

        from sqlalchemy.engine import make_url

        from indie_desktop.store.credentials import CredentialStore
        from indie_desktop.store.shared_open import url_account

        url = self.status().server
        if not url or os.environ.get("PGPASSWORD") or make_url(url).password:
            return None
        if CredentialStore().get(url_account(url)):
            return None
        u = make_url(url)
        return f"{u.username}@{u.host}/{u.database}"

    def keyring_available(self) -> bool:
        from indie_desktop.store.credentials import CredentialStore

        return CredentialStore().status().available

    def conflicts(self) -> list[ConflictView]:
        replica = self._open()
        if replica is None:
            return []
        try:
            rows = replica.conn.execute(
                "SELECT id, tbl, row_id, kind, fields FROM sync_conflict "
                "WHERE resolved_at IS NULL ORDER BY id"
            ).fetchall()
            out = []
            for cid, tbl, row_id, kind, fields in rows:
                info = tables().get(tbl)
                current = replica.read_row(tbl, row_id) if info else None
                label = next(
                    (str(current[c]) for c in LABEL_COLUMNS if current and current.get(c)),
                    row_id,
                )
                views = tuple(
                    FieldConflictView(
                        f,
                        sides.get("base"),
                        sides.get("mine"),
                        sides.get("theirs"),
                        editable=info is not None
                        and f in info.columns
                        and info.kinds[info.columns.index(f)] == "plain"
                        and f != "deleted_at",
                    )
                    for f, sides in loads(fields).items()
                    if f not in DERIVED
                )
                out.append(ConflictView(cid, tbl, row_id, kind, label, views, current is not None))
            return out
        finally:
            replica.close()

    def resolve(self, conflict_id: int, decisions: dict[str, tuple[str, Any]]) -> None:
        """Apply per-field decisions {field: (MINE|THEIRS|EDITED, edited value)}."""
        replica = self._open()
        if replica is None:
            raise LookupError(conflict_id)
        try:
            row = replica.conn.execute(
                "SELECT tbl, row_id, fields FROM sync_conflict WHERE id = ?", (conflict_id,)
            ).fetchone()
            if row is None:
                raise LookupError(conflict_id)
            tbl, row_id, fields = row[0], row[1], json.loads(row[2])
            values: dict[str, Any] = {}
            for field, (choice, edited) in decisions.items():
                if field not in fields or field in DERIVED or choice == THEIRS:
                    continue
                values[field] = fields[field]["mine"] if choice == MINE else edited
            if any(choice == MINE for choice, _ in decisions.values()):
                # Sort and search keys as this laptop computed them from its values.
                values.update({f: fields[f]["mine"] for f in fields if f in DERIVED})
            with replica.transaction():
                if values and replica.read_row(tbl, row_id) is not None:
                    cols = [c for c in values if c in tables()[tbl].columns]
                    sets = ", ".join(f"{c} = ?" for c in cols)
                    replica.conn.execute(
                        f"UPDATE {tbl} SET {sets}, version = version + 1, updated_at = ? "
                        "WHERE id = ?",
                        [*(values[c] for c in cols), now_text() + ".000000", row_id],
                    )
                    current = replica.read_row(tbl, row_id)
                    keys = keys_of_row(tbl, current) if current is not None else {}
                    if keys:  # an edited or mixed name must sort and be found as it now reads
                        replica.conn.execute(
                            f"UPDATE {tbl} SET {', '.join(f'{k} = ?' for k in keys)} WHERE id = ?",
                            (*keys.values(), row_id),
                        )
                replica.conn.execute(
                    "UPDATE sync_conflict SET resolved_at = ?, resolution = ? WHERE id = ?",
                    (now_text(), "decided", conflict_id),
                )
        finally:
            replica.close()
