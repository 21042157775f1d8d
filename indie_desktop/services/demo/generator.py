"""A reproducible demo network: institutions, staff, firms, people, projects and the work.

The same seed and `today` give the same content; only ids (uuid7) and created_at differ.

This module is the entry point: it runs the phases in order in one transaction and reports their
progress. The phases live beside it: `demo_directory` (institutions, staff, organisations),
`demo_people` (people, affiliations, consents), `demo_work` (projects, activities, needs,
referrals, cooperations, tasks); they share a `demo_context.Context` and write through the fast
`demo_writer.BulkWriter`, which the network-scale set (20,000 organisations, 100,000 people,
200,000 activities, about 1.4 million rows) needs to be written in well under a minute.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from indie_desktop.services.demo.context import Context, Step
from indie_desktop.services.demo.directory import Directory
from indie_desktop.services.demo.names import Names
from indie_desktop.services.demo.people import People
from indie_desktop.services.demo.work import Work
from indie_desktop.services.demo.writer import BulkWriter
from indie_desktop.store import search_index
from indie_desktop.store.database import Database

Progress = Callable[[str, int, int], None]
SQLITE_BULK_CACHE_KIB = 256 * 1024  # page cache while loading: index inserts stay in memory


@dataclass(frozen=True)
class DemoSize:
    organisations: int = 300
    people: int = 1200
    activities: int = 2000
    projects: int | None = None  # default: organisations / 20, at least 5

    @property
    def project_count(self) -> int:
        return self.projects if self.projects is not None else max(5, self.organisations // 20)


DEFAULT_SIZE = DemoSize()


@dataclass
class DemoResult:
    """Rows this run inserted (institutions and staff that already existed are reused)."""

    institutions: int
    staff: int
    organisations: int
    people: int
    affiliations: int
    projects: int
    activities: int
    needs: int
    referrals: int
    cooperations: int
    tasks: int
    seconds: float
    consents: int = 0


def _generate(
    session: Session,
    size: DemoSize,
    seed: int,
    today: date,
    progress: Progress | None,
    cancel: Callable[[], bool] | None,
) -> Counter[str]:
    """Run the phases in order; returns the rows written per table."""
    writer = BulkWriter(session, cancel)
    ctx = Context(session, random.Random(seed), today, writer)

    def steps(phase: str) -> Step:
        def step(done: int, total: int) -> None:
            writer.check()
            if progress is not None:
                progress(phase, done, total)

        return step

    # The phase names are literal `phase = "..."` assignments in this module: the translation
    # tooling collects them from here (see also ui/first_run.DEMO_PHASES).
    names = Names(ctx.rng, seed)
    directory = Directory(ctx, names)
    work = Work(ctx, directory)
    phase = "Institutions and staff"
    directory.institutions(steps(phase))
    phase = "Organisations"
    directory.organisations(size.organisations, steps(phase))
    phase = "People"
    People(ctx, names, directory.orgs).people(size.people, steps(phase))
    phase = "Projects"
    work.make_projects(size.project_count, steps(phase))
    phase = "Activities and needs"
    work.activities(size.activities, steps(phase))
    phase = "Referrals and cooperations"
    work.referrals(steps(phase))
    phase = "Companies in the network"
    work.tenure(steps(phase))
    writer.flush()
    if session.get_bind().dialect.name == "sqlite":  # its triggers were off during the load
        phase = "Search index"
        step = steps(phase)
        step(0, 1)
        search_index.rebuild_sqlite(session.connection())
        step(1, 1)
    return writer.counts


def generate_demo(
    db: Database,
    size: DemoSize = DEFAULT_SIZE,
    seed: int = 2026,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    *,
    today: date | None = None,
) -> DemoResult:
    """Fill `db` with a demo network in one transaction; all dates are relative to `today`.

    `progress(phase, done, total)` is called per phase and chunk; when `cancel()` returns True
    the run stops with Cancelled (domain/errors.py) and nothing is written.
    """
    started = time.perf_counter()
    with db.session() as session:
        previous = None
        if db.is_sqlite:
            previous = session.execute(text("PRAGMA cache_size")).scalar_one()
            session.execute(text(f"PRAGMA cache_size=-{SQLITE_BULK_CACHE_KIB}"))
        if db.is_sqlite:  # index once at the end instead of row by row through the triggers
            search_index.open_sqlite_transaction(session.connection())
            for sql in search_index.sqlite_drop_triggers():
                session.execute(text(sql))
        try:
            c = _generate(session, size, seed, today or date.today(), progress, cancel)
        finally:
            if previous is not None:
                session.execute(text(f"PRAGMA cache_size={int(previous)}"))
    if db.is_sqlite:  # leave no write-ahead log of the size of the database behind
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return DemoResult(
        institutions=c["institution"],
        staff=c["staff"],
        organisations=c["organisation"],
        people=c["person"],
        affiliations=c["affiliation"],
        projects=c["project"],
        activities=c["activity"],
        needs=c["need"],
        referrals=c["referral"],
        cooperations=c["cooperation"],
        tasks=c["task"],
        seconds=round(time.perf_counter() - started, 3),
        consents=c["consent"],
    )


__all__ = ["DEFAULT_SIZE", "DemoResult", "DemoSize", "generate_demo"]
