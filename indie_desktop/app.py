"""Composition root: settings, logging, crash handler, translations, database, main window.

Imports of Qt and of the services happen inside the functions, so that `indie-desktop --help`
and the non-GUI commands start without loading them.
"""

from __future__ import annotations

import gc
import logging
import logging.handlers
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from indie_desktop import APP_NAME, __version__

if TYPE_CHECKING:
    from indie_desktop.config import Paths, Settings
    from indie_desktop.services.context import Actor
    from indie_desktop.store.database import Database
    from indie_desktop.ui.main_window import MainWindow
    from indie_desktop.ui.single_instance import SingleInstance
    from indie_desktop.ui.tasks import Runner

log = logging.getLogger("indie_desktop")

LOG_FILE = "indie-desktop.log"
LOG_MAX_BYTES = 2_000_000
LOG_BACKUPS = 5
ORGANISATION_NAME = "In|Die RegionRuhr"
START_CHECK_DELAY_MS = 5000
LISTEN_AT_LATEST_MS = 3000  # second starts are heard after the first paint, or by then


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
    from indie_desktop.ui.theme import follow_system_scheme

    follow_system_scheme(app)
    return app


def open_main_window(
    db: Database,
    settings: Settings | None,
    runner: Runner,
    data_dir: Path | None = None,
    on_shown: Callable[[], None] | None = None,
) -> MainWindow | None:
    """First-run dialog if this database has no user yet, then the main window (shown).

    None when the user closes the first-run dialog without registering. `on_shown` runs after
    the main window's first paint.
    """
    from PySide6.QtWidgets import QDialog

    from indie_desktop.services import start
    from indie_desktop.services.context import Actor
    from indie_desktop.services.workspace import Workspace

    workspace = Workspace(db, Actor.system())
    if db.is_shared:
        # The user is whoever the server authenticated (current_user), not a local setting.
        actor = workspace.directory.login_actor()
        if actor is None:
            from indie_desktop.store.connection_errors import NOT_STAFF, ConnectionFailed

            raise ConnectionFailed(NOT_STAFF)
    else:
        actor = start.local_actor(db)  # without the ORM: the window's first paint comes first
    first_start = ""
    if not db.is_shared and actor is None:  # no user yet (DirectoryService.needs_first_run)
        from indie_desktop.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(workspace, runner, settings=settings)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        actor = dialog.actor
        first_start, shared = dialog.start, dialog.shared_database
        dialog.deleteLater()
        if accepted and shared is not None:
            # Connected to the office server instead: the server's login is the user.
            return open_main_window(shared, settings, runner, data_dir, on_shown)
        if not accepted or actor is None:
            return None
    assert actor is not None
    from PySide6.QtCore import QTimer

    window = compose_window(db, actor, settings, runner, data_dir)
    window.current_view().defer_first_detail = True  # the list paints first, then the detail
    window.show()
    log.info("main window shown: %s", window.windowTitle())
    if first_start == "import":
        QTimer.singleShot(0, window.open_import)
    # After the first paint: the list appears at once, the due-tasks notice right after it.
    window.current_view().after_first_paint(window.show_due_tasks)
    if on_shown is not None:
        window.current_view().after_first_paint(on_shown)
    return window


def compose_window(
    db: Database,
    actor: Actor,
    settings: Settings | None,
    runner: Runner,
    data_dir: Path | None = None,
) -> MainWindow:
    """The one place that builds Workspace, settings and main window (not shown yet).

    The window gets `reopen`, which comes back here: a change of connection (File →
    Connection…) or a restored backup opens the new database in a window built the same way,
    with the user's settings (follow-up weeks, attachment limit, default letterhead)."""
    from indie_desktop.config import apply_settings, workspace_options
    from indie_desktop.services.workspace import Workspace
    from indie_desktop.ui.main_window import MainWindow

    workspace = apply_settings(Workspace(db, actor, **workspace_options(settings)), settings)
    workspace.mail_folder = data_dir

    def reopen(new_db: Database, new_actor: Actor, new_data_dir: Path | None) -> MainWindow:
        return compose_window(new_db, new_actor, settings, runner, new_data_dir)

    window = MainWindow(workspace, settings=settings, runner=runner, reopen=reopen)
    window.local_data_dir = data_dir
    return window


