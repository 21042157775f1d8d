"""Saved target groups (Zielgruppen): a named filter, private or shared with the institution,
and the organisations or people it selects now.

A private group is the staff member's own: colleagues of the same institution do not see it.
On the office server row-level security says so too (store/shared_sql.PRIVATE_TO_STAFF), so
neither another login's SQL nor a colleague's offline replica receives it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from indie_desktop.domain.enums import TargetSubject, Visibility
from indie_desktop.domain.errors import NotFound, ValidationError
from indie_desktop.domain.models import TargetGroup
from indie_desktop.services import records
from indie_desktop.services.context import Actor
from indie_desktop.services.events.criteria import Criteria, id_query
from indie_desktop.store.database import Database


@dataclass(frozen=True)
class TargetGroupInfo:
    id: uuid.UUID
    name: str
    subject: TargetSubject
    shared: bool
    criteria: Criteria


class TargetGroupService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    # -- what a filter selects ----------------------------------------------------------------
    def count(self, criteria: Criteria) -> int:
        """How many organisations or people the criteria select (the panel's live count)."""
        stmt = id_query(criteria, self.actor).order_by(None)
        with self.db.session() as s:
            return int(s.scalar(select(func.count()).select_from(stmt.subquery())) or 0)

    def ids(self, criteria: Criteria) -> list[uuid.UUID]:
        with self.db.session() as s:
            return list(s.scalars(id_query(criteria, self.actor)))

    def people(self, group_id: uuid.UUID) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
        """Whom a group writes to: its people, or the primary contact of each of its
        organisations; and the organisations without any current contact (left out)."""
        from indie_desktop.services.printing.recipients import chunks, primary_contact_map

        group = self.get(group_id)
        ids = self.ids(group.criteria)
        if group.subject == TargetSubject.PERSON:
            return ids, []
        chosen: dict[uuid.UUID, uuid.UUID] = {}
        with self.db.session() as s:
            for chunk in chunks(ids):
                chosen.update(primary_contact_map(s, self.actor, chunk))
        people = list(dict.fromkeys(chosen[o] for o in ids if o in chosen))
        return people, [o for o in ids if o not in chosen]

    # -- saved groups -------------------------------------------------------------------------
    def _visible(self) -> list[object]:
        mine = TargetGroup.owner_institution_id == self.actor.institution_id
        if self.actor.institution_id is None:
            return [TargetGroup.deleted_at.is_(None)]
        return [
            TargetGroup.deleted_at.is_(None),
            mine,
            or_(TargetGroup.shared.is_(True), TargetGroup.staff_id == self.actor.staff_id),
        ]

    def groups(self, subject: TargetSubject | None = None) -> list[TargetGroupInfo]:
        """The saved groups the user may use: the institution's shared ones and their own."""
        stmt = select(TargetGroup).where(*self._visible())  # type: ignore[arg-type]
        if subject is not None:
            stmt = stmt.where(TargetGroup.subject == subject)
        with self.db.session() as s:
            return [_info(g) for g in s.scalars(stmt.order_by(func.lower(TargetGroup.name)))]

    def by_name(self, name: str) -> TargetGroupInfo:
        wanted = name.strip().casefold()
        for g in self.groups():
            if g.name.casefold() == wanted:
                return g
        known = ", ".join(g.name for g in self.groups()) or "none"
        raise NotFound(f"There is no target group named “{name}”. Saved groups: {known}")

    def get(self, group_id: uuid.UUID) -> TargetGroupInfo:
        with self.db.session() as s:
            return _info(records.load(s, TargetGroup, group_id))

    def save(self, name: str, criteria: Criteria, *, shared: bool = True) -> uuid.UUID:
        """Save the filter under `name`; a group of that name the user may edit is replaced."""
        name = name.strip()
        if not name:
            raise ValidationError({"name": "Give the target group a name"})
        if len(name) > 120:
            raise ValidationError({"name": "At most 120 characters"})
        with self.db.session() as s:
            existing = s.scalars(
                select(TargetGroup).where(
                    *self._visible(),  # type: ignore[arg-type]
                    func.lower(TargetGroup.name) == name.casefold(),
                )
            ).first()
            values = {
                "name": name,
                "subject": criteria.subject,
                "criteria": criteria.to_json(),
                "shared": shared,
            }
            if existing is not None:
                if not shared and existing.staff_id != self.actor.staff_id:
                    raise ValidationError(
                        {
                            "name": "A colleague's shared group has this name; "
                            "save your private one under another name"
                        }
                    )
                records.apply_changes(s, self.actor, existing, values)
                return existing.id
            group = TargetGroup(
                **values,
                staff_id=self.actor.staff_id,
                visibility=Visibility.INSTITUTION.value,
            )
            return records.create(s, self.actor, group, name).id

    def delete(self, group_id: uuid.UUID) -> None:
        with self.db.session() as s:
            records.soft_delete(s, self.actor, records.load(s, TargetGroup, group_id))


def _info(g: TargetGroup) -> TargetGroupInfo:
    return TargetGroupInfo(g.id, g.name, g.subject, g.shared, Criteria.from_json(g.criteria))
