"""Saving, deleting and restoring one record through its form: the part every editable
record's service shares (optimistic locking with three-way merge, audit, soft delete)."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy.orm import Session

from indie_desktop.services import records
from indie_desktop.services.context import Actor
from indie_desktop.services.draft_merge import reconcile
from indie_desktop.store.database import Database

DraftT = TypeVar("DraftT")


class EditableRecords(Generic[DraftT]):
    """Base of a service whose records a form edits; subclasses name `model` and say how a
    draft becomes column values (`values_of`) and how a record reads as a draft (`detail`)."""

    model: ClassVar[type[Any]]

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def values_of(self, draft: DraftT) -> dict[str, object]:
        raise NotImplementedError

    def detail(self, record_id: uuid.UUID) -> Any:
        raise NotImplementedError

    def load(self, session: Session, record_id: uuid.UUID, for_update: bool = False) -> Any:
        """The live record (subclasses add who may see it); NotFound otherwise."""
        return records.load(session, self.model, record_id, for_update=for_update)

    def before_save(self, session: Session, record: Any, values: dict[str, object]) -> None:
        """Rules that compare the stored record with the new values (e.g. status steps)."""

    def after_save(self, session: Session, record: Any, draft: DraftT) -> None:
        """Dependent rows saved with the record (e.g. a person's affiliations)."""

    def update(
        self,
        record_id: uuid.UUID,
        draft: DraftT,
        expected_version: int | None,
        base_draft: DraftT | None = None,
    ) -> int:
        """Save the form; returns the new version.

        If somebody saved meanwhile, the fields only one side changed merge with `base_draft`
        (the draft the form loaded); fields both changed raise MergeConflict, and without a
        base any change meanwhile raises ConflictError.
        """
        values = self.values_of(draft)
        with self.db.session() as s:
            record = self.load(s, record_id, for_update=True)
            if expected_version is not None and record.version != expected_version:
                stored = self.detail(record_id).draft
                draft = reconcile(record.version, expected_version, draft, base_draft, stored)
                values = self.values_of(draft)
            self.before_save(s, record, values)
            records.apply_changes(s, self.actor, record, values)
            self.after_save(s, record, draft)
            return int(record.version)

    def delete(self, record_id: uuid.UUID) -> None:
        with self.db.session() as s:
            records.soft_delete(s, self.actor, self.load(s, record_id))

    def restore(self, record_id: uuid.UUID) -> None:
        with self.db.session() as s:
            records.restore(s, self.actor, self.model, record_id)
