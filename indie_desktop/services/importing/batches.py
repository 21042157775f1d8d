"""Importing organisations and people from CSV, XLSX and vCard files as one undoable batch.

A batch is one transaction. Its audit entry (action "import", target type "import_batch")
lists every record created and every field filled, which is what undo reverses.
"""

from __future__ import annotations

import gc
import json
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import func, or_, select, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from indie_desktop.domain.base import Syncable, utcnow, uuid7
from indie_desktop.domain.duplicate_index import OrganisationIndex, PersonIndex
from indie_desktop.domain.errors import ConflictError, NotFound
from indie_desktop.domain.matching import STORED_INPUTS
from indie_desktop.domain.models import (
    Affiliation,
    Attachment,
    AuditEntry,
    ContactPoint,
    Organisation,
    Person,
    Setting,
    Staff,
)
from indie_desktop.domain.record_keys import keys_of_row, organisation_match_key
from indie_desktop.domain.text import search_fold
from indie_desktop.interchange.fields import automatic_mapping
from indie_desktop.interchange.import_table import ImportTable, unmapped_columns
from indie_desktop.interchange.reading import ReadOptions, read_table
from indie_desktop.services import records
from indie_desktop.services.attachments import DEFAULT_LIMIT_BYTES, attachment_from_bytes
from indie_desktop.services.context import Actor
from indie_desktop.services.demo.writer import BulkWriter, pipelined
from indie_desktop.services.duplicates.finder import (
    PersonCandidates,
    load_organisation_keys,
    load_person_keys,
)
from indie_desktop.services.importing.plan import (
    DuplicatePolicy,
    ImportSettings,
    Plan,
    Planner,
    RowDuplicate,
    RowProblem,
)
from indie_desktop.store import search_index
from indie_desktop.store.backup import BEFORE_IMPORT, BackgroundBackup
from indie_desktop.store.database import Database

__all__ = [
    "DuplicatePolicy",
    "ImportBatch",
    "ImportReport",
    "ImportService",
    "ImportSettings",
    "RowDuplicate",
    "RowProblem",
]

MAPPING_PREFIX = "import.mapping."
Progress = Callable[[str, int, int], None]
_MODELS: dict[str, type[Syncable]] = {
    "organisation": Organisation,
    "person": Person,
    "affiliation": Affiliation,
    "attachment": Attachment,
    "contact_point": ContactPoint,
}


def _new_points(s: Session, plan: Plan) -> list[dict[str, Any]]:
    """The plan's further contact details less those an existing owner already has (in its own
    columns or as a row): importing the same file twice adds nothing."""
    new_owners = {r["id"] for r in plan.organisations} | {r["id"] for r in plan.people}
    old = {
        p.get("person_id") or p.get("organisation_id")
        for p in plan.contact_points
        if (p.get("person_id") or p.get("organisation_id")) not in new_owners
    }
    if not old:
        return plan.contact_points
    have: set[tuple[object, str, str]] = set()
    ids = list(old)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for pid, oid, kind, value in s.execute(
            select(
                ContactPoint.person_id,
                ContactPoint.organisation_id,
                ContactPoint.kind,
                ContactPoint.value,
            ).where(
                or_(ContactPoint.person_id.in_(chunk), ContactPoint.organisation_id.in_(chunk)),
                ContactPoint.deleted_at.is_(None),
            )
        ):
            have.add((pid or oid, str(kind), (value or "").casefold()))
        for model, columns in (
            (Person, ("email", "phone", "mobile")),
            (Organisation, ("email", "phone", "website")),
        ):
            for row in s.execute(
                select(model.id, *(getattr(model, c) for c in columns)).where(model.id.in_(chunk))
            ):
                for column, value in zip(columns, row[1:], strict=True):
                    if value:
                        have.add((row[0], _OWN_KIND[column], str(value).casefold()))
    return [
        p
        for p in plan.contact_points
        if (
            p.get("person_id") or p.get("organisation_id"),
            str(p["kind"]),
            str(p.get("value") or "").casefold(),
        )
        not in have
    ]


