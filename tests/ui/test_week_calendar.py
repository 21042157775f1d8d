"""The calendar, a view of the main window (Navigation → Kalender): an appointment planned with
the company's contact, its invitation opened as a mail draft with the .ics, then marked as
held; the week and the month walked with the keyboard, an appointment opened in Activities."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from sqlalchemy import update

from indie_desktop.domain.formatting import format_date
from indie_desktop.domain.models import Staff
from indie_desktop.interchange.mail import read_mail, read_mail_file
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.main_window import MainWindow
from indie_desktop.ui.tasks import SynchronousRunner
from indie_desktop.ui.work.week_calendar import (
    MONTH,
    AppointmentDialog,
    CalendarView,
    month_title,
)
from tests.smtp_server import SmtpServer, smtp_server

__all__ = ["smtp_server"]


def test_appointment_planned_in_the_week_calendar_is_sent_as_invitation_and_held(
    qtbot, local_workspace: Workspace, german, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = local_workspace
    with ws.db.session() as s:
        s.execute(update(Staff).values(email="s.yildiz@wf-dortmund.de"))
    org = ws.organisations.create(OrganisationDraft(name="Gießerei Hagen KG", city="Hagen"))
    ws.people.create(
        PersonDraft(
            first_name="Łukasz",
            last_name="Wiśniewski",
            email="lw@giesserei.de",
            affiliations=[AffiliationDraft(organisation_id=org, is_primary=True)],
        )
    )
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = MainWindow(ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    assert window.calendar_action.text() == "&Kalender"
    window.calendar_action.trigger()
    calendar = window.calendar
    assert isinstance(calendar, CalendarView)
    assert window.stack.currentWidget() is calendar  # in the window, not a dialog
    assert window.nav.currentItem().text(0) == "Kalender"
    planner = calendar.plan()
    assert isinstance(planner, AppointmentDialog)
    day = date.today() + timedelta(days=1)
    planner.subject_edit.setText("Besuch: Laserschweißen")
    planner.organisation_picker.setText("Gießerei Hagen KG")
    planner.date_edit.setText(format_date(day))
    planner.time_edit.setText("25:00")
    planner.accept()
    assert planner.error.text() == "Geben Sie eine Uhrzeit als HH:MM ein"
    planner.time_edit.setText("10:00")
    planner.accept()
    assert planner.activity_id is not None
    calendar.go_to(day)
    column = calendar.days[day.weekday()]
    assert column.count() == 1
    assert column.item(0).text().startswith("10:00–11:30 Besuch: Laserschweißen\nGießerei Hagen KG")
    assert "(geplant)" in column.item(0).text()
    column.setCurrentRow(0)
    assert calendar.invite()
    assert opened and opened[0].toLocalFile() == str(calendar.draft_path)
    draft = read_mail_file(calendar.draft_path)
    assert draft.to[0].email == "lw@giesserei.de"
    assert [a.filename for a in draft.attachments] == ["einladung.ics"]
    calendar.days[day.weekday()].setCurrentRow(0)
    calendar.mark_held()
    assert "(stattgefunden)" in calendar.days[day.weekday()].item(0).text()


def _two_appointments(ws: Workspace) -> tuple[date, date]:
    """A visit on Tuesday and one on Wednesday of a week in a month to come."""
    from indie_desktop.services.work.appointments import AppointmentDraft

    org = ws.organisations.create(OrganisationDraft(name="Şükrü Yıldız Metallbau", city="Hagen"))
    tuesday = date.today() + timedelta(days=35)
    tuesday -= timedelta(days=tuesday.weekday() - 1)
    wednesday = tuesday + timedelta(days=1)
    for day, subject in ((tuesday, "Besuch Yıldız"), (wednesday, "Rückruf Łukasz")):
        ws.appointments.plan(
            AppointmentDraft(
                subject=subject,
                date=format_date(day),
                time="10:00",
                duration="60",
                organisation_ids=[org],
            )
        )
    return tuesday, wednesday


def test_the_calendar_is_walked_with_the_keyboard_and_opens_an_appointment(
    qtbot, local_workspace: Workspace, german
) -> None:
    from PySide6.QtCore import Qt

    from indie_desktop.ui.main_window import ACTIVITIES

    ws = local_workspace
    tuesday, wednesday = _two_appointments(ws)
    window = MainWindow(ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    calendar = window.show_calendar()
    assert isinstance(calendar, CalendarView)
    qtbot.keyClick(calendar.days[0], Qt.Key.Key_PageDown)  # a week on
    assert calendar.monday == date.today() - timedelta(days=date.today().weekday()) + timedelta(7)
    calendar.go_to(tuesday)
    calendar.focus_day(1)
    assert calendar.days[1].item(0).text().startswith("10:00–11:00 Besuch Yıldız")
    qtbot.keyClick(calendar.days[1], Qt.Key.Key_Right)  # to Wednesday
    assert calendar.day == wednesday and calendar.focusWidget() is calendar.days[2]
    assert calendar.days[2].currentItem().text().startswith("10:00–11:00 Rückruf Łukasz")
    qtbot.keyClick(calendar.days[2], Qt.Key.Key_Return)  # opens it in Activities
    assert window.current_view_key() == ACTIVITIES
    assert window.stack.currentWidget() is window.views[ACTIVITIES]
    shown = window.views[ACTIVITIES].selected_id()
    with ws.db.session() as s:
        from indie_desktop.domain.models import Activity

        assert s.get(Activity, shown).subject == "Rückruf Łukasz"
    window.go_back()  # Alt+Left: back to the calendar
    assert window.stack.currentWidget() is calendar


def test_the_month_shows_each_day_and_enter_on_a_day_opens_its_appointment(
    qtbot, local_workspace: Workspace, german
) -> None:
    from PySide6.QtCore import Qt

    ws = local_workspace
    tuesday, _wednesday = _two_appointments(ws)
    window = MainWindow(ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    calendar = window.show_calendar()
    assert isinstance(calendar, CalendarView)
    calendar.set_mode(MONTH)
    calendar.go_to(tuesday)
    table = calendar.month_table
    assert calendar.week_label.text() == month_title(tuesday)
    assert month_title(date(2026, 12, 24)) == "Dezember 2026"
    cell = table.currentItem()
    assert cell.text() == f"{tuesday.day}.\n10:00 Besuch Yıldız"
    opened: list[tuple[str, object]] = []
    calendar.open_requested.disconnect()
    calendar.open_requested.connect(lambda kind, rid: opened.append((kind, rid)))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened and opened[0][0] == "activity"
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert table.currentItem().text().endswith("10:00 Rückruf Łukasz")
    qtbot.keyClick(table, Qt.Key.Key_PageDown)  # the next month
    first_next = (tuesday.replace(day=1) + timedelta(days=32)).replace(day=1)
    assert calendar.week_label.text() == month_title(first_next)


def test_an_appointment_is_sent_through_the_mail_server_of_the_settings(
    qtbot, local_workspace: Workspace, german, smtp_server: SmtpServer
) -> None:
    """The invitation as a real mail with the .ics through the institution's SMTP server (not
    only as a draft); the sent mail is filed on the contact."""
    from indie_desktop.config import Paths, Settings
    from indie_desktop.services.work.appointments import AppointmentDraft
    from indie_desktop.store.credentials import CredentialStore
    from tests.unit.test_credentials import MemoryKeyring

    ws = local_workspace
    with ws.db.session() as s:
        s.execute(update(Staff).values(email="s.yildiz@wf-dortmund.de"))
    org = ws.organisations.create(OrganisationDraft(name="Gießerei Hagen KG", city="Hagen"))
    lukasz = ws.people.create(
        PersonDraft(
            first_name="Łukasz",
            last_name="Wiśniewski",
            email="lw@giesserei.de",
            affiliations=[AffiliationDraft(organisation_id=org, is_primary=True)],
        )
    )
    day = date.today() + timedelta(days=2)
    ws.appointments.plan(
        AppointmentDraft(
            subject="Besuch: Laserschweißen",
            date=format_date(day),
            time="10:00",
            duration="90",
            organisation_ids=[org],
            person_ids=[lukasz],
        )
    )
    settings = Settings(Paths.resolve(ws.db.path.parent).settings_file)  # type: ignore[union-attr]
    window = MainWindow(ws, settings, runner=SynchronousRunner())
    qtbot.addWidget(window)
    calendar = window.show_calendar()
    assert isinstance(calendar, CalendarView)
    calendar.go_to(day)
    calendar.focus_day(day.weekday())
    assert calendar.send_button.text() == "Per &Mailserver senden"
    assert not calendar.send_invitation()  # no server saved yet: said where to enter it
    assert "Einstellungen → E-Mail-System" in calendar.message.text()
    settings.set("smtp_host", smtp_server.host)
    settings.set("smtp_port", smtp_server.port)
    settings.set("smtp_security", "none")
    assert calendar.send_invitation(credentials=CredentialStore(MemoryKeyring()))
    assert calendar.message.text() == "Die Einladung ging an lw@giesserei.de."
    (arrived,) = smtp_server.arrived
    mail = read_mail(arrived.data)
    assert [a.filename for a in mail.attachments] == ["einladung.ics"]
    assert b"METHOD:REQUEST" in mail.attachments[0].content
    entries = ws.timeline.for_person(lukasz).entries
    assert "email" in [e.subkind for e in entries]
