"""The week calendar (Ansicht → Wochenkalender): an appointment planned with the company's
contact, its invitation opened as a mail draft with the .ics, then marked as held."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from sqlalchemy import update

from indie_desktop.domain.formatting import format_date
from indie_desktop.domain.models import Staff
from indie_desktop.interchange.mail import read_mail_file
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.main_window import MainWindow
from indie_desktop.ui.tasks import SynchronousRunner
from indie_desktop.ui.work.week_calendar import AppointmentDialog, WeekCalendarDialog


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
    assert window.calendar_action.text() == "Wochen&kalender…"
    window.calendar_action.trigger()
    calendar = window.calendar_dialog
    assert isinstance(calendar, WeekCalendarDialog)
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
    calendar.show_week(day - timedelta(days=day.weekday()))
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
    calendar.close()
