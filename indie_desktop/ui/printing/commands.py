"""File → Print: the print commands of the main window and of the lists' context menus.

One action per document; each acts on the list shown (its selection, or its whole filter):
contact sheets of the selected organisations (Ctrl+P there), a person's sheet, the referral
letter of the selected referral, mail merge and labels from the people or organisations list,
an attendance list for a project or an event. The main window only creates this object and
puts its menu into File; what is enabled follows the list shown.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from indie_desktop.domain.errors import ServiceError
from indie_desktop.domain.validation import name_with_legal_form
from indie_desktop.resources import resource_path
from indie_desktop.ui.errors import show_error
from indie_desktop.ui.views.record_list_view import RecordListView
from indie_desktop.ui.window_host import (
    ACTIVITIES,
    ORGANISATIONS,
    PEOPLE,
    PROJECTS,
    REFERRALS,
    WindowHost,
)

if TYPE_CHECKING:
    from indie_desktop.ui.printing.preview import PrintPreviewDialog
    from indie_desktop.ui.views.referrals_view import ReferralsView

log = logging.getLogger(__name__)


class PrintCommands(QObject):
    """The print actions; `menu` goes into File, the lists get theirs in the context menu."""

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.last_dialog: QWidget | None = None  # the dialog opened last (tests look at it)

        self.print_action = self._action(
            self.tr("Print &selection…"), self.print_current, QKeySequence.StandardKey.Print
        )
        self.print_action.setIcon(QIcon(str(resource_path("icons", "print.svg"))))
        self.print_action.setIconText(self.tr("Print"))
        self.print_action.setToolTip(
            self.tr(
                "Print what is selected: contact sheet, referral letter, attendance list (Ctrl+P)"
            )
        )
        self.contact_sheet_action = self._action(
            self.tr("&Contact sheet"), self.print_contact_sheets
        )
        self.contact_sheet_action.setToolTip(
            self.tr("Contact sheets of the selected organisations, as one document")
        )
        self.person_sheet_action = self._action(self.tr("&Person sheet"), self.print_person_sheets)
        self.referral_letter_action = self._action(
            self.tr("&Referral letter…"), self.print_referral_letter
        )
        self.mail_merge_action = self._action(self.tr("&Mail merge…"), self.mail_merge)
        self.mail_merge_action.setToolTip(
            self.tr("One letter to each person of the list as filtered now")
        )
        self.labels_action = self._action(self.tr("Address &labels…"), self.labels)
        self.attendance_action = self._action(
            self.tr("&Attendance list"), self.print_attendance_list
        )
        self.letterhead_action = self._action(self.tr("&Letterhead…"), self.edit_letterhead)
        self.letterhead_action.setToolTip(self.tr("The letterhead of your institution"))

        self.menu = QMenu(self.tr("P&rint"), window)
        for action in (
            self.print_action,
            None,
            self.contact_sheet_action,
            self.person_sheet_action,
            self.referral_letter_action,
            self.attendance_action,
            None,
            self.mail_merge_action,
            self.labels_action,
            None,
            self.letterhead_action,
        ):
            if action is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(action)
        self.menu.aboutToShow.connect(self.update_actions)

        for view in window.views.built():
            self.wire(view)
        window.stack.currentChanged.connect(lambda _i: self.update_actions())
        self.update_actions()

    def wire(self, view: RecordListView) -> None:
        """Give a list its print actions (the main window calls this as it builds a list)."""
        view.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        if view.key == ORGANISATIONS:
            view.print_actions += [
                self.contact_sheet_action,
                self.mail_merge_action,
                self.labels_action,
            ]
        elif view.key == PEOPLE:
            view.print_actions += [
                self.person_sheet_action,
                self.mail_merge_action,
                self.labels_action,
            ]
        elif view.key == REFERRALS:
            view.print_actions.append(self.referral_letter_action)
            referrals = cast("ReferralsView", view)
            referrals.letter_requested.connect(lambda: self.referral_letter_action.trigger())
        elif view.key in (PROJECTS, ACTIVITIES):
            view.print_actions.append(self.attendance_action)

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.window.addAction(action)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # --- what is shown -----------------------------------------------------------------------

    def view(self) -> RecordListView:
        return self.window.current_view()

    @staticmethod
    def chosen_ids(view: RecordListView) -> list[uuid.UUID]:
        """The selected records; without a selection the one shown in the detail pane."""
        ids = view.selected_ids()
        if not ids and view._shown_id is not None:
            ids = [view._shown_id]
        return ids

    def update_actions(self) -> None:
        view = self.view()
        has = bool(self.chosen_ids(view))
        lists = view.key in (ORGANISATIONS, PEOPLE)
        self.contact_sheet_action.setEnabled(view.key == ORGANISATIONS and has)
        self.person_sheet_action.setEnabled(view.key == PEOPLE and has)
        self.referral_letter_action.setEnabled(view.key == REFERRALS and has)
        self.attendance_action.setEnabled(view.key in (PROJECTS, ACTIVITIES) and has)
        self.mail_merge_action.setEnabled(lists and view.model.total > 0)
        self.labels_action.setEnabled(lists and view.model.total > 0)
        self.print_action.setEnabled(
            any(
                a.isEnabled()
                for a in (
                    self.contact_sheet_action,
                    self.person_sheet_action,
                    self.referral_letter_action,
                    self.attendance_action,
                )
            )
        )

    def print_current(self) -> None:
        """Ctrl+P: the document that belongs to the list shown."""
        self.update_actions()
        for action in (
            self.contact_sheet_action,
            self.person_sheet_action,
            self.referral_letter_action,
            self.attendance_action,
        ):
            if action.isEnabled():
                action.trigger()
                return

    # --- documents ---------------------------------------------------------------------------

    def _names(self, view: RecordListView, ids: list[uuid.UUID]) -> list[str]:
        """The records' names as documents are titled: organisations with their legal form."""
        names = []
        for record_id in ids:
            if view.key == ORGANISATIONS:
                try:
                    draft = self.workspace.organisations.detail(record_id).draft
                except ServiceError:
                    continue
                names.append(name_with_legal_form(draft.name, draft.legal_form))
                continue
            if view.key == PEOPLE:
                try:
                    names.append(self.workspace.people.detail(record_id).display_name)
                except ServiceError:
                    pass
                continue
            row = view.model.row_of(record_id)
            if row is not None:
                names.append(view.describe(view.model.row_at(row)))
        return names

    def _title(self, kind: str, several: str, view: RecordListView, ids: list[uuid.UUID]) -> str:
        if len(ids) == 1:
            names = self._names(view, ids)
            if names:
                return f"{kind} {names[0]}"
        return several.replace("%1", str(len(ids)))

    def print_contact_sheets(self) -> PrintPreviewDialog | None:
        view = self.view()
        ids = self.chosen_ids(view)
        if view.key != ORGANISATIONS or not ids:
            return None
        title = self._title(self.tr("Contact sheet"), self.tr("Contact sheets (%1)"), view, ids)
        return self._preview(lambda: self.workspace.printing.contact_sheets(ids), title)

    def print_person_sheets(self) -> PrintPreviewDialog | None:
        view = self.view()
        ids = self.chosen_ids(view)
        if view.key != PEOPLE or not ids:
            return None
        title = self._title(self.tr("Contact sheet"), self.tr("Contact sheets (%1)"), view, ids)
        return self._preview(lambda: self.workspace.printing.person_sheets(ids), title)

    def print_attendance_list(self) -> PrintPreviewDialog | None:
        view = self.view()
        ids = self.chosen_ids(view)
        if not ids:
            return None
        names = self._names(view, ids[:1])
        title = self.tr("Attendance list %1").replace("%1", names[0] if names else "").strip()
        if view.key == PROJECTS:
            return self._preview(
                lambda: self.workspace.printing.attendance_list(project_id=ids[0]), title
            )
        if view.key == ACTIVITIES:
            return self._preview(
                lambda: self.workspace.printing.attendance_list(activity_id=ids[0]), title
            )
        return None

    def print_referral_letter(self) -> QWidget | None:
        from indie_desktop.ui.printing.referral_letter import ReferralLetterDialog

        view = self.view()
        ids = self.chosen_ids(view)
        if not view.key == REFERRALS or not ids:
            return None
        try:
            dialog = ReferralLetterDialog(self.workspace, ids[0], self.window)
        except ServiceError as exc:
            show_error(self.window, self.tr("Referral letter"), exc)
            return None
        dialog.letter_recorded.connect(lambda _rid: view.reload())
        dialog.letter_recorded.connect(
            lambda _rid: self.window.statusBar().showMessage(
                self.tr("The letter is recorded on the referral."), 8000
            )
        )
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def mail_merge(self) -> QWidget | None:
        from indie_desktop.ui.printing.mail_merge import MailMergeDialog, RecipientSource

        view = self.view()
        if view.key not in (ORGANISATIONS, PEOPLE):
            return None
        dialog = MailMergeDialog(
            self.workspace, self.window.runner, RecipientSource.of(view), self.window
        )
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def labels(self) -> QWidget | None:
        from indie_desktop.ui.printing.labels_dialog import LabelsDialog
        from indie_desktop.ui.printing.mail_merge import RecipientSource

        view = self.view()
        if view.key not in (ORGANISATIONS, PEOPLE):
            return None
        dialog = LabelsDialog(
            self.workspace, self.window.runner, RecipientSource.of(view), self.window
        )
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def edit_letterhead(self) -> QWidget | None:
        from indie_desktop.ui.printing.letterhead_dialog import LetterheadDialog

        try:
            dialog = LetterheadDialog(self.workspace, self.window)
        except ServiceError as exc:
            show_error(self.window, self.tr("Letterhead"), exc)
            return None
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _preview(self, make: Callable[[], bytes], title: str) -> PrintPreviewDialog | None:
        """Make the document (fast ones: on the spot) and open the preview."""
        try:
            pdf = make()
        except ServiceError as exc:
            log.info("print refused: %s", exc)
            show_error(self.window, self.tr("Cannot print"), exc)
            return None
        return open_preview(pdf, title, self.window, self)


def open_preview(
    pdf: bytes,
    title: str,
    parent: QWidget,
    owner: Any = None,
    word: Callable[[], bytes] | None = None,
) -> PrintPreviewDialog:
    """The preview window for `pdf`, opened (not blocking); deleted when closed. `word` makes
    the same letters as a Word document (Als Word-Dokument öffnen)."""
    from indie_desktop.ui.printing.preview import PrintPreviewDialog  # QtPdf: not at start

    dialog = PrintPreviewDialog(pdf, title, title, parent, word=word)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if owner is not None and hasattr(owner, "last_dialog"):
        owner.last_dialog = dialog
    dialog.open()
    return dialog
