"""Small pieces the print dialogs share: a field with its error line under it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b00020;"  # as the record dialogs and the first-run dialog


def error_label() -> QLabel:
    """A red message line, hidden while there is nothing to say."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def with_error(widget: QWidget) -> tuple[QWidget, QLabel]:
    """The field with its error line under it, as one widget for a form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    error = error_label()
    layout.addWidget(error)
    return box, error
