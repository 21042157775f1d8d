"""A cut connection or a killed process resumes to the state of an uninterrupted sync."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from indie_desktop.services.workspace import Workspace
from indie_desktop.sync.engine import SyncError
from tests.integration.shared_fixtures import SharedServer, _admin_conninfo
from tests.sync.helpers import (
    Laptop,
    assert_same_rows,
    create_org,
    edit_org,
    replica_rows,
    server_rows,
)

CHANGES = 24  # 12 edits and 12 new records, uploaded in batches of 5


class Killed(Exception):
    """Stands for the process dying at that point."""


@pytest.fixture
def office(shared: SharedServer) -> Iterator[Workspace]:
    ws = shared.dortmund.workspace()
    yield ws
    ws.db.dispose()


@pytest.fixture
def laptop(shared: SharedServer, office: Workspace, tmp_path: Path) -> Iterator[Laptop]:
    for i in range(12):
        create_org(office, f"Metallbau Zoë Ñúñez {i:02d}", city="Bochum")
    lap, _ = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    yield lap
    lap.close()


def _work_offline(laptop: Laptop) -> None:
    ws = laptop.workspace()
    for org_id, _ in ws.organisations.choices("Metallbau", limit=50):
        edit_org(ws, org_id, city="Bochum-Wattenscheid")
    for i in range(12):
        create_org(ws, f"Neu besucht Şükrü {i:02d}", city="Herne")
    assert laptop.unsynced() == CHANGES


def _cut(conn: psycopg.Connection[Any]) -> None:
    """The network goes away: the server ends this session's connection."""
    with psycopg.connect(_admin_conninfo(), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (conn.info.backend_pid,))


def _at(step: str, action: Any, times: int = 1) -> Any:
    calls = {"n": 0}

    def hook(name: str, conn: psycopg.Connection[Any]) -> None:
        if name == step:
            calls["n"] += 1
            if calls["n"] == times:
                action(conn)

    return hook


def _kill(conn: psycopg.Connection[Any]) -> None:
    raise Killed


def _assert_uploaded_once(shared: SharedServer, laptop: Laptop) -> None:
    rows = server_rows(shared.dortmund, "organisation")
    names = sorted(r["name"] for r in rows.values())
    assert len(names) == len(set(names)) == 24  # no duplicates
    edited = [r for r in rows.values() if r["name"].startswith("Metallbau")]
    assert {(r["city"], r["version"]) for r in edited} == {("Bochum-Wattenscheid", 2)}
    receipts = shared.psql(shared.dortmund, "SELECT count(*) FROM sync_receipt").stdout.strip()
    assert receipts == str(CHANGES)
    assert laptop.unsynced() == 0
    assert_same_rows(replica_rows(laptop), server_rows(shared.dortmund))


def test_connection_cut_mid_upload_resumes_without_loss_or_duplicates(
    shared: SharedServer, laptop: Laptop
) -> None:
    _work_offline(laptop)
    with pytest.raises(SyncError):
        laptop.sync(batch_size=5, hook=_at("mid_upload", _cut, times=2))
    laptop.sync(batch_size=5)
    _assert_uploaded_once(shared, laptop)


def test_killed_between_server_commit_and_local_bookkeeping_applies_each_change_once(
    shared: SharedServer, laptop: Laptop
) -> None:
    _work_offline(laptop)
    with pytest.raises(Killed):
        laptop.sync(batch_size=5, hook=_at("after_commit", _kill, times=3))
    # Three batches are on the server; the laptop still holds the third as unconfirmed.
    assert laptop.unsynced() == CHANGES - 10
    summary = laptop.sync(batch_size=5)
    assert summary.sent == CHANGES - 10 and summary.conflicts == 0
    _assert_uploaded_once(shared, laptop)


def test_connection_cut_mid_download_and_kill_before_the_cursor_resume_to_the_same_state(
    shared: SharedServer, office: Workspace, laptop: Laptop
) -> None:
    for org_id, _ in office.organisations.choices("Metallbau", limit=50):
        edit_org(office, org_id, competences="Laserschweißen, Blechbearbeitung")
    for i in range(5):
        create_org(office, f"Büro Müller {i}", city="Dortmund")

    with pytest.raises(SyncError):
        laptop.sync(hook=_at("mid_download", _cut))
    with pytest.raises(Killed):
        laptop.sync(hook=_at("before_cursor", _kill))
    laptop.sync()
    assert_same_rows(replica_rows(laptop), server_rows(shared.dortmund))
    assert laptop.sync().received == 0


def test_a_cancelled_sync_stops_between_batches_and_the_next_one_finishes_the_work(
    shared: SharedServer, laptop: Laptop
) -> None:
    from indie_desktop.domain.errors import Cancelled

    _work_offline(laptop)
    batches = {"n": 0}

    def cancel_after_two() -> bool:
        batches["n"] += 1
        return batches["n"] > 2

    with pytest.raises(Cancelled):
        laptop.sync(batch_size=5, cancelled=cancel_after_two)
    assert laptop.unsynced() == CHANGES - 10
    laptop.sync(batch_size=5)
    _assert_uploaded_once(shared, laptop)
