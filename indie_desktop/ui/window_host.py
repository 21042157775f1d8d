"""What dialogs and commands may use of the main window.

The main window builds the print commands and calls the backup dialogs; they in turn need its
workspace, runner, lists and status bar. They see it as this base class, so that they do not
import `main_window` (which imports them): arrows point one way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
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


# The lists of the main window, in menu order (RecordListView.key of each).
ORGANISATIONS = "organisations"
PEOPLE = "people"
PROJECTS = "projects"
EVENTS = "events"
ACTIVITIES = "activities"
TASKS = "tasks"
NEEDS = "needs"
REFERRALS = "referrals"
LIST_KEYS = (ORGANISATIONS, PEOPLE, PROJECTS, ACTIVITIES, NEEDS, REFERRALS, TASKS, EVENTS)


class ListViews(Mapping[str, "RecordListView"]):
    """The window's lists by key, in menu order. A list is built when first asked for: at start
    only the one shown exists (the others' modules, dialogs and panels cost start-up time).

    Iterating gives every key; `built()` the lists that exist, for work that concerns only
    those (reloading, refreshing)."""

    def __init__(self, build: Callable[[str], RecordListView]) -> None:
        self._build = build
        self._views: dict[str, RecordListView] = {}

    def __getitem__(self, key: str) -> RecordListView:
        view = self._views.get(key)
        if view is None:
            if key not in LIST_KEYS:
                raise KeyError(key)
            view = self._views[key] = self._build(key)
        return view

    def __iter__(self) -> Iterator[str]:
        return iter(LIST_KEYS)

    def __len__(self) -> int:
        return len(LIST_KEYS)

    def built(self) -> list[RecordListView]:
        return [self._views[k] for k in LIST_KEYS if k in self._views]

    def is_built(self, key: str) -> bool:
        return key in self._views


class WindowHost(QMainWindow):
    """The main window as its commands and dialogs know it (MainWindow is the one subclass)."""

    workspace: Workspace
    settings: Settings | None
    runner: Runner
    views: ListViews
    stack: QStackedWidget
    live: LiveRefresh

    def current_view(self) -> RecordListView:
        raise NotImplementedError

    def replace_with(self, db: Database, actor: Actor) -> WindowHost:
        """Open `db` as `actor` in a new window built as at start, then close this one."""
        raise NotImplementedError
