"""Shared mechanics of editing syncable records: apply changes, audit them, soft delete."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from indie_desktop.domain.base import Syncable, utcnow, uuid7
from indie_desktop.domain.errors import ConflictError, NotFound, PermissionDenied
from indie_desktop.domain.models import AuditEntry
from indie_desktop.services.context import Actor

R = TypeVar("R", bound=Syncable)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (uuid.UUID, Decimal)):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bytes):  # file content: the trail records its size, not the bytes
        return f"<{len(value)} bytes>"
    return value


def load(session: Session, model: type[R], record_id: uuid.UUID, *, for_update: bool = False) -> R:
    """A live (not deleted) record, or NotFound."""
    stmt = select(model).where(model.id == record_id, model.deleted_at.is_(None))
    if for_update and session.bind is not None and session.bind.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    record = session.scalars(stmt).first()
    if record is None:
        raise NotFound(f"{model.__name__} {record_id} does not exist or was deleted.")
    return record


def check_version(record: Syncable, expected_version: int | None) -> None:
    """Optimistic locking: refuse to overwrite what somebody saved since the form was opened."""
    if expected_version is not None and record.version != expected_version:
        raise ConflictError(
            "Somebody else changed this record since you opened it. Your input is kept; "
            "reload the record to see the other change, then apply yours again."
        )


def audited_by_database(session: Session) -> bool:
    """A shared database writes the audit trail by trigger; the services must not add a second."""
    return bool(session.info.get("audit_by_database"))


def audit_event(session: Session, entry: AuditEntry) -> uuid.UUID:
    """An event of the app in the audit trail (an import batch, a merge, an export). A shared
    database writes it itself, with the login as author: staff may not write audit rows."""
    if entry.id is None:
        entry.id = uuid7()
    if not audited_by_database(session):
        session.add(entry)
        return entry.id
    session.flush()
    session.execute(
        text(
            "SELECT indie_audit_event(:id, :action, :kind, :target, CAST(:changes AS json), "
            ":summary)"
        ),
        {
            "id": entry.id,
            "action": entry.action,
            "kind": entry.target_type,
            "target": entry.target_id,
            "changes": None if entry.changes is None else json.dumps(entry.changes, default=str),
            "summary": entry.summary,
        },
    )
    return entry.id


def audit(
    session: Session,
    actor: Actor,
    action: str,
    record: Syncable,
    changes: dict[str, list[Any]] | None = None,
    summary: str | None = None,
) -> None:
    if audited_by_database(session):
        return
    private_to = record.owner_institution_id if record.visibility == "institution" else None
    session.add(
        AuditEntry(
            staff_id=actor.staff_id,
            institution_id=actor.institution_id,
            action=action,
            target_type=type(record).__tablename__,
            target_id=record.id,
            changes=changes,
            summary=summary,
            private_to=private_to,
        )
    )


def create(session: Session, actor: Actor, record: R, summary: str | None = None) -> R:
    if record.owner_institution_id is None:
        record.owner_institution_id = actor.institution_id
    session.add(record)
    session.flush()
    values = {
        c.key: [None, _jsonable(getattr(record, c.key))]
        for c in type(record).__table__.columns
        if getattr(record, c.key, None) not in (None, "")
    }
    audit(session, actor, "create", record, values, summary)
    return record


def create_many(session: Session, actor: Actor, new: Sequence[R]) -> Sequence[R]:
    """`create` for many records of one kind: one flush (batched inserts), then each audited."""
    for record in new:
        if record.owner_institution_id is None:
            record.owner_institution_id = actor.institution_id
    session.add_all(new)
    session.flush()
    for record in new:
        values = {
            c.key: [None, _jsonable(getattr(record, c.key))]
            for c in type(record).__table__.columns
            if getattr(record, c.key, None) not in (None, "")
        }
        audit(session, actor, "create", record, values, None)
    return new


def flush(session: Session) -> None:
    """Write pending changes; the shared database's refusals become the services' errors."""
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConflictError(
            "Somebody else changed or deleted this record since you opened it."
        ) from exc
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == "42501":
            raise PermissionDenied(
                "Only staff of the institution that owns this record may change its visibility "
                "or delete it."
            ) from exc
        raise


def check_owner_rules(
    session: Session, actor: Actor, record: Syncable, values: dict[str, Any] | None = None
) -> None:
    """In a shared database only the owner institution changes visibility or deletes.

    The database enforces this too; checking first gives the user a clear message.
    """
    if not audited_by_database(session) or record.owner_institution_id == actor.institution_id:
        return
    if values is None or values.get("visibility", record.visibility) != record.visibility:
        raise PermissionDenied(
            "Only staff of the institution that owns this record may change its visibility "
            "or delete it."
        )


def apply_changes(
    session: Session, actor: Actor, record: Syncable, values: dict[str, Any]
) -> dict[str, list[Any]]:
    """Set the changed attributes only; audits old/new values. Returns what changed."""
    check_owner_rules(session, actor, record, values)
    changes: dict[str, list[Any]] = {}
    for key, new in values.items():
        old = getattr(record, key)
        if old != new:
            changes[key] = [_jsonable(old), _jsonable(new)]
            setattr(record, key, new)
    if changes:
        flush(session)
        audit(session, actor, "update", record, changes)
    return changes


def soft_delete(session: Session, actor: Actor, record: Syncable) -> None:
    check_owner_rules(session, actor, record)
    record.deleted_at = utcnow()
    flush(session)
    audit(session, actor, "delete", record)


def restore(session: Session, actor: Actor, model: type[R], record_id: uuid.UUID) -> R:
    record = session.get(model, record_id)
    if record is None:
        raise NotFound(f"{model.__name__} {record_id} does not exist.")
    check_owner_rules(session, actor, record)
    record.deleted_at = None
    flush(session)
    audit(session, actor, "restore", record)
    return record


def from_jsonable(model: type[Syncable], key: str, value: Any) -> Any:
    """The inverse of the audit's JSON form for one column, for undoing recorded changes."""
    if value is None:
        return None
    column_type = model.__table__.columns[key].type
    enum_class = getattr(column_type, "enum_class", None)
    if enum_class is not None:
        return enum_class(value)
    python_type = getattr(column_type, "python_type", None) if not isinstance(value, bool) else None
    try:
        if python_type is uuid.UUID:
            return uuid.UUID(value)
        if python_type is date:
            return date.fromisoformat(value)
        if python_type is datetime:
            return datetime.fromisoformat(value)
        if python_type is Decimal:
            return Decimal(value)
    except NotImplementedError:
        pass
    return value
