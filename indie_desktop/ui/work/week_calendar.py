"""The calendar, a view of the main window's navigation (Kalender): the user's appointments and
visits (and, ticked, the colleagues' of the institution), a week with a day per column or a
month as a grid of days; an appointment is planned here, opened (Enter: in Activities), its
invitation opened as a mail draft for Outlook (the .ics attached), and marked as held for its
visit report.

Keyboard: Left/Right go from day to day, Page Up/Down to the previous/next week or month,
Ctrl+T to today, Enter opens the appointment (in the month, a day of several shows its week).
"""

from __future__ import annotations

import tempfile
import uuid
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.errors import ServiceError, ValidationError
from indie_desktop.domain.formatting import BERLIN, format_date
from indie_desktop.interchange.mail.compose import compose
from indie_desktop.services.mail.invitations import SmtpSettings, keyring_account
from indie_desktop.services.work.appointments import AppointmentDraft, CalendarEntry
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.credentials import CredentialStore
from indie_desktop.ui.errors import translate_error
from indie_desktop.ui.widgets.field_error import error_label
from indie_desktop.ui.widgets.organisation_picker import OrganisationPicker

ID_ROLE = 0x0100
DAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


WEEK, MONTH = "week", "month"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def month_title(day: date) -> str:
    """'Dezember 2026' (the month's name in the language of the user interface)."""
    name = QLocale().standaloneMonthName(day.month, QLocale.FormatType.LongFormat)
    return f"{name} {day.year}"


def month_weeks(day: date) -> tuple[date, int]:
    """The Monday the month's grid starts with, and its number of weeks (4 to 6)."""
    first = day.replace(day=1)
    next_month = (first + timedelta(days=32)).replace(day=1)
    start = monday_of(first)
    return start, ((next_month - start).days + 6) // 7


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


