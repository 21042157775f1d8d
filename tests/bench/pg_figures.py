"""Shared-mode figures on PostgreSQL (issue 7): the same demo network, loaded through open_url,
set up with `init_shared`, measured as a staff login (row-level security applies).

Needs INDIE_BENCH_PG_URL or INDIE_TEST_PG_URL (a role that may create databases and roles);
without it the figures are reported as not measurable. The database is named after the data
set; the set as loaded is kept between runs (`<name>_loaded`) and each run measures on a fresh
copy of it. The staff logins get fresh passwords each run (never stored).
"""

from __future__ import annotations

import copy
import hashlib
import os
import random
import threading
import time
from dataclasses import dataclass
from typing import Any

import baselines
import dataset
from context import BenchRun
from harness import NotMeasurable, Target, figure, time_ms

LOGINS = (("anna", "WF Dortmund", "Anna Schmidt"), ("bernd", "SIHK Hagen", "Bernd Yılmaz"))
USERS = 20
HOT_ORGANISATIONS = 20  # few records, so that concurrent users really collide


@dataclass
class PgSet:
    admin_url: str
    urls: dict[str, str]  # login key -> URL with password (this run only)
    org_ids: list[Any]


def _admin_base() -> str:
    url = os.environ.get("INDIE_BENCH_PG_URL") or os.environ.get("INDIE_TEST_PG_URL")
    if not url:
        raise NotMeasurable("set INDIE_BENCH_PG_URL or INDIE_TEST_PG_URL for PostgreSQL figures")
    return url


def _load(run: BenchRun, admin_url: str) -> None:
    from indie_desktop.services.demo.generator import DemoSize, generate_demo
    from indie_desktop.services.directory.staff import DirectoryService
    from indie_desktop.store import shared_admin
    from indie_desktop.store.database import open_url

    spec = run.data.spec
    db = open_url(admin_url, run_migrations=True)
    try:
        directory = DirectoryService(db)
        choice = next(
            c for c in directory.institution_choices() if c.short_name == dataset.BENCH_INSTITUTION
        )
        directory.register_local_user(choice, *dataset.BENCH_USER)
        size = DemoSize(
            organisations=spec.organisations, people=spec.people, activities=spec.activities
        )
        run.log(f"  loading {spec.describe()} into PostgreSQL")
        generate_demo(db, size, seed=spec.seed, today=dataset.TODAY)
        shared_admin.init_shared(db)
        database = db.engine.url.database
        for key, inst, name in LOGINS:
            with db.engine.begin() as conn:  # left by a load that was dropped before
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{database}_{key}"')
            pw = shared_admin.generate_password()
            shared_admin.add_staff(db, inst, name, f"{database}_{key}", pw)
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.exec_driver_sql("INSERT INTO app_setting VALUES ('bench_ready', '1')")
    finally:
        db.dispose()


def pg_set(run: BenchRun) -> PgSet:
    if "pg" in run.memo:
        return run.memo["pg"]  # type: ignore[no-any-return]
    import psycopg
    from sqlalchemy.engine import make_url

    from indie_desktop.store.database import SCHEMA_HEAD
    from indie_desktop.store.shared_admin import generate_password

    base = make_url(_admin_base()).set(drivername="postgresql")
    key = f"{run.data.spec.key(SCHEMA_HEAD)}-{base.username}"  # one set per admin role
    name = "indie_bench_" + hashlib.sha1(key.encode()).hexdigest()[:10]
    # The set as loaded, kept apart: every run measures on a fresh copy of it. Figures that
    # write (imports undone by soft delete, saves) would otherwise leave their rows behind
    # run after run, and the same figure would slow down with every run before it (the
    # import's duplicate check wading through the soft-deleted copies of earlier imports).
    template = f"{name}_loaded"
    admin_url = base.set(database=name).render_as_string(hide_password=False)
    server = base.render_as_string(hide_password=False)
    with psycopg.connect(server, autocommit=True) as conn:
        loaded = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (template,)
        ).fetchone()
        if loaded:
            try:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
                conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
            except psycopg.errors.ObjectInUse:  # another run measures on it: share it as it is
                run.log(f"  {name} is in use: measuring on it as earlier runs left it")
    if not loaded:
        with psycopg.connect(server, autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            c.execute(f'CREATE DATABASE "{name}"')
        _load(run, admin_url)
        with psycopg.connect(server, autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{template}" TEMPLATE "{name}"')
    else:  # a copy of the set as loaded by an earlier run: the rules of this version apply
        from indie_desktop.store import shared_admin
        from indie_desktop.store.database import open_url

        db = open_url(admin_url)
        try:
            shared_admin.init_shared(db)
        finally:
            db.dispose()
    urls = {}
    with psycopg.connect(admin_url, autocommit=True) as conn:
        for login_key, _inst, _name in LOGINS:
            login = f"{name}_{login_key}"
            pw = generate_password()
            hashed = conn.pgconn.encrypt_password(pw.encode(), login.encode(), b"scram-sha-256")
            conn.execute(f"ALTER ROLE \"{login}\" PASSWORD '{hashed.decode()}'")
            urls[login_key] = base.set(database=name, username=login, password=pw).render_as_string(
                hide_password=False
            )
        org_ids = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM organisation WHERE visibility = 'network' AND deleted_at IS NULL "
                "ORDER BY sort_name LIMIT %s",
                (HOT_ORGANISATIONS,),
            )
        ]
    run.memo["pg"] = PgSet(admin_url, urls, org_ids)
    return run.memo["pg"]  # type: ignore[no-any-return]


