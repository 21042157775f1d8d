"""Events: create and edit them, list them, and the figures of one event.

An event is a Project of an event kind (domain/events.py says why); this service edits the
event's own fields (time, place, capacity, deadline, cost, fair, trip) beside the project's.
Participants are services/events/participants.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, case, func, select

from indie_desktop.domain import validation as v
from indie_desktop.domain.base import utcnow
from indie_desktop.domain.enums import (
    EVENT_KINDS,
    ParticipantStatus,
    ProjectKind,
    ProjectStatus,
    Visibility,
)
from indie_desktop.domain.formatting import local_to_utc, to_berlin
from indie_desktop.domain.models import Institution, Project, ProjectParticipant
from indie_desktop.domain.record_keys import project_keys
from indie_desktop.services import listing, records
from indie_desktop.services.editing import EditableRecords
from indie_desktop.services.fields import FieldCollector
from indie_desktop.services.search import text_filter
from indie_desktop.services.visibility import can_see, visible_to
from indie_desktop.services.work.activities import parse_time

NOT_AN_EVENT = "Choose the kind of event"


@dataclass
class EventDraft:
    """The event form as typed: dates DD.MM.YYYY, times HH:MM (Berlin), money '1.234,50'."""

    name: str = ""
    kind: ProjectKind = ProjectKind.SECTOR_MEETING
    status: ProjectStatus = ProjectStatus.PLANNED
    date: str = ""
    start_time: str = ""
    end_date: str = ""
    end_time: str = ""
    place: str = ""
    lead_institution_id: uuid.UUID | None = None
    # Institutions of the network organising with the lead (picked from the list), and
    # further co-organisers from outside the network as text.
    co_organiser_ids: tuple[uuid.UUID, ...] = ()
    co_organisers: str = ""
    capacity: str = ""
    registration_deadline: str = ""
    registration_link: str = ""
    cost_eur: str = ""
    budget_eur: str = ""
    funding: str = ""
    fair_name: str = ""
    hall_stand: str = ""
    destination: str = ""
    description: str = ""
    visibility: Visibility = Visibility.NETWORK


@dataclass(frozen=True)
class EventRow:
    id: uuid.UUID
    name: str
    kind: ProjectKind
    starts_at: datetime | None
    place: str
    lead: str
    registered: int
    attended: int
    capacity: int | None


@dataclass(frozen=True)
class EventDetail:
    id: uuid.UUID
    version: int
    draft: EventDraft
    lead_name: str
    counts: dict[ParticipantStatus, int] = field(default_factory=dict)
    co_organiser_names: tuple[str, ...] = ()  # the institutions' names, in the chosen order

    @property
    def name(self) -> str:
        return self.draft.name

    @property
    def co_organisers_text(self) -> str:
        """Every co-organiser: the network's institutions, then the further ones typed."""
        parts = [*self.co_organiser_names]
        if self.draft.co_organisers:
            parts.append(self.draft.co_organisers)
        return ", ".join(parts)


def _when(c: FieldCollector, day_field: str, day: str, time_field: str, t: str) -> object:
    d = c.take(day_field, v.parse_date_de, day)
    hm = c.take(time_field, parse_time, t) if t.strip() else (0, 0)
    if d is None or hm is None:
        return None
    return local_to_utc(datetime(d.year, d.month, d.day, hm[0], hm[1]))


def _capacity(text: str) -> int | None:
    t = text.strip()
    if not t:
        return None
    if not t.isdigit() or int(t) <= 0:
        raise v.FieldError("Enter the number of places as a whole number, e.g. 40")
    return int(t)


