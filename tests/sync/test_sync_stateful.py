"""Property: three laptops and the server, random creates/edits/deletes/syncs in any order.

At the end every laptop equals the server; along the way every uploaded edit is either in
the server's history (audit trail) or in the laptop's conflict list, no record exists twice,
and a record the server has deleted is never alive again.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import psycopg
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy.engine import make_url

from indie_desktop.domain.errors import NotFound
from tests.integration.shared_fixtures import SharedServer, StaffLogin
from tests.sync.helpers import (
    Laptop,
    assert_same_rows,
    create_org,
    edit_org,
    replica_rows,
    server_rows,
)

FIELDS = ("city", "notes")


def _admin(shared: SharedServer) -> str:
    url = make_url(shared.admin_url).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


def test_replicas_converge_without_lost_edits_duplicates_or_resurrections(
    shared: SharedServer, tmp_path: Path
) -> None:
    admin = _admin(shared)
    examples = iter(range(10_000))

    class Network(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            with psycopg.connect(admin, autocommit=True) as conn:
                for table in ("organisation", "sync_feed", "sync_receipt", "audit_entry"):
                    conn.execute(f"DELETE FROM {table}")
            run = next(examples)
            logins: list[StaffLogin] = [shared.dortmund, shared.dortmund, shared.hagen]
            self.laptops = [
                Laptop.take_offline(tmp_path / f"ex{run}-{i}", login)[0]
                for i, login in enumerate(logins)
            ]
            self.counter = 0
            self.created = 0
            # Per laptop, what it changed since its last sync: (id hex, field) -> value.
            self.pending: list[dict[tuple[str, str], str]] = [{} for _ in self.laptops]
            self.pending_deletes: list[set[str]] = [set() for _ in self.laptops]
            self.deleted_on_server: set[str] = set()

        def _live(self, i: int) -> list[str]:
            rows = replica_rows(self.laptops[i], "organisation").values()
            return sorted(r["id"] for r in rows if r["deleted_at"] is None)

        @rule(i=st.integers(0, 2))
        def create(self, i: int) -> None:
            self.counter += 1
            create_org(self.laptops[i].workspace(), f"Firma {self.counter} Łódź", city="Hagen")
            self.created += 1

        @rule(i=st.integers(0, 2), field=st.sampled_from(FIELDS), data=st.data())
        def edit(self, i: int, field: str, data: st.DataObject) -> None:
            live = self._live(i)
            if not live:
                return
            row_id = data.draw(st.sampled_from(live))
            self.counter += 1
            value = f"L{i}-{self.counter}"
            import uuid

            try:
                edit_org(self.laptops[i].workspace(), uuid.UUID(row_id), **{field: value})
            except NotFound:
                return
            self.pending[i][(row_id, field)] = value

        @rule(i=st.integers(0, 2), data=st.data())
        def delete(self, i: int, data: st.DataObject) -> None:
            live = self._live(i)
            if not live:
                return
            row_id = data.draw(st.sampled_from(live))
            import uuid

            self.laptops[i].workspace().organisations.delete(uuid.UUID(row_id))
            self.pending_deletes[i].add(row_id)

        @rule(i=st.integers(0, 2))
        def sync(self, i: int) -> None:
            self.laptops[i].sync()
            self._check_uploaded(i)

        def _check_uploaded(self, i: int) -> None:
            history = self._history()
            conflicts = self._conflicts(i)
            server = server_rows(shared.dortmund, "organisation")
            for (row_id, field), value in self.pending[i].items():
                now = server.get(("organisation", row_id), {}).get(field)
                # A delete uploaded together with an edit is audited as a delete (no values).
                assert (
                    value == now
                    or value in history.get((row_id, field), set())
                    or value in conflicts.get((row_id, field), set())
                ), (row_id, field, value)
            for row_id in self.pending_deletes[i]:
                row = server.get(("organisation", row_id))
                in_conflict = any(key[0] == row_id for key in conflicts)
                assert (row is not None and row["deleted_at"] is not None) or in_conflict
            self.pending[i].clear()
            self.pending_deletes[i].clear()
            self.deleted_on_server |= {
                k[1] for k, r in server.items() if r["deleted_at"] is not None
            }

        def _history(self) -> dict[tuple[str, str], set[str]]:
            out: dict[tuple[str, str], set[str]] = {}
            with psycopg.connect(admin) as conn:
                rows = conn.execute(
                    "SELECT replace(target_id::text, '-', ''), changes FROM audit_entry "
                    "WHERE target_type = 'organisation' AND changes IS NOT NULL"
                ).fetchall()
            for row_id, changes in rows:
                for field, (_old, new) in (changes or {}).items():
                    out.setdefault((row_id, field), set()).add(new)
            return out

        def _conflicts(self, i: int) -> dict[tuple[str, str], set[Any]]:
            out: dict[tuple[str, str], set[Any]] = {}
            for row_id, _kind, fields in self.laptops[i].conflicts():
                for field, sides in json.loads(fields).items():
                    out.setdefault((row_id, field), set()).add(sides["mine"])
            return out

        @invariant()
        def no_record_twice(self) -> None:
            for laptop in self.laptops:
                names = [r["name"] for r in replica_rows(laptop, "organisation").values()]
                assert len(names) == len(set(names))

        def teardown(self) -> None:
            for _ in range(2):
                for i, laptop in enumerate(self.laptops):
                    laptop.sync()
                    self._check_uploaded(i)
            server = server_rows(shared.dortmund)
            for laptop in self.laptops:
                assert_same_rows(replica_rows(laptop), server)
                laptop.close()
            orgs = [r for k, r in server.items() if k[0] == "organisation"]
            assert len(orgs) == self.created
            assert len({r["name"] for r in orgs}) == self.created
            for row_id in self.deleted_on_server:
                assert server[("organisation", row_id)]["deleted_at"] is not None

    run_state_machine_as_test(
        Network,
        settings=settings(
            max_examples=5,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