def staff_workspace(url: str) -> Any:
    from indie_desktop.services.context import Actor
    from indie_desktop.services.workspace import Workspace
    from indie_desktop.store.database import open_url

    db = open_url(url)
    actor = Workspace(db, Actor.system()).directory.login_actor()
    assert actor is not None
    return Workspace(db, actor)


def _raw(url: str) -> Any:
    import psycopg

    return psycopg.connect(url)


# --- first page of the people list -------------------------------------------------------------

PG_PEOPLE = baselines.PEOPLE_FROM.replace("= 1", "= true")


def pg_first_page_raw(run: BenchRun) -> list[float]:
    conn = _raw(pg_set(run).urls["anna"])
    try:

        def page() -> None:
            with conn.transaction():
                conn.execute(f"SELECT count(*) {PG_PEOPLE}").fetchone()
                conn.execute(
                    f"SELECT {baselines.PEOPLE_COLUMNS} {PG_PEOPLE} {baselines.PEOPLE_ORDER} "
                    "LIMIT 200"
                ).fetchall()

        return time_ms(page, run.reps(full=30, quick=5))
    finally:
        conn.close()


@figure(
    "pg_people_list_first_page",
    target=Target(limit=150, source="issue 7"),
    baseline=pg_first_page_raw,
    baseline_label="raw psycopg count + first 200 rows as the same login, same joins and order",
    note="PostgreSQL over loopback as a staff login (row-level security on): count + page of 200",
)
def pg_people_list_first_page(run: BenchRun) -> list[float]:
    from indie_desktop.services.listing import ListQuery

    ws = staff_workspace(pg_set(run).urls["anna"])
    try:
        query = ListQuery()
        return time_ms(
            lambda: (ws.people.count(query), ws.people.page(query, 0, 200)),
            run.reps(full=30, quick=5),
        )
    finally:
        ws.close()


# --- saving an edit ----------------------------------------------------------------------------


def pg_save_raw(run: BenchRun) -> list[float]:
    s = pg_set(run)
    conn = _raw(s.urls["anna"])
    org = s.org_ids[-1]
    cities = iter(["Hagen", "Herne"] * 1000)
    try:

        def save() -> None:
            with conn.transaction():
                conn.execute(
                    "UPDATE organisation SET city = %s, version = version + 1 WHERE id = %s "
                    "RETURNING version",
                    (next(cities), org),
                ).fetchone()

        return time_ms(save, run.reps(full=30, quick=5))
    finally:
        conn.close()


@figure(
    "pg_save_edit",
    target=Target(limit=50, source="issue 7"),
    baseline=pg_save_raw,
    baseline_label="raw psycopg UPDATE of one column + version in its own transaction",
    note="organisation form saved through the service: lock, version check, validate, update, "
    "audit and notify triggers, commit",
)
def pg_save_edit(run: BenchRun) -> list[float]:
    s = pg_set(run)
    ws = staff_workspace(s.urls["anna"])
    org = s.org_ids[-1]
    cities = iter(["Witten", "Bochum"] * 1000)
    try:
        detail = ws.organisations.detail(org)
        state = {"version": detail.version, "draft": detail.draft}

        def save() -> None:
            state["draft"].city = next(cities)
            state["version"] = ws.organisations.update(org, state["draft"], state["version"])

        return time_ms(save, run.reps(full=30, quick=5))
    finally:
        ws.close()