def event_values(draft: EventDraft) -> dict[str, object]:
    c = FieldCollector()
    c.take("name", v.require_text, draft.name, 200)
    if ProjectKind(draft.kind) not in EVENT_KINDS:
        c.fail("kind", NOT_AN_EVENT)
    starts = _when(c, "date", draft.date, "start_time", draft.start_time)
    if starts is None and not draft.date.strip() and "date" not in c.errors:
        c.fail("date", "Required")
    end_day = draft.end_date if draft.end_date.strip() else (draft.date if draft.end_time else "")
    ends = _when(c, "end_date", end_day, "end_time", draft.end_time) if end_day else None
    if isinstance(starts, datetime) and isinstance(ends, datetime) and ends < starts:
        c.fail("end_date", "Ends before it begins")
    c.take("place", v.optional_text, draft.place, 300)
    c.take("co_organisers", v.optional_text, draft.co_organisers, 300)
    c.take("capacity", _capacity, draft.capacity)
    deadline = c.take("registration_deadline", v.parse_date_de, draft.registration_deadline)
    if (
        deadline is not None
        and isinstance(starts, datetime)
        and deadline > to_berlin(starts).date()
    ):
        c.fail("registration_deadline", "The registration deadline is after the event")
    c.take("registration_link", v.optional_text, draft.registration_link, 500)
    c.take("cost_eur", v.parse_money_de, draft.cost_eur)
    c.take("budget_eur", v.parse_money_de, draft.budget_eur)
    c.take("funding", v.optional_text, draft.funding, 200)
    c.take("fair_name", v.optional_text, draft.fair_name, 200)
    c.take("hall_stand", v.optional_text, draft.hall_stand, 100)
    c.take("destination", v.optional_text, draft.destination, 200)
    c.take("description", v.optional_text, draft.description, 100_000)
    c.raise_if_any()
    values = dict(c.values)
    values.pop("date", None)
    values.pop("start_time", None)
    values.pop("end_date", None)
    values.pop("end_time", None)
    assert isinstance(starts, datetime)
    values.update(
        kind=ProjectKind(draft.kind),
        status=ProjectStatus(draft.status),
        starts_at=starts,
        ends_at=ends,
        starts_on=to_berlin(starts).date(),
        ends_on=to_berlin(ends).date() if isinstance(ends, datetime) else None,
        lead_institution_id=draft.lead_institution_id,
        co_organiser_ids=ids_text(
            i for i in draft.co_organiser_ids if i != draft.lead_institution_id
        ),
        visibility=Visibility(draft.visibility).value,
    )
    values.update(project_keys(str(values["name"]), draft.description))
    return values


def ids_text(ids: Iterable[uuid.UUID]) -> str | None:
    """Institution ids as stored on the project: hex, comma-separated, in the order chosen."""
    return ",".join(dict.fromkeys(i.hex for i in ids)) or None


def ids_of(text: str | None) -> tuple[uuid.UUID, ...]:
    out = []
    for part in (text or "").split(","):
        try:
            out.append(uuid.UUID(hex=part.strip()))
        except ValueError:
            continue
    return tuple(out)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _money_input(value: object) -> str:
    return "" if value is None else f"{value:.2f}".replace(".", ",")


def draft_of(p: Project) -> EventDraft:
    starts = to_berlin(p.starts_at) if p.starts_at else None
    ends = to_berlin(p.ends_at) if p.ends_at else None
    return EventDraft(
        name=p.name,
        kind=p.kind,
        status=p.status,
        date=starts.strftime("%d.%m.%Y") if starts else "",
        start_time=starts.strftime("%H:%M") if starts and (starts.hour or starts.minute) else "",
        end_date=ends.strftime("%d.%m.%Y") if ends else "",
        end_time=ends.strftime("%H:%M") if ends and (ends.hour or ends.minute) else "",
        place=_text(p.place),
        lead_institution_id=p.lead_institution_id,
        co_organiser_ids=ids_of(p.co_organiser_ids),
        co_organisers=_text(p.co_organisers),
        capacity=_text(p.capacity),
        registration_deadline=p.registration_deadline.strftime("%d.%m.%Y")
        if p.registration_deadline
        else "",
        registration_link=_text(p.registration_link),
        cost_eur=_money_input(p.cost_eur),
        budget_eur=_money_input(p.budget_eur),
        funding=_text(p.funding),
        fair_name=_text(p.fair_name),
        hall_stand=_text(p.hall_stand),
        destination=_text(p.destination),
        description=_text(p.description),
        visibility=Visibility(p.visibility),
    )


def live_participants() -> object:
    return ProjectParticipant.deleted_at.is_(None)


