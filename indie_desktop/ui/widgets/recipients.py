"""Whom a mailing goes to, and whom it left out: the choice of recipients (the people chosen in
a list, or a saved target group) and the table of people left out with the reason, as the mail
merge, the Word merge and the e-mail invitations show them."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from indie_desktop.services.workspace import Workspace


class RecipientsChoice(QComboBox):
    """The people chosen in a list (when there are some), then every saved target group; the
    current item's data is the group's id, or None for the chosen people."""

    def __init__(
        self,
        workspace: Workspace,
        person_ids: Sequence[uuid.UUID],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Recipients"))
        if person_ids:
            self.addItem(self.tr("the %n chosen person(s)", "", len(person_ids)), None)
        for group in workspace.target_groups.groups():
            self.addItem(self.tr("Target group “%1”").replace("%1", group.name), group.id)
        self.setPlaceholderText(
            self.tr("Nobody chosen: save a target group (Events → Target groups)")
        )


class LeftOutTable(QTableWidget):
    """Name and reason of everyone a run left out; hidden while nobody was."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Reason")])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setAccessibleName(self.tr("Left out"))
        self.hide()

    def show_left_out(
        self, left_out: Sequence[tuple[str, str]], translate_reason: Callable[[str], str]
    ) -> None:
        """One row per (name, reason), the reason in the UI's language."""
        self.setRowCount(len(left_out))
        for row, (name, reason) in enumerate(left_out):
            self.setItem(row, 0, QTableWidgetItem(name))
            self.setItem(row, 1, QTableWidgetItem(translate_reason(reason)))
        self.setVisible(bool(left_out))