class CalendarView(QWidget):
    """The calendar in the main window (navigation: Kalender). `open_requested(kind, id)`
    asks the window to show an appointment in its list."""

    open_requested = Signal(str, object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.day = date.today()  # the day in focus: its week or month is shown
        self.monday = monday_of(self.day)
        self.draft_path: Path | None = None
        self._entries: dict[uuid.UUID, CalendarEntry] = {}
        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip(self.tr("Previous week or month (Page Up)"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next week or month (Page Down)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setToolTip(self.tr("Ctrl+T"))
        self.today_button.clicked.connect(lambda: self.go_to(date.today()))
        self.week_label = QLabel()
        self.week_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.week_label.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(self.tr("Week of %1 to %2")) + 160
        )
        for arrow in (self.previous_button, self.next_button):
            arrow.setFixedWidth(arrow.sizeHint().height() * 2)
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("Week"), WEEK)
        self.mode_combo.addItem(self.tr("Month"), MONTH)
        self.mode_combo.currentIndexChanged.connect(lambda _i: self.go_to(self.day))
        mode_label = QLabel(self.tr("Sho&w:"))
        mode_label.setBuddy(self.mode_combo)
        # Short: a long label here made the calendar so wide that at 1100 px the side bar
        # was squeezed to "Veranstaltu…"; the tooltip says it whole.
        self.colleagues_box = QCheckBox(self.tr("&Colleagues too"))
        self.colleagues_box.setToolTip(
            self.tr("Also the appointments and visits of your institution's colleagues")
        )
        self.colleagues_box.setChecked(True)
        self.colleagues_box.toggled.connect(lambda _on: self.go_to(self.day))
        top = QHBoxLayout()
        for w in (self.previous_button, self.week_label, self.next_button, self.today_button):
            top.addWidget(w)
        top.addSpacing(12)
        top.addWidget(mode_label)
        top.addWidget(self.mode_combo)
        top.addStretch(1)
        top.addWidget(self.colleagues_box)
        self.days: list[QListWidget] = []
        self.day_labels: list[QLabel] = []
        week_page = QWidget()
        columns = QHBoxLayout(week_page)
        columns.setContentsMargins(0, 0, 0, 0)
        for name in DAYS:
            column = QVBoxLayout()
            label = QLabel(name)
            day_list = QListWidget()
            day_list.setAccessibleName(name)
            day_list.setWordWrap(True)
            day_list.currentItemChanged.connect(self._selected)
            day_list.itemActivated.connect(self._activated)
            day_list.installEventFilter(self)
            column.addWidget(label)
            column.addWidget(day_list, 1)
            self.days.append(day_list)
            self.day_labels.append(label)
            columns.addLayout(column)
        self.month_table = QTableWidget(6, 7)
        self.month_table.setAccessibleName(self.tr("Month"))
        self.month_table.setHorizontalHeaderLabels(list(DAYS))
        self.month_table.verticalHeader().hide()
        self.month_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.month_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.month_table.setWordWrap(True)
        self.month_table.horizontalHeader().setStretchLastSection(True)
        for c in range(7):
            self.month_table.horizontalHeader().setSectionResizeMode(
                c, self.month_table.horizontalHeader().ResizeMode.Stretch
            )
        self.month_table.verticalHeader().setSectionResizeMode(
            self.month_table.verticalHeader().ResizeMode.Stretch
        )
        self.month_table.itemActivated.connect(self._day_activated)
        self.month_table.installEventFilter(self)
        self.month_table.currentCellChanged.connect(self._month_cell_changed)
        self.week_page = week_page
        self.pages = QStackedWidget()
        self.pages.addWidget(week_page)
        self.pages.addWidget(self.month_table)
        self.plan_button = QPushButton(self.tr("&Plan appointment…"))
        self.plan_button.clicked.connect(self.plan)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Show the appointment in Activities (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.invite_button = QPushButton(self.tr("Send &invitation…"))
        self.invite_button.setToolTip(
            self.tr("Opens the invitation (with the .ics Outlook accepts) as a mail draft")
        )
        self.invite_button.clicked.connect(self.invite)
        self.send_button = QPushButton(self.tr("Send by &mail server"))
        self.send_button.setToolTip(
            self.tr("Sends the invitation through the mail server of Settings → E-mail system")
        )
        self.send_button.clicked.connect(lambda: self.send_invitation())
        self.held_button = QPushButton(self.tr("Too&k place"))
        self.held_button.setToolTip(self.tr("The appointment took place: write its visit report"))
        self.held_button.clicked.connect(self.mark_held)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (
            self.plan_button,
            self.open_button,
            self.invite_button,
            self.send_button,
            self.held_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        for keys, slot in (
            (QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.step(-1)),
            (QKeySequence.StandardKey.MoveToNextPage, lambda: self.step(1)),
            (QKeySequence("Ctrl+T"), lambda: self.go_to(date.today())),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._loaded = False

    def title(self) -> str:
        return self.tr("Calendar")

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.go_to(self.day)

    def reload_if_loaded(self) -> None:
        if self._loaded:
            self.go_to(self.day)

    def mode(self) -> str:
        return str(self.mode_combo.currentData())

    def set_mode(self, mode: str) -> None:
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(mode)))

    # --- which days ----------------------------------------------------------------------------

    def step(self, direction: int) -> None:
        """A week (or, in the month view, a month) back or forward."""
        if self.mode() == MONTH:
            first = self.day.replace(day=1)
            target = (first + timedelta(days=32 * direction if direction > 0 else -1)).replace(
                day=1
            )
            self.go_to(target)
        else:
            self.go_to(self.day + timedelta(days=7 * direction))

    def go_to(self, day: date) -> None:
        self.day = day
        self._loaded = True
        if self.mode() == MONTH:
            self.pages.setCurrentWidget(self.month_table)
            self.show_month(day)
        else:
            self.pages.setCurrentWidget(self.week_page)
            self.show_week(monday_of(day))

    def _staff(self) -> list[uuid.UUID] | None:
        if self.colleagues_box.isChecked():
            return None
        return [self.workspace.actor.staff_id] if self.workspace.actor.staff_id else []

    def show_week(self, monday: date) -> None:
        self.monday = monday
        if not monday <= self.day < monday + timedelta(days=7):
            self.day = monday
        self.week_label.setText(
            self.tr("Week of %1 to %2")
            .replace("%1", format_date(monday))
            .replace("%2", format_date(monday + timedelta(days=6)))
        )
        entries = self.workspace.appointments.week(monday, self._staff())
        self._entries = {e.id: e for e in entries}
        for i, day_list in enumerate(self.days):
            day_list.clear()
            self.day_labels[i].setText(f"{DAYS[i]} {format_date(monday + timedelta(i))[:6]}")
        for e in entries:
            self._put(e)
        self._selected()

    def show_month(self, day: date) -> None:
        start, weeks = month_weeks(day)
        self.monday = start
        self.week_label.setText(month_title(day))
        entries = self.workspace.appointments.between(
            start, start + timedelta(days=7 * weeks), self._staff()
        )
        self._entries = {e.id: e for e in entries}
        by_day: dict[date, list[CalendarEntry]] = {}
        for e in entries:
            by_day.setdefault(e.start.astimezone(BERLIN).date(), []).append(e)
        table = self.month_table
        table.blockSignals(True)
        table.clearContents()
        table.setRowCount(weeks)
        for i in range(weeks * 7):
            cell_day = start + timedelta(days=i)
            found = by_day.get(cell_day, [])
            lines = [f"{cell_day.day}."] + [
                f"{e.start.astimezone(BERLIN):%H:%M} {e.subject}" for e in found
            ]
            item = QTableWidgetItem("\n".join(lines))
            item.setData(ID_ROLE, cell_day)
            item.setData(ID_ROLE + 1, [e.id for e in found])
            if cell_day.month != day.month:
                item.setForeground(Qt.GlobalColor.gray)
            table.setItem(i // 7, i % 7, item)
        offset = (self.day - start).days
        table.setCurrentCell(offset // 7, offset % 7)
        table.blockSignals(False)
        self._selected()

    def _month_cell_changed(self, row: int, column: int, *_: int) -> None:
        item = self.month_table.item(row, column)
        if item is not None and isinstance(item.data(ID_ROLE), date):
            self.day = item.data(ID_ROLE)
        self._selected()

    def _day_activated(self, item: QTableWidgetItem) -> None:
        """Enter on a day of the month: its one appointment opens; several: its week."""
        ids = item.data(ID_ROLE + 1) or []
        if len(ids) == 1:
            self.open_requested.emit("activity", ids[0])
            return
        self.set_mode(WEEK)
        self.go_to(item.data(ID_ROLE))
        self.days[self.day.weekday()].setFocus()

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

    # --- keyboard ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Left/Right in a day's list go to the day before/after (its first entry chosen);
        Page Up/Down in a day's list or the month go a week or month back or on (the lists
        and the table would scroll instead)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and (
                watched in self.days or watched is self.month_table
            ):
                self.step(1 if key == Qt.Key.Key_PageDown else -1)
                if watched in self.days:
                    self.focus_day(self.days.index(watched))
                return True
            if watched in self.days and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                index = self.days.index(watched) + (1 if key == Qt.Key.Key_Right else -1)
                if 0 <= index < 7:
                    self.focus_day(index)
                else:
                    self.step(1 if index > 6 else -1)
                    self.focus_day(0 if index > 6 else 6)
                return True
        return super().eventFilter(watched, event)

    def focus_day(self, index: int) -> None:
        day_list = self.days[index]
        self.day = self.monday + timedelta(days=index)
        day_list.setFocus(Qt.FocusReason.OtherFocusReason)
        if day_list.count() and day_list.currentItem() is None:
            day_list.setCurrentRow(0)
        if day_list.currentItem() is not None:
            day_list.currentItem().setSelected(True)

    # --- the chosen appointment ----------------------------------------------------------------

    def selected(self) -> uuid.UUID | None:
        if self.mode() == MONTH:
            cell = self.month_table.currentItem()
            ids = cell.data(ID_ROLE + 1) if cell is not None else None
            return ids[0] if ids and len(ids) == 1 else None
        index = (self.day - self.monday).days
        chosen = [self.days[index]] if 0 <= index < 7 else []
        for day_list in chosen + [d for d in self.days if d not in chosen]:
            item = day_list.currentItem()
            if item is not None and item.isSelected():
                value = item.data(ID_ROLE)
                return value if isinstance(value, uuid.UUID) else None
        return None

    def _selected(self, *_args: object) -> None:
        chosen = self.selected() is not None
        for button in (self.open_button, self.invite_button, self.send_button, self.held_button):
            button.setEnabled(chosen)

    def _activated(self, item: QListWidgetItem) -> None:
        value = item.data(ID_ROLE)
        if isinstance(value, uuid.UUID):
            self.open_requested.emit("activity", value)

    def open_selected(self) -> bool:
        activity_id = self.selected()
        if activity_id is None:
            return False
        self.open_requested.emit("activity", activity_id)
        return True

    def plan(self) -> AppointmentDialog:
        dialog = AppointmentDialog(self.workspace, max(self.day, date.today()), self)
        dialog.accepted.connect(lambda: self.go_to(self.day))
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

    def _saved_smtp(self) -> SmtpSettings | None:
        """The mail server of the settings, through the main window."""
        from indie_desktop.config import Settings

        settings = getattr(self.window(), "settings", None)
        if isinstance(settings, Settings):
            return SmtpSettings.from_settings(settings)
        return None

    def send_invitation(
        self, smtp: SmtpSettings | None = None, credentials: CredentialStore | None = None
    ) -> bool:
        """The invitation (.ics attached) sent through the institution's mail server; the sent
        mail is filed on the person."""
        activity_id = self.selected()
        if activity_id is None:
            return False
        smtp = smtp or self._saved_smtp()
        if smtp is None or not smtp.host:
            self.message.setText(
                self.tr("Enter the mail server under Settings → E-mail system first.")
            )
            return False
        store = credentials or CredentialStore()
        password = store.get(keyring_account(smtp.host, smtp.user)) if smtp.user else None
        service = self.workspace.invitations
        try:
            mail, _ = self.workspace.appointments.invitation(activity_id)
            person = self.workspace.appointments.invitee(activity_id)
            if person is None:  # invitation() found someone: only a concurrent change
                return False
            if smtp.sender:
                mail.sender = service.sender(smtp.sender)
            run = service.queue_mail(mail.subject, person, mail)
            report = service.send(run, smtp, password)
        except ServiceError as exc:
            if isinstance(exc, ValidationError):
                text = " ".join(translate_error(m)[0] for m in exc.errors.values())
            else:
                text = translate_error(str(exc))[0]
            self.message.setText(text)
            return False
        if not report.sent:
            self.message.setText(
                self.tr("The mail server refused the invitation to %1.").replace(
                    "%1", mail.to.email
                )
            )
            return False
        self.message.setText(self.tr("The invitation went to %1.").replace("%1", mail.to.email))
        return True

    def mark_held(self) -> None:
        activity_id = self.selected()
        if activity_id is None:
            return
        self.workspace.appointments.held(activity_id)
        self.message.setText(self.tr("Marked as held: open it in Activities to write the report."))
        self.go_to(self.day)