_OWN_KIND = {"email": "email", "phone": "phone", "mobile": "mobile", "website": "web"}


@dataclass
class ImportReport:
    rows: int
    created_organisations: int
    created_people: int
    updated: int
    imported_rows: list[int]
    skipped: list[int]
    errors: list[RowProblem]
    duplicates: list[RowDuplicate]
    dry_run: bool
    batch_id: uuid.UUID | None = None
    # What of the file did not arrive in a field: lines the reader skipped (line, English
    # template with %1), columns with values that no field takes, vCard properties ignored.
    warnings: list[tuple[int, str]] = field(default_factory=list)
    unmapped_columns: list[str] = field(default_factory=list)
    ignored_properties: dict[str, int] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        """Every row went in."""
        return not self.skipped


@dataclass(frozen=True)
class ImportBatch:
    id: uuid.UUID
    at: datetime
    summary: str
    undone: bool
    source: str = ""  # the file's name
    organisations: int = 0  # created
    people: int = 0  # created
    updated: int = 0  # existing records filled in


def _batch(entry: AuditEntry, undone: set[str]) -> ImportBatch:
    changes: dict[str, Any] = entry.changes or {}
    created = [str(kind) for kind, _ in changes.get("created", [])]
    summary = entry.summary or ""
    return ImportBatch(
        entry.id,
        entry.at,
        summary,
        str(entry.id) in undone,
        source=str(changes.get("source") or summary.rpartition(": ")[0]),
        organisations=created.count("organisation"),
        people=created.count("person"),
        updated=len(changes.get("updated", [])),
    )


