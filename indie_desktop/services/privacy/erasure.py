"""Erasure (Art. 17 DSGVO) of a person's personal data, everywhere it is stored.

What happens, in one transaction:
- the person row keeps its id (visits, referrals and cooperations that count it stay counted)
  but loses every personal field and becomes a tombstone (deleted_at, version bump: the sync
  carries the erasure to offline replicas like any delete, and `sync.erasure` makes it win over
  their unsent edits, merge bases and conflicts);
- affiliations, consents, objections, retention decisions, tag links and tasks about the person
  are emptied and tombstoned; the roles in project and cooperation partnerships are emptied;
- attachments of the person and of the consents lose their content; their files are deleted
  (after commit) unless another live record holds the same file;
- mentions of the name, e-mail or phone in other records' texts are replaced by `[entfernt]`,
  but only those the user confirmed (`find_mentions` lists the candidates);
- the audit trail keeps that records changed but not the values: old/new values of the
  person's records are dropped, other entries have the identifying strings replaced;
- one audit entry records that an erasure happened: who, when and a random reference, not whom.

On SQLite the bytes must then be gone from the file. The erasure runs with secure_delete (SQLite
zeroes deleted cells and freed pages), the touched full-text tables are optimised (a contentless
FTS5 table only marks deleted tokens until its segments merge; SQLite 3.40 has no FTS5
secure-delete) and the WAL is checkpointed and truncated. secure_delete alone is not enough:
when SQLite rebalances a b-tree it leaves copies of moved cells in the free gap of the old page,
and those are never zeroed. So `store.sqlite_residue` then checks every unallocated byte of the
file; only if one is not zero does VACUUM rewrite the file (measured on the network data set:
the demo file and the optimise itself leave such copies, so VACUUM usually still runs; a file
that passes the check is done in about a second). After a VACUUM the check runs again.

Backups taken before the erasure still hold the data until they rotate out: the receipt lists
the backup files in which the person is still present (`backups_with_person`); nothing is
pretended to be purged from them.

`anonymise_only` (the retention queue's "anonymise"): the same, but the person row stays live
as "Anonymisiert" with its affiliations (organisation links without role), so the contact still
counts with its organisation.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Text, and_, cast, literal_column, or_, select, text, update
from sqlalchemy.orm import Session

from indie_desktop.domain.base import utcnow
from indie_desktop.domain.enums import Salutation
from indie_desktop.domain.errors import NotFound, PermissionDenied
from indie_desktop.domain.models import (
    Affiliation,
    Attachment,
    AuditEntry,
    Consent,
    ContactPoint,
    CooperationPartner,
    Person,
    ProjectParticipant,
    TagLink,
    Task,
)
from indie_desktop.domain.privacy import Objection, RetentionDecision
from indie_desktop.domain.redaction import (
    ANONYMOUS,
    MENTION_FIELDS,
    REDACTED,
    identifying_terms_of,
    pattern_of,
    redact_search_key,
    redact_value,
)
from indie_desktop.domain.text import fold
from indie_desktop.services import records
from indie_desktop.services.context import Actor
from indie_desktop.services.desktop.viewer_copies import remove_for_erasure
from indie_desktop.store import file_retry, search_index
from indie_desktop.store.database import Database
from indie_desktop.store.erasure_files import (
    PHASE_CHECK,
    PHASE_INDEX,
    PHASE_VACUUM,
    backups_with_person,
    scrub_sqlite_file,
)

log = logging.getLogger(__name__)

ERASURE_ACTION = "erasure"
BACKUP_DIRNAME = "backups"  # DATA_DIR/backups when no other folder is set (store/backup.py)
ANONYMISATION_ACTION = "anonymisation"


@dataclass(frozen=True)
class Mention:
    """One field of another record that names the person."""

    target_type: str
    target_id: uuid.UUID
    field: str
    record_label: str
    excerpt: str


@dataclass(frozen=True)
class ErasureReceipt:
    reference: str
    at: datetime
    redacted_fields: int
    records_emptied: int
    files_deleted: int
    compacted: bool
    notes: list[str] = field(default_factory=list)
    vacuumed: bool = False  # the residue check found old bytes, so VACUUM rewrote the file
    backups: list[Path] = field(default_factory=list)  # copies that still hold the person


# Phases of an erasure, for a busy display (English; the UI translates).
PHASE_ERASING = "Erasing the personal data"
PHASE_BACKUPS = "Looking for backups that still hold the person"
PHASES = (PHASE_ERASING, PHASE_INDEX, PHASE_CHECK, PHASE_VACUUM, PHASE_BACKUPS)
Phase = Callable[[str], None]


# --- who may erase ---------------------------------------------------------------------------

MAY_ERASE_SQL = """
SELECT r.rolsuper OR pg_has_role(current_user, t.tableowner, 'MEMBER')
FROM pg_roles r, pg_tables t
WHERE r.rolname = current_user AND t.schemaname = current_schema()
  AND t.tablename = 'audit_entry'
