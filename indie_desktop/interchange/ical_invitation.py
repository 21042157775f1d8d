"""An appointment as an iCalendar invitation (RFC 5546 iTIP, METHOD:REQUEST) that Outlook shows
with Accept/Decline: organizer, attendees, start and end in Europe/Berlin with the zone's
VTIMEZONE; and tasks as events (Outlook ignores VTODO in an imported calendar)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from indie_desktop.interchange.icalendar import (
    BERLIN,
    PRODID,
    TZID,
    VTIMEZONE,
    TodoEntry,
    escape,
    task_event_lines,
)
from indie_desktop.interchange.vcard import fold_line

MEDIA_TYPE = "text/calendar; method=REQUEST; charset=utf-8"


@dataclass(frozen=True)
class Invitee:
    name: str
    email: str


@dataclass(frozen=True)
class Appointment:
    id: uuid.UUID
    summary: str
    start: datetime  # aware
    minutes: int
    organizer: Invitee
    attendees: list[Invitee] = field(default_factory=list)
    location: str = ""
    description: str = ""
    sequence: int = 0  # raised when a changed appointment is sent again

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)


def _local(dt: datetime) -> str:
    return f";TZID={TZID}:{dt.astimezone(BERLIN):%Y%m%dT%H%M%S}"


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _cn(name: str) -> str:
    return '"' + name.replace('"', "'") + '"'


def invitation_ics(appointment: Appointment, now: datetime | None = None) -> bytes:
    """The invitation as one VCALENDAR with METHOD:REQUEST (CRLF lines, folded at 75)."""
    a = appointment
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        *VTIMEZONE,
        "BEGIN:VEVENT",
        f"UID:{a.id}@indie-desktop",
        f"SEQUENCE:{a.sequence}",
        f"DTSTAMP:{_utc(now or datetime.now(UTC))}",
        f"DTSTART{_local(a.start)}",
        f"DTEND{_local(a.end)}",
        f"SUMMARY:{escape(a.summary)}",
        f"ORGANIZER;CN={_cn(a.organizer.name)}:mailto:{a.organizer.email}",
    ]
    for person in a.attendees:
        lines.append(
            f"ATTENDEE;CN={_cn(person.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
            f"RSVP=TRUE:mailto:{person.email}"
        )
    if a.location:
        lines.append(f"LOCATION:{escape(a.location)}")
    if a.description:
        lines.append(f"DESCRIPTION:{escape(a.description)}")
    lines += ["STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "".join(fold_line(line) + "\r\n" for line in lines).encode("utf-8")


def tasks_as_events(todos: Iterable[TodoEntry], now: datetime | None = None) -> bytes:
    """Open tasks with a due date as events (Outlook's calendar import ignores VTODO): at
    their due time when they have one, else all day; done tasks and tasks without a date are
    left out."""
    stamp = _utc(now or datetime.now(UTC))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    lines += list(VTIMEZONE)
    for t in todos:
        if t.done or t.due is None:
            continue
        lines += task_event_lines(t, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines).encode("utf-8")
