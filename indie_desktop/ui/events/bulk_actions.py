"""Many records at once in the organisations and people lists: select the whole filtered list
(not only the loaded page), then tag or untag, assign a Betreuer/in or change the status
(organisations: people have neither), or add them to an event. Each runs with progress and
cancel, is audited, and the last one can be undone as one step."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox

from indie_desktop.domain.enums import OrganisationStatus, ParticipantStatus
from indie_desktop.domain.errors import ServiceError
from indie_desktop.domain.formatting import format_number
from indie_desktop.ui.errors import show_error
from indie_desktop.ui.labels import label
from indie_desktop.ui.tasks import Runner, SynchronousRunner
from indie_desktop.ui.views.record_list_view import RecordListView

if TYPE_CHECKING:
    from indie_desktop.services.directory.bulk import BulkChange

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class BulkActions(QObject):
    """The bulk commands of one list (`organisations` or `people`)."""

    def __init__(self, view: RecordListView, organisations: bool) -> None:
        super().__init__(view)
        self.view = view
        self.organisations = organisations
        self.runner: Runner = SynchronousRunner(view)
        self.whole_list = False  # "select all": the whole filtered result, not the page
        self._selecting = False
        self.last_change: BulkChange | None = None
        self.last_dialog: Any = None
        self.select_all_action = QAction(self.tr("Select the &whole list"), view)
        self.select_all_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.select_all_action.triggered.connect(self.select_whole_list)
        view.addAction(self.select_all_action)
        self.add_to_event_action = QAction(self.tr("Add to &event…"), view)
        self.add_to_event_action.triggered.connect(lambda: self.add_to_event())
        self.actions_list = [self.select_all_action, self.add_to_event_action]
        # Tags for organisations and people; Betreuer/in and status are the organisations'.
        self.tag_action = QAction(self.tr("&Tag…"), view)
        self.tag_action.triggered.connect(lambda: self.tag())
        self.untag_action = QAction(self.tr("Remove ta&g…"), view)
        self.untag_action.triggered.connect(lambda: self.tag(remove=True))
        self.undo_action = QAction(self.tr("&Undo the last change to many"), view)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo)
        self.actions_list += [self.tag_action, self.untag_action]
        if organisations:
            self.staff_action = QAction(self.tr("Assign &Betreuer/in…"), view)
            self.staff_action.triggered.connect(lambda: self.assign_staff())
            self.status_action = QAction(self.tr("Change stat&us…"), view)
            self.status_action.triggered.connect(lambda: self.change_status())
            self.actions_list += [self.staff_action, self.status_action]
        self.actions_list.append(self.undo_action)
        view.table.selectionModel().selectionChanged.connect(self._selection_changed)

    # -- choosing -----------------------------------------------------------------------------
    def select_whole_list(self) -> None:
        self._selecting = True
        self.view.table.selectAll()
        self._selecting = False
        self.whole_list = True
        total = self.view.model.total
        self.view.count_label.setText(
            self.tr("All %1 of the filtered list selected").replace("%1", format_number(total))
        )

    def _selection_changed(self, *_args: object) -> None:
        if not self._selecting:
            self.whole_list = False

    def chosen(self) -> list[uuid.UUID]:
        if self.whole_list:
            service: Any = self.view.service
            return list(service.ids(self.view.model.query))
        ids = self.view.selected_ids()
        if not ids and self.view._shown_id is not None:
            ids = [self.view._shown_id]
        return ids

    # -- running ------------------------------------------------------------------------------
    def _run(self, title: str, work: Work, done: Callable[[Any], None]) -> None:
        from indie_desktop.ui.printing.job import PrintJobDialog  # not at start

        job = PrintJobDialog(self.runner, title, work, self.tr("Record %1 of %2"), self.view)
        job.finished_with.connect(done)
        self.last_dialog = job
        job.start()

    def _changed(self, change: BulkChange) -> None:
        self.last_change = change
        self.undo_action.setEnabled(True)
        self.view.reload()
        self.view.records_changed.emit()
        self.view.count_label.setText(
            self.tr("%1 record(s) changed; undo with “Undo the last change to many”.").replace(
                "%1", format_number(change.changed)
            )
        )

    def tag(self, text: str | None = None, *, remove: bool = False) -> None:
        ids = self.chosen()
        if not ids:
            return
        if text is None:
            prompt = (
                self.tr("Tag for %1 organisation(s):")
                if self.organisations
                else self.tr("Tag for %1 person(s):")
            )
            text, ok = QInputDialog.getText(
                self.view,
                self.tr("Remove tag") if remove else self.tr("Tag"),
                prompt.replace("%1", format_number(len(ids))),
            )
            if not ok:
                return
        tag = text
        bulk: Any = self.view.workspace.bulk if self.organisations else self.people_tags()
        call = bulk.untag if remove else bulk.tag
        self._run(
            self.tr("Tag"),
            lambda progress, cancelled: call(ids, tag, progress=progress, cancelled=cancelled),
            self._changed,
        )

    def assign_staff(self, staff_id: uuid.UUID | None = None) -> None:
        ids = self.chosen()
        if not ids:
            return
        if staff_id is None:
            choices = self.view.workspace.directory.staff_choices()
            names = [f"{c.name} ({c.institution})" for c in choices]
            name, ok = QInputDialog.getItem(
                self.view, self.tr("Assign Betreuer/in"), self.tr("Betreuer/in:"), names, 0, False
            )
            if not ok:
                return
            staff_id = choices[names.index(name)].id
        chosen = staff_id
        self._run(
            self.tr("Assign Betreuer/in"),
            lambda progress, cancelled: self.view.workspace.bulk.assign_staff(
                ids, chosen, progress=progress, cancelled=cancelled
            ),
            self._changed,
        )

    def change_status(self, status: OrganisationStatus | None = None) -> None:
        ids = self.chosen()
        if not ids:
            return
        if status is None:
            statuses = list(OrganisationStatus)
            names = [label(s) for s in statuses]
            name, ok = QInputDialog.getItem(
                self.view, self.tr("Change status"), self.tr("Status:"), names, 0, False
            )
            if not ok:
                return
            status = statuses[names.index(name)]
        chosen = status
        self._run(
            self.tr("Change status"),
            lambda progress, cancelled: self.view.workspace.bulk.set_status(
                ids, chosen, progress=progress, cancelled=cancelled
            ),
            self._changed,
        )

    def people_tags(self) -> Any:
        return self.view.workspace.people_tags

    def undo(self) -> None:
        change = self.last_change
        if change is None:
            return
        bulk: Any = self.view.workspace.bulk if self.organisations else self.people_tags()
        self._run(
            self.tr("Undo"),
            lambda progress, cancelled: bulk.undo(change, progress=progress, cancelled=cancelled),
            self._undone,
        )

    def _undone(self, change: BulkChange) -> None:
        self.last_change = None
        self.undo_action.setEnabled(False)
        self.view.reload()
        self.view.records_changed.emit()
        self.view.count_label.setText(
            self.tr("Undone: %1 record(s) as before.").replace("%1", format_number(change.changed))
        )

    def add_to_event(self, event_id: uuid.UUID | None = None) -> None:
        ids = self.chosen()
        if not ids:
            return
        ws = self.view.workspace
        if event_id is None:
            events = ws.events.all()
            if not events:
                QMessageBox.information(
                    self.view, self.tr("Add to event"), self.tr("There is no event yet.")
                )
                return
            names = [f"{e.name} ({label(e.kind)})" for e in events]
            name, ok = QInputDialog.getItem(
                self.view, self.tr("Add to event"), self.tr("Event:"), names, 0, False
            )
            if not ok:
                return
            event_id = events[names.index(name)].id
        chosen = event_id
        people = [] if self.organisations else ids
        orgs = ids if self.organisations else []

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return ws.participants.add(
                chosen,
                people,
                orgs,
                status=ParticipantStatus.INVITED,
                progress=progress,
                cancelled=cancelled,
            )

        def done(result: Any) -> None:
            self.view.records_changed.emit()
            self.view.count_label.setText(
                self.tr("%1 added to the event, %2 were taking part already.")
                .replace("%1", format_number(result.added))
                .replace("%2", format_number(result.already))
            )

        try:
            self._run(self.tr("Add to event"), work, done)
        except ServiceError as exc:
            show_error(self.view, self.tr("Add to event"), exc)
