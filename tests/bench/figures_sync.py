"""Offline replica figures (issue 8): the first copy onto a laptop and incremental syncs.

Measured on the PostgreSQL bench set (pg_figures.pg_set) as the staff login `anna`, so
row-level security applies exactly as on a laptop. Baselines are the raw libraries doing the
least the same job needs: COPY of the same columns to the client; 1,000 UPDATEs + a SELECT of
1,000 rows by id; one connection and one query.
"""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from context import BenchRun
from harness import Target, figure, time_ms
from pg_figures import pg_set

CHANGED = 1000


def _password(url: str) -> str:
    from sqlalchemy.engine import make_url

    return str(make_url(url).password)


def _raw(url: str) -> Any:
    import psycopg

    return psycopg.connect(url)


def _init(url: str) -> tuple[Path, Any]:
    from indie_desktop.sync.engine import offline_init

    data_dir = Path(tempfile.mkdtemp(prefix="indie-replica-"))
    return data_dir, offline_init(data_dir, url)


def _replica(run: BenchRun) -> Path:
    """One full replica shared by the incremental figures (made once per run)."""
    if "sync_replica" not in run.memo:
        data_dir, _ = _init(pg_set(run).urls["anna"])
        run.memo["sync_replica"] = data_dir
    return run.memo["sync_replica"]  # type: ignore[no-any-return]


# --- initial replica ---------------------------------------------------------------------------


def initial_raw(run: BenchRun) -> list[float]:
    from indie_desktop.sync.columns import tables

    url = pg_set(run).urls["anna"]

    def copy_all() -> None:
        with _raw(url) as conn, conn.cursor() as cur:
            for info in tables().values():
                with cur.copy(f"COPY (SELECT {info.pg_select()} FROM {info.name}) TO STDOUT") as cp:
                    for _ in cp:
                        pass

    return time_ms(copy_all, run.reps(full=3, quick=1), warmup=0)


@figure(
    "sync_initial_replica",
    target=Target(limit=30_000, stat="median", source="issue 8: < 30 s, ≥ 50,000 rows/s"),
    baseline=initial_raw,
    baseline_label="raw psycopg COPY TO STDOUT of the same rows and columns, same login",
    note="offline init: REPEATABLE READ snapshot as a staff login (row-level security), "
    "server-side cursors into SQLite (a second thread fetches and folds the searched text), "
    "indexes and search triggers made once at the end",
)
def sync_initial_replica(run: BenchRun) -> list[float]:
    url = pg_set(run).urls["anna"]
    samples: list[float] = []
    for _ in range(run.reps(full=3, quick=1)):
        start = time.perf_counter()
        data_dir, summary = _init(url)
        samples.append((time.perf_counter() - start) * 1000)
        shutil.rmtree(data_dir, ignore_errors=True)
    run.extras["sync_initial_replica"] = {
        "rows": summary.rows,
        "rows_per_s": round(summary.rows / (samples[-1] / 1000)),
    }
    run.log(f"  initial replica: {summary.rows} rows, {summary.rows / samples[-1] * 1000:,.0f}/s")
    return samples


# --- incremental sync --------------------------------------------------------------------------


def _org_ids(run: BenchRun) -> list[str]:
    if "sync_orgs" not in run.memo:
        with _raw(pg_set(run).urls["anna"]) as conn:
            run.memo["sync_orgs"] = [
                r[0]
                for r in conn.execute(
                    "SELECT replace(id::text, '-', '') FROM organisation "
                    "WHERE visibility = 'network' AND deleted_at IS NULL ORDER BY id"
                ).fetchall()
            ]
    return run.memo["sync_orgs"]  # type: ignore[no-any-return]


