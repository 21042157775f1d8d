"""iCalendar (RFC 5545) for tasks (VTODO) and activities (VEVENT).

Start times are written as local time in Europe/Berlin with a TZID and the zone's VTIMEZONE
(the rules Germany has used since 1996: CEST from the last Sunday in March 02:00 to the last
Sunday in October 03:00), so a calendar shows 10:00 for a 10:00 visit in summer and winter
alike. Stamps (DTSTAMP, COMPLETED) stay UTC, as RFC 5545 wants."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from indie_desktop.interchange.vcard import fold_line

PRODID = "-//In|Die RegionRuhr//In|Die Desktop//DE"
TZID = "Europe/Berlin"
BERLIN = ZoneInfo(TZID)
VTIMEZONE: tuple[str, ...] = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)


@dataclass(frozen=True)
class TodoEntry:
    id: uuid.UUID
    summary: str
    description: str = ""
    due: date | None = None
    done_at: datetime | None = None
    done: bool = False
    due_time: str = ""  # "HH:MM" in Berlin; with it the task is a timed entry in a calendar


@dataclass(frozen=True)
class EventEntry:
    id: uuid.UUID
    summary: str
    start: datetime  # timezone-aware
    location: str = ""
    description: str = ""
    duration_minutes: int = 60  # the entry ends this long after its start (DTEND)


def escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _local(dt: datetime) -> str:
    """';TZID=Europe/Berlin:20261124T100000' for a DTSTART (property parameter and value)."""
    return f";TZID={TZID}:{dt.astimezone(BERLIN):%Y%m%dT%H%M%S}"


def todo_lines(todo: TodoEntry, stamp: str) -> list[str]:
    lines = ["BEGIN:VTODO", f"UID:{todo.id}", f"DTSTAMP:{stamp}", f"SUMMARY:{escape(todo.summary)}"]
    if todo.description:
        lines.append(f"DESCRIPTION:{escape(todo.description)}")
    if todo.due and todo.due_time:
        lines.append(f"DUE{_local(task_start(todo))}")
    elif todo.due:
        lines.append(f"DUE;VALUE=DATE:{todo.due:%Y%m%d}")
    if todo.done:
        lines.append("STATUS:COMPLETED")
        if todo.done_at:
            lines.append(f"COMPLETED:{_utc(todo.done_at)}")
    else:
        lines.append("STATUS:NEEDS-ACTION")
    lines.append("END:VTODO")
    return lines


TASK_MINUTES = 30  # a task with a time shows as a half-hour entry in Outlook's calendar


def task_start(todo: TodoEntry) -> datetime:
    """The due day and time of a task, in Berlin."""
    assert todo.due is not None
    hour, minute = (int(x) for x in todo.due_time.split(":"))
    return datetime(todo.due.year, todo.due.month, todo.due.day, hour, minute, tzinfo=BERLIN)


def task_event_lines(todo: TodoEntry, stamp: str) -> list[str]:
    """A task as Outlook's calendar takes it (its import ignores VTODO): a timed VEVENT at
    its due time, or an all-day one on its due day."""
    assert todo.due is not None
    lines = ["BEGIN:VEVENT", f"UID:task-{todo.id}@indie-desktop", f"DTSTAMP:{stamp}"]
    if todo.due_time:
        start = task_start(todo)
        lines += [
            f"DTSTART{_local(start)}",
            f"DTEND{_local(start + timedelta(minutes=TASK_MINUTES))}",
        ]
    else:
        lines += [
            f"DTSTART;VALUE=DATE:{todo.due:%Y%m%d}",
            f"DTEND;VALUE=DATE:{todo.due + timedelta(days=1):%Y%m%d}",
        ]
    lines.append(f"SUMMARY:{escape('Aufgabe: ' + todo.summary)}")
    if todo.description:
        lines.append(f"DESCRIPTION:{escape(todo.description)}")
    lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    return lines


def event_lines(event: EventEntry, stamp: str) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.id}",
        f"DTSTAMP:{stamp}",
        f"DTSTART{_local(event.start)}",
        f"DTEND{_local(event.start + timedelta(minutes=max(event.duration_minutes, 1)))}",
        f"SUMMARY:{escape(event.summary)}",
    ]
    if event.location:
        lines.append(f"LOCATION:{escape(event.location)}")
    if event.description:
        lines.append(f"DESCRIPTION:{escape(event.description)}")
    lines.append("END:VEVENT")
    return lines


def write_calendar(
    path: Path,
    todos: Iterable[TodoEntry] = (),
    events: Iterable[EventEntry] = (),
    now: datetime | None = None,
    task_events: Iterable[TodoEntry] = (),
) -> int:
    """One VCALENDAR with the given tasks (VTODO), activities, and tasks written as events
    for Outlook (`task_events`: open ones with a due date); the number of entries."""
    stamp = _utc(now or datetime.now(UTC))
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as f:

        def put(lines: list[str]) -> None:
            f.write("".join(fold_line(line) + "\r\n" for line in lines))

        put(["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"])
        put(list(VTIMEZONE))
        for todo in todos:
            put(todo_lines(todo, stamp))
            n += 1
        for event in events:
            put(event_lines(event, stamp))
            n += 1
        for todo in task_events:
            if todo.done or todo.due is None:
                continue
            put(task_event_lines(todo, stamp))
            n += 1
        put(["END:VCALENDAR"])
    return n
