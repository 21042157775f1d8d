"""Uncaught exceptions go to the log file and to a dialog whose details the user can copy.

The handler never closes or resets a window: whatever the user typed stays where it was, and
after the dialog the application carries on. Tests switch the dialogs off (`DIALOGS_ENABLED`),
as qutebrowser and Vorta do, so an error cannot block a test run with a modal window.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from indie_desktop import APP_NAME, __version__

# Module-level switch: tests set it to False so no modal error window ever opens.
DIALOGS_ENABLED = True

_showing = False  # an error inside the error dialog's own event loop is only logged


class ErrorDetailsDialog(QDialog):
    """A message for the user and the technical details in a read-only, copyable text box."""

    def __init__(self, message: str, details: str, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QStyle  # its Python enums take ~15 ms: not at start

        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.details = details
        layout = QVBoxLayout(self)
        self.message_label = QLabel(message)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        icon_label = QLabel()
        icon_label.setPixmap(icon.pixmap(32, 32))
        layout.addWidget(icon_label)
        layout.addWidget(self.message_label)
        self.details_edit = QPlainTextEdit(details)
        self.details_edit.setReadOnly(True)
        self.details_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details_edit.setMinimumSize(560, 220)
        layout.addWidget(self.details_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


def format_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """Versions and the traceback: what a developer needs from a user's report."""
    header = (
        f"{APP_NAME} {__version__}\n"
        f"Python {platform.python_version()}, Qt {qVersion()}, {platform.platform()}\n\n"
    )
    return header + "".join(traceback.format_exception(exc_type, exc, tb))


def log_file_of(log: logging.Logger) -> Path | None:
    """The file the logger (or one of its parents) writes to, to point the user at it."""
    current: logging.Logger | None = log
    while current is not None:
        for handler in current.handlers:
            if isinstance(handler, logging.FileHandler):
                return Path(handler.baseFilename)
        current = current.parent if current.propagate else None
    return None


def show_error(message: str, details: str, parent: QWidget | None = None) -> None:
    """Show the error dialog (modal) unless dialogs are switched off or there is no GUI."""
    global _showing
    if not DIALOGS_ENABLED or _showing or not isinstance(QApplication.instance(), QApplication):
        return
    _showing = True
    try:
        dialog = ErrorDetailsDialog(message, details, parent or QApplication.activeWindow())
        dialog.exec()
        dialog.deleteLater()
    finally:
        _showing = False


def report_exception(
    log: logging.Logger,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> str:
    """Log an unexpected exception with its traceback and show it; returns the details text."""
    log.error("Unexpected error", exc_info=(exc_type, exc, tb))
    details = format_details(exc_type, exc, tb)
    where = log_file_of(log)
    message = QCoreApplication.translate(
        "crash",
        "Something unexpected went wrong. Your open windows stay as they are, so nothing you "
        "typed is lost; save your work. If it happens again, send the details below to your "
        "administrator.",
    )
    if where is not None:
        message += "\n\n" + QCoreApplication.translate(
            "crash", "The details are also in the log file {path}."
        ).format(path=where)
    show_error(message, details)
    return details


def install_crash_handler(log: logging.Logger) -> None:
    """Route uncaught exceptions (also those raised in Qt slots) to the log and the dialog."""

    def excepthook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            report_exception(log, exc_type, exc, tb)
        except Exception:  # the handler itself must never take the application down
            sys.__excepthook__(exc_type, exc, tb)

    def thread_excepthook(args: threading.ExceptHookArgs) -> None:
        # Only logged: widgets must not be touched from another thread. Work started through
        # the TaskRunner reports its errors on the UI thread itself.
        log.error(
            "Unexpected error in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
        )

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
