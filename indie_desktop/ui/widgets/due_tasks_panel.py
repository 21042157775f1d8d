"""The notice when the app opens: my tasks due today (and overdue ones), non-modal."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.formatting import format_date
from indie_desktop.services.work.tasks import TaskRow, today_in_berlin


class DueTasksPanel(QDialog):
    """Lists the tasks; "Open task list" shows them in the Tasks list, Esc closes."""

    open_tasks = Signal()

    def __init__(self, tasks: list[TaskRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tasks due today"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        today = today_in_berlin()
        overdue = sum(1 for t in tasks if t.due_on is not None and t.due_on < today)
        text = self.tr("You have %n open task(s) due today or earlier.", "", len(tasks))
        if overdue:
            text += " " + self.tr("%n of them overdue.", "", overdue)
        self.summary = QLabel(text)
        self.list = QListWidget()
        for t in tasks:
            self.list.addItem(f"{format_date(t.due_on)}  {t.title}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(
            self.tr("&Open task list"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.rejected.connect(self.close)
        buttons.accepted.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(460, 300)

    def _open(self) -> None:
        self.open_tasks.emit()
        self.close()
