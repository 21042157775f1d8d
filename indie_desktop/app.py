"""Composition root: settings, logging, crash handler, translations, database, main window.

Imports of Qt and of the services happen inside the functions, so that `indie-desktop --help`
and the non-GUI commands start without loading them.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from indie_desktop import APP_NAME, __version__

if TYPE_CHECKING:
    from indie_desktop.config import Paths, Settings
    from indie_desktop.store.database import Database
    from indie_desktop.ui.main_window import MainWindow
    from indie_desktop.ui.tasks import Runner

log = logging.getLogger("indie_desktop")

LOG_FILE = "indie-desktop.log"
LOG_MAX_BYTES = 2_000_000
LOG_BACKUPS = 5
ORGANISATION_NAME = "In|Die RegionRuhr"


def setup_logging(log_dir: Path) -> logging.Logger:
    """Log to a rotating file in the log folder (stderr if that folder cannot be written)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    handler: logging.Handler
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_dir / LOG_FILE, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        handler = logging.StreamHandler()
        print(f"warning: no log file in {log_dir}: {exc}", file=sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    log.info("%s %s starting", APP_NAME, __version__)
    return log


def _qt_messages_to_log() -> None:
    """Qt's own warnings go to our log file instead of a console nobody sees."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def _application(lang: str) -> object:
    """The QApplication (created once), named, with the user's language."""
    from PySide6.QtWidgets import QApplication

    from indie_desktop.ui.i18n import install_translator
    from indie_desktop.ui.main_window import icon

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    install_translator(app, lang)
    return app


def open_main_window(db: Database, settings: Settings | None, runner: Runner) -> MainWindow | None:
    """First-run dialog if this database has no user yet, then the main window (shown).

    None when the user closes the first-run dialog without registering.
    """
    from PySide6.QtWidgets import QDialog

    from indie_desktop.services.context import Actor
    from indie_desktop.services.workspace import Workspace
    from indie_desktop.ui.main_window import MainWindow

    workspace = Workspace(db, Actor.system())
    actor = workspace.directory.local_actor()
    if workspace.directory.needs_first_run() or actor is None:
        from indie_desktop.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(workspace, runner)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        actor = dialog.actor
        dialog.deleteLater()
        if not accepted or actor is None:
            return None
    limit = settings.get("attachment_limit_mb") * 1024 * 1024 if settings else None
    window = MainWindow(
        Workspace(db, actor, attachment_limit_bytes=limit), settings=settings, runner=runner
    )
    window.show()
    window.show_due_tasks()
    return window


def run_gui(data_dir: Path | None, lang: str | None) -> int:
    """Start the desktop application; returns the process exit code."""
    from indie_desktop.config import Paths, Settings

    paths = Paths.resolve(data_dir)
    settings = Settings(paths.settings_file)
    setup_logging(paths.log_dir)
    lang = lang or settings.get("language")

    from PySide6.QtWidgets import QApplication, QMessageBox

    from indie_desktop.ui.crash import install_crash_handler
    from indie_desktop.ui.tasks import TaskRunner

    app = _application(lang)
    assert isinstance(app, QApplication)
    install_crash_handler(log)
    _qt_messages_to_log()
    db = _open_database(paths)
    if db is None:
        return 1
    runner = TaskRunner()
    try:
        window = open_main_window(db, settings, runner)
        if window is None:
            return 0
        code = app.exec()
        runner.wait()
        return code
    except Exception as exc:  # before the event loop runs the excepthook would not show it
        QMessageBox.critical(None, APP_NAME, str(exc))
        log.exception("start failed")
        return 1
    finally:
        db.dispose()
        log.info("%s stopped", APP_NAME)


def _open_database(paths: Paths) -> Database | None:
    """The local database; a StorageError becomes a message box (no traceback), None."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from indie_desktop.store.database import StorageError, open_local

    try:
        return open_local(paths.data_dir)
    except StorageError as exc:
        log.error("database not opened: %s", exc)
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "Cannot open the database"), str(exc)
        )
        return None


def run_screenshots(data_dir: Path | None, out_dir: Path, lang: str | None) -> int:
    """`indie-desktop screenshots`: render views and dialogs of the database to PNG files."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from indie_desktop.config import Paths, Settings
    from indie_desktop.services.context import Actor
    from indie_desktop.services.workspace import Workspace
    from indie_desktop.store.database import StorageError, open_local
    from indie_desktop.ui.screenshots import render_screenshots

    paths = Paths.resolve(data_dir)
    lang = lang or Settings(paths.settings_file).get("language")
    _application(lang)
    try:
        db = open_local(paths.data_dir)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        actor = Workspace(db, Actor.system()).directory.local_actor() or Actor.system()
        for path in render_screenshots(Workspace(db, actor), Path(out_dir)):
            print(path)
    finally:
        db.dispose()
    return 0
