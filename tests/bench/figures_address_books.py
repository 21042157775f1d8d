"""Figures of issue 19: a 10,000-row XLSX and 5,000 vCards through the import, each beside the
bare library read of the same file (python-calamine for the workbook; splitting the cards'
lines for the vCards)."""

from __future__ import annotations

import random
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from context import BenchRun
from harness import Target, figure, time_ms

XLSX_ROWS = 10_000
VCARDS = 5_000
HEADER = ["Firma", "Straße", "PLZ", "Ort", "Telefon", "Anrede", "Vorname", "Nachname", "E-Mail"]
FIRSTS = ["Anna", "Jürgen", "Şükrü", "Łukasz", "Zoë", "Ben", "Claudia", "Murat", "Petra"]
LASTS = ["Müller", "Yıldız", "Wiśniewski", "Ñúñez", "Schröder", "Kaya", "Becker", "Weiß"]
WORDS = ["Metall", "Präzision", "Sensorik", "Elektro", "Kunststoff", "Logistik", "Bau"]


def _rows(run: BenchRun, n: int, seed: int) -> list[list[Any]]:
    rng = random.Random(seed)
    known = run.raw.execute(
        "SELECT name, postcode, city FROM organisation WHERE deleted_at IS NULL AND postcode "
        "IS NOT NULL ORDER BY id LIMIT 2000"
    ).fetchall()
    rows: list[list[Any]] = []
    for i in range(n):
        name, postcode, city = rng.choice(known)
        if rng.random() >= 0.05:
            name = f"{rng.choice(WORDS)}{rng.choice(WORDS).lower()} {rng.choice(LASTS)} {i} GmbH"
        first, last = rng.choice(FIRSTS), rng.choice(LASTS)
        # Every tenth phone as Excel keeps a number typed without quotes: the 0 is lost.
        phone: Any = 231_100_000 + i if i % 10 == 0 else f"0231 {100000 + i}"
        rows.append(
            [
                name,
                f"Hauptstraße {i % 200 + 1}",
                postcode,
                city,
                phone,
                "Herr",
                first,
                last,
                f"{first[0].lower()}.{i}@beispiel-{i}.de",
            ]
        )
    return rows


def _xlsx(run: BenchRun) -> Path:
    path = run.data.data_dir / "bench-import-10k.xlsx"
    if path.exists():
        return path
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Kontakte")
    sheet.append(HEADER)
    for row in _rows(run, XLSX_ROWS, 19):
        sheet.append(row)
    book.save(path)
    return path


def _vcf(run: BenchRun) -> Path:
    path = run.data.data_dir / "bench-import-5k.vcf"
    if path.exists():
        return path
    cards: list[str] = []
    for firm, street, postcode, city, phone, _, first, last, email in _rows(run, VCARDS, 20):
        number = f"0{phone}" if isinstance(phone, int) else phone
        cards.append(
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"N:{last};{first};;Herr;\r\nFN:{first} {last}\r\nORG:{firm}\r\n"
            f"TEL;TYPE=WORK,VOICE:{number}\r\nEMAIL;TYPE=INTERNET,WORK:{email}\r\n"
            f"ADR;TYPE=WORK:;;{street};{city};;{postcode};Deutschland\r\n"
            "NOTE:Kennengelernt auf der Messe\\nRückruf erbeten\r\nEND:VCARD\r\n"
        )
    path.write_bytes("".join(cards).encode("utf-8"))
    return path


def _fresh_copy(run: BenchRun) -> Path:
    target = Path(tempfile.mkdtemp(prefix="indie-bench-db-"))
    dst = sqlite3.connect(target / "indie.sqlite3")
    run.raw.backup(dst)
    dst.close()
    return target


def _import(run: BenchRun, path: Path, key: str) -> list[float]:
    from indie_desktop.services.context import Actor
    from indie_desktop.services.importing.plan import ImportSettings
    from indie_desktop.services.workspace import Workspace
    from indie_desktop.store.database import open_local

    samples: list[float] = []
    for _ in range(run.reps(full=3, quick=1)):
        db = open_local(_fresh_copy(run))
        ws = Workspace(db, Actor.system())
        reports: list[Any] = []

        def work(ws: Workspace = ws, reports: list[Any] = reports) -> None:
            table = ws.imports.read(path)
            settings = ImportSettings(mapping=ws.imports.automatic_mapping(table))
            reports.append(ws.imports.run(table, settings))

        try:
            samples += time_ms(work, 1, warmup=0)
        finally:
            db.dispose()
            shutil.rmtree(db.path.parent if db.path else "", ignore_errors=True)
        report = reports[-1]
        run.extras[key] = {
            "rows": report.rows,
            "created_organisations": report.created_organisations,
            "created_people": report.created_people,
            "skipped": len(report.skipped),
            "kept_in_notes_or_repaired": sum(1 for e in report.errors if e.kept),
        }
    return samples


def calamine_raw(run: BenchRun) -> list[float]:
    from python_calamine import CalamineWorkbook

    path = _xlsx(run)

    def work() -> int:
        book = CalamineWorkbook.from_path(str(path))
        rows = book.get_sheet_by_index(0).to_python()
        book.close()
        return len(rows)

    return time_ms(work, run.reps(full=5, quick=2))


@figure(
    "xlsx_import_10k",
    target=Target(limit=2000, ratio=3.0, stat="median", source="issue 19"),
    baseline=calamine_raw,
    baseline_label="python-calamine reading the same sheet to Python lists, nothing else",
    note=(
        "10,000 XLSX rows (firm + person each, every tenth phone stored by Excel as a number) "
        "read with python-calamine, validated, checked for duplicates, written as one batch "
        "with audit entries and the backup before the import"
    ),
)
def xlsx_import_10k(run: BenchRun) -> list[float]:
    return _import(run, _xlsx(run), "xlsx_import_10k")


def vcard_raw(run: BenchRun) -> list[float]:
    path = _vcf(run)

    def work() -> int:
        lines = path.read_bytes().decode("utf-8").split("\r\n")
        return sum(1 for line in lines if line == "BEGIN:VCARD")

    return time_ms(work, run.reps(full=5, quick=2))


@figure(
    "vcard_import_5k",
    target=Target(limit=3000, stat="median", source="issue 19"),
    baseline=vcard_raw,
    baseline_label="reading the file and splitting it into lines (the least any reader does)",
    note=(
        "5,000 vCard 3.0 cards (name, firm, phone, e-mail, address, note) read card by card, "
        "validated, checked for duplicates, written as one batch"
    ),
)
def vcard_import_5k(run: BenchRun) -> list[float]:
    return _import(run, _vcf(run), "vcard_import_5k")
