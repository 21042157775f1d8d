"""The main window: navigation on the left, the chosen list with its detail pane, menus.

Keyboard first: Ctrl+1..5 switch lists, Ctrl+K searches everything, Ctrl+F goes to the filter
box, Ctrl+N creates a record in the current list, Ctrl+Shift+N records a visit, Return edits,
Del deletes (after asking), Ctrl+Z undoes a delete.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QWidget,
)

from indie_desktop import APP_NAME
from indie_desktop.config import Paths, Settings
from indie_desktop.domain.enums import OrganisationKind
from indie_desktop.resources import resource_path
from indie_desktop.services.context import Actor
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import Database
from indie_desktop.ui.labels import kind_plural
from indie_desktop.ui.live_refresh import LiveRefresh
from indie_desktop.ui.tasks import Runner, TaskRunner
from indie_desktop.ui.views.organisations_view import OrganisationsView
from indie_desktop.ui.views.record_list_view import RecordListView
from indie_desktop.ui.widgets.global_search import GlobalSearchBox
from indie_desktop.ui.window_host import (
    ACTIVITIES,
    EVENTS,
    LIST_KEYS,
    NEEDS,
    ORGANISATIONS,
    PEOPLE,
    PROJECTS,
    REFERRALS,
    TASKS,
    ListViews,
    WindowHost,
)
from indie_desktop.ui.window_sizes import fit_window

if TYPE_CHECKING:
    from indie_desktop.ui.printing.commands import PrintCommands
    from indie_desktop.ui.sync.status_widget import SyncStatusWidget
    from indie_desktop.ui.views.dashboard_view import DashboardView
    from indie_desktop.ui.widgets.due_tasks_panel import DueTasksPanel
    from indie_desktop.ui.work.week_calendar import CalendarView

log = logging.getLogger(__name__)

NAV_ROLE = Qt.ItemDataRole.UserRole + 1  # (view key, organisation kind or None)
UNDO_NOTICE_MS = 30_000

DASHBOARD = "dashboard"  # not a list: the outcomes dashboard (issue 9)
CALENDAR = "calendar"  # not a list: the week or month of appointments (issue 23)
# Which lists show a table's rows (in the list or in a detail pane).
_VIEWS_OF_TABLE: dict[str, set[str]] = {
    "organisation": {ORGANISATIONS, PEOPLE, NEEDS, REFERRALS},
    "person": {PEOPLE, ORGANISATIONS},
    "affiliation": {PEOPLE, ORGANISATIONS},
    "project": {PROJECTS, EVENTS},
    "project_participant": {PROJECTS, EVENTS},
    "participant_status_change": {EVENTS},
    "staff": {ORGANISATIONS},
    "activity": {ACTIVITIES, ORGANISATIONS, PEOPLE},
    "need": {NEEDS, REFERRALS, ORGANISATIONS, PEOPLE},
    "referral": {REFERRALS, NEEDS},
    "referral_stage_change": {REFERRALS},
    "cooperation": {REFERRALS},
    "task": {TASKS, ORGANISATIONS, PEOPLE},
    "attachment": {ORGANISATIONS, PEOPLE, ACTIVITIES},
}
# The tables whose rows the dashboard counts (or filters by): a change recomputes its figures.
_DASHBOARD_TABLES = {
    "*",
    "organisation",
    "institution",
    "staff",
    "activity",
    "activity_organisation",
    "activity_staff",
    "need",
    "referral",
    "referral_stage_change",
    "cooperation",
    "cooperation_partner",
    "project",
    "project_participant",
    "participant_status_change",
}
_LINK_TARGETS = {
    "organisation": ORGANISATIONS,
    "person": PEOPLE,
    "project": PROJECTS,
    "event": EVENTS,
    "need": NEEDS,
    "referral": REFERRALS,
    "activity": ACTIVITIES,
}


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


# (database, acting user, local data folder) -> a new main window built as at start
Reopen = Callable[[Database, Actor, Path | None], "MainWindow"]


def _list_classes() -> dict[str, Callable[[], type[RecordListView]]]:
    """Each list's class, imported when the list is first built (start-up time)."""

    def organisations() -> type[RecordListView]:
        return OrganisationsView

    def people() -> type[RecordListView]:
        from indie_desktop.ui.views.people_view import PeopleView

        return PeopleView

    def projects() -> type[RecordListView]:
        from indie_desktop.ui.views.projects_view import ProjectsView

        return ProjectsView

    def events() -> type[RecordListView]:
        from indie_desktop.ui.events.events_view import EventsView

        return EventsView

    def activities() -> type[RecordListView]:
        from indie_desktop.ui.views.activities_view import ActivitiesView

        return ActivitiesView

    def needs() -> type[RecordListView]:
        from indie_desktop.ui.views.needs_view import NeedsView

        return NeedsView

    def referrals() -> type[RecordListView]:
        from indie_desktop.ui.views.referrals_view import ReferralsView

        return ReferralsView

    def tasks() -> type[RecordListView]:
        from indie_desktop.ui.views.tasks_view import TasksView

        return TasksView

    return {
        ORGANISATIONS: organisations,
        PEOPLE: people,
        PROJECTS: projects,
        EVENTS: events,
        ACTIVITIES: activities,
        NEEDS: needs,
        REFERRALS: referrals,
        TASKS: tasks,
    }


