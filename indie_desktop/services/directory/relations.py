"""Typed relations between organisations (issue 24): Tochter von, Zulieferer von, Mitglied in,
Kooperationspartner von, Ausgründung von. One row says 'A <kind> B'; both A and B show it, B
in the inverse reading (Mutter von, Abnehmer von, hat als Mitglied, Kooperationspartner von,
hat als Ausgründung)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from indie_desktop.domain.enums import RelationKind
from indie_desktop.domain.errors import ValidationError
from indie_desktop.domain.models import Organisation, OrganisationRelation
from indie_desktop.services import records
from indie_desktop.services.context import Actor
from indie_desktop.services.visibility import visible_to
from indie_desktop.store.database import Database


@dataclass(frozen=True)
class RelationView:
    """A relation as one organisation sees it: `outgoing` if it is the A of 'A <kind> B'."""

    id: uuid.UUID
    kind: RelationKind
    outgoing: bool
    other_id: uuid.UUID
    other_name: str
    since: date | None
    note: str


class RelationService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def add(
        self,
        organisation_id: uuid.UUID,
        kind: RelationKind,
        related_id: uuid.UUID | None,
        since: date | None = None,
        note: str = "",
    ) -> uuid.UUID:
        """Record 'organisation <kind> related'; refuses a relation to itself or a duplicate."""
        if related_id is None:
            raise ValidationError({"related_id": "Choose the other organisation"})
        if related_id == organisation_id:
            raise ValidationError({"related_id": "An organisation cannot be related to itself"})
        if len(note) > 300:
            raise ValidationError({"note": "At most 300 characters"})
        with self.db.session() as s:
            names = dict(
                s.execute(
                    select(Organisation.id, Organisation.name).where(
                        Organisation.id.in_([organisation_id, related_id])
                    )
                ).all()
            )
            if len(names) < 2:
                raise ValidationError({"related_id": "Choose the other organisation"})
            same = s.scalar(
                select(OrganisationRelation.id).where(
                    OrganisationRelation.organisation_id == organisation_id,
                    OrganisationRelation.related_id == related_id,
                    OrganisationRelation.kind == kind,
                    OrganisationRelation.deleted_at.is_(None),
                )
            )
            if same is not None:
                raise ValidationError({"related_id": "This relation is already recorded"})
            row = OrganisationRelation(
                organisation_id=organisation_id,
                related_id=related_id,
                kind=kind,
                since=since,
                note=note.strip() or None,
            )
            summary = f"{names[organisation_id]} → {names[related_id]}"
            return records.create(s, self.actor, row, summary=summary).id

    def remove(self, relation_id: uuid.UUID) -> None:
        with self.db.session() as s:
            row = records.load(s, OrganisationRelation, relation_id)
            records.soft_delete(s, self.actor, row)

    def for_organisation(self, organisation_id: uuid.UUID) -> list[RelationView]:
        """The organisation's relations both ways, by kind and the other's name."""
        other = aliased(Organisation)
        r = OrganisationRelation
        with self.db.session() as s:
            rows = s.execute(
                select(r, other.id, other.name)
                .join(
                    other,
                    or_(
                        (r.organisation_id == organisation_id) & (other.id == r.related_id),
                        (r.related_id == organisation_id) & (other.id == r.organisation_id),
                    ),
                )
                .where(
                    or_(r.organisation_id == organisation_id, r.related_id == organisation_id),
                    r.deleted_at.is_(None),
                    other.deleted_at.is_(None),
                    visible_to(r, self.actor),
                    visible_to(other, self.actor),
                )
            ).all()
        views = [
            RelationView(
                rel.id,
                RelationKind(rel.kind),
                rel.organisation_id == organisation_id,
                oid,
                name,
                rel.since,
                rel.note or "",
            )
            for rel, oid, name in rows
        ]
        order = list(RelationKind)
        return sorted(views, key=lambda v: (order.index(v.kind), not v.outgoing, v.other_name))

    def related_ids(self, organisation_id: uuid.UUID) -> dict[uuid.UUID, list[RelationView]]:
        """The organisations related to this one, each with how (for the suggestions)."""
        out: dict[uuid.UUID, list[RelationView]] = {}
        for v in self.for_organisation(organisation_id):
            out.setdefault(v.other_id, []).append(v)
        return out
