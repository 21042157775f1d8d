"""Merging two records that are the same firm or person, and undoing such a merge.

Every link to the loser moves to the survivor; the loser is soft-deleted. One audit entry
(action "merge") records the field values taken and the link rows moved, enough to undo it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any, cast

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from indie_desktop.domain.base import Syncable, utcnow
from indie_desktop.domain.errors import ConflictError, NotFound, ValidationError
from indie_desktop.domain.models import (
    ActivityOrganisation,
    ActivityPerson,
    Affiliation,
    Attachment,
    AuditEntry,
    Consent,
    ContactPoint,
    CooperationPartner,
    Need,
    Organisation,
    OrganisationRelation,
    Person,
    ProjectParticipant,
    Referral,
    TagLink,
    Task,
)
from indie_desktop.services import records
from indie_desktop.services.contacts import contact_points as cp
from indie_desktop.services.contacts.people import PersonDraft
from indie_desktop.services.contacts.people import _values as person_values
from indie_desktop.services.context import Actor
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.directory.organisations import _values as organisation_values
from indie_desktop.store.database import Database

LinkSpec = tuple[type[Syncable], str]
LINKS: dict[str, list[LinkSpec]] = {
    "organisation": [
        (Affiliation, "organisation_id"),
        (ActivityOrganisation, "organisation_id"),
        (Need, "organisation_id"),
        (Referral, "organisation_id"),
        (Referral, "partner_organisation_id"),
        (CooperationPartner, "organisation_id"),
        (ProjectParticipant, "organisation_id"),
        (OrganisationRelation, "organisation_id"),
        (OrganisationRelation, "related_id"),
        (Organisation, "parent_id"),  # a university's units move with it
        (ContactPoint, "organisation_id"),
    ],
    "person": [
        (Affiliation, "person_id"),
        (ActivityPerson, "person_id"),
        (Referral, "partner_person_id"),
        (CooperationPartner, "person_id"),
        (ProjectParticipant, "person_id"),
        (Consent, "person_id"),
        (ContactPoint, "person_id"),
    ],
}
# Links by (type, id) pairs: (model, type column, id column).
GENERIC_LINKS: list[tuple[type[Syncable], str, str]] = [
    (Task, "linked_type", "linked_id"),
    (TagLink, "target_type", "target_id"),
    (Attachment, "target_type", "target_id"),
]
MODELS: dict[str, type[Syncable]] = {"organisation": Organisation, "person": Person}
_SKIP_FIELDS = {"visibility", "affiliations", "responsible_staff_id", "contact_points"}


def merge_fields(kind: str) -> list[str]:
    draft = OrganisationDraft if kind == "organisation" else PersonDraft
    return [f.name for f in fields(draft) if f.name not in _SKIP_FIELDS]


@dataclass(frozen=True)
class FieldChoice:
    """One row of the merge dialog: the field and both records' values as text."""

    field: str
    survivor: str
    loser: str


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(getattr(value, "value", value))


def _validated(kind: str, record: Syncable) -> dict[str, object]:
    if kind == "organisation":
        d: Any = OrganisationDraft()
    else:
        d = PersonDraft()
    for f in fields(d):
        if f.name in ("affiliations", "contact_points"):
            continue
        value = getattr(record, f.name)
        if f.type == "str":
            value = "" if value is None else str(value)
        setattr(d, f.name, value)
    d.visibility = record.visibility
    return organisation_values(d) if kind == "organisation" else person_values(d)