class ImportService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor
        self._orgs: tuple[tuple[object, ...], OrganisationIndex] | None = None

    # --- reading and mapping ------------------------------------------------------------------

    @staticmethod
    def read(path: Path, options: ReadOptions | None = None) -> ImportTable:
        """The file's rows; ImportFileError with a message for the user when unreadable.

        Read with the cyclic collector held off, as the import itself runs: a reader builds
        some ten containers per row (cards, properties, cells), and the full collections
        they set off cost a third of reading a workbook or 5,000 vCards."""
        with _collection_paused():
            return read_table(path, options)

    @staticmethod
    def automatic_mapping(table: ImportTable) -> dict[int, str]:
        return automatic_mapping(table.headers)

    def save_mapping(self, name: str, table: ImportTable, mapping: dict[int, str]) -> None:
        """Remember a mapping by header text, so it fits the next file of the same layout."""
        by_header = {table.headers[i]: target for i, target in mapping.items()}
        with self.db.session() as s:
            s.merge(Setting(key=MAPPING_PREFIX + name.strip(), value=json.dumps(by_header)))

    def mapping_names(self) -> list[str]:
        with self.db.session() as s:
            keys = s.scalars(select(Setting.key).where(Setting.key.startswith(MAPPING_PREFIX)))
            return sorted(k.removeprefix(MAPPING_PREFIX) for k in keys)

    def load_mapping(self, name: str, table: ImportTable) -> dict[int, str]:
        with self.db.session() as s:
            setting = s.get(Setting, MAPPING_PREFIX + name.strip())
            if setting is None:
                raise NotFound(f"There is no saved mapping named {name!r}.")
            by_header: dict[str, str] = json.loads(setting.value)
        return {i: by_header[h] for i, h in enumerate(table.headers) if h in by_header}

    # --- importing ----------------------------------------------------------------------------

    def run(
        self,
        table: ImportTable,
        settings: ImportSettings,
        *,
        dry_run: bool = False,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> ImportReport:
        """Check every row and (unless dry_run) write the valid ones as one batch.

        Raises InterruptedError when cancelled; nothing is written then."""
        with _collection_paused():
            return self._run(table, settings, dry_run, progress, cancelled)

    def _run(
        self,
        table: ImportTable,
        settings: ImportSettings,
        dry_run: bool,
        progress: Progress | None,
        cancelled: Callable[[], bool],
    ) -> ImportReport:
        report = progress or (lambda phase, done, total: None)
        # The copy of the file taken before an import (issue 11) runs beside the reading and
        # checking below, which only read; _write waits for it before it writes anything.
        backup = None if dry_run else self.db.start_backup(BEFORE_IMPORT)
        try:
            report("Checking for duplicates", 0, len(table.rows))
            with self.db.session() as s:
                orgs = self._organisation_index(s)

            def load_people(candidates: PersonCandidates) -> PersonIndex:
                with self.db.session() as s:
                    return PersonIndex(load_person_keys(s, candidates))

            with self.db.session() as s:
                staff = {
                    search_fold(f"{first} {last}"): sid
                    for sid, first, last in s.execute(
                        select(Staff.id, Staff.first_name, Staff.last_name).where(
                            Staff.deleted_at.is_(None)
                        )
                    )
                }
            planner = Planner(table, settings, orgs, load_people, self.actor.institution_id, staff)
            if dry_run or self.db.is_sqlite:
                plan = planner.run(cancelled, report)
                batch_id = (
                    None if dry_run else self._write(plan, settings.source, cancelled, backup)
                )
            else:
                plan, batch_id = self._plan_and_write(planner, settings.source, cancelled, report)
        finally:
            if backup is not None:
                backup.discard()  # unless _write kept it: nothing was written, no copy needed
        return ImportReport(
            rows=plan.rows,
            created_organisations=len(plan.organisations),
            created_people=len(plan.people),
            updated=len(plan.fills) if dry_run else plan.fills_applied,
            imported_rows=plan.imported_rows,
            skipped=plan.skipped,
            errors=plan.errors,
            duplicates=plan.duplicates,
            dry_run=dry_run,
            batch_id=batch_id,
            warnings=list(table.warnings),
            unmapped_columns=unmapped_columns(table, settings.mapping),
            ignored_properties=dict(table.ignored),
        )

    def _organisation_index(self, s: Session) -> OrganisationIndex:
        """The duplicate index of the organisations, built once per state of the table.

        Building it for 20,000 organisations takes most of a second; the wizard checks a file
        (dry run), maybe again after fixes, then imports it. Any change to the organisations
        (new, edited: version, updated_at; deleted: count) makes a new one."""
        mark = tuple(
            s.execute(
                select(
                    func.count(),
                    func.max(Organisation.updated_at),
                    func.coalesce(func.sum(Organisation.version), 0),
                ).where(Organisation.deleted_at.is_(None))
            ).one()
        )
        if self._orgs is None or self._orgs[0] != mark:
            self._orgs = (mark, OrganisationIndex(load_organisation_keys(s)))
        return self._orgs[1]

    def _plan_and_write(
        self,
        planner: Planner,
        source: str,
        cancelled: Callable[[], bool],
        report: Progress,
    ) -> tuple[Plan, uuid.UUID | None]:
        """PostgreSQL: the batch's transaction begins with the planning, and the new
        organisations go to the server (pipeline mode) while the planner still decides the
        later rows, so that the server's part (indexes, audit and feed triggers) runs beside
        the checking instead of after it. Only organisations: once planned, one never changes
        (a planned person may: a later row of the same person fills in her empty fields).
        Same transaction as before: cancelled or failed, nothing is written."""
        with self.db.session() as s:
            early = _EarlyOrganisations(s, planner.plan.organisations, cancelled)

            def progress(phase: str, done: int, total: int) -> None:
                report(phase, done, total)
                early.send()  # nothing before the planner decides (every 500 rows)

            with pipelined(s):
                plan = planner.run(cancelled, progress)
            return plan, self._write(plan, source, cancelled, None, s, early.sent)

    def _write(
        self,
        plan: Plan,
        source: str,
        cancelled: Callable[[], bool],
        backup: BackgroundBackup | None,
        session: Session | None = None,
        written: int = 0,
    ) -> uuid.UUID | None:
        """The plan as one batch, in `session` when given (its first `written` organisations
        are in already: _plan_and_write), else in a session of its own."""
        if not (plan.organisations or plan.people or plan.fills or plan.contact_points):
            return None
        # A copy of the local file first (undo takes a batch back; this covers the rest): the
        # one started with the import, of the file as it was then. BackupError: nothing written.
        if cancelled():
            raise InterruptedError
        batch_id = uuid7()
        with self.db.session() if session is None else nullcontext(session) as s:
            # Under WAL the batch is written while the copy is still being made, and committed
            # only once it is finished: the copy reads its own snapshot of the file (the state
            # when the import started), which the batch's uncommitted pages do not touch, and a
            # failed copy rolls the batch back. (Waiting first cost the copy's remaining
            # seconds on a large file.) Other journal modes let a reader block the writer.
            copy_first = backup is not None and not _wal(s)
            if copy_first:
                _finish(backup)
            updated: list[list[Any]] = []
            filled = _load_live(s, list(plan.fills))
            for (kind, record_id), values in plan.fills.items():
                record = filled.get((kind, record_id))
                if record is None:
                    raise NotFound(f"{kind} {record_id} does not exist or was deleted.")
                fill = {
                    k: v
                    for k, v in values.items()
                    if k not in ("sort_name", "search_key", "match_key", "visibility")
                    and getattr(record, k, None) in (None, "")
                    and hasattr(record, k)
                }
                if isinstance(record, Organisation) and fill:
                    # Audited with the fill, so undoing the batch puts the old keys back too.
                    now_reads = {c: fill.get(c, getattr(record, c)) for c in STORED_INPUTS}
                    fill["match_key"] = organisation_match_key(now_reads)
                changes = records.apply_changes(s, self.actor, record, fill)
                _refresh_keys(record, audited=("match_key",))
                if changes:
                    updated.append([kind, str(record_id), changes])
            # Only people filled in may have links already (an empty IN list under row-level
            # security took the server almost half a second).
            filled_people = [rid for (kind, rid) in plan.fills if kind == "person"]
            existing_links = {
                (row[0], row[1])
                for start in range(0, len(filled_people), 500)
                for row in s.execute(
                    select(Affiliation.person_id, Affiliation.organisation_id).where(
                        Affiliation.person_id.in_(filled_people[start : start + 500])
                    )
                )
            }
            affiliations = [
                a
                for a in plan.affiliations
                if (a["person_id"], a["organisation_id"]) not in existing_links
            ]
            points = _new_points(s, plan)
            created: list[list[str]] = []
            bulk = None
            if self.db.is_sqlite:  # index the new rows at once, not row by row in Python
                s.flush()
                self.db.defer_checkpoint(s)  # the log is copied into the file after the commit
                bulk = search_index.SqliteBulkInsert(s.connection(), ("organisation", "person"))
                bulk.begin()
            with pipelined(s):  # PostgreSQL: the server writes while the next rows are made
                for kind, rows in (
                    ("organisation", plan.organisations),
                    ("person", plan.people),
                    ("affiliation", affiliations),
                    ("contact_point", points),
                ):
                    new = rows[written:] if kind == "organisation" else rows
                    if new:
                        _bulk_insert(s, _MODELS[kind], new, cancelled)
                    created += [[kind, str(r["id"])] for r in rows]
            if bulk is not None:
                bulk.finish()
            if plan.photos and not copy_first:
                _finish(backup)  # stored as files beside the database: not undone by a rollback
                copy_first = True
            created += self._photos(s, plan)
            now = utcnow()
            # A shared database's trigger writes them (made for nothing, the 20,000 took a
            # quarter of a second there).
            by_trigger = records.audited_by_database(s)
            audit_rows = [
                {
                    # Time-ordered ids (the model's default): 20,000 random ones would land all
                    # over the primary-key index of a large audit table, page by page.
                    "id": uuid7(),
                    "at": now,
                    "staff_id": self.actor.staff_id,
                    "institution_id": self.actor.institution_id,
                    "action": "create",
                    "target_type": kind,
                    "target_id": r["id"],
                    "summary": f"import {batch_id}",
                }
                for kind, rows in (("organisation", plan.organisations), ("person", plan.people))
                if not by_trigger
                for r in rows
            ]
            if audit_rows:
                _bulk_insert(s, AuditEntry, audit_rows, cancelled)
            if not copy_first:
                _finish(backup)  # BackupError: the batch is rolled back, nothing written
            plan.fills_applied = len(updated)
            if not created and not updated:
                return None  # the same file again: every field was already there
            records.audit_event(
                s,
                AuditEntry(
                    id=batch_id,
                    at=now,
                    staff_id=self.actor.staff_id,
                    institution_id=self.actor.institution_id,
                    action="import",
                    target_type="import_batch",
                    target_id=batch_id,
                    changes={"created": created, "updated": updated, "source": source},
                    summary=(
                        f"{source or 'import'}: {len(plan.organisations)} organisations, "
                        f"{len(plan.people)} people, {len(updated)} updated"
                    ),
                ),
            )
        return batch_id

    def _photos(self, s: Session, plan: Plan) -> list[list[str]]:
        """Kept vCard photos as attachments of their people, in the batch's transaction."""
        created: list[list[str]] = []
        for person_id, filename, content in plan.photos:
            if len(content) > DEFAULT_LIMIT_BYTES:
                continue  # a photo this size is no contact photo; the person goes in without
            record = attachment_from_bytes(self.db, "person", person_id, filename, content)
            record.owner_institution_id = self.actor.institution_id
            s.add(record)
            s.flush()
            created.append(["attachment", str(record.id)])
        return created

    # --- undo ---------------------------------------------------------------------------------

    def batches(self, limit: int = 20) -> list[ImportBatch]:
        """The latest imports, newest first."""
        with self.db.session() as s:
            undone = {
                str(summary)
                for summary in s.scalars(
                    select(AuditEntry.summary).where(AuditEntry.action == "undo-import")
                )
                if summary is not None
            }
            rows = s.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == "import")
                .order_by(AuditEntry.at.desc())
                .limit(limit)
            )
            return [_batch(e, undone) for e in rows]

    def undo(self, batch_id: uuid.UUID) -> None:
        """Soft-delete what the batch created and put back what it filled in."""
        with self.db.session() as s:
            entry = s.get(AuditEntry, batch_id)
            if entry is None or entry.action != "import" or entry.changes is None:
                raise NotFound("This import does not exist.")
            if s.scalar(
                select(AuditEntry.id).where(
                    AuditEntry.action == "undo-import", AuditEntry.summary == str(batch_id)
                )
            ):
                raise ConflictError("This import has already been undone.")
            now = utcnow()
            by_kind: dict[str, list[uuid.UUID]] = {}
            # The batch's audit entry holds what import() wrote: [kind, id] per record created
            # and [kind, id, {field: [old, new]}] per record filled in.
            created = cast(list[list[str]], entry.changes["created"])
            updated = cast(list[tuple[str, str, dict[str, list[object]]]], entry.changes["updated"])
            for kind, record_id in created:
                by_kind.setdefault(str(kind), []).append(uuid.UUID(str(record_id)))
            # One UPDATE per 500 records, not one per record (the ORM's way): on the office
            # server each statement runs the audit and feed triggers once.
            for kind, ids in by_kind.items():
                model = _MODELS[kind]
                for start in range(0, len(ids), 500):
                    s.execute(
                        update(model)
                        .where(model.id.in_(ids[start : start + 500]), model.deleted_at.is_(None))
                        .values(deleted_at=now, updated_at=now, version=model.version + 1)
                        .execution_options(synchronize_session=False)
                    )
            for kind, record_id, changes in updated:
                model = _MODELS[str(kind)]
                filled = s.get(model, uuid.UUID(str(record_id)))
                if filled is not None:
                    old = {
                        k: records.from_jsonable(model, k, v[0]) for k, v in dict(changes).items()
                    }
                    records.apply_changes(s, self.actor, filled, old)
                    _refresh_keys(filled)  # the list filter no longer finds what was filled
            records.audit_event(
                s,
                AuditEntry(
                    staff_id=self.actor.staff_id,
                    institution_id=self.actor.institution_id,
                    action="undo-import",
                    target_type="import_batch",
                    target_id=batch_id,
                    summary=str(batch_id),
                ),
            )