def _change_both_sides(run: BenchRun, n: int, rnd: random.Random) -> None:
    """n organisations edited on the laptop, n others by a colleague on the server."""
    from indie_desktop.sync.replica import Replica

    ids = _org_ids(run)
    chosen = rnd.sample(ids, min(2 * n, len(ids) // 2 * 2))
    mine, theirs = chosen[: len(chosen) // 2], chosen[len(chosen) // 2 :]
    replica = Replica(_replica(run))
    try:
        with replica.transaction():
            replica.conn.executemany(
                "UPDATE organisation SET notes = ?, version = version + 1 WHERE id = ?",
                [(f"Laptop {rnd.random()}", i) for i in mine],
            )
    finally:
        replica.close()
    with _raw(pg_set(run).urls["bernd"]) as conn, conn.cursor() as cur:
        cur.executemany(
            "UPDATE organisation SET phone = %s, version = version + 1 WHERE id = %s::uuid",
            [(f"+49231{rnd.randrange(10**6):06d}", i) for i in theirs],
        )


def _timed_syncs(run: BenchRun, n: int, reps: int) -> list[float]:
    from indie_desktop.sync.engine import SyncOptions, synchronise

    rnd = random.Random(n)
    data_dir = _replica(run)
    options = SyncOptions(password=_password(pg_set(run).urls["anna"]))
    synchronise(data_dir, options)  # whatever earlier figures left
    samples = []
    for _ in range(reps):
        if n:
            _change_both_sides(run, n, rnd)
        start = time.perf_counter()
        summary = synchronise(data_dir, options)
        samples.append((time.perf_counter() - start) * 1000)
        expected = min(n, len(_org_ids(run)) // 2)  # the quick set has 500 organisations
        if summary.sent < expected or summary.received < expected:
            raise RuntimeError(f"sync moved too little: {summary}")
    return samples


def incremental_raw(run: BenchRun) -> list[float]:
    ids = _org_ids(run)[: 2 * CHANGED]
    url = pg_set(run).urls["anna"]

    def work() -> None:
        with _raw(url) as conn, conn.cursor() as cur:
            cur.executemany(
                "UPDATE organisation SET notes = %s WHERE id = %s::uuid",
                [("raw", i) for i in ids[:CHANGED]],
            )
            cur.execute(
                "SELECT * FROM organisation WHERE id = ANY(%s::uuid[])", (ids[CHANGED:],)
            ).fetchall()
            conn.rollback()

    return time_ms(work, run.reps(full=5, quick=2))


@figure(
    "sync_incremental_1000_each_way",
    target=Target(limit=2000, stat="median", source="issue 8"),
    baseline=incremental_raw,
    baseline_label="raw psycopg: 1,000 UPDATEs by id + SELECT of 1,000 rows by id, one transaction",
    note="1,000 organisations edited on the laptop and 1,000 others on the server; one sync "
    "(upload with merge and receipts, download through the change feed) on the full replica",
)
def sync_incremental_1000_each_way(run: BenchRun) -> list[float]:
    return _timed_syncs(run, CHANGED, run.reps(full=5, quick=2))


def nothing_raw(run: BenchRun) -> list[float]:
    url = pg_set(run).urls["anna"]

    def work() -> None:
        with _raw(url) as conn:
            conn.execute("SELECT 1").fetchone()

    return time_ms(work, run.reps(full=10, quick=3))


@figure(
    "sync_nothing_changed",
    target=Target(limit=300, stat="median", source="sync cost follows changes, not size"),
    baseline=nothing_raw,
    baseline_label="raw psycopg connect + SELECT 1",
    note="a sync with nothing to send or receive on the full replica (1.3 million rows): cost "
    "follows the changes, not the database size; 10 changes each way in extras",
)
def sync_nothing_changed(run: BenchRun) -> list[float]:
    ten = _timed_syncs(run, 10, run.reps(full=5, quick=2))
    run.extras["sync_nothing_changed"] = {"ten_each_way_ms": sorted(ten)[len(ten) // 2]}
    run.log(f"  10 changes each way: {sorted(ten)[len(ten) // 2]:.0f} ms")
    return _timed_syncs(run, 0, run.reps(full=10, quick=3))