@contextmanager
def _no_collections_while_importing() -> Iterator[None]:
    """Importing the window's modules makes some 70,000 objects that live as long as the app:
    looking for garbage among them meanwhile only costs time (~40 ms of every start). Frozen
    afterwards, later collections do not walk them again either. Nothing here waits for the
    user (no dialog, no event loop)."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def run_gui(data_dir: Path | None, lang: str | None, database: str | None = None) -> int:
    """Start the desktop application; returns the process exit code."""
    with _no_collections_while_importing():
        from indie_desktop.config import Paths, Settings

        paths = Paths.resolve(data_dir)
        settings = Settings(paths.settings_file)
        setup_logging(paths.log_dir)
        lang = lang or settings.get("language")
        log.info("user interface language: %s", lang)

        from PySide6.QtWidgets import QApplication

        from indie_desktop.ui.pyside_imports import skip_source_reads

        skip_source_reads()  # PySide need not read the source of each module of ours
        from indie_desktop.ui.crash import install_crash_handler

        app = _application(lang)
    assert isinstance(app, QApplication)
    from indie_desktop.ui.window_sizes import STORE

    STORE.use_file(paths.config_dir / "window-sizes.ini")  # dialogs open at the size left
    install_crash_handler(log)
    _qt_messages_to_log()
    probe = None
    if os.environ.get("INDIE_START_PROBE"):  # the benchmark's start figure (frozen build)
        from indie_desktop.ui.start_probe import install_if_asked

        probe = install_if_asked()
    instance = _one_app_per_folder(paths.data_dir)
    if instance is None:
        return 0
    from PySide6.QtCore import QTimer

    # At the latest: the first-run dialog, or a window started minimized, paints no list
    # (listening twice is listening once).
    QTimer.singleShot(LISTEN_AT_LATEST_MS, instance.listen)
    try:
        code = _run_window(
            app,
            paths,
            settings,
            database,
            chosen_folder=data_dir is not None,
            on_shown=instance.listen,  # second starts are heard from the first paint on
        )
    finally:
        instance.release()
        del probe
    from indie_desktop.ui.restart import restart_requested, start_again

    if restart_requested():  # Settings changed the language: the database is closed by now
        start_again()
    return code


def _one_app_per_folder(data_dir: Path) -> SingleInstance | None:
    """The data folder's lock; None when another app holds it (it was asked to come to the
    front, or told the user why it could not be)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from indie_desktop.ui.single_instance import SingleInstance

    instance = SingleInstance(data_dir)
    if instance.acquire(listen=False):  # listens once the window is shown (run_gui)
        return instance
    if instance.hand_over():
        log.info("%s already runs on %s: brought to the front", APP_NAME, data_dir)
        return None
    log.warning(
        "%s already runs on %s (process %s) and did not answer",
        APP_NAME,
        data_dir,
        instance.holder(),
    )
    QMessageBox.information(
        None,
        APP_NAME,
        QCoreApplication.translate(
            "app",
            "In|Die Desktop is already running with the data folder {folder} (process {pid}). "
            "Switch to its window; a second window on the same data would damage it.",
        ).format(folder=str(data_dir), pid=instance.holder()),
    )
    return None


def _run_window(
    app: object,
    paths: Paths,
    settings: Settings,
    database: str | None,
    *,
    chosen_folder: bool = False,
    on_shown: Callable[[], None] | None = None,
) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from indie_desktop.ui.tasks import TaskRunner

    assert isinstance(app, QApplication)
    runner = TaskRunner()
    from indie_desktop.services.desktop import viewer_copies

    # attachment copies and preview PDFs an earlier session left in %TEMP% (personal data)
    viewer_copies.remove_stale()
    if database is None and settings.get("connection_mode") == "shared":
        db = _connect_shared(paths, settings)
    else:
        db = _open_database(paths, database, settings, runner)
    if db is None:
        return 1
    try:
        window = open_main_window(db, settings, runner, paths.data_dir, on_shown)
        if window is None:
            return 0
        if not db.is_shared:
            from PySide6.QtCore import QTimer

            from indie_desktop.ui.backup_dialogs import start_checks

            # A few seconds after start, in the background: the full check and the daily
            # backup (they read the whole file; the first lists and panes come first).
            QTimer.singleShot(START_CHECK_DELAY_MS, lambda: start_checks(window, settings))
        _warn_about_workplace(window, db.is_shared, chosen_folder)
        code = app.exec()
        runner.wait()
        return code
    except Exception as exc:  # before the event loop runs the excepthook would not show it
        QMessageBox.critical(None, APP_NAME, str(exc))
        log.exception("start failed")
        return 1
    finally:
        db.dispose()
        viewer_copies.remove_session_copies()  # what a viewer keeps open goes at next start
        log.info("%s stopped", APP_NAME)