def _wal(s: Session) -> bool:
    """Whether the session's SQLite file is in WAL mode (readers and the writer apart)."""
    if not s.get_bind().dialect.name == "sqlite":
        return False
    mode = s.connection().exec_driver_sql("PRAGMA journal_mode").scalar()
    return str(mode).lower() == "wal"


def _finish(backup: BackgroundBackup | None) -> None:
    if backup is not None:
        backup.finish()


def _load_live(s: Session, keys: list[tuple[str, uuid.UUID]]) -> dict[tuple[str, uuid.UUID], Any]:
    """The live records a batch fills in, a few queries for all (not one per record: a
    round trip each to the office server)."""
    found: dict[tuple[str, uuid.UUID], Any] = {}
    for kind in {k for k, _id in keys}:
        model = _MODELS[kind]
        ids = [rid for k, rid in keys if k == kind]
        for start in range(0, len(ids), 500):
            for record in s.scalars(
                select(model).where(
                    model.id.in_(ids[start : start + 500]), model.deleted_at.is_(None)
                )
            ):
                found[(kind, record.id)] = record
    return found


def _refresh_keys(record: Any, audited: tuple[str, ...] = ()) -> None:
    """A filled-in or restored record's sort, search and match keys as its fields now read
    (one rule: domain/record_keys.py); keys named in `audited` were set with the change."""
    mapper = sa_inspect(record).mapper
    row = {a.columns[0].name: getattr(record, a.key) for a in mapper.column_attrs}
    for key, value in keys_of_row(record.__tablename__, row).items():
        if key not in audited and getattr(record, key, value) != value:
            setattr(record, key, value)


