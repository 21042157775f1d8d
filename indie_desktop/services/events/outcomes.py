"""What events achieved, for the dashboard and the funding report: events per kind, the
registered and those who attended, the organisations reached through events, the first
contacts made at one, and the cooperations that name an event as their origin."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from indie_desktop.domain.enums import EVENT_KINDS, ParticipantStatus
from indie_desktop.domain.models import (
    Activity,
    ActivityOrganisation,
    Cooperation,
    Organisation,
    Project,
    ProjectParticipant,
)
from indie_desktop.domain.outcomes import EventFigures, Filters, Period
from indie_desktop.domain.wz import LEVEL_DIVISION, LEVEL_SECTION, wz_entries
from indie_desktop.services.context import Actor

ATTENDED = ParticipantStatus.ATTENDED.value
HOLDS_PLACE = (ParticipantStatus.REGISTERED.value, ParticipantStatus.ATTENDED.value)


def _event_conditions(period: Period, filters: Filters) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [
        Project.deleted_at.is_(None),
        Project.kind.in_([k.value for k in EVENT_KINDS]),
        Project.starts_on >= period.start,
        Project.starts_on <= period.end,
        Project.status != "cancelled",
    ]
    if filters.institution_id is not None:
        conds.append(
            or_(
                Project.lead_institution_id == filters.institution_id,
                and_(
                    Project.lead_institution_id.is_(None),
                    Project.owner_institution_id == filters.institution_id,
                ),
            )
        )
    return conds


def _org_conditions(org: Any, filters: Filters) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if filters.municipality is not None:
        conds.append(
            org.municipality == filters.municipality
            if filters.municipality
            else org.municipality.is_(None)
        )
    if filters.wz_section:
        divisions = [
            e.code
            for e in wz_entries(LEVEL_SECTION + 1, LEVEL_DIVISION)
            if e.section == filters.wz_section
        ]
        conds.append(func.substr(org.wz_code, 1, 2).in_(divisions))
    return conds


def event_figures(s: Session, actor: Actor, period: Period, filters: Filters) -> EventFigures:
    """The figures; counts include other institutions' private events (as the dashboard's
    other figures do), names are never shown here."""
    del actor  # figures count all; the drill-down (event list) shows what the user may see
    out = EventFigures()
    events = _event_conditions(period, filters)
    for kind, n in s.execute(
        select(Project.kind, func.count()).where(*events).group_by(Project.kind)
    ):
        out.by_kind[kind.value] = int(n)
    out.events = sum(out.by_kind.values())
    org_filter = _org_conditions(Organisation, filters)
    base = (
        select(ProjectParticipant.id)
        .join(Project, Project.id == ProjectParticipant.project_id)
        .outerjoin(Organisation, Organisation.id == ProjectParticipant.organisation_id)
        .where(*events, ProjectParticipant.deleted_at.is_(None), *org_filter)
    )
    out.registered = _count(s, base.where(ProjectParticipant.status.in_(HOLDS_PLACE)))
    out.participants = _count(s, base.where(ProjectParticipant.status == ATTENDED))
    reached = (
        select(ProjectParticipant.organisation_id)
        .join(Project, Project.id == ProjectParticipant.project_id)
        .join(Organisation, Organisation.id == ProjectParticipant.organisation_id)
        .where(
            *events,
            *org_filter,
            ProjectParticipant.deleted_at.is_(None),
            ProjectParticipant.status == ATTENDED,
        )
        .distinct()
    )
    out.organisations = _count(s, reached)
    # A first contact: before the event, no activity with the organisation and no earlier
    # event it attended.
    earlier_pp = aliased(ProjectParticipant)
    earlier_event = aliased(Project)
    start_of_event = Project.starts_on
    first = reached.where(
        ~exists().where(
            ActivityOrganisation.organisation_id == ProjectParticipant.organisation_id,
            ActivityOrganisation.deleted_at.is_(None),
            Activity.id == ActivityOrganisation.activity_id,
            Activity.deleted_at.is_(None),
            Activity.occurred_at < Project.starts_at,
        ),
        ~exists().where(
            earlier_pp.organisation_id == ProjectParticipant.organisation_id,
            earlier_pp.deleted_at.is_(None),
            earlier_pp.status == ATTENDED,
            earlier_event.id == earlier_pp.project_id,
            earlier_event.deleted_at.is_(None),
            earlier_event.starts_on < start_of_event,
        ),
    )
    out.first_contacts = _count(s, first)
    event_ids = select(Project.id).where(*events)
    out.cooperations = _count(
        s,
        select(Cooperation.id).where(
            Cooperation.deleted_at.is_(None), Cooperation.event_id.in_(event_ids)
        ),
    )
    return out


def _count(s: Session, stmt: Any) -> int:
    return int(s.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0)


def event_ids_of_period(s: Session, period: Period, filters: Filters) -> list[uuid.UUID]:
    return list(s.scalars(select(Project.id).where(*_event_conditions(period, filters))))
