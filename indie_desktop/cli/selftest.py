"""`indie-desktop self-test`: can this installation open its database and find its resources?

Runs without a screen; used after installing and on the frozen build.
"""

from __future__ import annotations

import importlib
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from indie_desktop.domain.formatting import format_date
from indie_desktop.resources import resource_path

if TYPE_CHECKING:
    from indie_desktop.store.backup import BackupPolicy, Health

FORMS = (
    "conflict_dialog",
    "connection_dialog",
    "organisation_dialog",
    "person_dialog",
    "project_dialog",
    "event_dialog",
    "need_dialog",
    "referral_dialog",
    "stage_change_dialog",
    "cooperation_dialog",
    "task_dialog",
    "visit_dialog",
    "password_dialog",
)


def _check_resources() -> list[str]:
    problems: list[str] = []
    qm = resource_path("translations", "indie_de.qm")
    if not qm.is_file():
        problems.append(f"German translation missing: {qm}")
    icons = resource_path("icons")
    if not icons.is_dir() or not any(icons.glob("*.svg")):
        problems.append(f"icons missing in {icons}")
    fonts = resource_path("fonts")
    if fonts.is_dir() and not any(p.stem.upper().startswith("LICEN") for p in fonts.iterdir()):
        problems.append(f"the fonts in {fonts} come without their licence file")
    from indie_desktop.store.database import MIGRATIONS_DIR

    if not any((MIGRATIONS_DIR / "versions").glob("0*.py")):
        problems.append(f"database migrations missing in {MIGRATIONS_DIR}")
    for form in FORMS:  # imported, not globbed: a frozen build keeps them inside its archive
        try:
            importlib.import_module(f"indie_desktop.ui.forms.ui_{form}")
        except ImportError as exc:
            problems.append(f"compiled form {form} cannot be imported: {exc}")
    from indie_desktop.domain.wz import wz_title

    if not wz_title("25.62.0"):
        problems.append("WZ 2008 classification cannot be read")
    problems += _check_printing()
    return problems


def _check_printing() -> list[str]:
    """The bundled fonts embed and the letter templates are there: a one-line PDF is made."""
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    from indie_desktop.printing.fonts import FONT, register_fonts
    from indie_desktop.printing.templates import list_templates

    try:
        register_fonts()
        canvas = Canvas(BytesIO())
        canvas.setFont(FONT, 10)
        canvas.drawString(72, 72, "Łukasz Wiśniewski · Şükrü Yıldız · 5 €")
        canvas.save()
    except Exception as exc:  # any failure here means printing is broken in this build
        return [f"printing does not work (fonts in {resource_path('fonts')}): {exc}"]
    if not list_templates():
        return [f"letter templates missing in {resource_path('templates')}"]
    return []


def _check_database(data_dir: Path | None, database: str | None = None) -> list[str]:
    from indie_desktop.config import Paths
    from indie_desktop.store.database import (
        DatabaseDamaged,
        StorageError,
        current_revision,
        head_revision,
    )
    from indie_desktop.store.shared_open import open_database

    paths = Paths.resolve(data_dir) if data_dir else None
    target = paths.data_dir if paths is not None else Path(tempfile.mkdtemp())
    policy = paths.backup_policy() if paths is not None and database is None else None
    if policy is not None:
        damage = _full_check(target, policy)
        if damage:
            return damage
    try:
        db = open_database(target, database, policy)
    except DatabaseDamaged as exc:
        assert policy is not None
        return _damage_notice(exc.health, policy)
    except StorageError as exc:
        return [str(exc)]
    try:
        if current_revision(db.engine) != head_revision():
            return [f"database {db.description} is not at the newest schema"]
    finally:
        db.dispose()
    return []


def _full_check(data_dir: Path, policy: BackupPolicy) -> list[str]:
    """The full check of the local file (integrity_check), as the app runs it after start."""
    from indie_desktop.store import backup as b
    from indie_desktop.store.database import DB_FILENAME

    health = b.check_file(data_dir / DB_FILENAME)
    return [] if health.ok else _damage_notice(health, policy)


def _damage_notice(health: Health, policy: BackupPolicy) -> list[str]:
    """The app's words for a damaged file, and the backup it would offer."""
    from indie_desktop.store import backup as b

    lines = [f"The check of the database file found damage: {health.problem}"]
    if health.detail:
        lines.append(f"SQLite: {health.detail}")
    newest = b.newest_good_backup(policy.folder)
    if newest is None:
        lines.append(f"No intact backup in {policy.folder}.")
    else:
        taken = newest.info.taken_at
        lines.append(
            f"Newest intact backup: {newest.info.path} of {format_date(taken.date())} "
            f"{taken:%H:%M} ({newest.organisations} organisations, {newest.people} people); "
            "restore it with `indie-desktop restore --newest` or at the next start of the app."
        )
    return lines


def _check_qt() -> list[str]:
    try:
        from indie_desktop.ui.qt_check import check_qt
    except ImportError as exc:
        return [f"Qt cannot be loaded: {exc}"]
    return check_qt()


def run_self_test(data_dir: Path | None, database: str | None = None) -> int:
    problems = _check_database(data_dir, database) + _check_resources() + _check_qt()
    if problems:
        print("self-test FAILED:", file=sys.stderr)
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        return 1
    print("self-test passed: database, migrations, forms, translations, icons, Qt")
    from indie_desktop.resources import is_frozen, package_root

    if is_frozen():
        print(f"(frozen build, resources in {package_root()})")
    return 0