def _warn_about_workplace(window: MainWindow, shared: bool, chosen_folder: bool) -> None:
    """Roaming profile, terminal server, non-persistent VDI: say where the data should live."""
    from indie_desktop.config import portable_data_dir
    from indie_desktop.services.desktop.workplace import this_workplace
    from indie_desktop.ui.workplace_notice import workplace_notice

    explicit = chosen_folder or portable_data_dir() is not None
    workplace = this_workplace()
    if workplace.findings:
        log.warning("workplace: %s", ", ".join(workplace.findings))
    workplace_notice(window, workplace, shared=shared, explicit_folder=explicit)


def _open_database(
    paths: Paths,
    database: str | None = None,
    settings: Settings | None = None,
    runner: Runner | None = None,
) -> Database | None:
    """The database given on the command line or the local file; a StorageError becomes a
    message box (no traceback), None. A damaged local file is left as it is and the newest
    intact backup offered in its place."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from indie_desktop.store.database import DatabaseDamaged, StorageError
    from indie_desktop.store.shared_open import open_database
    from indie_desktop.ui.errors import describe_error
    from indie_desktop.ui.splash import StartSplash

    policy = paths.backup_policy(settings) if database is None else None
    try:
        try:
            # Creating or updating the database takes seconds on a fresh machine.
            with StartSplash():
                return open_database(paths.data_dir, database, policy)
        except DatabaseDamaged as exc:
            from indie_desktop.ui.backup_dialogs import ask_restore_at_start
            from indie_desktop.ui.tasks import TaskRunner

            log.error("damaged database: %s", exc)
            assert policy is not None
            if not ask_restore_at_start(exc.path, exc.health, policy, runner or TaskRunner()):
                return None
            return open_database(paths.data_dir, database, policy)
    except StorageError as exc:
        log.error("database not opened: %s", exc)
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Cannot open the database"),
            describe_error(exc).text,
        )
        return None


def _connect_shared(paths: Paths, settings: Settings) -> Database | None:
    """The shared server of the profile: silently with a remembered password, else through the
    connection dialog. Choosing the local file there (or cancelling) opens the local file."""
    from PySide6.QtWidgets import QDialog

    from indie_desktop.config import ServerProfile
    from indie_desktop.store.database import StorageError
    from indie_desktop.store.shared_open import open_shared
    from indie_desktop.ui.connection_dialog import ConnectionDialog, failure_message

    profile = ServerProfile.from_settings(settings)
    error = ""
    try:
        return open_shared(profile.url())
    except StorageError as exc:
        kind = getattr(exc, "kind", "")
        log.info("shared database not opened at start: %s", kind or exc)
        error = failure_message(kind) if kind != "no_password" else ""
    dialog = ConnectionDialog(settings)
    if error:
        dialog.show_error(error)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if accepted and dialog.mode == "shared" and dialog.database is not None:
        return dialog.database
    return _open_database(paths)


def run_screenshots(
    data_dir: Path | None, out_dir: Path, lang: str | None, database: str | None = None
) -> int:
    """`indie-desktop screenshots`: render views and dialogs of the database to PNG files."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from indie_desktop.config import Paths, Settings
    from indie_desktop.services.context import Actor
    from indie_desktop.services.workspace import Workspace
    from indie_desktop.store.database import StorageError
    from indie_desktop.store.shared_open import open_database
    from indie_desktop.ui.screenshots import render_screenshots

    paths = Paths.resolve(data_dir)
    lang = lang or Settings(paths.settings_file).get("language")
    _application(lang)
    try:
        db = open_database(paths.data_dir, database)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        actor = Workspace(db, Actor.system()).directory.acting_user() or Actor.system()
        for path in render_screenshots(Workspace(db, actor), Path(out_dir)):
            print(path)
    finally:
        db.dispose()
    return 0
