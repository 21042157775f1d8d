"""The timeline of an organisation or a person: everything the network did with them.

Activities, needs, referrals (as the one referred and as the partner), their stage changes,
cooperations and tasks, newest first, narrowed by kind and institution, in pages. Each kind is
one indexed query that returns at most the rows the page can use; the merge happens here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from indie_desktop.domain.enums import EVENT_KINDS
from indie_desktop.domain.formatting import BERLIN
from indie_desktop.domain.models import (
    Activity,
    ActivityOrganisation,
    ActivityPerson,
    Cooperation,
    CooperationPartner,
    Institution,
    Need,
    NetworkMembership,
    Organisation,
    OrganisationRelation,
    Project,
    ProjectParticipant,
    Referral,
    ReferralStageChange,
    Task,
)
from indie_desktop.services.context import Actor
from indie_desktop.services.directory.timeline_entries import (
    EntryKind as EntryKind,
)
from indie_desktop.services.directory.timeline_entries import (
    Role as Role,
)
from indie_desktop.services.directory.timeline_entries import (
    TimelineEntry as TimelineEntry,
)
from indie_desktop.services.directory.timeline_entries import (
    TimelinePage as TimelinePage,
)
from indie_desktop.services.listing import AnySelect
from indie_desktop.services.visibility import visible_to
from indie_desktop.store.database import Database


def _day(d: date | None, fallback: datetime | None = None) -> datetime:
    if d is None:
        return fallback or datetime(1970, 1, 1, tzinfo=UTC)
    return datetime.combine(d, time(0), BERLIN).astimezone(UTC)


Query = Callable[[Session, int], Iterable[TimelineEntry]]


class TimelineService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def for_organisation(
        self,
        organisation_id: uuid.UUID,
        kinds: Iterable[EntryKind] | None = None,
        institution_id: uuid.UUID | None = None,
        offset: int = 0,
        limit: int = 50,
    ) -> TimelinePage:
        return self._page(
            _OrganisationSources(organisation_id), kinds, institution_id, offset, limit
        )

    def for_person(
        self,
        person_id: uuid.UUID,
        kinds: Iterable[EntryKind] | None = None,
        institution_id: uuid.UUID | None = None,
        offset: int = 0,
        limit: int = 50,
    ) -> TimelinePage:
        return self._page(_PersonSources(person_id), kinds, institution_id, offset, limit)

    def _page(
        self,
        sources: _Sources,
        kinds: Iterable[EntryKind] | None,
        institution_id: uuid.UUID | None,
        offset: int,
        limit: int,
    ) -> TimelinePage:
        wanted = set(kinds) if kinds is not None else set(EntryKind)
        need = offset + limit + 1
        entries: list[TimelineEntry] = []
        with self.db.session() as s:
            institutions = dict(s.execute(select(Institution.id, Institution.short_name)).all())
            sources.bind(self.actor, institution_id, institutions)
            for kind in EntryKind:
                if kind in wanted:
                    entries.extend(sources.query(kind)(s, need))
        entries.sort(key=lambda e: (e.when, e.record_id), reverse=True)
        return TimelinePage(entries[offset : offset + limit], len(entries) > offset + limit)


class _Sources:
    """One query per kind of entry; subclasses say how records belong to the subject."""

    def bind(
        self, actor: Actor, institution_id: uuid.UUID | None, names: dict[uuid.UUID, str]
    ) -> None:
        self.actor, self.institution_id, self.names = actor, institution_id, names

    def _where(self, stmt: AnySelect, model: Any) -> AnySelect:
        stmt = stmt.where(model.deleted_at.is_(None), visible_to(model, self.actor))
        if self.institution_id is not None:
            stmt = stmt.where(model.owner_institution_id == self.institution_id)
        return stmt

    def _inst(self, owner: uuid.UUID | None) -> str:
        return self.names.get(owner, "") if owner else ""

    def query(self, kind: EntryKind) -> Query:
        return {
            EntryKind.ACTIVITY: self.activities,
            EntryKind.NEED: self.needs,
            EntryKind.REFERRAL: self.referrals,
            EntryKind.STAGE_CHANGE: self.stage_changes,
            EntryKind.COOPERATION: self.cooperations,
            EntryKind.TASK: self.tasks,
            EntryKind.EVENT: self.events,
            EntryKind.RELATION: self.relations,
            EntryKind.NETWORK: self.network_steps,
        }[kind]

    def relations(self, s: Session, n: int) -> list[TimelineEntry]:
        return []  # organisations only

    def network_steps(self, s: Session, n: int) -> list[TimelineEntry]:
        return []  # organisations only

    # what subclasses define
    def activity_ids(self) -> AnySelect:
        raise NotImplementedError

    def need_condition(self) -> ColumnElement[bool]:
        raise NotImplementedError

    def referral_roles(self) -> list[tuple[ColumnElement[bool], Role, Any]]:
        """(condition on Referral, role, the column naming the other side's organisation)."""
        raise NotImplementedError

    def cooperation_condition(self) -> ColumnElement[bool]:
        raise NotImplementedError

    def own_link(self) -> tuple[str, uuid.UUID]:
        raise NotImplementedError

    def participant_condition(self) -> ColumnElement[bool]:
        raise NotImplementedError

    # --- the queries -------------------------------------------------------------------------

    def activities(self, s: Session, n: int) -> list[TimelineEntry]:
        stmt = select(
            Activity.id,
            Activity.occurred_at,
            Activity.kind,
            Activity.subject,
            Activity.owner_institution_id,
        ).where(Activity.id.in_(self.activity_ids()))
        stmt = self._where(stmt, Activity).order_by(Activity.occurred_at.desc()).limit(n)
        return [
            TimelineEntry(
                r[1], EntryKind.ACTIVITY, r[0], r[3], r[2].value, institution=self._inst(r[4])
            )
            for r in s.execute(stmt)
        ]

    def needs(self, s: Session, n: int) -> list[TimelineEntry]:
        found = aliased(Activity)
        when = func.coalesce(found.occurred_at, Need.created_at)
        stmt = (
            select(
                Need.id,
                found.occurred_at,
                Need.created_at,
                Need.topic,
                Need.urgency,
                Need.owner_institution_id,
            )
            .outerjoin(found, found.id == Need.found_in_activity_id)
            .where(self.need_condition())
        )
        stmt = self._where(stmt, Need).order_by(when.desc()).limit(n)
        return [
            TimelineEntry(
                r[1] or r[2], EntryKind.NEED, r[0], r[3], r[4].value, institution=self._inst(r[5])
            )
            for r in s.execute(stmt)
        ]

    def referrals(self, s: Session, n: int) -> list[TimelineEntry]:
        out: list[TimelineEntry] = []
        for condition, role, other_column in self.referral_roles():
            other = aliased(Organisation)
            stmt = (
                select(
                    Referral.id,
                    Referral.referred_on,
                    Referral.stage,
                    other.name,
                    Referral.owner_institution_id,
                )
                .outerjoin(other, other.id == other_column)
                .where(condition)
            )
            stmt = self._where(stmt, Referral).order_by(Referral.referred_on.desc()).limit(n)
            out.extend(
                TimelineEntry(
                    _day(r[1]),
                    EntryKind.REFERRAL,
                    r[0],
                    r[3] or "",
                    r[2].value,
                    role,
                    self._inst(r[4]),
                    is_date=True,
                )
                for r in s.execute(stmt)
            )
        return out

    def stage_changes(self, s: Session, n: int) -> list[TimelineEntry]:
        out: list[TimelineEntry] = []
        for condition, role, other_column in self.referral_roles():
            other = aliased(Organisation)
            stmt = (
                select(
                    ReferralStageChange.id,
                    ReferralStageChange.changed_on,
                    ReferralStageChange.stage,
                    other.name,
                    ReferralStageChange.owner_institution_id,
                )
                .join(Referral, Referral.id == ReferralStageChange.referral_id)
                .outerjoin(other, other.id == other_column)
                .where(
                    condition,
                    Referral.deleted_at.is_(None),
                    ReferralStageChange.stage != "proposed",
                )  # that is the referral itself
            )
            stmt = self._where(stmt, ReferralStageChange)
            stmt = stmt.order_by(ReferralStageChange.changed_on.desc()).limit(n)
            out.extend(
                TimelineEntry(
                    _day(r[1]),
                    EntryKind.STAGE_CHANGE,
                    r[0],
                    r[3] or "",
                    r[2].value,
                    role,
                    self._inst(r[4]),
                    is_date=True,
                )
                for r in s.execute(stmt)
            )
        return out

    def cooperations(self, s: Session, n: int) -> list[TimelineEntry]:
        stmt = select(
            Cooperation.id,
            Cooperation.starts_on,
            Cooperation.created_at,
            Cooperation.title,
            Cooperation.kind,
            Cooperation.owner_institution_id,
        ).where(self.cooperation_condition())
        when = func.coalesce(Cooperation.starts_on, func.date(Cooperation.created_at))
        stmt = self._where(stmt, Cooperation).order_by(when.desc()).limit(n)
        return [
            TimelineEntry(
                _day(r[1], r[2]),
                EntryKind.COOPERATION,
                r[0],
                r[3],
                r[4].value,
                institution=self._inst(r[5]),
                is_date=True,
            )
            for r in s.execute(stmt)
        ]

    def tasks(self, s: Session, n: int) -> list[TimelineEntry]:
        own_type, own_id = self.own_link()
        linked = or_(
            and_(Task.linked_type == own_type, Task.linked_id == own_id),
            and_(Task.linked_type == "activity", Task.linked_id.in_(self.activity_ids())),
        )
        stmt = select(
            Task.id,
            Task.due_on,
            Task.created_at,
            Task.title,
            Task.done,
            Task.owner_institution_id,
        ).where(linked)
        when = func.coalesce(Task.due_on, func.date(Task.created_at))
        stmt = self._where(stmt, Task).order_by(when.desc()).limit(n)
        return [
            TimelineEntry(
                _day(r[1], r[2]),
                EntryKind.TASK,
                r[0],
                r[3],
                institution=self._inst(r[5]),
                done=r[4],
                is_date=True,
            )
            for r in s.execute(stmt)
        ]

    def events(self, s: Session, n: int) -> list[TimelineEntry]:
        """Participations in events: when the event takes place, its name, the status."""
        when = func.coalesce(Project.starts_at, Project.created_at)
        stmt = (
            select(
                ProjectParticipant.id,
                Project.starts_at,
                Project.starts_on,
                Project.created_at,
                Project.name,
                ProjectParticipant.status,
                ProjectParticipant.owner_institution_id,
            )
            .join(Project, Project.id == ProjectParticipant.project_id)
            .where(
                self.participant_condition(),
                Project.deleted_at.is_(None),
                Project.kind.in_([k.value for k in EVENT_KINDS]),
                visible_to(Project, self.actor),
            )
        )
        stmt = self._where(stmt, ProjectParticipant).order_by(when.desc()).limit(n)
        return [
            TimelineEntry(
                r[1] or _day(r[2], r[3]),
                EntryKind.EVENT,
                r[0],
                r[4],
                r[5].value if r[5] else "",
                institution=self._inst(r[6]),
                is_date=r[1] is None,
            )
            for r in s.execute(stmt)
        ]


class _OrganisationSources(_Sources):
    def __init__(self, organisation_id: uuid.UUID) -> None:
        self.id = organisation_id

    def activity_ids(self) -> AnySelect:
        return select(ActivityOrganisation.activity_id).where(
            ActivityOrganisation.organisation_id == self.id,
            ActivityOrganisation.deleted_at.is_(None),
        )

    def need_condition(self) -> ColumnElement[bool]:
        return Need.organisation_id == self.id

    def referral_roles(self) -> list[tuple[ColumnElement[bool], Role, Any]]:
        return [
            (Referral.organisation_id == self.id, Role.REFERRED, Referral.partner_organisation_id),
            (Referral.partner_organisation_id == self.id, Role.PARTNER, Referral.organisation_id),
        ]

    def cooperation_condition(self) -> ColumnElement[bool]:
        partner = select(CooperationPartner.cooperation_id).where(
            CooperationPartner.organisation_id == self.id,
            CooperationPartner.deleted_at.is_(None),
        )
        referred = select(Referral.id).where(Referral.organisation_id == self.id)
        return or_(Cooperation.id.in_(partner), Cooperation.referral_id.in_(referred))

    def own_link(self) -> tuple[str, uuid.UUID]:
        return "organisation", self.id

    def participant_condition(self) -> ColumnElement[bool]:
        return ProjectParticipant.organisation_id == self.id

    def relations(self, s: Session, n: int) -> list[TimelineEntry]:
        """'Zulieferer von X' on the day it began (else the day it was recorded); subkind
        'kind' read from this organisation, 'kind:in' from the other side."""
        r = OrganisationRelation
        other = aliased(Organisation)
        stmt = (
            select(r.id, r.since, r.created_at, r.kind, r.organisation_id, other.name)
            .join(
                other,
                or_(
                    and_(r.organisation_id == self.id, other.id == r.related_id),
                    and_(r.related_id == self.id, other.id == r.organisation_id),
                ),
            )
            .where(
                or_(r.organisation_id == self.id, r.related_id == self.id),
                other.deleted_at.is_(None),
                visible_to(other, self.actor),
            )
        )
        stmt = self._where(stmt, r).order_by(r.created_at.desc()).limit(n)
        return [
            TimelineEntry(
                _day(since, created),
                EntryKind.RELATION,
                rid,
                name,
                kind.value + ("" if source == self.id else ":in"),
                is_date=True,
            )
            for rid, since, created, kind, source, name in s.execute(stmt)
        ]

    def network_steps(self, s: Session, n: int) -> list[TimelineEntry]:
        m = NetworkMembership
        stmt = select(m.id, m.since, m.status, m.note, m.owner_institution_id).where(
            m.organisation_id == self.id
        )
        stmt = self._where(stmt, m).order_by(m.since.desc()).limit(n)
        return [
            TimelineEntry(
                _day(since),
                EntryKind.NETWORK,
                mid,
                note or "",
                status.value,
                institution=self._inst(owner),
                is_date=True,
            )
            for mid, since, status, note, owner in s.execute(stmt)
        ]


class _PersonSources(_Sources):
    def __init__(self, person_id: uuid.UUID) -> None:
        self.id = person_id

    def activity_ids(self) -> AnySelect:
        return select(ActivityPerson.activity_id).where(
            ActivityPerson.person_id == self.id, ActivityPerson.deleted_at.is_(None)
        )

    def need_condition(self) -> ColumnElement[bool]:
        return Need.found_in_activity_id.in_(self.activity_ids())

    def referral_roles(self) -> list[tuple[ColumnElement[bool], Role, Any]]:
        return [(Referral.partner_person_id == self.id, Role.PARTNER, Referral.organisation_id)]

    def cooperation_condition(self) -> ColumnElement[bool]:
        return Cooperation.id.in_(
            select(CooperationPartner.cooperation_id).where(
                CooperationPartner.person_id == self.id, CooperationPartner.deleted_at.is_(None)
            )
        )

    def own_link(self) -> tuple[str, uuid.UUID]:
        return "person", self.id

    def participant_condition(self) -> ColumnElement[bool]:
        return ProjectParticipant.person_id == self.id
