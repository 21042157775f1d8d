"""What a task is about: the organisation, person, visit, need, referral or event it was made
for, named the way a list can show it ("Firmenbesuch 12.03.2026: Müller GmbH").

Read for a page of tasks at once (one query per kind of record, not one per task), under the
same visibility rules as the records' own lists: a record private to another institution, or
deleted, is named only by its kind and cannot be opened.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from indie_desktop.domain.enums import EVENT_KINDS, ActivityKind, LinkedKind, ProjectKind
from indie_desktop.domain.formatting import to_berlin
from indie_desktop.domain.models import (
    Activity,
    ActivityOrganisation,
    Affiliation,
    Need,
    Organisation,
    Person,
    Project,
    Referral,
)
from indie_desktop.services.context import Actor
from indie_desktop.services.visibility import visible_to

Link = tuple[str, uuid.UUID]


@dataclass(frozen=True)
class TaskAbout:
    """The record a task belongs to. `what` is the kind shown (an activity's or a project's own
    kind where there is one); `name` is empty where the user may not see the record."""

    kind: LinkedKind
    record_id: uuid.UUID
    what: StrEnum
    name: str = ""
    day: date | None = None

    @property
    def can_open(self) -> bool:
        return bool(self.name)

    def link(self) -> Link:
        """Where the record opens (a detail pane's link): events in the events list."""
        if self.kind == LinkedKind.PROJECT and self.what in EVENT_KINDS:
            return "event", self.record_id
        return self.kind.value, self.record_id


def _live(model: Any) -> ColumnElement[bool]:
    return model.deleted_at.is_(None)  # type: ignore[no-any-return]


def describe_links(
    session: Session, actor: Actor, links: Iterable[Link | None]
) -> dict[Link, TaskAbout]:
    """Each link's record, named; links of an unknown kind are left out."""
    wanted: dict[LinkedKind, set[uuid.UUID]] = defaultdict(set)
    for link in links:
        if link is None:
            continue
        try:
            wanted[LinkedKind(link[0])].add(link[1])
        except ValueError:
            continue
    found: dict[Link, TaskAbout] = {}
    for kind, ids in wanted.items():
        named = _READERS[kind](session, actor, ids)
        for record_id in ids:
            about = named.get(record_id) or TaskAbout(kind, record_id, kind)
            found[(kind.value, record_id)] = about
    return found


def _organisation_names(
    session: Session, actor: Actor, ids: set[uuid.UUID]
) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    stmt = select(Organisation.id, Organisation.name).where(
        Organisation.id.in_(ids), _live(Organisation), visible_to(Organisation, actor)
    )
    return {row[0]: row[1] for row in session.execute(stmt)}


def _organisations(
    session: Session, actor: Actor, ids: set[uuid.UUID]
) -> dict[uuid.UUID, TaskAbout]:
    kind = LinkedKind.ORGANISATION
    return {
        i: TaskAbout(kind, i, kind, name)
        for i, name in _organisation_names(session, actor, ids).items()
    }


def _people(session: Session, actor: Actor, ids: set[uuid.UUID]) -> dict[uuid.UUID, TaskAbout]:
    people = session.scalars(
        select(Person).where(Person.id.in_(ids), _live(Person), visible_to(Person, actor))
    ).all()
    works_at: dict[uuid.UUID, uuid.UUID] = {}
    rows = session.execute(
        select(Affiliation.person_id, Affiliation.organisation_id)
        .where(Affiliation.person_id.in_(ids), _live(Affiliation), Affiliation.until.is_(None))
        .order_by(Affiliation.is_primary.desc())
    )
    for person_id, org_id in rows:
        works_at.setdefault(person_id, org_id)
    orgs = _organisation_names(session, actor, set(works_at.values()))
    kind = LinkedKind.PERSON
    found = {}
    for p in people:
        org = orgs.get(works_at.get(p.id))  # type: ignore[arg-type]
        name = p.full_name + (f" ({org})" if org else "")
        found[p.id] = TaskAbout(kind, p.id, kind, name)
    return found


def _activities(session: Session, actor: Actor, ids: set[uuid.UUID]) -> dict[uuid.UUID, TaskAbout]:
    rows = session.execute(
        select(Activity.id, Activity.kind, Activity.occurred_at, Activity.subject).where(
            Activity.id.in_(ids), _live(Activity), visible_to(Activity, actor)
        )
    ).all()
    link = aliased(ActivityOrganisation)
    org_of: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for activity_id, org_id in session.execute(
        select(link.activity_id, link.organisation_id).where(
            link.activity_id.in_([r[0] for r in rows]), link.deleted_at.is_(None)
        )
    ):
        org_of[activity_id].append(org_id)
    names = _organisation_names(session, actor, {o for os in org_of.values() for o in os})
    found = {}
    for activity_id, kind, occurred_at, subject in rows:
        orgs = sorted(names[o] for o in org_of.get(activity_id, []) if o in names)
        name = ", ".join(orgs) or subject or "–"
        day = to_berlin(occurred_at).date() if occurred_at else None
        found[activity_id] = TaskAbout(
            LinkedKind.ACTIVITY, activity_id, ActivityKind(kind), name, day
        )
    return found


def _needs(session: Session, actor: Actor, ids: set[uuid.UUID]) -> dict[uuid.UUID, TaskAbout]:
    rows = session.execute(
        select(Need.id, Need.topic, Need.organisation_id).where(
            Need.id.in_(ids), _live(Need), visible_to(Need, actor)
        )
    ).all()
    names = _organisation_names(session, actor, {r[2] for r in rows})
    kind = LinkedKind.NEED
    return {
        i: TaskAbout(kind, i, kind, f"{topic} ({names[org]})" if org in names else topic)
        for i, topic, org in rows
    }


def _referrals(session: Session, actor: Actor, ids: set[uuid.UUID]) -> dict[uuid.UUID, TaskAbout]:
    rows = session.execute(
        select(Referral.id, Referral.organisation_id, Referral.partner_organisation_id).where(
            Referral.id.in_(ids), _live(Referral), visible_to(Referral, actor)
        )
    ).all()
    names = _organisation_names(session, actor, {o for r in rows for o in r[1:] if o})
    kind = LinkedKind.REFERRAL
    found = {}
    for referral_id, org, partner in rows:
        parts = [names.get(o, "…") for o in (org, partner) if o is not None]
        found[referral_id] = TaskAbout(kind, referral_id, kind, " → ".join(parts))
    return found


def _projects(session: Session, actor: Actor, ids: set[uuid.UUID]) -> dict[uuid.UUID, TaskAbout]:
    rows = session.execute(
        select(Project.id, Project.name, Project.kind, Project.starts_on).where(
            Project.id.in_(ids), _live(Project), visible_to(Project, actor)
        )
    ).all()
    return {
        i: TaskAbout(LinkedKind.PROJECT, i, ProjectKind(kind), name, starts_on)
        for i, name, kind, starts_on in rows
    }


_READERS = {
    LinkedKind.ORGANISATION: _organisations,
    LinkedKind.PERSON: _people,
    LinkedKind.ACTIVITY: _activities,
    LinkedKind.NEED: _needs,
    LinkedKind.REFERRAL: _referrals,
    LinkedKind.PROJECT: _projects,
}
