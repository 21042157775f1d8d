"""What dialogs and commands may use of the main window.

The main window builds the print commands and calls the backup dialogs; they in turn need its
workspace, runner, lists and status bar. They see it as this base class, so that they do not
import `main_window` (which imports them): arrows point one way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QStackedWidget

if TYPE_CHECKING:
    from indie_desktop.config import Settings
    from indie_desktop.services.context import Actor
    from indie_desktop.services.workspace import Workspace
    from indie_desktop.store.database import Database
    from indie_desktop.ui.live_refresh import LiveRefresh
    from indie_desktop.ui.tasks import Runner
    from indie_desktop.ui.views.record_list_view import RecordListView


class WindowHost(QMainWindow):
    """The main window as its commands and dialogs know it (MainWindow is the one subclass)."""

    workspace: Workspace
    settings: Settings | None
    runner: Runner
    views: dict[str, RecordListView]
    stack: QStackedWidget
    live: LiveRefresh

    def current_view(self) -> RecordListView:
        raise NotImplementedError

    def replace_with(self, db: Database, actor: Actor) -> WindowHost:
        """Open `db` as `actor` in a new window built as at start, then close this one."""
        raise NotImplementedError
