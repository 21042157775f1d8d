"""A form field with its red message line under it: the print dialogs, the settings and the
first-run dialog show a refused value at the field it belongs to."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from indie_desktop.ui.theme import error_style


def error_label() -> QLabel:
    """A red message line (in the palette's error colour), hidden while there is nothing to say."""
    label = QLabel()
    label.setStyleSheet(error_style())
    label.setWordWrap(True)
    label.hide()
    return label


def with_error(widget: QWidget) -> tuple[QWidget, QLabel]:
    """The field with its error line under it, as one widget for a form row; the row label's
    Alt key reaches the field."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    box.setFocusProxy(widget)
    error = error_label()
    layout.addWidget(error)
    return box, error