_LIST_CLASSES = _list_classes()

# Each list's name (navigation, View menu, window title) under its view's translation context,
# known before the list is built.
_LIST_TITLES = {
    ORGANISATIONS: ("OrganisationsView", "Organisations"),
    PEOPLE: ("PeopleView", "People"),
    PROJECTS: ("ProjectsView", "Projects"),
    EVENTS: ("EventsView", "Events"),
    ACTIVITIES: ("ActivitiesView", "Activities"),
    NEEDS: ("NeedsView", "Needs"),
    REFERRALS: ("ReferralsView", "Referrals"),
    TASKS: ("TasksView", "Tasks"),
}


def dashboard_title() -> str:
    """The dashboard's name (navigation, View menu), known before the dashboard is built."""
    return QCoreApplication.translate("DashboardView", "Dashboard")


def list_title(key: str) -> str:
    context, source = _LIST_TITLES[key]
    return QCoreApplication.translate(context, source)


class MainWindow(WindowHost):
    """Lists of organisations, people and projects for one workspace (database + user)."""

    sync_status: SyncStatusWidget | None

    # --- mails dropped on the window (issue 23) --------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from indie_desktop.ui.mail.dropped_mail import offers_mail_or_files

        if offers_mail_or_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Mails onto the window: each filed on the organisation its addresses name; the user
        is asked where that is not clear. Other files need a record: the status bar says so."""
        from indie_desktop.ui.mail.dropped_mail import read_drop
        from indie_desktop.ui.mail.file_mails import file_mails, summary

        dropped = read_drop(event.mimeData())
        event.acceptProposedAction()
        if not dropped.mails:
            self.statusBar().showMessage(
                self.tr("Drop files on the attachments of a record to keep them there."), 8000
            )
            return
        filed, problems = file_mails(self, self.workspace, dropped.mails, None)
        if dropped.not_read:
            problems.append(
                self.tr(
                    "Not handed over by Outlook; copy them in Outlook and paste them with "
                    "Ctrl+Shift+V: {names}"
                ).format(names=", ".join(dropped.not_read))
            )
        self.statusBar().showMessage(summary(filed, problems), 15000)
        if filed:
            self.views[ORGANISATIONS].reload()

    def paste_mails(self, read_outlook_clipboard: Any = None) -> list[Any]:
        """Edit → Paste e-mails from Outlook (Ctrl+Shift+V): every copied mail, each filed on
        the organisation its addresses name (asking where that is not clear)."""
        from PySide6.QtWidgets import QApplication

        from indie_desktop.ui.mail.dropped_mail import paste_mails
        from indie_desktop.ui.mail.file_mails import file_mails, summary

        pasted = paste_mails(QApplication.clipboard().mimeData(), read_outlook_clipboard)
        if not pasted.mails:
            self.statusBar().showMessage(
                self.tr("The clipboard holds no e-mails: select them in Outlook and copy them."),
                8000,
            )
            return []
        filed, problems = file_mails(self, self.workspace, pasted.mails, None)
        if pasted.unreadable:
            problems.append(", ".join(pasted.unreadable))
        self.statusBar().showMessage(summary(filed, problems), 15000)
        if filed:
            self.views[ORGANISATIONS].reload()
        return filed

    def __init__(
        self,
        workspace: Workspace,
        settings: Settings | None = None,
        runner: Runner | None = None,
        parent: QWidget | None = None,
        reopen: Reopen | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        # Builds the window for another database (app.compose_window, which always gives it;
        # only tests build a bare window, which cannot switch its database).
        self.reopen = reopen
        self.replacement: MainWindow | None = None
        self.runner: Runner = runner or TaskRunner(parent=self)
        self.setWindowIcon(icon("app"))
        self._undo: tuple[RecordListView, uuid.UUID] | None = None
        self.local_data_dir: Path | None = None  # where the local file lives (--data-dir)
        self.setAcceptDrops(True)  # mails from Outlook: filed where their addresses point

        self._printing: PrintCommands | None = None  # set below; lists built later get wired
        self._calendar: CalendarView | None = None
        self.stack = QStackedWidget()
        self.stack.currentChanged.connect(self._view_shown)
        # Lists are built when first shown (start-up time); the organisations are shown first.
        self.views = ListViews(self._build_list)
        self.organisations_view.kind_filter.currentIndexChanged.connect(self._kind_filter_changed)
        self._last_list: RecordListView = self.views[ORGANISATIONS]
        self._dashboard: DashboardView | None = None  # built when first shown (start-up time)

        self.nav = self._build_navigation()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # As wide as the longest entry (German kind names are long), not wider: the column's
        # hint already holds the indentation of the kinds under Organisationen.
        nav_width = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 12
        self.nav.setMinimumWidth(nav_width // 2)
        splitter.setSizes([nav_width, 1200])
        self.setCentralWidget(splitter)

        self._build_actions()
        from indie_desktop.ui.printing.commands import PrintCommands

        self.printing = self._printing = PrintCommands(self)  # File → Print, Ctrl+P, lists
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        fit_window(self, 1360, 820)  # within the screen; the saved geometry follows
        self._restore_state()
        self.show_view(ORGANISATIONS)
        self.live = LiveRefresh(workspace.change_feed(), self.refresh_changed, self)
        self.organisations_view.after_first_paint(self._finish_start)

    def _finish_start(self) -> None:
        """Right after the first paint: the parts the first picture does without, because
        they need the ORM and the mapped classes (~0.5 s): the services of the list shown,
        a replica's sync status."""
        from indie_desktop.services.start import warm_up
        from indie_desktop.ui.sync.status_widget import install_sync_status

        warm_up(self.workspace)
        self.sync_status = install_sync_status(self)

    # --- parts -------------------------------------------------------------------------------

    def _build_list(self, key: str) -> RecordListView:
        """A list of the window, made when first asked for, wired like every other."""
        view = _LIST_CLASSES[key]()(self.workspace, load=key == ORGANISATIONS)
        self.stack.addWidget(view)
        view.record_deleted.connect(lambda rid, msg, v=view: self._offer_undo(v, rid, msg))
        view.records_changed.connect(self._records_changed)
        view.open_requested.connect(self.open_record)
        for action in (view.edit_action, view.delete_action):
            action.changed.connect(self._sync_actions)
        if self._printing is not None:
            self._printing.wire(view)
        use_runner = getattr(view, "use_runner", None)
        if use_runner is not None:  # the events list runs invitations in the background
            use_runner(self.runner)
        bulk = getattr(view, "bulk", None)
        if bulk is not None:  # changes to many records, too
            bulk.runner = self.runner
        return view

    @property
    def organisations_view(self) -> OrganisationsView:
        view = self.views[ORGANISATIONS]
        assert isinstance(view, OrganisationsView)
        return view

    def _build_navigation(self) -> QTreeWidget:
        nav = QTreeWidget()
        nav.setHeaderHidden(True)
        nav.setRootIsDecorated(True)
        nav.setAccessibleName(self.tr("Navigation"))
        organisations = self._nav_item(
            nav, list_title(ORGANISATIONS), icon("organisation"), (ORGANISATIONS, None)
        )
        for kind in OrganisationKind:
            title = kind_plural(kind)
            child = QTreeWidgetItem(organisations, [title])
            child.setToolTip(0, title)
            child.setData(0, NAV_ROLE, (ORGANISATIONS, kind))
        self._nav_item(nav, list_title(PEOPLE), icon("person"), (PEOPLE, None))
        self._nav_item(nav, list_title(EVENTS), icon("event"), (EVENTS, None))
        self._nav_item(nav, list_title(PROJECTS), icon("project"), (PROJECTS, None))
        self._nav_item(nav, list_title(ACTIVITIES), icon("edit"), (ACTIVITIES, None))
        self._nav_item(nav, list_title(NEEDS), icon("need"), (NEEDS, None))
        self._nav_item(nav, list_title(REFERRALS), icon("referral"), (REFERRALS, None))
        self._nav_item(nav, list_title(TASKS), icon("task"), (TASKS, None))
        self._nav_item(nav, self.tr("Calendar"), icon("calendar"), (CALENDAR, None))
        self._nav_item(nav, dashboard_title(), icon("dashboard"), (DASHBOARD, None))
        nav.expandAll()
        nav.currentItemChanged.connect(self._nav_changed)
        return nav

    @staticmethod
    def _nav_item(
        nav: QTreeWidget, text: str, item_icon: QIcon, data: tuple[str, Any]
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(nav, [text])
        item.setToolTip(0, text)  # the whole title where a narrow window cuts it
        item.setIcon(0, item_icon)
        item.setData(0, NAV_ROLE, data)
        return item

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New…"), lambda: self.current_view().new_record(), "Ctrl+N", "new"
        )
        self.new_action.setToolTip(self.tr("Create a new entry in the current list (Ctrl+N)"))
        self.record_visit_action = self._action(
            self.tr("Record &visit…"), self.record_visit, "Ctrl+Shift+N", "edit"
        )
        self.record_visit_action.setToolTip(
            self.tr("Record a visit, call or meeting (Ctrl+Shift+N)")
        )
        self.organisations_view.record_visit_action.triggered.connect(
            lambda _checked=False: self.record_visit()
        )
        self.edit_action = self._action(
            self.tr("&Edit…"), lambda: self.current_view().edit_selected(), "Ctrl+E", "edit"
        )
        self.edit_action.setToolTip(self.tr("Edit the selected entry (Return)"))
        self.delete_action = self._action(
            self.tr("&Delete…"), lambda: self.current_view().delete_selected(), None, "delete"
        )
        self.delete_action.setToolTip(self.tr("Delete the selected entry (Del)"))
        self.undo_action = self._action(
            self.tr("&Undo delete"), self.undo_delete, QKeySequence.StandardKey.Undo
        )
        self.undo_action.setEnabled(False)
        self.find_action = self._action(
            self.tr("&Filter list"), lambda: self.current_view().focus_filter(), "Ctrl+F", "search"
        )
        self.search_action = self._action(
            self.tr("&Search everything"), lambda: self.search_box.focus_search(), "Ctrl+K"
        )
        self.refresh_action = self._action(
            self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh
        )
        # Back to where a followed link (a timeline entry, a detail link) was opened from.
        self.back_action = self._action(self.tr("&Back"), self.go_back, "Alt+Left", "back")
        self.back_action.setToolTip(self.tr("Back to the record shown before (Alt+Left)"))
        self.back_action.setEnabled(False)
        self._history: list[tuple[str, uuid.UUID | None]] = []
        self.export_action = self._action(self.tr("E&xport list…"), self.export_list)
        self.export_action.setToolTip(
            self.tr("Save the list as shown (filter, order, columns) as CSV, Excel or vCard")
        )
        self.demo_action = self._action(self.tr("Load &demo network…"), self.load_demo)
        self.upload_action = self._action(
            self.tr("Move to the &office database…"), self.upload_to_server
        )
        self.upload_action.setToolTip(
            self.tr("Copy this computer's database to the shared office server (administrator)")
        )
        self.import_action = self._action(self.tr("&Import…"), self.open_import)
        self.batches_action = self._action(self.tr("Im&ports…"), self.open_import_batches)
        self.batches_action.setToolTip(self.tr("The latest imports; undo one as a whole"))
        self.duplicates_action = self._action(self.tr("Find duplica&tes…"), self.find_duplicates)
        self.privacy_review_action = self._action(
            self.tr("Data protection &review…"), self.privacy_review
        )
        self.connection_action = self._action(self.tr("&Connection…"), self.change_connection)
        self.connection_action.setEnabled(self.settings is not None)
        self.password_action = self._action(self.tr("Change pass&word…"), self.change_password)
        self.password_action.setVisible(self.workspace.account.has_password)
        self.settings_action = self._action(
            self.tr("Se&ttings…"), self.open_settings, QKeySequence.StandardKey.Preferences
        )
        self.settings_action.setEnabled(self.settings is not None)
        self.restore_action = self._action(self.tr("Restore bac&kup…"), self.restore_backup)
        self.restore_action.setToolTip(
            self.tr("Put a backup of the local database in place of the current one")
        )
        self.restore_action.setVisible(self.workspace.db.backups is not None)
        self.backup_action = self._action(self.tr("&Back up now"), self.backup_now)
        self.backup_action.setToolTip(
            self.tr("Copy the local database into the backup folder now (kept like the others)")
        )
        self.backup_action.setVisible(self.workspace.db.backups is not None)
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.about_action = self._action(self.tr("&About In|Die Desktop"), self.about)
        self.guide_action = self._action(
            self.tr("&Quick guide"), self.show_guide, QKeySequence.StandardKey.HelpContents
        )
        self.view_actions: dict[str, QAction] = {}
        # Ctrl+1..7 as before events came; the dashboard stays Ctrl+8, the events are Ctrl+9.
        numbered = [k for k in LIST_KEYS if k != EVENTS]
        numbers = {key: n for n, key in enumerate(numbered, start=1)}
        numbers[EVENTS] = len(numbered) + 2
        for key in LIST_KEYS:
            self.view_actions[key] = self._action(
                list_title(key), lambda k=key: self.show_view(k), f"Ctrl+{numbers[key]}"
            )
        self.dashboard_action = self._action(
            dashboard_title(),
            lambda: self.show_view(DASHBOARD),
            f"Ctrl+{len(numbered) + 1}",
        )
        self.funding_report_action = self._action(self.tr("&Funding report…"), self.funding_report)
        self.funding_report_action.setToolTip(
            self.tr("Figures, charts and evidence of a period as PDF or Excel for the funder")
        )
        self.radar_action = self._action(self.tr("Needs &radar…"), self.open_radar)
        self.radar_action.setToolTip(
            self.tr("Carry open needs to a university: digest, answers, referrals")
        )
        self.vocabulary_action = self._action(self.tr("&Technology terms…"), self.open_vocabulary)
        self.vocabulary_action.setToolTip(
            self.tr("Terms and synonyms the partner suggestions match with")
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.record_visit_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.batches_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addMenu(self.printing.menu)
        file_menu.addSeparator()
        file_menu.addAction(self.connection_action)
        file_menu.addAction(self.password_action)
        file_menu.addAction(self.demo_action)
        file_menu.addAction(self.upload_action)
        # The demo network only goes into an empty database: offer it only then.
        file_menu.aboutToShow.connect(
            lambda: self.demo_action.setEnabled(self.workspace.directory.is_empty())
        )
        # Only the local file can be moved to a server.
        self.upload_action.setEnabled(self.workspace.db.is_sqlite)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.edit_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.search_action)
        edit_menu.addAction(self.duplicates_action)
        edit_menu.addAction(self.privacy_review_action)
        edit_menu.addSeparator()
        self.paste_mails_action = edit_menu.addAction(self.tr("Paste e-&mails from Outlook"))
        self.paste_mails_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.paste_mails_action.setToolTip(
            self.tr("The mails copied in Outlook (Ctrl+C), each filed where its addresses point")
        )
        self.paste_mails_action.triggered.connect(lambda: self.paste_mails())
        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.view_actions.values():
            view_menu.addAction(action)
        view_menu.addAction(self.dashboard_action)
        self.calendar_action = view_menu.addAction(self.tr("Ca&lendar"))
        self.calendar_action.setShortcut(QKeySequence("Ctrl+0"))
        self.calendar_action.triggered.connect(self.show_calendar)
        view_menu.addSeparator()
        view_menu.addAction(self.back_action)
        view_menu.addAction(self.refresh_action)
        report_menu = bar.addMenu(self.tr("&Report"))
        report_menu.addAction(self.funding_report_action)
        tools_menu = bar.addMenu(self.tr("E&xtras"))
        tools_menu.addAction(self.radar_action)
        tools_menu.addAction(self.vocabulary_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.about_action)

    @property
    def calendar(self) -> CalendarView:
        """The calendar view (made when first shown)."""
        if self._calendar is None:
            from indie_desktop.ui.work.week_calendar import CalendarView  # not at start-up

            self._calendar = CalendarView(self.workspace)
            self._calendar.open_requested.connect(self.open_record)
            self.stack.addWidget(self._calendar)
        return self._calendar

    def show_calendar(self) -> QWidget:
        """View → Calendar: the week's (or month's) appointments of the user and the
        colleagues (issue 23), in the window like a list."""
        self.show_view(CALENDAR)
        return self.calendar

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.back_action)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.record_visit_action)
        toolbar.addAction(self.edit_action)
        toolbar.addAction(self.delete_action)
        toolbar.addAction(self.printing.print_action)
        toolbar.addSeparator()
        toolbar.addAction(self.find_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.search_box: GlobalSearchBox = GlobalSearchBox(lambda: self.workspace.search)
        self.search_box.open_requested.connect(self.open_record)
        toolbar.addWidget(self.search_box)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.undo_label = QLabel()
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        status.addWidget(self.undo_label)
        status.addWidget(self.undo_button)
        self._hide_undo()
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_NOTICE_MS)
        self._undo_timer.timeout.connect(self._expire_undo)
        actor = self.workspace.actor
        # A long path (C:\Users\…\AppData\Local\…) shortened in the middle, whole in the
        # tooltip: the status bar keeps room for its messages (sync notices) on a small screen.
        where = self.fontMetrics().elidedText(
            self.workspace.description,
            Qt.TextElideMode.ElideMiddle,
            36 * self.fontMetrics().averageCharWidth(),
        )
        self.database_label = QLabel(self.tr("Database: {database}").format(database=where))
        self.database_label.setToolTip(self.workspace.description)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user_label = QLabel(self.tr("User: {name}").format(name=actor.display_name))
        status.addPermanentWidget(self.database_label)
        status.addPermanentWidget(self.user_label)
        self.sync_status = None  # a replica's, after the first paint

    # --- navigation --------------------------------------------------------------------------

    def current_view(self) -> RecordListView:
        """The list shown, or (while the dashboard is shown) the list shown last."""
        view = self.stack.currentWidget()
        if isinstance(view, RecordListView):
            self._last_list = view
            return view
        return self._last_list

    def current_view_key(self) -> str:
        return self.current_view().key

    def show_view(self, key: str, kind: OrganisationKind | None = None) -> None:
        """Switch the list shown (and, for organisations, the kind filter)."""
        if key == DASHBOARD:
            self._show_dashboard()
            return
        if key == CALENDAR:
            self._show_calendar()
            return
        view = self.views[key]
        self.stack.setCurrentWidget(view)
        if isinstance(view, OrganisationsView) and (kind is not None or view.kind() is not None):
            view.set_kind(kind)
        self._select_nav(key, kind if isinstance(view, OrganisationsView) else None)
        self.setWindowTitle(f"{view.title()} – {APP_NAME}")
        self._sync_actions()
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select_nav(self, key: str, kind: OrganisationKind | None) -> None:
        it = QTreeWidgetItemIterator(self.nav)
        while item := it.value():
            if item.data(0, NAV_ROLE) == (key, kind):
                if self.nav.currentItem() is not item:
                    self.nav.blockSignals(True)
                    self.nav.setCurrentItem(item)
                    self.nav.blockSignals(False)
                return
            it += 1

    def _nav_changed(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        if current is None:
            return
        key, kind = current.data(0, NAV_ROLE)
        if key == DASHBOARD:
            self._show_dashboard()
            return
        if key == CALENDAR:
            self._show_calendar()
            return
        view = self.views[key]
        self.stack.setCurrentWidget(view)
        if isinstance(view, OrganisationsView):
            view.set_kind(kind)
        self.setWindowTitle(f"{view.title()} – {APP_NAME}")
        self._sync_actions()

    def _kind_filter_changed(self, _index: int) -> None:
        if self.current_view() is self.organisations_view:
            self._select_nav(ORGANISATIONS, self.organisations_view.kind())

    @property
    def dashboard(self) -> DashboardView:
        """The outcomes dashboard, built (and its module imported) when first needed."""
        if self._dashboard is None:
            from indie_desktop.ui.views.dashboard_view import DashboardView

            self._dashboard = DashboardView(self.workspace, self.runner, self.stack)
            self.stack.addWidget(self._dashboard)
            self._dashboard.open_requested.connect(self.open_record)
            self._dashboard.events_requested.connect(lambda: self.show_view(EVENTS))
            self._dashboard.radar_requested.connect(self.open_radar)
        return self._dashboard

    def _sync_actions(self) -> None:
        view = self.current_view()
        on_list = isinstance(self.stack.currentWidget(), RecordListView)
        self.new_action.setEnabled(on_list)
        self.edit_action.setEnabled(on_list and view.edit_action.isEnabled())
        self.delete_action.setEnabled(on_list and view.delete_action.isEnabled())

    def _show_dashboard(self) -> None:
        self.current_view()  # remember the list shown last
        self.stack.setCurrentWidget(self.dashboard)
        self._select_nav(DASHBOARD, None)
        self.setWindowTitle(f"{self.dashboard.title()} – {APP_NAME}")
        self._sync_actions()
        self.dashboard.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_calendar(self) -> None:
        self.current_view()  # remember the list shown last
        calendar = self.calendar
        self.stack.setCurrentWidget(calendar)
        self._select_nav(CALENDAR, None)
        self.setWindowTitle(f"{calendar.title()} – {APP_NAME}")
        self._sync_actions()
        calendar.setFocus(Qt.FocusReason.OtherFocusReason)

    def funding_report(self) -> None:
        """Report → Funding report…: period, filters and file, then written in the background."""
        from indie_desktop.ui.funding_report_dialog import FundingReportDialog

        dialog = FundingReportDialog(self.workspace, self.runner, self.dashboard, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def open_radar(self, university_id: uuid.UUID | None = None) -> None:
        """Tools → Needs radar…: a university's digest, its answers, its schedule."""
        from indie_desktop.ui.work.radar_dialog import RadarDialog

        dialog = RadarDialog(self.workspace, self, university_id)
        self.last_dialog: QDialog = dialog  # for tests: the dialog opened last
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
            if self._dashboard is not None:
                self._dashboard.reload_if_loaded()

    def open_vocabulary(self) -> None:
        """Tools → Technology terms…: the staff's additions to the matching vocabulary."""
        from indie_desktop.ui.work.vocabulary_dialog import VocabularyDialog

        dialog = VocabularyDialog(self.workspace, self)
        self.last_dialog = dialog
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def open_record(self, kind: str, record_id: uuid.UUID) -> None:
        """Follow a link from a detail pane: show that record in its list."""
        key = _LINK_TARGETS.get(kind)
        if key is None:
            return
        self._remember_place()
        self.show_view(key)
        self.views[key].select_record(record_id)

    def _remember_place(self) -> None:
        """The list (or dashboard) and record shown now, for Back."""
        shown = self.stack.currentWidget()
        if isinstance(shown, RecordListView):
            self._history.append((shown.key, shown.selected_id() or shown._shown_id))
        elif shown is self._calendar:
            self._history.append((CALENDAR, None))
        else:
            self._history.append((DASHBOARD, None))
        del self._history[:-50]
        self.back_action.setEnabled(True)

    def go_back(self) -> None:
        """Alt+Left: the list and record shown before the last followed link."""
        if not self._history:
            return
        key, record_id = self._history.pop()
        self.back_action.setEnabled(bool(self._history))
        self.show_view(key)
        if record_id is not None and key not in (DASHBOARD, CALENDAR):
            self.views[key].select_record(record_id)

    def record_visit(self) -> None:
        """The visit dialog; started on an organisation the user selected in the organisations
        list shown, that organisation is filled in; otherwise it starts empty."""
        from indie_desktop.ui.dialogs.visit_dialog import VisitDialog

        org = None
        if self.stack.currentWidget() is self.organisations_view:
            # Only a selection the user sees: not the list's invisible current row, not the
            # list behind the dashboard.
            org = self.organisations_view.selected_id()
        dialog = VisitDialog(self.workspace, None, self, organisation_id=org)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.refresh()
                self.statusBar().showMessage(self.tr("Visit recorded."), 5000)
        finally:
            dialog.deleteLater()

    def show_due_tasks(self) -> DueTasksPanel | None:
        """When the app opens: a non-modal notice of my tasks due today or overdue, if any."""
        from indie_desktop.ui.widgets.due_tasks_panel import DueTasksPanel

        tasks = self.workspace.tasks.due_for_me()
        if not tasks:
            return None
        panel = DueTasksPanel(tasks, self)
        panel.open_tasks.connect(self.show_my_tasks)
        panel.show()
        return panel

    def show_my_tasks(self) -> None:
        from indie_desktop.services.work.tasks import TaskFilter
        from indie_desktop.ui.views.tasks_view import TasksView

        view = self.views[TASKS]
        assert isinstance(view, TasksView)
        view.set_due_filter(TaskFilter.MINE)
        self.show_view(TASKS)

    def _view_shown(self, index: int) -> None:
        view = self.stack.widget(index)
        if isinstance(view, RecordListView):
            view.ensure_loaded()
        elif self._dashboard is not None and view is self._dashboard:
            self._dashboard.ensure_loaded()
        elif self._calendar is not None and view is self._calendar:
            self._calendar.ensure_loaded()

    def refresh(self) -> None:
        for view in self.views.built():
            view.reload_if_loaded()
        if self._dashboard is not None:
            self._dashboard.records_changed()
        if self._calendar is not None:
            self._calendar.reload_if_loaded()

    def refresh_changed(self, tables: set[str]) -> None:
        """Somebody changed these tables: reload the lists (and detail panes) showing them."""
        keys: set[str] = set(self.views) if "*" in tables else set()
        for table in tables:
            keys |= _VIEWS_OF_TABLE.get(table, set())
        for key in sorted(keys):
            if self.views.is_built(key):
                self.views[key].reload_if_loaded()
        if self._calendar is not None and tables & {"*", "activity", "activity_staff"}:
            self._calendar.reload_if_loaded()
        if tables & _DASHBOARD_TABLES and self._dashboard is not None:
            self._dashboard.records_changed()  # one never shown computes when first shown

    def _records_changed(self) -> None:
        # A saved person changes the organisations' detail (their people) and vice versa.
        for view in self.views.built():
            if view is not self.current_view():
                view.reload_if_loaded()
        if self._dashboard is not None:
            self._dashboard.records_changed()

    # --- undo of deletes ---------------------------------------------------------------------

    def _offer_undo(self, view: RecordListView, record_id: uuid.UUID, message: str) -> None:
        self._undo = (view, record_id)
        self.undo_label.setText(message)
        self.undo_label.show()
        self.undo_button.show()
        self.undo_action.setEnabled(True)
        self._undo_timer.start()

    def undo_delete(self) -> None:
        if self._undo is None:
            return
        view, record_id = self._undo
        self._expire_undo()
        self.stack.setCurrentWidget(view)
        self._select_nav(self.current_view_key(), None)
        view.restore(record_id)
        self.statusBar().showMessage(self.tr("Restored."), 5000)

    def _expire_undo(self) -> None:
        self._undo = None
        self.undo_action.setEnabled(False)
        self._hide_undo()

    def _hide_undo(self) -> None:
        self.undo_label.hide()
        self.undo_button.hide()

    # --- other commands ----------------------------------------------------------------------

    def open_import(self) -> None:
        from indie_desktop.ui.importing.wizard import ImportWizard

        wizard = ImportWizard(self.workspace, self.runner, self)
        wizard.imported.connect(self.refresh)
        wizard.open()

    def open_import_batches(self) -> None:
        from indie_desktop.ui.importing.batches_dialog import ImportBatchesDialog

        dialog = ImportBatchesDialog(self.workspace, self.runner, self)
        dialog.undone.connect(self.refresh)
        dialog.open()

    def find_duplicates(self) -> None:
        from indie_desktop.ui.duplicates.finder import DuplicateFinder

        finder = DuplicateFinder(self.workspace, self.runner, self)
        finder.merged.connect(self.refresh)
        finder.open()
        finder.scan()

    def privacy_review(self) -> None:
        from indie_desktop.ui.privacy.review_dialog import ReviewQueueDialog

        dialog = ReviewQueueDialog(self.workspace, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def upload_to_server(self) -> None:
        from indie_desktop.ui.upload_dialog import UploadDialog

        dialog = UploadDialog(self.workspace, self.runner, self)
        dialog.open()

    def load_demo(self) -> None:
        if not self.workspace.directory.is_empty():
            QMessageBox.information(
                self,
                self.tr("Demo network"),
                self.tr(
                    "The demo network can only be loaded into an empty database, so that it "
                    "never mixes with real contacts."
                ),
            )
            return
        from indie_desktop.ui.first_run import run_demo_generation

        run_demo_generation(self, self.workspace.db, self.runner, lambda _ok: self.refresh())

    def export_list(self) -> None:
        from indie_desktop.ui.export_list import ask_target, export_view

        view = self.current_view()
        path = ask_target(view, self)
        if path is not None:
            export_view(view, path, self.runner, self)

    def change_password(self) -> None:
        """File → Change password… (shared server only): a new password for the own login."""
        from indie_desktop.ui.password_dialog import PasswordDialog

        dialog = PasswordDialog(self.workspace, self.runner, parent=self)
        try:
            if dialog.exec() == dialog.DialogCode.Accepted:
                message = self.tr("Your password has been changed.")
                self.statusBar().showMessage(f"{message} {dialog.keyring_note}".strip(), 10000)
        finally:
            dialog.deleteLater()

    def change_connection(self) -> None:
        """File → Connection…: switch to the shared server or the local file in a new window."""
        from PySide6.QtWidgets import QDialog

        from indie_desktop.store.database import StorageError, open_local
        from indie_desktop.ui.connection_dialog import ConnectionDialog

        assert self.settings is not None
        dialog = ConnectionDialog(self.settings, parent=self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            db = dialog.database
            if dialog.mode == "local":
                if not self.workspace.db.is_shared:
                    return
                try:
                    db = open_local(self.local_data_dir or Paths.resolve(None).data_dir)
                except StorageError as exc:
                    QMessageBox.warning(self, APP_NAME, str(exc))
                    return
        finally:
            dialog.deleteLater()
        assert db is not None
        directory = Workspace(db, Actor.system()).directory
        actor = directory.acting_user()
        if actor is None and not db.is_shared:
            # A local file that was never set up: register its user as on a first start.
            from indie_desktop.ui.first_run import FirstRunDialog

            first_run = FirstRunDialog(Workspace(db, Actor.system()), self.runner, self)
            if first_run.exec() == QDialog.DialogCode.Accepted:
                actor = first_run.actor
            first_run.deleteLater()
            if actor is None:
                db.dispose()
                return
        if actor is None:
            db.dispose()
            QMessageBox.warning(
                self,
                APP_NAME,
                self.tr("This login is not registered as a staff member of the network."),
            )
            return
        self.replace_with(db, actor)
        self.workspace.close()

    def replace_with(self, db: Database, actor: Actor) -> MainWindow:
        """Open `db` as `actor` in a new window built as at start, then close this one."""
        assert self.reopen is not None, "a window without reopen cannot switch its database"
        replacement = self.reopen(db, actor, self.local_data_dir)
        replacement.show()
        self.replacement = replacement
        self.close()
        return replacement

    def about(self) -> None:
        """Help → About: version, database, and the licences of what the app bundles."""
        from indie_desktop.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.workspace.description, self)
        dialog.exec()
        dialog.deleteLater()

    def open_settings(self) -> None:
        from indie_desktop.ui.settings_dialog import open_settings

        open_settings(self)

    def show_guide(self) -> QWidget:
        """Hilfe → Kurzanleitung (F1): everyday tasks and this window's shortcuts, beside it."""
        from indie_desktop.ui.help.guide import HelpDialog

        guide = HelpDialog(self.actions(), self)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.show()
        return guide

    def backup_now(self) -> None:
        """File → Back up now: a copy of the local file in the backup folder, in the
        background; the status bar names the copy."""
        from indie_desktop.store.backup import MANUAL

        def done(path: object) -> None:
            name = path.name if isinstance(path, Path) else ""
            self.statusBar().showMessage(self.tr("Backup saved: {file}").format(file=name), 10000)

        self.statusBar().showMessage(self.tr("Backing up…"))
        self.runner.run(lambda: self.workspace.db.take_backup(MANUAL), on_success=done)

    def restore_backup(self) -> None:
        """File → Restore backup…: choose, preview, restore; the window reopens on it."""
        from indie_desktop.ui.backup_dialogs import restore_in_window

        restore_in_window(self)

    # --- window state ------------------------------------------------------------------------

    def _restore_state(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.get("main_window_geometry")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        state = self.settings.get("main_window_state")
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))

    def save_state(self) -> None:
        if self.settings is None:
            return
        self.settings.set("main_window_geometry", _b64(self.saveGeometry()))
        self.settings.set("main_window_state", _b64(self.saveState()))
        try:
            self.settings.save()
        except OSError as exc:  # a read-only settings folder must not stop the user quitting
            log.warning("window state not saved: %s", exc)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.live.stop()
        self.save_state()
        super().closeEvent(event)


def _b64(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")