"""


def may_erase(db: Database) -> bool:
    """Local file: its single user. Shared database: the administrator role that owns the
    tables (or a role granted membership in it, e.g. the data protection officer's login):
    erasure rewrites the append-only audit trail, which staff roles may not touch."""
    if db.is_sqlite:
        # An offline copy of the shared database is no place to erase: the copy's merge bases,
        # pending uploads and conflict records would keep the old values until the next sync,
        # and a staff login could not erase on the server anyway. The administrator erases
        # there; the emptied records reach the copy with its next sync.
        with db.engine.connect() as conn:
            replica = conn.exec_driver_sql(
                "SELECT 1 FROM sync_meta WHERE key = 'server_url'"
            ).first()
        return replica is None
    with db.engine.connect() as conn:
        return bool(conn.exec_driver_sql(MAY_ERASE_SQL).scalar())


# --- what identifies the person --------------------------------------------------------------


def identifying_terms(p: Person, last_name_shared: bool = False) -> list[str]:
    """Name forms, e-mail and phone numbers as they may be written in free texts.

    The bare last name only when no other person has it: at network scale "Müller" alone
    names hundreds of people, and a list of thousands of candidate mentions helps nobody.
    Otherwise the forms with salutation or title ("Herr Müller", "Dr. Müller") stand in.
    """
    return identifying_terms_of(
        p.first_name,
        p.last_name,
        p.salutation.value,
        p.title,
        p.email,
        (p.phone, p.mobile),
        last_name_shared,
    )


def terms_for(session: Session, p: Person) -> list[str]:
    shared = session.scalar(
        select(Person.id).where(Person.last_name == p.last_name, Person.id != p.id).limit(1)
    )
    return identifying_terms(p, last_name_shared=shared is not None)


def _contains_any(session: Session, column: Any, terms: Sequence[str]) -> Any:
    """SQL prefilter; SQLite's LIKE folds ASCII only, so the exact spelling is searched too and
    the Python pattern decides."""
    if session.get_bind().dialect.name == "sqlite":
        return or_(*(column.contains(t, autoescape=True) for t in terms))
    return or_(*(column.icontains(t, autoescape=True) for t in terms))


def _indexed_matches(
    session: Session, model: Any, source: search_index.SearchSource, terms: Sequence[str]
) -> Any:
    """Ids of live rows whose indexed text holds one of `terms` as a phrase (folded words)."""
    phrases = [ws for ws in (search_index.query_words(t) for t in terms) if ws]
    if not phrases:
        return select(model.id).where(model.id.is_(None))
    if session.get_bind().dialect.name == "sqlite":
        match = " OR ".join('"' + " ".join(ws) + '"' for ws in phrases)
        rowids = text(f"SELECT rowid FROM {source.fts} WHERE {source.fts} MATCH :q").bindparams(
            q=match
        )
        return select(model.id).where(literal_column("rowid").in_(rowids))
    queries = " || ".join(
        f"phraseto_tsquery('simple'::regconfig, :p{i})" for i in range(len(phrases))
    )
    condition = text(f"{source.pg_document(model.__tablename__)} @@ ({queries})").bindparams(
        **{f"p{i}": " ".join(ws) for i, ws in enumerate(phrases)}
    )
    return select(model.id).where(model.deleted_at.is_(None), condition)


def _label(target_type: str, record: Any) -> str:
    title = (
        getattr(record, "subject", None)
        or getattr(record, "topic", None)
        or getattr(record, "title", None)
        or getattr(record, "name", None)
        or (record.full_name if isinstance(record, Person) else None)
        or ""
    )
    when = getattr(record, "occurred_at", None) or getattr(record, "referred_on", None)
    if when is not None:
        from indie_desktop.domain.formatting import format_date

        title = f"{format_date(when)} {title}".strip()
    return title


def _excerpt(text: str, match: re.Match[str], width: int = 40) -> str:
    start, end = max(0, match.start() - width), min(len(text), match.end() + width)
    return (
        ("…" if start else "")
        + " ".join(text[start:end].split())
        + ("…" if end < len(text) else "")
    )


def find_mentions(session: Session, person_id: uuid.UUID) -> list[Mention]:
    """Fields of other records (live or deleted) whose text names the person."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(f"Person {person_id} does not exist.")
    terms = terms_for(session, person)
    pattern = pattern_of(terms)
    if pattern is None:
        return []
    own_tasks = select(Task.id).where(Task.linked_type == "person", Task.linked_id == person_id)
    mentions: list[Mention] = []
    for target_type, (model, fields) in MENTION_FIELDS.items():
        columns = [getattr(model, f) for f in fields]
        texts = or_(*(_contains_any(session, c, terms) for c in columns))
        source = search_index.BY_KIND.get(target_type)
        if source is not None and set(fields) <= set(source.fields):
            # The full-text index holds exactly these texts of the live rows: ask it instead of
            # reading every text (200,000 visit reports: 5 s); deleted rows are read as before.
            texts = or_(
                model.id.in_(_indexed_matches(session, model, source, terms)),
                and_(model.deleted_at.is_not(None), texts),
            )
        stmt = select(model).where(texts)
        if model is Person:
            stmt = stmt.where(Person.id != person_id)
        if model is Task:
            stmt = stmt.where(Task.id.not_in(own_tasks))
        for record in session.scalars(stmt.order_by(model.id)):
            for f in fields:
                text = getattr(record, f) or ""
                match = pattern.search(text)
                if match:
                    mentions.append(
                        Mention(
                            target_type,
                            record.id,
                            f,
                            _label(target_type, record),
                            _excerpt(text, match),
                        )
                    )
    return mentions


# --- erasure ---------------------------------------------------------------------------------


def _scrub_audit(session: Session, target_ids: set[uuid.UUID], terms: Sequence[str]) -> int:
    """Old/new values of the person's records go; other entries lose the identifying strings."""
    ids = list(target_ids)
    for i in range(0, len(ids), 500):
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.target_id.in_(ids[i : i + 500]))
            .values(changes=None, summary=None)
            .execution_options(synchronize_session=False)
        )
    pattern = pattern_of(terms)
    if pattern is None:
        return 0
    # JSON text may hold the strings \u-escaped (Python's json) or as they are (PostgreSQL).
    forms = sorted({*terms, *(json.dumps(t)[1:-1] for t in terms)})
    changes_text = cast(AuditEntry.changes, Text)
    stmt = select(AuditEntry).where(
        or_(
            _contains_any(session, changes_text, forms),
            _contains_any(session, AuditEntry.summary, terms),
        )
    )
    scrubbed = 0
    for entry in session.scalars(stmt):
        changes = redact_value(entry.changes, pattern) if entry.changes else entry.changes
        summary = pattern.sub(REDACTED, entry.summary) if entry.summary else entry.summary
        if changes != entry.changes or summary != entry.summary:
            entry.changes = changes
            entry.summary = summary
            scrubbed += 1
    return scrubbed


