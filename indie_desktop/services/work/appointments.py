"""Appointments: an activity planned for a start time with a duration (a visit next Tuesday
10:00–11:30), listed by week for the user and the colleagues of the institution, sent to the
company's contact as an iCalendar invitation (a draft or through SMTP), and turned into the
visit report once it happened."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from indie_desktop.domain import validation as v
from indie_desktop.domain.enums import ActivityKind, Visibility
from indie_desktop.domain.errors import NotFound, ValidationError
from indie_desktop.domain.formatting import BERLIN, local_to_utc
from indie_desktop.domain.models import (
    Activity,
    ActivityOrganisation,
    ActivityPerson,
    ActivityStaff,
    Organisation,
    Person,
    Staff,
)
from indie_desktop.interchange.ical_invitation import (
    MEDIA_TYPE,
    Appointment,
    Invitee,
    invitation_ics,
)
from indie_desktop.interchange.mail.compose import Attachment, OutgoingMail, new_message_id
from indie_desktop.interchange.mail.message import MailAddress
from indie_desktop.services import records
from indie_desktop.services.context import Actor
from indie_desktop.services.fields import FieldCollector
from indie_desktop.services.visibility import visible_to
from indie_desktop.services.work.activities import parse_time
from indie_desktop.store.database import Database


@dataclass
class AppointmentDraft:
    subject: str = ""
    date: str = ""  # DD.MM.YYYY, Berlin
    time: str = ""  # HH:MM, Berlin
    duration: str = "60"  # minutes
    place: str = ""
    kind: ActivityKind = ActivityKind.COMPANY_VISIT
    organisation_ids: list[uuid.UUID] = field(default_factory=list)
    person_ids: list[uuid.UUID] = field(default_factory=list)
    staff_ids: list[uuid.UUID] = field(default_factory=list)  # default: the user


@dataclass(frozen=True)
class CalendarEntry:
    id: uuid.UUID
    start: datetime  # aware UTC
    minutes: int
    subject: str
    place: str
    planned: bool
    staff: list[str]  # who of the institution takes part
    organisations: list[str]


class AppointmentService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def plan(self, draft: AppointmentDraft) -> uuid.UUID:
        c = FieldCollector()
        day = c.take("date", v.parse_date_de, draft.date)
        if day is None and "date" not in c.errors:
            c.fail("date", "Required")
        hm = c.take("time", parse_time, draft.time)
        c.take("subject", v.require_text, draft.subject, 300)
        c.take("place", v.optional_text, draft.place, 200)
        minutes = draft.duration.strip()
        if not minutes.isdigit() or not 5 <= int(minutes) <= 24 * 60:
            c.fail("duration", "Enter the duration in minutes (5 to 1440)")
        c.raise_if_any()
        assert day is not None and hm is not None
        start = local_to_utc(datetime(day.year, day.month, day.day, hm[0], hm[1]))
        staff = draft.staff_ids or ([self.actor.staff_id] if self.actor.staff_id else [])
        with self.db.session() as s:
            activity = records.create(
                s,
                self.actor,
                Activity(
                    kind=ActivityKind(draft.kind),
                    occurred_at=start,
                    subject=c.values["subject"],
                    place=c.values["place"],
                    planned=True,
                    duration_minutes=int(minutes),
                    visibility=Visibility.NETWORK.value,
                ),
                c.values["subject"],
            )
            for model, column, ids in (
                (ActivityOrganisation, "organisation_id", draft.organisation_ids),
                (ActivityPerson, "person_id", draft.person_ids),
                (ActivityStaff, "staff_id", staff),
            ):
                for target in dict.fromkeys(ids):
                    records.create(
                        s, self.actor, model(activity_id=activity.id, **{column: target})
                    )
            return activity.id

    def held(self, activity_id: uuid.UUID) -> None:
        """The appointment took place: no longer planned; its visit report is written in the
        visit form as for any visit."""
        with self.db.session() as s:
            activity = records.load(s, Activity, activity_id, for_update=True)
            records.apply_changes(s, self.actor, activity, {"planned": False})

    def week(
        self, monday: date, staff_ids: Sequence[uuid.UUID] | None = None
    ) -> list[CalendarEntry]:
        """The appointments and activities of the week starting `monday` (Berlin) of the
        given staff (default: the user and the colleagues of the institution)."""
        return self.between(monday, monday + timedelta(days=7), staff_ids)

    def between(
        self, first: date, after: date, staff_ids: Sequence[uuid.UUID] | None = None
    ) -> list[CalendarEntry]:
        """The appointments and activities from `first` up to (not including) `after`, days
        in Berlin (a month's view asks for its weeks)."""
        start = local_to_utc(datetime(first.year, first.month, first.day))
        end = local_to_utc(datetime(after.year, after.month, after.day))
        with self.db.session() as s:
            if staff_ids is None:
                staff_ids = (
                    list(
                        s.scalars(
                            select(Staff.id).where(
                                Staff.institution_id == self.actor.institution_id,
                                Staff.deleted_at.is_(None),
                            )
                        )
                    )
                    if self.actor.institution_id
                    else []
                )
            rows = s.execute(
                select(Activity, Staff.first_name, Staff.last_name)
                .join(ActivityStaff, ActivityStaff.activity_id == Activity.id)
                .join(Staff, Staff.id == ActivityStaff.staff_id)
                .where(
                    ActivityStaff.staff_id.in_(list(staff_ids)),
                    ActivityStaff.deleted_at.is_(None),
                    Activity.deleted_at.is_(None),
                    Activity.occurred_at >= start,
                    Activity.occurred_at < end,
                    visible_to(Activity, self.actor),
                )
                .order_by(Activity.occurred_at, Activity.id)
            ).all()
            entries: dict[uuid.UUID, tuple[Activity, list[str]]] = {}
            for activity, first_name, last_name in rows:
                entries.setdefault(activity.id, (activity, []))[1].append(
                    f"{first_name} {last_name}"
                )
            names = self._organisation_names(s, list(entries))
            return [
                CalendarEntry(
                    a.id,
                    a.occurred_at,
                    a.duration_minutes or 60,
                    a.subject,
                    a.place or "",
                    a.planned,
                    staff,
                    names.get(a.id, []),
                )
                for a, staff in entries.values()
            ]

    @staticmethod
    def _organisation_names(s: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
        found: dict[uuid.UUID, list[str]] = {}
        if not ids:
            return found
        for activity_id, name in s.execute(
            select(ActivityOrganisation.activity_id, Organisation.name)
            .join(Organisation, Organisation.id == ActivityOrganisation.organisation_id)
            .where(
                ActivityOrganisation.activity_id.in_(ids), ActivityOrganisation.deleted_at.is_(None)
            )
        ):
            found.setdefault(activity_id, []).append(name)
        return found

    def invitee(self, activity_id: uuid.UUID) -> uuid.UUID | None:
        """The person the invitation mail goes to (the first of the appointment's people
        with an e-mail address, as `invitation` orders them); its sent mail is filed there."""
        with self.db.session() as s:
            return s.scalars(
                select(Person.id)
                .join(ActivityPerson, ActivityPerson.person_id == Person.id)
                .where(
                    ActivityPerson.activity_id == activity_id,
                    ActivityPerson.deleted_at.is_(None),
                    func.trim(func.coalesce(Person.email, "")) != "",
                )
                .order_by(Person.last_name)
            ).first()

    def invitation(self, activity_id: uuid.UUID) -> tuple[OutgoingMail, Appointment]:
        """The mail inviting the appointment's people (with an e-mail address): text plus the
        .ics (METHOD:REQUEST) Outlook offers to accept; From/ORGANIZER the user."""
        with self.db.session() as s:
            a = records.load(s, Activity, activity_id)
            staff = s.get(Staff, self.actor.staff_id) if self.actor.staff_id else None
            if staff is None or not (staff.email or "").strip():
                raise ValidationError(
                    {"sender": "Enter your e-mail address in your staff record to send mails"}
                )
            people = s.scalars(
                select(Person)
                .join(ActivityPerson, ActivityPerson.person_id == Person.id)
                .where(ActivityPerson.activity_id == a.id, ActivityPerson.deleted_at.is_(None))
                .order_by(Person.last_name)
            ).all()
            attendees = [
                Invitee(" ".join(x for x in (p.first_name, p.last_name) if x), p.email or "")
                for p in people
                if (p.email or "").strip()
            ]
            if not attendees:
                raise NotFound("None of the appointment's people has an e-mail address.")
            organizer = Invitee(staff.full_name, staff.email or "")
            start = a.occurred_at
            appointment = Appointment(
                a.id,
                a.subject,
                start,
                a.duration_minutes or 60,
                organizer,
                attendees,
                a.place or "",
            )
        local = start.astimezone(BERLIN)
        end = appointment.end.astimezone(BERLIN)
        text = (
            f"Guten Tag,\n\nhiermit lade ich Sie zu unserem Termin ein:\n\n{a.subject}\n"
            f"am {local:%d.%m.%Y} von {local:%H:%M} bis {end:%H:%M} Uhr"
            + (f"\nOrt: {appointment.location}" if appointment.location else "")
            + f"\n\nMit freundlichen Grüßen\n{organizer.name}"
        )
        mail = OutgoingMail(
            sender=MailAddress(organizer.name, organizer.email),
            to=MailAddress(attendees[0].name, attendees[0].email),
            subject=f"Einladung: {a.subject} am {local:%d.%m.%Y} um {local:%H:%M} Uhr",
            text=text,
            message_id=new_message_id(organizer.email.rpartition("@")[2]),
            attachments=[Attachment("einladung.ics", invitation_ics(appointment), MEDIA_TYPE)],
        )
        return mail, appointment
