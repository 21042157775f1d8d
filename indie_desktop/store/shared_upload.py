"""Bring a local database file to the office server (`admin upload-local`).

Every record of the local file is copied with its id, as the administrator, owned by the
institution named (the file was that institution's), with the visibility it had; the audit
trail goes along. Records whose id is on the server already are skipped, so a second run
changes nothing. Records that look like one already on the server under another id (the same
organisation, the same person) are copied all the same (their links must stay whole) and
reported, for the duplicate finder: nothing is merged silently.

The local file is only read, through SQLite, and migrated first like any local open.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, select, text
from sqlalchemy.dialects.postgresql import insert

from indie_desktop.domain.base import Base, Syncable
from indie_desktop.domain.text import fold
from indie_desktop.store.database import Database, StorageError

# Tables of the laptop's sync bookkeeping and settings stay where they are.
_NOT_RECORDS = {"app_setting", "alembic_version"}
_INSTITUTION_COLUMNS = {"owner_institution_id", "institution_id", "private_to"}

Progress = Callable[[str, int, int], None]


@dataclass
class UploadReport:
    institution: str
    copied: dict[str, int] = field(default_factory=dict)  # table -> rows copied
    skipped: dict[str, int] = field(default_factory=dict)  # table -> rows already there
    duplicates: list[tuple[str, str, uuid.UUID, uuid.UUID]] = field(default_factory=list)
    # (kind, name, local id, id on the server)
    dry_run: bool = False


class UploadCancelled(Exception):
    """Cancelled by the user: the server is as it was (one transaction)."""


def _tables() -> list[Table]:
    """The record tables and the audit trail, parents before children."""
    syncable = {
        m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, Syncable)
    }
    return [
        t
        for t in Base.metadata.sorted_tables
        if (t.name in syncable or t.name == "audit_entry") and t.name not in _NOT_RECORDS
    ]


def _institution_columns(table: Table) -> list[str]:
    return [
        c.name
        for c in table.c
        if c.name in _INSTITUTION_COLUMNS
        or any(fk.column.table.name == "institution" for fk in c.foreign_keys)
    ]


def _map_institutions(
    local: Connection, server: Connection, find: Callable[[Connection, str], uuid.UUID]
) -> dict[uuid.UUID, uuid.UUID]:
    """Local institution id -> the server's (same short name; a network member missing on the
    server is created there, any other institution is copied with its id)."""
    out: dict[uuid.UUID, uuid.UUID] = {}
    for row in local.execute(select(Base.metadata.tables["institution"])).mappings():
        try:
            out[row["id"]] = find(server, row["short_name"])
        except StorageError:
            server.execute(
                insert(Base.metadata.tables["institution"])
                .values(**row)
                .on_conflict_do_nothing(index_elements=["id"])
            )
            out[row["id"]] = row["id"]
    return out


def _likely_duplicates(
    local: Connection, server: Connection
) -> list[tuple[str, str, uuid.UUID, uuid.UUID]]:
    """Organisations (same folded name and postcode) and people (same e-mail, or same folded
    name without e-mail) on the server under another id."""
    found: list[tuple[str, str, uuid.UUID, uuid.UUID]] = []
    orgs: dict[tuple[str, str], uuid.UUID] = {}
    for oid, name, postcode in server.execute(
        text("SELECT id, name, coalesce(postcode, '') FROM organisation WHERE deleted_at IS NULL")
    ):
        orgs.setdefault((fold(name), postcode), oid)
    for oid, name, postcode in local.execute(
        text("SELECT id, name, coalesce(postcode, '') FROM organisation WHERE deleted_at IS NULL")
    ):
        local_id = uuid.UUID(str(oid))
        other = orgs.get((fold(name), postcode))
        if other is not None and other != local_id:
            found.append(("organisation", name, local_id, other))
    people: dict[str, uuid.UUID] = {}
    for pid, first, last, email in server.execute(
        text("SELECT id, first_name, last_name, email FROM person WHERE deleted_at IS NULL")
    ):
        people.setdefault(email.lower() if email else fold(f"{first} {last}"), pid)
    for pid, first, last, email in local.execute(
        text("SELECT id, first_name, last_name, email FROM person WHERE deleted_at IS NULL")
    ):
        local_id = uuid.UUID(str(pid))
        other = people.get(email.lower() if email else fold(f"{first} {last}"))
        if other is not None and other != local_id:
            found.append(("person", f"{first} {last}".strip(), local_id, other))
    return found


def upload_local(
    local_db: Database,
    server_db: Database,
    institution: str,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> UploadReport:
    """Copy every record of `local_db` to the shared `server_db` (as its administrator)."""
    from indie_desktop.store.shared_admin import find_institution, require_shared

    if server_db.is_sqlite or not local_db.is_sqlite:
        raise StorageError("upload-local copies a local database file to a PostgreSQL server.")
    tables = _tables()
    report = UploadReport(institution, dry_run=dry_run)
    with local_db.engine.connect() as local, server_db.engine.connect() as server:
        trans = server.begin()
        try:
            require_shared(server)
            heads = (
                local.execute(text("SELECT version_num FROM alembic_version")).scalar(),
                server.execute(text("SELECT version_num FROM alembic_version")).scalar(),
            )
            if heads[0] != heads[1]:
                raise StorageError(
                    f"The local file (schema {heads[0]}) and the server (schema {heads[1]}) are "
                    "on different versions: update the program and run admin init-shared first."
                )
            owner = find_institution(server, institution)
            institutions = _map_institutions(local, server, find_institution)
            report.duplicates = _likely_duplicates(local, server)
            for number, table in enumerate(tables, 1):
                if table.name == "institution":
                    continue
                if cancelled():
                    raise UploadCancelled
                if progress is not None:
                    progress(table.name, number, len(tables))
                report.copied[table.name], report.skipped[table.name] = _copy_table(
                    local, server, table, owner, institutions
                )
            if dry_run:
                trans.rollback()
            else:
                trans.commit()
        except BaseException:
            if trans.is_active:
                trans.rollback()
            raise
    return report


def _copy_table(
    local: Connection,
    server: Connection,
    table: Table,
    owner: uuid.UUID,
    institutions: dict[uuid.UUID, uuid.UUID],
) -> tuple[int, int]:
    """(copied, skipped) of one table, in chunks."""
    mapped = _institution_columns(table)
    copied = skipped = 0
    rows = local.execute(select(table)).mappings()
    while chunk := rows.fetchmany(2000):
        values: list[dict[str, Any]] = []
        for r in chunk:
            row = dict(r)
            for column in mapped:
                if row.get(column) is not None:
                    row[column] = institutions.get(row[column], row[column])
            if "owner_institution_id" in row:
                row["owner_institution_id"] = owner  # the file was this institution's
            values.append(row)
        ids = [v["id"] for v in values]
        there = {
            uuid.UUID(str(i))
            for (i,) in server.execute(
                text(f'SELECT id FROM "{table.name}" WHERE id = ANY(:ids)'), {"ids": ids}
            )
        }
        fresh = [v for v in values if v["id"] not in there]
        skipped += len(values) - len(fresh)
        if fresh:
            server.execute(insert(table).on_conflict_do_nothing(index_elements=["id"]), fresh)
            copied += len(fresh)
    return copied, skipped
