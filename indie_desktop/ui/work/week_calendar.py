"""The week calendar: the user's appointments and visits (and, ticked, the colleagues' of the
institution), a day per column; an appointment is planned here, its invitation opened as a
mail draft for Outlook (the .ics attached), and marked as held for its visit report."""

from __future__ import annotations

import tempfile
import uuid
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.errors import ServiceError, ValidationError
from indie_desktop.domain.formatting import BERLIN, format_date
from indie_desktop.interchange.mail.compose import compose
from indie_desktop.services.work.appointments import AppointmentDraft, CalendarEntry
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.errors import translate_error
from indie_desktop.ui.widgets.field_error import error_label
from indie_desktop.ui.widgets.organisation_picker import OrganisationPicker

ID_ROLE = 0x0100
DAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class AppointmentDialog(QDialog):
    """Plan an appointment: subject, organisation, date, time, duration, place."""

    def __init__(self, workspace: Workspace, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.activity_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Plan appointment"))
        self.subject_edit = QLineEdit()
        self.organisation_picker = OrganisationPicker(workspace.organisations.choices)
        self.date_edit = QLineEdit(format_date(day))
        self.time_edit = QLineEdit("10:00")
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(5, 1440)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setValue(90)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.place_edit = QLineEdit()
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Subject:"), self.subject_edit)
        form.addRow(self.tr("&Organisation:"), self.organisation_picker)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Time:"), self.time_edit)
        form.addRow(self.tr("D&uration:"), self.duration_spin)
        form.addRow(self.tr("&Place:"), self.place_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        org = self.organisation_picker.resolve()
        contacts = self.workspace.printing.primary_contacts([org]) if org else []
        draft = AppointmentDraft(
            subject=self.subject_edit.text(),
            date=self.date_edit.text(),
            time=self.time_edit.text(),
            duration=str(self.duration_spin.value()),
            place=self.place_edit.text(),
            organisation_ids=[org] if org else [],
            person_ids=contacts,
        )
        try:
            self.activity_id = self.workspace.appointments.plan(draft)
        except ValidationError as exc:
            self.error.setText(" ".join(translate_error(m)[0] for m in exc.errors.values()))
            self.error.show()
            return
        super().accept()


class WeekCalendarDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.monday = monday_of(date.today())
        self.draft_path: Path | None = None
        self.setWindowTitle(self.tr("Week calendar"))
        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip(self.tr("Previous week"))
        self.previous_button.clicked.connect(lambda: self.show_week(self.monday - timedelta(7)))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next week"))
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + timedelta(7)))
        self.today_button = QPushButton(self.tr("&This week"))
        self.today_button.clicked.connect(lambda: self.show_week(monday_of(date.today())))
        self.week_label = QLabel()
        self.colleagues_box = QCheckBox(self.tr("With the &colleagues of the institution"))
        self.colleagues_box.setChecked(True)
        self.colleagues_box.toggled.connect(lambda _on: self.show_week(self.monday))
        top = QHBoxLayout()
        for w in (self.previous_button, self.week_label, self.next_button, self.today_button):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.colleagues_box)
        self.days: list[QListWidget] = []
        self.day_labels: list[QLabel] = []
        columns = QHBoxLayout()
        for name in DAYS:
            column = QVBoxLayout()
            label = QLabel(name)
            day_list = QListWidget()
            day_list.setAccessibleName(name)
            day_list.setWordWrap(True)
            day_list.currentItemChanged.connect(self._selected)
            column.addWidget(label)
            column.addWidget(day_list, 1)
            self.days.append(day_list)
            self.day_labels.append(label)
            columns.addLayout(column)
        self.plan_button = QPushButton(self.tr("&Plan appointment…"))
        self.plan_button.clicked.connect(self.plan)
        self.invite_button = QPushButton(self.tr("Send &invitation…"))
        self.invite_button.setToolTip(
            self.tr("Opens the invitation (with the .ics Outlook accepts) as a mail draft")
        )
        self.invite_button.clicked.connect(self.invite)
        self.held_button = QPushButton(self.tr("&Took place"))
        self.held_button.setToolTip(self.tr("The appointment took place: write its visit report"))
        self.held_button.clicked.connect(self.mark_held)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.plan_button, self.invite_button, self.held_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(1000, 560)
        self.show_week(self.monday)

    def show_week(self, monday: date) -> None:
        self.monday = monday
        self.week_label.setText(
            self.tr("Week of %1 to %2")
            .replace("%1", format_date(monday))
            .replace("%2", format_date(monday + timedelta(days=6)))
        )
        staff = None if self.colleagues_box.isChecked() else self._me()
        entries = self.workspace.appointments.week(monday, staff)
        for i, day_list in enumerate(self.days):
            day_list.clear()
            self.day_labels[i].setText(f"{DAYS[i]} {format_date(monday + timedelta(i))[:6]}")
        for e in entries:
            self._put(e)
        self._selected()

    def _me(self) -> list[uuid.UUID]:
        return [self.workspace.actor.staff_id] if self.workspace.actor.staff_id else []

    def _put(self, e: CalendarEntry) -> None:
        start = e.start.astimezone(BERLIN)
        end = (e.start + timedelta(minutes=e.minutes)).astimezone(BERLIN)
        state = self.tr("planned") if e.planned else self.tr("held")
        text = f"{start:%H:%M}–{end:%H:%M} {e.subject}"
        if e.organisations:
            text += "\n" + ", ".join(e.organisations)
        text += f"\n{', '.join(e.staff)} ({state})"
        item = QListWidgetItem(text, self.days[start.weekday()])
        item.setData(ID_ROLE, e.id)

    def selected(self) -> uuid.UUID | None:
        for day_list in self.days:
            item = day_list.currentItem()
            if item is not None and item.isSelected():
                value = item.data(ID_ROLE)
                return value if isinstance(value, uuid.UUID) else None
        return None

    def _selected(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.invite_button.setEnabled(chosen)
        self.held_button.setEnabled(chosen)

    def plan(self) -> AppointmentDialog:
        dialog = AppointmentDialog(self.workspace, max(self.monday, date.today()), self)
        dialog.accepted.connect(lambda: self.show_week(self.monday))
        dialog.open()
        return dialog

    def invite(self) -> bool:
        activity_id = self.selected()
        if activity_id is None:
            return False
        try:
            mail, _ = self.workspace.appointments.invitation(activity_id)
        except ServiceError as exc:
            if isinstance(exc, ValidationError):
                text = " ".join(translate_error(m)[0] for m in exc.errors.values())
            else:
                text = translate_error(str(exc))[0]
            self.message.setText(text)
            return False
        folder = Path(tempfile.mkdtemp(prefix="indie-desktop-"))
        self.draft_path = folder / "Einladung.eml"
        self.draft_path.write_bytes(compose(mail, draft=True))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.draft_path)))
        self.message.setText(
            self.tr("The invitation to %1 opens as a mail draft.").replace("%1", mail.to.email)
        )
        return True

    def mark_held(self) -> None:
        activity_id = self.selected()
        if activity_id is None:
            return
        self.workspace.appointments.held(activity_id)
        self.message.setText(self.tr("Marked as held: open it in Activities to write the report."))
        self.show_week(self.monday)
