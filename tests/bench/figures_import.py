"""Figures of issue 6: CSV import of 10,000 rows with duplicate checking, full duplicate scan.

The import works on a throw-away copy of the network-scale database (sqlite3 backup, outside
the timing), so the cached data set stays as generated and every run sees the same records.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import tempfile
from pathlib import Path

from context import BenchRun
from harness import Target, figure, time_ms

IMPORT_ROWS = 10_000
HEADER = "Firma;Straße;PLZ;Ort;Telefon;Anrede;Vorname;Nachname;E-Mail\r\n"


def _csv(run: BenchRun) -> Path:
    """10,000 rows as German Excel writes them; one in twenty names a firm already known."""
    path = run.data.data_dir / "bench-import-10k.csv"  # kept beside the cached data set
    if path.exists():
        return path
    rng = random.Random(6)
    known = run.raw.execute(
        "SELECT name, postcode, city FROM organisation WHERE deleted_at IS NULL AND postcode "
        "IS NOT NULL ORDER BY id LIMIT 2000"
    ).fetchall()
    firsts = ["Anna", "Jürgen", "Şükrü", "Łukasz", "Zoë", "Ben", "Claudia", "Murat", "Petra"]
    lasts = ["Müller", "Yıldız", "Wiśniewski", "Ñúñez", "Schröder", "Kaya", "Becker", "Weiß"]
    words = ["Metall", "Präzision", "Sensorik", "Elektro", "Kunststoff", "Logistik", "Bau"]
    lines = [HEADER]
    for i in range(IMPORT_ROWS):
        name, postcode, city = rng.choice(known)
        if rng.random() >= 0.05:
            name = f"{rng.choice(words)}{rng.choice(words).lower()} {rng.choice(lasts)} {i} GmbH"
        first, last = rng.choice(firsts), rng.choice(lasts)
        lines.append(
            f"{name};Hauptstraße {i % 200 + 1};{postcode};{city};0231 {100000 + i};Herr;"
            f"{first};{last};{first[0].lower()}.{i}@beispiel-{i}.de\r\n"
        )
    path.write_bytes("".join(lines).encode("cp1252", errors="replace"))
    return path


def _fresh_copy(run: BenchRun) -> Path:
    target = Path(tempfile.mkdtemp(prefix="indie-bench-db-"))
    dst = sqlite3.connect(target / "indie.sqlite3")
    run.raw.backup(dst)
    dst.close()
    return target


def import_raw(run: BenchRun) -> list[float]:
    import csv

    path = _csv(run)

    def work() -> None:
        con = sqlite3.connect(":memory:")
        con.execute("CREATE TABLE t (a, b, c, d, e, f, g, h, i)")
        with path.open(encoding="cp1252", newline="") as f:
            rows = list(csv.reader(f, delimiter=";"))[1:]
        con.executemany("INSERT INTO t VALUES (?,?,?,?,?,?,?,?,?)", rows)
        con.commit()

    return time_ms(work, run.reps(full=3, quick=1))


@figure(
    "csv_import_10k",
    target=Target(limit=3000, stat="median", source="issue 6"),
    baseline=import_raw,
    baseline_label="csv module + raw sqlite3 executemany of the same rows into a bare table",
    note=(
        "10,000 CSV rows (firm + person each) read, validated, checked for duplicates against "
        "20,000 organisations and 100,000 people, written as one batch with audit entries; "
        "includes the backup of the database file taken before every import (copied beside the "
        "reading, checking and, under WAL, writing; the commit waits for it)"
    ),
)
def csv_import_10k(run: BenchRun) -> list[float]:
    from indie_desktop.services.context import Actor
    from indie_desktop.services.importing.plan import ImportSettings
    from indie_desktop.services.workspace import Workspace
    from indie_desktop.store.database import open_local

    path = _csv(run)
    samples: list[float] = []
    for _ in range(run.reps(full=3, quick=1)):
        db = open_local(_fresh_copy(run))
        ws = Workspace(db, Actor.system())
        reports = []

        def work(ws: Workspace = ws, reports: list[object] = reports) -> None:
            table = ws.imports.read(path)
            settings = ImportSettings(mapping=ws.imports.automatic_mapping(table))
            reports.append(ws.imports.run(table, settings))

        try:
            samples += time_ms(work, 1, warmup=0)
        finally:
            db.dispose()
            shutil.rmtree(db.path.parent if db.path else "", ignore_errors=True)
        report = reports[-1]
        run.extras["csv_import_10k"] = {
            "created_organisations": report.created_organisations,  # type: ignore[attr-defined]
            "created_people": report.created_people,  # type: ignore[attr-defined]
            "duplicates": len(report.duplicates),  # type: ignore[attr-defined]
            "skipped": len(report.skipped),  # type: ignore[attr-defined]
        }
    return samples


def scan_raw(run: BenchRun) -> list[float]:
    def work() -> int:
        rows = run.raw.execute(
            "SELECT id, name, postcode, street, city, vat_id, register_court, register_number, "
            "email, website, phone FROM organisation WHERE deleted_at IS NULL"
        ).fetchall()
        return len(rows)

    return time_ms(work, run.reps(full=3, quick=1))


@figure(
    "duplicate_scan",
    target=Target(limit=10_000, stat="median", source="issue 6"),
    baseline=scan_raw,
    baseline_label="raw sqlite3 reading the compared columns of every organisation",
    note="full scan of 20,000 organisations: strong keys + fuzzy names in postcode/prefix blocks",
)
def duplicate_scan(run: BenchRun) -> list[float]:
    pairs: list[int] = []

    def work() -> None:
        pairs.append(len(run.workspace.duplicates.scan(people=False)))

    samples = time_ms(work, run.reps(full=3, quick=1))
    run.extras["duplicate_scan"] = {"pairs": pairs[-1]}
    return samples