_WithRole = TypeVar("_WithRole", ProjectParticipant, CooperationPartner)


def _empty_roles(
    s: Session,
    model: type[_WithRole],
    person_id: uuid.UUID,
    target_ids: set[uuid.UUID],
    now: datetime,
) -> None:
    """The person's role in projects or cooperations is text about them: emptied; so are the
    notes of an event participation (dietary wishes, accessibility: issue 22)."""
    for row in s.scalars(select(model).where(model.person_id == person_id)):
        target_ids.add(row.id)
        values: dict[str, Any] = {"role": None} if row.role else {}
        if isinstance(row, ProjectParticipant) and row.notes:
            values["notes"] = None
        if values:
            _empty(row, values, False, now)


def _empty(record: Any, values: dict[str, Any], tombstone: bool, now: datetime) -> None:
    for key, value in values.items():
        setattr(record, key, value)
    if tombstone and record.deleted_at is None:
        record.deleted_at = now
    # Always a new version: the sync sends the emptied row to every replica.
    record.updated_at = now


def erase(
    db: Database,
    actor: Actor,
    person_id: uuid.UUID,
    redact: Sequence[Mention] = (),
    *,
    anonymise_only: bool = False,
    phase: Phase | None = None,
) -> ErasureReceipt:
    """Erase (or anonymise) the person; `phase(name)` is told each of PHASES as it starts."""
    report: Phase = phase or (lambda _name: None)
    if not may_erase(db):
        raise PermissionDenied(
            "Erasing personal data is reserved to the data protection role (the database "
            "administrator, on the shared database also for its offline copies); ask them to "
            "erase this person."
        )
    report(PHASE_ERASING)
    now = utcnow()
    reference = "L-" + secrets.token_hex(6).upper()
    files: list[str] = []
    emptied = 0
    redacted = 0
    with db.session() as s:
        if db.is_sqlite:
            s.connection().exec_driver_sql("PRAGMA secure_delete=ON")
        person = s.get(Person, person_id)
        if person is None:
            raise NotFound(f"Person {person_id} does not exist.")
        terms = terms_for(s, person)
        pattern = pattern_of(terms)
        tombstone = not anonymise_only

        # Confirmed mentions in other records' texts.
        for m in redact:
            model, fields = MENTION_FIELDS[m.target_type]
            if m.field not in fields or pattern is None:
                continue
            record = s.get(model, m.target_id)
            if record is None:
                continue
            text = getattr(record, m.field)
            if not text:
                continue
            new = pattern.sub(REDACTED, text)
            if new != text:
                setattr(record, m.field, new)
                if hasattr(record, "search_key") and record.search_key:
                    record.search_key = redact_search_key(record.search_key, terms)
                record.updated_at = now
                redacted += 1

        target_ids: set[uuid.UUID] = {person_id}
        consent_ids = list(s.scalars(select(Consent.id).where(Consent.person_id == person_id)))
        for a in s.scalars(select(Affiliation).where(Affiliation.person_id == person_id)):
            target_ids.add(a.id)
            _empty(a, {"role": None, "since": None, "until": None}, tombstone, now)
            emptied += 1
        for c in s.scalars(select(Consent).where(Consent.person_id == person_id)):
            target_ids.add(c.id)
            _empty(c, {"channel": None, "evidence": None}, True, now)
            emptied += 1
        for point in s.scalars(select(ContactPoint).where(ContactPoint.person_id == person_id)):
            target_ids.add(point.id)
            gone = {"value": "", "street": None, "postcode": None, "city": None, "country": None}
            _empty(point, gone, True, now)
            emptied += 1
        for o in s.scalars(select(Objection).where(Objection.person_id == person_id)):
            target_ids.add(o.id)
            _empty(o, {"note": None}, True, now)
            emptied += 1
        for r in s.scalars(
            select(RetentionDecision).where(RetentionDecision.person_id == person_id)
        ):
            target_ids.add(r.id)
            _empty(r, {"reason": ""}, True, now)
            emptied += 1
        for t in s.scalars(
            select(Task).where(Task.linked_type == "person", Task.linked_id == person_id)
        ):
            target_ids.add(t.id)
            _empty(t, {"title": REDACTED, "description": None}, True, now)
            emptied += 1
        for link in s.scalars(
            select(TagLink).where(TagLink.target_type == "person", TagLink.target_id == person_id)
        ):
            target_ids.add(link.id)
            _empty(link, {}, True, now)
        _empty_roles(s, ProjectParticipant, person_id, target_ids, now)
        _empty_roles(s, CooperationPartner, person_id, target_ids, now)
        attachment_owner = or_(
            (Attachment.target_type == "person") & (Attachment.target_id == person_id),
            (Attachment.target_type == "consent") & Attachment.target_id.in_(consent_ids)
            if consent_ids
            else Attachment.id.is_(None),
        )
        for att in s.scalars(select(Attachment).where(attachment_owner)):
            target_ids.add(att.id)
            if att.stored_path:
                files.append(att.stored_path)
            if att.sha256:
                files.append("tmp:" + att.sha256[:16])
            _empty(
                att,
                {
                    "filename": REDACTED,
                    "media_type": None,
                    "content": None,
                    "stored_path": None,
                    "sha256": "",
                    "size": 0,
                },
                True,
                now,
            )
            emptied += 1

        _empty(
            person,
            {
                "salutation": Salutation.NONE,
                "title": None,
                "first_name": "",
                "last_name": ANONYMOUS,
                "function": None,
                "department": None,
                "phone": None,
                "mobile": None,
                "email": None,
                "preferred_channel": None,
                "notes": None,
                "legal_basis": None,
                "data_source": None,
                "art14_info_sent_on": None,
                "sort_name": fold(ANONYMOUS),
                "search_key": "",
            },
            tombstone,
            now,
        )
        s.flush()
        # The database's audit trigger (shared mode) has just recorded the old values: scrub
        # after the last change of the erasure.
        _scrub_audit(s, target_ids, terms)
        summary = f"Art. 17 {reference}"
        if actor.staff_id is None and not db.is_sqlite:
            # The administrator's login is no staff member: name the database role instead.
            login = s.connection().exec_driver_sql("SELECT current_user").scalar()
            summary += f" ({login})"
        records.audit_event(
            s,
            AuditEntry(
                staff_id=actor.staff_id,
                institution_id=actor.institution_id,
                action=ANONYMISATION_ACTION if anonymise_only else ERASURE_ACTION,
                target_type=ERASURE_ACTION,
                target_id=uuid.uuid4(),  # random: the entry must not say whom
                summary=summary,
            ),
        )
    deleted = _delete_files(db, files)
    notes: list[str] = []
    touched = {"person", *(m.target_type for m in redact)}
    compacted, vacuumed = _compact(db, notes, touched, report)
    backups: list[Path] = []
    folder = backup_folder(db)
    if folder is not None:
        report(PHASE_BACKUPS)
        backups = backups_with_person(folder, person_id)
    if backups:
        notes.append(
            "Backups made before the erasure still hold the person's data until they rotate "
            "out; they are not changed."
        )
    return ErasureReceipt(
        reference, now, redacted, emptied, deleted, compacted, notes, vacuumed, backups
    )


