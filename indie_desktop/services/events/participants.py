"""Who takes part in an event: invited, registered, waitlisted, cancelled, attended, no-show,
with a dated history of who changed the status; capacity and waiting list respected.

A participant row names a person (with the organisation they came for) or, when an
organisation has no contact person yet, only the organisation.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from indie_desktop.domain import validation as v
from indie_desktop.domain.base import utcnow, uuid7
from indie_desktop.domain.enums import (
    ParticipantRole,
    ParticipantStatus,
    TargetSubject,
    Visibility,
)
from indie_desktop.domain.errors import Cancelled, NotFound, ValidationError
from indie_desktop.domain.formatting import format_date, to_berlin
from indie_desktop.domain.models import (
    Organisation,
    ParticipantStatusChange,
    Person,
    Project,
    ProjectParticipant,
    Staff,
    Task,
)
from indie_desktop.services import records
from indie_desktop.services.context import Actor
from indie_desktop.services.events.criteria import Criteria, id_query
from indie_desktop.services.events.events import EventService
from indie_desktop.services.printing.recipients import (
    organisation_name,
    postal_addresses,
    primary_contacts,
)
from indie_desktop.services.visibility import visible_to
from indie_desktop.store.database import Database

# Statuses that hold a place (count against the capacity).
HOLDS_PLACE = (ParticipantStatus.REGISTERED, ParticipantStatus.ATTENDED)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ParticipantRow:
    id: uuid.UUID
    person_id: uuid.UUID | None
    organisation_id: uuid.UUID | None
    name: str
    organisation: str
    status: ParticipantStatus
    role: ParticipantRole
    notes: str
    changed_at: datetime | None
    version: int
    cost_share: Decimal | None = None  # a co-exhibitor's share of the stand's cost


@dataclass(frozen=True)
class StatusStep:
    status: ParticipantStatus
    changed_at: datetime
    by: str


@dataclass
class AddResult:
    added: int = 0
    already: int = 0  # were participants already
    waitlisted: int = 0  # the event was full: on the waiting list instead
    participant_ids: list[uuid.UUID] = field(default_factory=list)


class ParticipantService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor
        self.events = EventService(db, actor)

    # -- reading ------------------------------------------------------------------------------
    def participants(
        self, event_id: uuid.UUID, statuses: Sequence[ParticipantStatus] = ()
    ) -> list[ParticipantRow]:
        """The event's participants by name; people first, then organisations on their own."""
        with self.db.session() as s:
            self.events.load(s, event_id)
            stmt = (
                select(ProjectParticipant, Person, Organisation)
                .outerjoin(Person, Person.id == ProjectParticipant.person_id)
                .outerjoin(Organisation, Organisation.id == ProjectParticipant.organisation_id)
                .where(
                    ProjectParticipant.project_id == event_id,
                    ProjectParticipant.deleted_at.is_(None),
                    visible_to(ProjectParticipant, self.actor),
                )
            )
            if statuses:
                stmt = stmt.where(ProjectParticipant.status.in_([x.value for x in statuses]))
            rows = []
            for pp, person, org in s.execute(stmt):
                name = (
                    " ".join(x for x in (person.title, person.first_name, person.last_name) if x)
                    if person is not None and person.deleted_at is None
                    else ""
                )
                rows.append(
                    ParticipantRow(
                        pp.id,
                        pp.person_id,
                        pp.organisation_id,
                        name,
                        organisation_name(org) if org is not None else "",
                        pp.status or ParticipantStatus.REGISTERED,
                        pp.event_role or ParticipantRole.PARTICIPANT,
                        pp.notes or "",
                        pp.status_changed_at,
                        pp.version,
                        pp.cost_share_eur,
                    )
                )
        rows.sort(
            key=lambda r: (
                r.name == "",
                r.name.split(" ")[-1].casefold(),
                r.organisation.casefold(),
            )
        )
        return rows

    def history(self, participant_id: uuid.UUID) -> list[StatusStep]:
        with self.db.session() as s:
            rows = s.execute(
                select(ParticipantStatusChange.status, ParticipantStatusChange.changed_at, Staff)
                .outerjoin(Staff, Staff.id == ParticipantStatusChange.staff_id)
                .where(
                    ParticipantStatusChange.participant_id == participant_id,
                    ParticipantStatusChange.deleted_at.is_(None),
                )
                .order_by(ParticipantStatusChange.changed_at)
            ).all()
            return [
                StatusStep(st, at, f"{staff.first_name} {staff.last_name}" if staff else "")
                for st, at, staff in rows
            ]

    def person_ids(
        self, event_id: uuid.UUID, statuses: Sequence[ParticipantStatus] = ()
    ) -> list[uuid.UUID]:
        return [r.person_id for r in self.participants(event_id, statuses) if r.person_id]

    # -- adding -------------------------------------------------------------------------------
    def _places_left(self, s: Session, event: Project) -> int | None:
        if event.capacity is None:
            return None
        taken = s.scalar(
            select(func.count()).where(
                ProjectParticipant.project_id == event.id,
                ProjectParticipant.deleted_at.is_(None),
                ProjectParticipant.status.in_([x.value for x in HOLDS_PLACE]),
            )
        )
        return max(0, event.capacity - int(taken or 0))

    def _record_step(self, s: Session, pp: ProjectParticipant, status: ParticipantStatus) -> None:
        records.create(s, self.actor, self._step(pp, status))

    def _step(self, pp: ProjectParticipant, status: ParticipantStatus) -> ParticipantStatusChange:
        return ParticipantStatusChange(
            participant_id=pp.id,
            status=status,
            changed_at=utcnow(),
            staff_id=self.actor.staff_id,
            # The step belongs to whoever made it (the office server lets staff insert only
            # their own rows); it is as visible as the participation it records.
            visibility=pp.visibility,
        )

    def add(
        self,
        event_id: uuid.UUID,
        person_ids: Sequence[uuid.UUID] = (),
        organisation_ids: Sequence[uuid.UUID] = (),
        *,
        status: ParticipantStatus = ParticipantStatus.INVITED,
        role: ParticipantRole = ParticipantRole.PARTICIPANT,
        notes: str = "",
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> AddResult:
        """Add people (with the organisation they work at) and organisations (through their
        primary contact; an organisation without one on its own). Someone already taking part
        is left as they are. A registration beyond the capacity goes on the waiting list."""
        result = AddResult()
        with self.db.session() as s:
            event = self.events.load(s, event_id)
            org_ids = list(dict.fromkeys(organisation_ids))
            contacts = primary_contacts(s, self.actor, org_ids) if org_ids else []
            contact_orgs: dict[uuid.UUID, uuid.UUID] = {}
            if org_ids:
                postal = postal_addresses(s, self.actor, contacts)
                for pid in contacts:
                    entry = postal.get(pid)
                    if entry is not None and entry.organisation is not None:
                        contact_orgs[pid] = entry.organisation.id
            people = list(dict.fromkeys([*person_ids, *contacts]))
            postal_people = postal_addresses(s, self.actor, people)
            existing_people = set(
                s.scalars(
                    select(ProjectParticipant.person_id).where(
                        ProjectParticipant.project_id == event_id,
                        ProjectParticipant.deleted_at.is_(None),
                        ProjectParticipant.person_id.is_not(None),
                    )
                )
            )
            existing_orgs = set(
                s.scalars(
                    select(ProjectParticipant.organisation_id).where(
                        ProjectParticipant.project_id == event_id,
                        ProjectParticipant.deleted_at.is_(None),
                    )
                )
            )
            left = self._places_left(s, event)
            covered = set(contact_orgs.values())
            lonely_orgs = [o for o in org_ids if o not in covered]
            total = len(people) + len(lonely_orgs)
            done = 0
            items: list[tuple[uuid.UUID | None, uuid.UUID | None]] = []
            for pid in people:
                if pid not in postal_people:
                    raise NotFound(f"Person {pid} does not exist or was deleted.")
                entry = postal_people[pid]
                items.append(
                    (
                        pid,
                        contact_orgs.get(pid)
                        or (entry.organisation.id if entry.organisation else None),
                    )
                )
            for oid in lonely_orgs:
                if s.get(Organisation, oid) is None:
                    raise NotFound(f"Organisation {oid} does not exist or was deleted.")
                items.append((None, oid))
            new_rows: list[ProjectParticipant] = []
            new_steps: list[ParticipantStatusChange] = []
            for who, org_of in items:
                if cancelled is not None and cancelled():
                    raise Cancelled("Adding participants was cancelled; nobody was added.")
                if (who is not None and who in existing_people) or (
                    who is None and org_of in existing_orgs
                ):
                    result.already += 1
                else:
                    st = status
                    if st in HOLDS_PLACE and left is not None:
                        if left <= 0:
                            st = ParticipantStatus.WAITLISTED
                            result.waitlisted += 1
                        else:
                            left -= 1
                    pp = ProjectParticipant(
                        id=uuid7(),
                        project_id=event_id,
                        person_id=who,
                        organisation_id=org_of,
                        status=st,
                        event_role=role,
                        notes=notes.strip() or None,
                        status_changed_at=utcnow(),
                        visibility=event.visibility,
                    )
                    new_rows.append(pp)
                    new_steps.append(self._step(pp, st))
                    result.added += 1
                    result.participant_ids.append(pp.id)
                    if who is not None:
                        existing_people.add(who)
                done += 1
                if progress is not None:
                    progress(done, total)
            # One batch each (a thousand invitations: not a flush per participant).
            records.create_many(s, self.actor, new_rows)
            records.create_many(s, self.actor, new_steps)
        return result

    def add_group(
        self,
        event_id: uuid.UUID,
        criteria: Criteria,
        *,
        status: ParticipantStatus = ParticipantStatus.INVITED,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> AddResult:
        """Everyone a target group selects (organisations through their primary contact)."""
        with self.db.session() as s:
            ids = list(s.scalars(id_query(criteria, self.actor)))
        if criteria.subject == TargetSubject.PERSON:
            return self.add(event_id, ids, status=status, progress=progress, cancelled=cancelled)
        return self.add(event_id, (), ids, status=status, progress=progress, cancelled=cancelled)

    # -- changing -----------------------------------------------------------------------------
    def set_status(
        self,
        participant_id: uuid.UUID,
        status: ParticipantStatus,
        expected_version: int | None = None,
    ) -> ParticipantStatus:
        """Set the status (with a dated history entry naming who). A registration on a full
        event goes on the waiting list; a freed place goes to the first on the waiting list.
        Returns the status set."""
        status = ParticipantStatus(status)
        with self.db.session() as s:
            pp = records.load(s, ProjectParticipant, participant_id, for_update=True)
            records.check_version(pp, expected_version)
            event = self.events.load(s, pp.project_id)
            if pp.status == status:
                return status
            held = pp.status in HOLDS_PLACE
            if status in HOLDS_PLACE and not held:
                left = self._places_left(s, event)
                if left is not None and left <= 0:
                    status = ParticipantStatus.WAITLISTED
            records.apply_changes(
                s, self.actor, pp, {"status": status, "status_changed_at": utcnow()}
            )
            self._record_step(s, pp, status)
            if held and status not in HOLDS_PLACE:
                self._promote_waiting(s, event)
            return status

    def _promote_waiting(self, s: Session, event: Project) -> None:
        left = self._places_left(s, event)
        if left is None or left <= 0:
            return
        waiting = s.scalars(
            select(ProjectParticipant)
            .where(
                ProjectParticipant.project_id == event.id,
                ProjectParticipant.deleted_at.is_(None),
                ProjectParticipant.status == ParticipantStatus.WAITLISTED.value,
            )
            .order_by(ProjectParticipant.status_changed_at, ProjectParticipant.id)
            .limit(left)
        ).all()
        for pp in waiting:
            records.apply_changes(
                s,
                self.actor,
                pp,
                {"status": ParticipantStatus.REGISTERED, "status_changed_at": utcnow()},
            )
            self._record_step(s, pp, ParticipantStatus.REGISTERED)

    def set_status_of_person(
        self, event_id: uuid.UUID, person_id: uuid.UUID, status: ParticipantStatus
    ) -> ParticipantStatus:
        """The CLI's `events status --event ID --person ID --set ...`."""
        with self.db.session() as s:
            self.events.load(s, event_id)
            pid = s.scalar(
                select(ProjectParticipant.id).where(
                    ProjectParticipant.project_id == event_id,
                    ProjectParticipant.person_id == person_id,
                    ProjectParticipant.deleted_at.is_(None),
                )
            )
        if pid is None:
            raise NotFound(f"Person {person_id} is not a participant of event {event_id}.")
        return self.set_status(pid, status)

    def update(
        self,
        participant_id: uuid.UUID,
        role: ParticipantRole,
        notes: str,
        cost_share_eur: object = None,
    ) -> None:
        with self.db.session() as s:
            pp = records.load(s, ProjectParticipant, participant_id)
            records.apply_changes(
                s,
                self.actor,
                pp,
                {
                    "event_role": ParticipantRole(role),
                    "notes": notes.strip() or None,
                    "cost_share_eur": cost_share_eur,
                },
            )

    def set_cost_share(self, participant_id: uuid.UUID, typed: str) -> Decimal | None:
        """A co-exhibitor's share of the cost as typed ('1.234,50', '1234,5 €', empty: none).
        A wrong amount is a ValidationError on the field `cost_share_eur`; nothing changes."""
        try:
            amount = v.parse_money_de(typed)
        except v.FieldError as exc:
            raise ValidationError({"cost_share_eur": str(exc)}) from exc
        if amount is not None and amount < 0:
            raise ValidationError({"cost_share_eur": "A share of the cost cannot be negative"})
        with self.db.session() as s:
            pp = records.load(s, ProjectParticipant, participant_id)
            records.apply_changes(s, self.actor, pp, {"cost_share_eur": amount})
        return amount

    def remove(self, participant_id: uuid.UUID) -> None:
        with self.db.session() as s:
            pp = records.load(s, ProjectParticipant, participant_id)
            event = self.events.load(s, pp.project_id)
            held = pp.status in HOLDS_PLACE
            records.soft_delete(s, self.actor, pp)
            if held:
                self._promote_waiting(s, event)

    # -- after the event ----------------------------------------------------------------------
    def close_attendance(self, event_id: uuid.UUID) -> int:
        """Registered people not ticked off as attended become "no-show"; returns how many."""
        ids = [r.id for r in self.participants(event_id, [ParticipantStatus.REGISTERED])]
        for pid in ids:
            self.set_status(pid, ParticipantStatus.NO_SHOW)
        return len(ids)

    def follow_up_tasks(
        self, event_id: uuid.UUID, due_in_days: int = 7, assignee_id: uuid.UUID | None = None
    ) -> int:
        """Tasks for the organiser after the event: one per organisation that attended
        ("Nachfassen"), one for the event itself. Tasks already made are not made again."""
        attended = self.participants(event_id, [ParticipantStatus.ATTENDED])
        with self.db.session() as s:
            event = self.events.load(s, event_id)
            when = to_berlin(event.starts_at).date() if event.starts_at else date.today()
            due = max(when, date.today()) + timedelta(days=due_in_days)
            assignee = assignee_id or self.actor.staff_id
            existing = set(
                s.scalars(
                    select(Task.title).where(
                        Task.deleted_at.is_(None),
                        Task.linked_id.in_(
                            [event_id, *[r.organisation_id for r in attended if r.organisation_id]]
                        ),
                    )
                )
            )
            made = 0
            wanted: list[tuple[str, str, uuid.UUID]] = [
                (
                    f"Nachbereitung {event.name}: Dank an Teilnehmende, Ergebnisse festhalten",
                    "project",
                    event_id,
                )
            ]
            seen: set[uuid.UUID] = set()
            for r in attended:
                if r.organisation_id and r.organisation_id not in seen:
                    seen.add(r.organisation_id)
                    wanted.append(
                        (
                            f"Nachfassen nach {event.name} ({format_date(when)}): {r.organisation}",
                            "organisation",
                            r.organisation_id,
                        )
                    )
            for title, linked_type, linked_id in wanted:
                title = title[:300]
                if title in existing:
                    continue
                records.create(
                    s,
                    self.actor,
                    Task(
                        title=title,
                        due_on=due,
                        assignee_id=assignee,
                        linked_type=linked_type,
                        linked_id=linked_id,
                        visibility=Visibility.NETWORK.value,
                    ),
                    title,
                )
                made += 1
            return made


__all__ = ["AddResult", "ParticipantRow", "ParticipantService", "StatusStep"]