# --- many users at once ------------------------------------------------------------------------


def _concurrent(run: BenchRun, seconds: float, one_user: Any) -> list[float]:
    s = pg_set(run)
    stop = time.monotonic() + seconds
    results: list[list[float]] = [[] for _ in range(USERS)]
    threads = [
        threading.Thread(target=one_user, args=(i, s, stop, results[i])) for i in range(USERS)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return [x for r in results for x in r]


def pg_concurrent_raw(run: BenchRun) -> list[float]:
    def user(i: int, s: PgSet, stop: float, out: list[float]) -> None:
        conn = _raw(s.urls["anna" if i % 2 else "bernd"])
        rnd = random.Random(i)
        try:
            while time.monotonic() < stop:
                start = time.perf_counter_ns()
                with conn.transaction():
                    conn.execute(
                        "UPDATE organisation SET phone = %s, version = version + 1 WHERE id = %s",
                        (f"+49231{rnd.randrange(10**6):06d}", rnd.choice(s.org_ids)),
                    )
                out.append((time.perf_counter_ns() - start) / 1e6)
        finally:
            conn.close()

    return _concurrent(run, 2 if run.quick else 10, user)


@figure(
    "pg_concurrent_edits",
    baseline=pg_concurrent_raw,
    baseline_label="raw psycopg single-statement UPDATEs, 20 connections, same records",
    note="20 simulated users (two institutions) edit 20 shared organisations for 60 s (quick: "
    "5 s) through the services with three-way merge; every save appends a token to the notes "
    "and the end checks that none is missing; samples are per-save ms incl. conflict retries",
)
def pg_concurrent_edits(run: BenchRun) -> list[float]:
    from indie_desktop.domain.errors import ConflictError

    tokens: dict[Any, list[str]] = {}
    counts = {"saves": 0, "conflicts": 0, "errors": 0}
    lock = threading.Lock()

    def user(i: int, s: PgSet, stop: float, out: list[float]) -> None:
        ws = staff_workspace(s.urls["anna" if i % 2 else "bernd"])
        rnd = random.Random(i)
        n = 0
        try:
            while time.monotonic() < stop:
                org = rnd.choice(s.org_ids)
                token = f"[u{i}n{n}]"
                n += 1
                start = time.perf_counter_ns()
                while True:
                    detail = ws.organisations.detail(org)
                    base = copy.deepcopy(detail.draft)  # what this user's form loaded
                    draft = detail.draft
                    draft.notes = (draft.notes + token)[-90_000:]
                    if rnd.random() < 0.5:
                        draft.phone = f"+49231{rnd.randrange(10**6):06d}"
                    try:
                        ws.organisations.update(org, draft, detail.version, base_draft=base)
                        break
                    except ConflictError:
                        with lock:
                            counts["conflicts"] += 1
                    except Exception:
                        with lock:
                            counts["errors"] += 1
                        raise
                out.append((time.perf_counter_ns() - start) / 1e6)
                with lock:
                    counts["saves"] += 1
                    tokens.setdefault(org, []).append(token)
        finally:
            ws.close()

    samples = _concurrent(run, 5 if run.quick else 60, user)
    s = pg_set(run)
    admin = _raw(s.admin_url)
    try:
        lost = 0
        for org, saved in tokens.items():
            (notes,) = admin.execute(
                "SELECT notes FROM organisation WHERE id = %s", (org,)
            ).fetchone()
            lost += sum(1 for t in saved if t not in (notes or ""))
    finally:
        admin.close()
    run.extras["pg_concurrent_edits"] = {**counts, "lost_updates": lost, "users": USERS}
    run.log(f"  concurrent edits: {counts}, lost updates: {lost}")
    if lost or counts["errors"]:
        raise RuntimeError(f"concurrent edits lost {lost} updates, {counts['errors']} errors")
    return samples