@contextmanager
def _collection_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while a batch is checked and written.

    An import keeps hundreds of thousands of small containers alive (keys of every known
    organisation, row values, plans); each full collection walks them all, which cost a tenth
    of a 10,000-row import. Reference counting still frees everything meanwhile; cycles left
    over are collected once the collector runs again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


EARLY_ROWS = 2000


class _EarlyOrganisations:
    """The planned organisations written while the planner goes on, in whole chunks of
    EARLY_ROWS (prepared statements of the bulk writer's full size); the rest with the batch."""

    def __init__(
        self, session: Session, rows: list[dict[str, Any]], cancelled: Callable[[], bool]
    ) -> None:
        self.session = session
        self.rows = rows  # the plan's list, growing as the planner decides
        self.cancelled = cancelled
        self.sent = 0

    def send(self) -> None:
        ready = (len(self.rows) - self.sent) // EARLY_ROWS * EARLY_ROWS
        if ready:
            part = self.rows[self.sent : self.sent + ready]
            _bulk_insert(self.session, Organisation, part, self.cancelled)
            self.sent += ready


def _bulk_insert(
    session: Session, model: type[Any], rows: list[dict[str, Any]], cancelled: Callable[[], bool]
) -> None:
    """Write plain row dicts through the demo generator's bulk writer (one compiled INSERT per
    chunk, PostgreSQL multi-row INSERTs), with the columns' Python-side defaults filled in, as
    Core would."""
    table = model.__table__
    defaults: dict[str, Any] = {}
    for column in table.c:
        default = column.default
        if column.key in rows[0] or default is None:
            continue
        if getattr(default, "is_scalar", False):
            defaults[column.key] = default.arg
        elif getattr(default, "is_callable", False):
            defaults[column.key] = default.arg(None)
    writer = BulkWriter(session, None)
    for start in range(0, len(rows), 2000):
        if cancelled():
            raise InterruptedError
        for row in rows[start : start + 2000]:
            writer.add(model, {**defaults, **row})
        writer.flush()