class EventService(EditableRecords[EventDraft]):
    model = Project

    def values_of(self, draft: EventDraft) -> dict[str, object]:
        return event_values(draft)

    def load(self, session: object, record_id: uuid.UUID, for_update: bool = False) -> Project:
        p = records.load(session, Project, record_id, for_update=for_update)  # type: ignore[arg-type]
        if p.kind not in EVENT_KINDS or not can_see(p, self.actor):
            from indie_desktop.domain.errors import NotFound

            raise NotFound(f"Event {record_id} does not exist or was deleted.")
        return p

    def create(self, draft: EventDraft) -> uuid.UUID:
        values = event_values(draft)
        with self.db.session() as s:
            return records.create(s, self.actor, Project(**values), str(values["name"])).id

    def detail(self, event_id: uuid.UUID) -> EventDetail:
        with self.db.session() as s:
            p = self.load(s, event_id)
            lead = s.get(Institution, p.lead_institution_id) if p.lead_institution_id else None
            counts = {
                ParticipantStatus(str(status)): int(n)
                for status, n in s.execute(
                    select(ProjectParticipant.status, func.count())
                    .where(
                        ProjectParticipant.project_id == event_id,
                        ProjectParticipant.deleted_at.is_(None),
                        ProjectParticipant.status.is_not(None),
                    )
                    .group_by(ProjectParticipant.status)
                )
            }
            draft = draft_of(p)
            names = {
                i: n
                for i, n in s.execute(
                    select(Institution.id, Institution.short_name).where(
                        Institution.id.in_(draft.co_organiser_ids)
                    )
                )
            }
            co = tuple(names[i] for i in draft.co_organiser_ids if i in names)
            return EventDetail(p.id, p.version, draft, lead.name if lead else "", counts, co)

    def _counted(self, status: ParticipantStatus) -> Any:
        return func.count(case((ProjectParticipant.status == status.value, ProjectParticipant.id)))

    def _list_stmt(self, query: listing.ListQuery) -> Select[Any]:
        registered = func.count(
            case(
                (
                    ProjectParticipant.status.in_(
                        [ParticipantStatus.REGISTERED.value, ParticipantStatus.ATTENDED.value]
                    ),
                    ProjectParticipant.id,
                )
            )
        )
        attended = self._counted(ParticipantStatus.ATTENDED)
        stmt = (
            select(
                Project.id,
                Project.name,
                Project.kind,
                Project.starts_at,
                Project.place,
                Institution.short_name,
                registered,
                attended,
                Project.capacity,
            )
            .outerjoin(Institution, Institution.id == Project.lead_institution_id)
            .outerjoin(
                ProjectParticipant,
                and_(
                    ProjectParticipant.project_id == Project.id,
                    ProjectParticipant.deleted_at.is_(None),
                ),
            )
            .where(
                Project.deleted_at.is_(None),
                Project.kind.in_([k.value for k in EVENT_KINDS]),
                visible_to(Project, self.actor),
            )
            .group_by(Project.id, Institution.short_name)
        )
        kinds = query.filter_value("kinds")
        if kinds:
            stmt = stmt.where(Project.kind.in_(list(kinds)))
        stmt = stmt.where(
            *text_filter.word_conditions(
                "project",
                query.text,
                sqlite=self.db.is_sqlite,
                fallback=lambda w: listing.like_word(Project.search_key, w),
            )
        )
        columns = {
            "name": Project.sort_name,
            "kind": Project.kind,
            "starts_at": Project.starts_at,
            "place": Project.place,
            "lead": Institution.short_name,
            "registered": registered,
            "attended": attended,
            "capacity": Project.capacity,
        }
        return listing.ordered(stmt, query, columns, Project.id)

    def count(self, query: listing.ListQuery) -> int:
        with self.db.session() as s:
            return listing.count(s, self._list_stmt(query))

    def page(
        self,
        query: listing.ListQuery,
        offset: int,
        limit: int,
        after: uuid.UUID | None = None,
    ) -> list[EventRow]:
        stmt = self._list_stmt(query)
        with self.db.session() as s:
            return [
                EventRow(r[0], r[1], r[2], r[3], r[4] or "", r[5] or "", r[6], r[7], r[8])
                for r in listing.page(s, stmt, offset, limit, None)
            ]

    def all(self, query: listing.ListQuery | None = None) -> list[EventRow]:
        """Every event the user may see, newest first (CLI and pickers)."""
        q = query or listing.ListQuery(sort="starts_at", descending=True)
        return self.page(q, 0, 10_000)

    def upcoming(self, limit: int = 6, now: datetime | None = None) -> list[EventRow]:
        """The next events from now on, soonest first, with their registrations and
        attendance (the dashboard's events tile)."""
        since = now or utcnow()
        stmt = self._list_stmt(listing.ListQuery(sort="starts_at")).where(
            Project.starts_at >= since.replace(hour=0, minute=0, second=0, microsecond=0)
        )
        with self.db.session() as s:
            return [
                EventRow(r[0], r[1], r[2], r[3], r[4] or "", r[5] or "", r[6], r[7], r[8])
                for r in s.execute(stmt.limit(limit)).all()
            ]