def backup_folder(db: Database) -> Path | None:
    """Where the local file's backups go (the setting, default DATA_DIR/backups); None in
    shared mode, whose backups are the server administrator's."""
    if db.path is None:
        return None
    if db.backups is not None:
        return db.backups.folder
    return db.path.parent / BACKUP_DIRNAME


def _delete_files(db: Database, entries: Iterable[str]) -> int:
    """Delete the files of the erased attachments unless a live attachment still needs one."""
    deleted = 0
    for entry in entries:
        if entry.startswith("tmp:"):  # copies made for the system viewer; one still open in a
            # viewer (Windows refuses to delete it) is removed at the next start
            remove_for_erasure([entry[4:]])
            continue
        if db.path is None:
            continue
        with db.session() as s:
            still_used = s.scalar(
                select(Attachment.id).where(
                    Attachment.stored_path == entry, Attachment.deleted_at.is_(None)
                )
            )
        path = db.path.parent / entry
        if still_used is None and path.is_file():
            file_retry.unlink(path)
            deleted += 1
    return deleted


def _compact(db: Database, notes: list[str], touched: set[str], report: Phase) -> tuple[bool, bool]:
    """Make the erased bytes unrecoverable from the database files (see the module docstring);
    (compacted, vacuumed).

    Only the full-text tables of `touched` tables are optimised (merging the activity index
    of 200,000 visits costs about a second; an untouched index holds nothing of the person)."""
    if db.is_sqlite:
        raw = db.engine.raw_connection()
        try:
            compacted, vacuumed = scrub_sqlite_file(
                raw,
                db.path,
                [src.fts for src in search_index.SOURCES if src.table in touched],
                report,
            )
        finally:
            raw.close()
        if not compacted:
            notes.append("Another program holds the database open; its log is cleared later.")
        return compacted, vacuumed
    # PostgreSQL: VACUUM drops the dead row versions (and their index entries) now instead of
    # whenever autovacuum comes by. Only the tables' owner may; staff never get here.
    try:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for table in (
                "person",
                "affiliation",
                "consent",
                "contact_point",
                "objection",
                "audit_entry",
                "attachment",
                "activity",
                "need",
                "referral",
                "task",
                "organisation",
            ):
                conn.exec_driver_sql(f"VACUUM {table}")
        return True, True
    except Exception as exc:  # pragma: no cover - depends on the server's rights
        log.warning("VACUUM after erasure failed: %s", exc)
        notes.append("The server's VACUUM did not run; old row versions go with autovacuum.")
        return False, False
