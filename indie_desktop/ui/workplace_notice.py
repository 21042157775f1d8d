"""At start: a notice when the local database sits in a Windows profile that roams or is
deleted at logoff (services/desktop/workplace.py), with what to do instead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from indie_desktop.services.desktop.workplace import Workplace, recommendation_de


def workplace_notice(
    parent: QWidget, workplace: Workplace, *, shared: bool, explicit_folder: bool
) -> QMessageBox | None:
    """A non-modal warning (shown) when the default local database is at risk here; None
    when the office server is used or someone chose the data folder on purpose."""
    if shared or explicit_folder or not workplace.database_at_risk:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Wo liegen Ihre Daten?",  # German like the text (services/desktop/workplace.py)
        recommendation_de(workplace),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("workplace_notice")
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
