"""Data protection figures (issue 10): the retention review queue over every person, and one
erasure (Art. 17) including the compaction that makes the bytes unrecoverable.

The issue names no time targets; the targets here are this branch's own: the review dialog
opens in about a second at network scale, and an erasure costs little more than the VACUUM it
may need (the baseline: raw sqlite3 VACUUM of the same file). Since the erasure checks the
file's unallocated bytes first (store/sqlite_residue.py) and rewrites it only if old bytes are
left, the extras say whether VACUUM ran; on the generated network file it does (SQLite's b-tree
rebalancing leaves copies of moved cells in page gaps, which secure_delete never zeroes).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from context import BenchRun
from figures import rounds
from harness import NotMeasurable, Target, figure

TODAY = date(2026, 11, 1)

REVIEW_RAW = """
WITH last AS (
    SELECT ap.person_id, max(a.occurred_at) AS last_at
    FROM activity_person ap JOIN activity a ON a.id = ap.activity_id
    WHERE a.deleted_at IS NULL AND ap.deleted_at IS NULL GROUP BY ap.person_id)
SELECT p.id, p.last_name, p.first_name, last.last_at
FROM person p LEFT JOIN last ON last.person_id = p.id
WHERE p.deleted_at IS NULL
  AND coalesce(last.last_at, p.created_at) < :cutoff
  AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.partner_person_id = p.id
      AND r.deleted_at IS NULL
      AND (r.stage NOT IN ('cooperation_agreed', 'declined', 'no_response')
           OR r.referred_on >= :cutoff_day))
  AND NOT EXISTS (SELECT 1 FROM consent c WHERE c.person_id = p.id AND c.deleted_at IS NULL
      AND (c.withdrawn_on IS NULL OR c.withdrawn_on > :today)
      AND (c.expires_on IS NULL OR c.expires_on >= :today))
ORDER BY p.sort_name
"""


def review_raw(run: BenchRun) -> list[float]:
    con = run.raw
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'objection'").fetchone() is None:
        raise NotMeasurable("the data set predates the data protection migration")
    params = {
        "cutoff": "2023-11-01 00:00:00.000000",
        "cutoff_day": "2023-11-01",
        "today": TODAY.isoformat(),
    }
    return rounds(run, 5, 1, lambda _i: con.execute(REVIEW_RAW, params).fetchall(), [0])


@figure(
    "privacy_review_queue",
    target=Target(limit=1500, ratio=3, source="own (issue 10 names none): dialog opens ~1 s"),
    baseline=review_raw,
    baseline_label="raw sqlite3: the no-contact rule as one query (no consent-expiry branch)",
    note="workspace.privacy.review_queue(years=3): every person checked, the list built",
)
def privacy_review_queue(run: BenchRun) -> list[float]:
    service = run.workspace.privacy
    found: list[int] = []
    samples = rounds(run, 5, 1, lambda _i: found.append(len(service.review_queue(3, TODAY))), [0])
    run.extras["privacy_review_queue"] = {"listed": found[-1] if found else 0}
    return samples


def _copy(run: BenchRun) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="indie-bench-erase-"))
    shutil.copyfile(run.data.db_path, folder / run.data.db_path.name)
    return folder


def _busiest_person(db_path: Path) -> uuid.UUID:
    con = sqlite3.connect(db_path)
    try:
        row = con.execute(
            "SELECT person_id FROM activity_person GROUP BY person_id ORDER BY count(*) DESC "
            "LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    if row is None:
        raise NotMeasurable("the data set has no activity participants")
    return uuid.UUID(hex=row[0]) if isinstance(row[0], str) else uuid.UUID(bytes=row[0])


def erase_raw(run: BenchRun) -> list[float]:
    samples = []
    for _ in range(run.reps(1, 1)):
        folder = _copy(run)
        try:
            con = sqlite3.connect(folder / run.data.db_path.name)
            start = time.perf_counter_ns()
            con.execute("VACUUM")
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            samples.append((time.perf_counter_ns() - start) / 1e6)
            con.close()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return samples


@figure(
    "privacy_erasure",
    target=Target(ratio=2, source="own (issue 10 names none): little beyond the VACUUM"),
    baseline=erase_raw,
    baseline_label="raw sqlite3 VACUUM + wal_checkpoint(TRUNCATE) of the same file",
    note="erase the busiest person (all mentions confirmed) incl. FTS optimize, the residue "
    "check and, if it finds old bytes, VACUUM; on a copy of the data set, copying not timed",
    default=False,
)
def privacy_erasure(run: BenchRun) -> list[float]:
    from indie_desktop.services.directory.staff import DirectoryService
    from indie_desktop.services.workspace import Workspace
    from indie_desktop.store.database import open_local

    samples = []
    for _ in range(run.reps(1, 1)):
        folder = _copy(run)
        try:
            db = open_local(folder)
            ws = Workspace(db, DirectoryService(db).local_actor())
            person = _busiest_person(folder / run.data.db_path.name)
            start = time.perf_counter_ns()
            cpu = time.process_time()
            mentions = ws.privacy.erasure_mentions(person)
            receipt = ws.privacy.erase(person, mentions)
            samples.append((time.perf_counter_ns() - start) / 1e6)
            run.extras["privacy_erasure"] = {
                "mentions": len(mentions),
                "cpu_ms": round((time.process_time() - cpu) * 1000),
                "vacuumed": getattr(receipt, "vacuumed", True),
            }
            db.dispose()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return samples
