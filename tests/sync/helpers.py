"""Laptops for sync tests: a replica of a staff login, written to as the app writes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.directory.staff import DirectoryService
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import open_local
from indie_desktop.sync.engine import InitSummary, SyncOptions, SyncSummary, offline_init
from indie_desktop.sync.engine import synchronise as run_sync
from indie_desktop.sync.replica import Replica
from tests.integration.shared_fixtures import StaffLogin


@dataclass
class Laptop:
    data_dir: Path
    login: StaffLogin
    _ws: Workspace | None = None

    @classmethod
    def take_offline(
        cls, data_dir: Path, login: StaffLogin, pack: list[str] | None = None
    ) -> tuple[Laptop, InitSummary]:
        summary = offline_init(data_dir, login.url, pack=pack, password=login.password)
        return cls(data_dir, login), summary

    def workspace(self) -> Workspace:
        """The app's services on the replica file (one per laptop; close() disposes it)."""
        if self._ws is None:
            db = open_local(self.data_dir)
            actor = DirectoryService(db).local_actor()
            assert actor is not None
            self._ws = Workspace(db, actor)
        return self._ws

    def close(self) -> None:
        if self._ws is not None:
            self._ws.db.dispose()
            self._ws = None

    def sync(self, **kw: Any) -> SyncSummary:
        return run_sync(self.data_dir, SyncOptions(password=self.login.password, **kw))

    def sql(self, statement: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        replica = Replica(self.data_dir)
        try:
            replica.conn.execute("BEGIN IMMEDIATE")
            rows = replica.conn.execute(statement, params).fetchall()
            replica.conn.execute("COMMIT")
            return rows
        finally:
            replica.close()

    def conflicts(self) -> list[tuple[str, str, str]]:
        return [
            (r[0], r[1], r[2])
            for r in self.sql(
                "SELECT row_id, kind, fields FROM sync_conflict WHERE resolved_at IS NULL"
            )
        ]

    def unsynced(self) -> int:
        replica = Replica(self.data_dir)
        try:
            return replica.unsynced()
        finally:
            replica.close()


def create_org(ws: Workspace, name: str, **kw: Any) -> uuid.UUID:
    return ws.organisations.create(OrganisationDraft(name=name, **kw))


def hexid(value: uuid.UUID) -> str:
    return value.hex


def edit_org(ws: Workspace, org_id: uuid.UUID, **changes: Any) -> None:
    from dataclasses import replace

    detail = ws.organisations.detail(org_id)
    ws.organisations.update(org_id, replace(detail.draft, **changes), detail.version)


def server_rows(login: StaffLogin, table: str = "") -> dict[tuple[str, str], dict[str, Any]]:
    """Every row the login may see, in storage form, by (table, id)."""
    import psycopg
    from sqlalchemy.engine import make_url

    from indie_desktop.sync.columns import tables

    url = make_url(login.url).set(drivername="postgresql", password=login.password)
    out: dict[tuple[str, str], dict[str, Any]] = {}
    with psycopg.connect(url.render_as_string(hide_password=False)) as conn:
        for info in tables().values():
            if table and info.name != table:
                continue
            for r in conn.execute(f"SELECT {info.pg_select()} FROM {info.name}").fetchall():
                row = dict(zip(info.columns, r, strict=True))
                out[(info.name, row["id"])] = row
    return out


def replica_rows(laptop: Laptop, table: str = "") -> dict[tuple[str, str], dict[str, Any]]:
    from indie_desktop.sync.columns import tables

    replica = Replica(laptop.data_dir)
    out: dict[tuple[str, str], dict[str, Any]] = {}
    try:
        for info in tables().values():
            if table and info.name != table:
                continue
            for r in replica.conn.execute(
                f"SELECT {', '.join(info.columns)} FROM {info.name}"
            ).fetchall():
                row = dict(zip(info.columns, r, strict=True))
                out[(info.name, row["id"])] = row
    finally:
        replica.close()
    return out


def assert_same_rows(
    a: dict[tuple[str, str], dict[str, Any]], b: dict[tuple[str, str], dict[str, Any]]
) -> None:
    from indie_desktop.sync.columns import same

    assert set(a) == set(b), (
        [(k, a[k]) for k in set(a) - set(b)],
        [(k, b[k]) for k in set(b) - set(a)],
    )
    for key, row in a.items():
        other = b[key]
        diff = {c: (row[c], other.get(c)) for c in row if not same(row[c], other.get(c))}
        assert diff == {}, (key, diff)
