"""The 10,000-row CSV import on the office server as a staff login (issue 17): row-level
security, the guard, audit and feed triggers apply; COPY is refused there, so the bulk writer
sends multi-row INSERTs. Each repetition's batch is undone afterwards (soft delete)."""

from __future__ import annotations

import csv
import uuid
from typing import Any

import psycopg
from context import BenchRun
from figures_import import _csv
from harness import Target, figure, time_ms
from pg_figures import _raw, pg_set, staff_workspace


def pg_import_raw(run: BenchRun) -> list[float]:
    """The same rows as bare organisations + people, multi-row INSERTs by the same login,
    rolled back: what the server takes for the writing alone."""
    path = _csv(run)
    conn = _raw(pg_set(run).urls["bernd"])
    with path.open(encoding="cp1252", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))[1:]
    org_sql = (
        "INSERT INTO organisation (id, created_at, updated_at, version, visibility, kind, name, "
        "sort_name, search_key, street, postcode, city, phone, chamber, handwerksrolle, status) "
        "VALUES "
    )
    person_sql = (
        "INSERT INTO person (id, created_at, updated_at, version, visibility, salutation, "
        "first_name, last_name, sort_name, search_key, email) VALUES "
    )

    def values(n: int, width: int, pattern: str) -> str:
        """n rows of `pattern` with the server's own $k placeholders ({} per parameter)."""
        return ", ".join(
            pattern.format(*(f"${r * width + c + 1}" for c in range(width))) for r in range(n)
        )

    org_one = "({}, now(), now(), 1, 'network', 'company', {}, {}, {}, {}, {}, {}, {}, 'none', "
    org_one += "false, 'active')"
    person_one = "({}, now(), now(), 1, 'network', 'none', {}, {}, {}, {}, {})"
    statements = {
        n: (org_sql + values(n, 8, org_one), person_sql + values(n, 6, person_one))
        for n in {1000, len(rows) % 1000 or 1000}
    }

    def work() -> None:
        # The raw cursor and prepared statements: psycopg at its fastest (as the app's writer).
        with conn.transaction(force_rollback=True), psycopg.RawCursor(conn) as cursor:
            for start in range(0, len(rows), 1000):
                part = rows[start : start + 1000]
                orgs: list[Any] = []
                people: list[Any] = []
                for r in part:
                    orgs += [uuid.uuid4(), r[0], r[0].lower(), r[0].lower(), *r[1:5]]
                    key = f"{r[7]} {r[6]}".lower()
                    people += [uuid.uuid4(), r[6], r[7], key, key, r[8]]
                org_stmt, person_stmt = statements[len(part)]
                cursor.execute(org_stmt, orgs, prepare=True)
                cursor.execute(person_stmt, people, prepare=True)

    try:
        return time_ms(work, run.reps(full=3, quick=1))
    finally:
        conn.close()


@figure(
    "pg_csv_import_10k",
    target=Target(limit=5000, stat="median", source="issue 17"),
    baseline=pg_import_raw,
    baseline_label="raw psycopg multi-row INSERTs of the same rows as bare organisations and "
    "people, same login, rolled back",
    note="10,000 CSV rows (firm + person each) imported as a staff login on the shared server: "
    "read, validated, checked for duplicates, written as one batch under row-level security "
    "with the audit and sync-feed triggers; the batch is undone after each repetition",
)
def pg_csv_import_10k(run: BenchRun) -> list[float]:
    from indie_desktop.services.importing.plan import ImportSettings

    path = _csv(run)
    ws = staff_workspace(pg_set(run).urls["bernd"])
    samples: list[float] = []
    try:
        for _ in range(run.reps(full=3, quick=1)):
            reports: list[Any] = []

            def work(reports: list[Any] = reports) -> None:
                table = ws.imports.read(path)
                settings = ImportSettings(mapping=ws.imports.automatic_mapping(table))
                reports.append(ws.imports.run(table, settings))

            samples += time_ms(work, 1, warmup=0)
            report = reports[-1]
            run.extras["pg_csv_import_10k"] = {
                "created_organisations": report.created_organisations,
                "created_people": report.created_people,
                "duplicates": len(report.duplicates),
            }
            if report.batch_id is not None:
                ws.imports.undo(report.batch_id)
    finally:
        ws.close()
    return samples
