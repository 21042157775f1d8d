"""Appointments: a visit planned for next Tuesday 10:00–11:30, in the week of the user and
the colleagues, sent to the company's contact as an iCalendar invitation (checked with an
independent reader) through a real local SMTP server, then turned into the visit report."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from email import message_from_bytes

import icalendar
from sqlalchemy import update

from indie_desktop.domain.formatting import BERLIN
from indie_desktop.domain.models import Activity, Staff
from indie_desktop.interchange.ical_invitation import tasks_as_events
from indie_desktop.interchange.icalendar import TodoEntry
from indie_desktop.interchange.mail import read_mail
from indie_desktop.interchange.mail.compose import compose
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.mail.invitations import SmtpSettings
from indie_desktop.services.work.appointments import AppointmentDraft
from indie_desktop.services.workspace import Workspace
from tests.smtp_server import SmtpServer, smtp_server

__all__ = ["smtp_server"]
TUESDAY = date(2026, 12, 8)


def _visit(ws: Workspace) -> tuple:
    with ws.db.session() as s:
        s.execute(update(Staff).values(email="s.yildiz@wf-dortmund.de"))
    org = ws.organisations.create(OrganisationDraft(name="Gießerei Hagen KG", city="Hagen"))
    person = ws.people.create(
        PersonDraft(
            first_name="Łukasz",
            last_name="Wiśniewski",
            email="lw@giesserei.de",
            affiliations=[AffiliationDraft(organisation_id=org, is_primary=True)],
        )
    )
    visit = ws.appointments.plan(
        AppointmentDraft(
            subject="Besuch: Laserschweißen",
            date="08.12.2026",
            time="10:00",
            duration="90",
            place="Hagen, Werk 2",
            organisation_ids=[org],
            person_ids=[person],
        )
    )
    return org, person, visit


def test_planned_visit_is_in_the_week_with_start_and_duration(local_workspace: Workspace) -> None:
    ws = local_workspace
    _org, _person, visit = _visit(ws)
    (entry,) = ws.appointments.week(TUESDAY - timedelta(days=1))
    assert entry.id == visit and entry.planned and entry.minutes == 90
    assert entry.start.astimezone(BERLIN).strftime("%d.%m.%Y %H:%M") == "08.12.2026 10:00"
    assert entry.staff == ["Şükrü Yıldız"] and entry.organisations == ["Gießerei Hagen KG"]
    assert ws.appointments.week(TUESDAY + timedelta(days=6)) == []


def test_invitation_is_an_outlook_meeting_request_sent_through_smtp(
    local_workspace: Workspace, smtp_server: SmtpServer
) -> None:
    ws = local_workspace
    _org, person, visit = _visit(ws)
    mail, appointment = ws.appointments.invitation(visit)
    run = ws.invitations.queue_mail(mail.subject, person, mail)
    report = ws.invitations.send(
        run, SmtpSettings(smtp_server.host, smtp_server.port, security="none")
    )
    assert report.sent == 1
    arrived = message_from_bytes(smtp_server.arrived[0].data)
    (part,) = [p for p in arrived.walk() if p.get_content_type() == "text/calendar"]
    assert part.get_param("method") == "REQUEST"
    calendar = icalendar.Calendar.from_ical(part.get_payload(decode=True))
    assert str(calendar["METHOD"]) == "REQUEST"
    assert [str(c["TZID"]) for c in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    (event,) = calendar.walk("VEVENT")
    start, end = event["DTSTART"].dt, event["DTEND"].dt
    assert (start.hour, start.minute, end.hour, end.minute) == (10, 0, 11, 30)
    assert str(start.tzinfo) == "Europe/Berlin"
    assert str(event["ORGANIZER"]) == "mailto:s.yildiz@wf-dortmund.de"
    assert str(event["ATTENDEE"]) == "mailto:lw@giesserei.de"
    assert event["ATTENDEE"].params["CN"] == "Łukasz Wiśniewski"
    assert str(event["LOCATION"]) == "Hagen, Werk 2"
    text = read_mail(smtp_server.arrived[0].data).text
    assert "am 08.12.2026 von 10:00 bis 11:30 Uhr" in text
    assert appointment.end - appointment.start == timedelta(minutes=90)


def test_invitation_as_draft_carries_the_ics(local_workspace: Workspace) -> None:
    ws = local_workspace
    _org, _person, visit = _visit(ws)
    mail, _ = ws.appointments.invitation(visit)
    draft = read_mail(compose(mail, draft=True), "Einladung.eml")
    assert [a.filename for a in draft.attachments] == ["einladung.ics"]
    assert b"METHOD:REQUEST" in draft.attachments[0].content


def test_after_the_visit_the_appointment_becomes_the_visit_report(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    _org, _person, visit = _visit(ws)
    ws.appointments.held(visit)
    detail = ws.activities.detail(visit)
    draft = detail.draft
    draft.report = "Gespräch über Laserschweißen, Bedarf aufgenommen."
    ws.activities.update(visit, draft, detail.version)
    with ws.db.session() as s:
        a = s.get(Activity, visit)
        assert a is not None and not a.planned and a.report and "Laserschweißen" in a.report
    assert not ws.appointments.week(TUESDAY - timedelta(days=1))[0].planned


def test_tasks_with_a_due_date_become_all_day_events_outlook_imports() -> None:
    import uuid

    ics = tasks_as_events(
        [
            TodoEntry(uuid.uuid4(), "Rückruf Gießerei", due=date(2026, 12, 9)),
            TodoEntry(uuid.uuid4(), "erledigt", due=date(2026, 12, 9), done=True),
            TodoEntry(uuid.uuid4(), "ohne Datum"),
        ],
        now=datetime(2026, 12, 7, tzinfo=BERLIN),
    )
    calendar = icalendar.Calendar.from_ical(ics)
    assert not calendar.walk("VTODO")
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Aufgabe: Rückruf Gießerei"
    assert event["DTSTART"].dt == date(2026, 12, 9) and event["DTEND"].dt == date(2026, 12, 10)
