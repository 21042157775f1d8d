"""The change history of one record (Änderungsverlauf), from the audit trail."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from indie_desktop.domain.models import AuditEntry, Staff
from indie_desktop.store.database import Database

# Bookkeeping columns users never see in a form.
HIDDEN_FIELDS = frozenset(
    {
        "id",
        "version",
        "created_at",
        "updated_at",
        "sort_name",
        "search_key",
        "match_key",
        "deleted_at",
    }
)


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    who: str
    action: str  # create, update, delete, restore, purge
    changes: list[FieldChange]


class HistoryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def history(
        self, target_type: str, record_id: uuid.UUID, limit: int = 200
    ) -> list[HistoryEntry]:
        """Newest first; in a shared database only the entries the user may read."""
        stmt = (
            select(AuditEntry, Staff.first_name, Staff.last_name)
            .outerjoin(Staff, Staff.id == AuditEntry.staff_id)
            .where(AuditEntry.target_type == target_type, AuditEntry.target_id == record_id)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .limit(limit)
        )
        with self.db.session() as s:
            entries = []
            for entry, first, last in s.execute(stmt).all():
                changes = [
                    FieldChange(name, values[0], values[1])
                    for name, values in sorted((entry.changes or {}).items())
                    if name not in HIDDEN_FIELDS and isinstance(values, list) and len(values) == 2
                ]
                who = f"{first or ''} {last or ''}".strip()
                entries.append(HistoryEntry(entry.at, who, entry.action, changes))
            return entries