class MergeService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def compare(self, kind: str, survivor_id: uuid.UUID, loser_id: uuid.UUID) -> list[FieldChoice]:
        """Both records field by field, for choosing what to keep."""
        model = MODELS[kind]
        with self.db.session() as s:
            a = records.load(s, model, survivor_id)
            b = records.load(s, model, loser_id)
            return [
                FieldChoice(f, _text(getattr(a, f)), _text(getattr(b, f)))
                for f in merge_fields(kind)
            ]

    def merge(
        self,
        kind: str,
        survivor_id: uuid.UUID,
        loser_id: uuid.UUID,
        take_from_loser: Iterable[str] = (),
    ) -> uuid.UUID:
        """Merge loser into survivor; returns the merge's id (for undo)."""
        if survivor_id == loser_id:
            raise ValidationError({"": "A record cannot be merged with itself."})
        model = MODELS[kind]
        with self.db.session() as s:
            survivor = records.load(s, model, survivor_id, for_update=True)
            loser = records.load(s, model, loser_id, for_update=True)
            # The union of both records' e-mails, numbers and addresses: what the survivor's
            # own columns lose (its old value or the loser's) becomes a further contact detail.
            kept_rows = cp.own_rows(survivor, kind) + cp.own_rows(loser, kind)
            for name in take_from_loser:
                if name not in merge_fields(kind):
                    raise ValidationError({name: "This field cannot be merged."})
                setattr(survivor, name, getattr(loser, name))
            if kind == "organisation" and getattr(survivor, "parent_id", None) == loser_id:
                # A unit merged with its own university takes the university's place.
                survivor.parent_id = getattr(loser, "parent_id", None)  # type: ignore[attr-defined]
            values = _validated(kind, survivor)
            s.expire(survivor)
            changes = records.apply_changes(s, self.actor, survivor, values)
            moved = self._move_links(s, kind, loser_id, survivor_id)
            deduped = _dedupe_affiliations(s, kind, survivor_id)
            owner = {f"{kind}_id": survivor_id}
            s.flush()
            s.expire_all()
            survivor = records.load(s, model, survivor_id)
            own = cp.own_values(survivor, kind)
            dropped = cp.duplicates(cp.load(s, **owner), own)
            _set(s, ContactPoint, dropped, {"deleted_at": utcnow()})
            added = cp.add_missing(s, self.actor, kept_rows, own, **owner)
            records.soft_delete(s, self.actor, loser)
            entry = AuditEntry(
                staff_id=self.actor.staff_id,
                institution_id=self.actor.institution_id,
                action="merge",
                target_type=kind,
                target_id=survivor_id,
                changes={
                    "loser": [str(loser_id)],
                    "fields": [[k, *v] for k, v in changes.items()],
                    "moved": moved,
                    "deduped": [str(i) for i in deduped],
                    "points_deduped": [str(i) for i in dropped],
                    "points_added": [str(i) for i in added],
                },
                summary=f"{_name(survivor)} <- {_name(loser)}",
            )
            merge_id = records.audit_event(s, entry)
            s.flush()
            return merge_id

    def _move_links(
        self, s: Session, kind: str, source: uuid.UUID, target: uuid.UUID
    ) -> list[list[str]]:
        moved: list[list[str]] = []
        for model, column in LINKS[kind]:
            ids = list(
                s.scalars(
                    select(model.id).where(getattr(model, column) == source, model.id != target)
                )
            )
            _set(s, model, ids, {column: target})
            moved += [[model.__tablename__, column, str(i)] for i in ids]
        for model, type_column, id_column in GENERIC_LINKS:
            ids = list(
                s.scalars(
                    select(model.id).where(
                        getattr(model, type_column) == kind, getattr(model, id_column) == source
                    )
                )
            )
            _set(s, model, ids, {id_column: target})
            moved += [[model.__tablename__, id_column, str(i)] for i in ids]
        return moved

    def undo(self, merge_id: uuid.UUID) -> None:
        """Bring the loser back, move its links back, restore the survivor's fields."""
        with self.db.session() as s:
            entry = s.get(AuditEntry, merge_id)
            if entry is None or entry.action != "merge" or not entry.changes:
                raise NotFound("This merge does not exist.")
            if s.scalar(
                select(AuditEntry.id).where(
                    AuditEntry.action == "undo-merge", AuditEntry.summary == str(merge_id)
                )
            ):
                raise ConflictError("This merge has already been undone.")
            kind = entry.target_type
            model = MODELS[kind]
            loser_id = uuid.UUID(str(entry.changes["loser"][0]))
            tables = {m.__tablename__: m for m, _ in LINKS[kind]}
            tables.update({m.__tablename__: m for m, _, _ in GENERIC_LINKS})
            deduped = [uuid.UUID(str(i)) for i in entry.changes.get("deduped", [])]
            _set(s, Affiliation, deduped, {"deleted_at": None})
            points = [uuid.UUID(str(i)) for i in entry.changes.get("points_deduped", [])]
            _set(s, ContactPoint, points, {"deleted_at": None})
            added = [uuid.UUID(str(i)) for i in entry.changes.get("points_added", [])]
            _set(s, ContactPoint, added, {"deleted_at": utcnow()})
            # The merge's audit entry holds what merge() wrote: [table, column, id] per moved
            # link and [field, old, new] per changed field.
            moved = cast(list[list[str]], entry.changes["moved"])
            fields = cast(list[list[object]], entry.changes["fields"])
            for table, column, record_id in moved:
                _set(s, tables[str(table)], [uuid.UUID(str(record_id))], {str(column): loser_id})
            survivor = records.load(s, model, entry.target_id)
            old = {str(f[0]): records.from_jsonable(model, str(f[0]), f[1]) for f in fields}
            records.apply_changes(s, self.actor, survivor, old)
            records.restore(s, self.actor, model, loser_id)
            records.audit_event(
                s,
                AuditEntry(
                    staff_id=self.actor.staff_id,
                    institution_id=self.actor.institution_id,
                    action="undo-merge",
                    target_type=kind,
                    target_id=entry.target_id,
                    summary=str(merge_id),
                ),
            )


def _richness(a: Affiliation) -> tuple[int, int, bool]:
    """What an affiliation tells: filled fields first, then the primary flag."""
    filled = sum(1 for v in (a.role, a.since, a.until) if v not in (None, ""))
    return filled, len(a.role or ""), bool(a.is_primary)


def _dedupe_affiliations(s: Session, kind: str, survivor_id: uuid.UUID) -> list[uuid.UUID]:
    """After a merge the survivor may be linked twice to the same person/organisation: keep
    the richer affiliation of each pair, soft-delete the others; returns their ids (for undo)."""
    column = Affiliation.organisation_id if kind == "organisation" else Affiliation.person_id
    rows = s.scalars(
        select(Affiliation)
        .where(column == survivor_id, Affiliation.deleted_at.is_(None))
        .order_by(Affiliation.created_at)
    ).all()
    groups: dict[tuple[uuid.UUID, uuid.UUID], list[Affiliation]] = {}
    for a in rows:
        groups.setdefault((a.person_id, a.organisation_id), []).append(a)
    dropped: list[uuid.UUID] = []
    for same in groups.values():
        if len(same) > 1:
            keep = max(same, key=_richness)  # max keeps the first (oldest) of equals
            dropped += [a.id for a in same if a is not keep]
    _set(s, Affiliation, dropped, {"deleted_at": utcnow()})
    return dropped


def _name(record: Any) -> str:
    return str(getattr(record, "name", None) or getattr(record, "full_name", ""))


def _set(s: Session, model: type[Syncable], ids: list[uuid.UUID], values: dict[str, Any]) -> None:
    """Change link rows in place, bumping version and updated_at as an edit would (for sync)."""
    for start in range(0, len(ids), 500):
        s.execute(
            update(model)
            .where(model.id.in_(ids[start : start + 500]))
            .values(**values, version=model.version + 1, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
