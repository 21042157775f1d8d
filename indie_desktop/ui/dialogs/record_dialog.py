"""What every record edit dialog does: load, fill, collect, save, show errors, guard input.

A subclass sets up its Designer form and says how a draft maps onto the widgets; this base
class owns the rest. Conventions the forms follow (forms/*.ui):

- the tab widget is called ``tabs`` and the button box ``button_box`` (Save, Cancel);
- under each validated field sits a hidden label ``<field>_error`` where ``<field>`` is the
  key the service uses in ``ValidationError.errors`` ('postcode', 'vat_id', ...);
- ``general_error`` above the buttons takes messages that belong to no single field.

Nothing typed is ever lost: a failed save (invalid input, a concurrent change, a deleted
record, an unexpected exception) leaves the dialog open with everything as the user left it.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from indie_desktop.domain.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from indie_desktop.services.draft_merge import MergeConflict
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui import labels
from indie_desktop.ui.dialogs.conflict_dialog import ConflictDialog, describe_value
from indie_desktop.ui.errors import translate_error
from indie_desktop.ui.theme import error_color
from indie_desktop.ui.widgets.tab_order import apply_tab_order
from indie_desktop.ui.window_sizes import fit_window

D = TypeVar("D")
E = TypeVar("E", bound=StrEnum)


# --- combo boxes holding values -----------------------------------------------------------------


def fill_combo(combo: QComboBox, items: Iterable[tuple[object, str]]) -> None:
    """Replace the entries: (value kept as item data, text shown)."""
    combo.clear()
    for value, text in items:
        combo.addItem(text, value)


def enum_items(enum: type[E], empty: str | None = None) -> list[tuple[object, str]]:
    """An enum's members with their labels; `empty` adds a first entry meaning 'not set'."""
    items: list[tuple[object, str]] = [] if empty is None else [(None, empty)]
    items.extend(labels.choices(enum))
    return items


def select_value(combo: QComboBox, value: object, text: str | None = None) -> None:
    """Select the entry holding value; unknown values are added (shown as text) not lost."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return
    if value is None or value == "":
        combo.setCurrentIndex(0 if combo.count() else -1)
        return
    combo.addItem(text if text is not None else str(value), value)
    combo.setCurrentIndex(combo.count() - 1)


def enum_value(combo: QComboBox, enum: type[E]) -> E | None:
    """The selected member (Qt hands back a StrEnum as plain str), None for 'not set'."""
    data = combo.currentData()
    return None if data is None or data == "" else enum(data)


def uuid_value(combo: QComboBox) -> uuid.UUID | None:
    data = combo.currentData()
    return data if isinstance(data, uuid.UUID) else None


class RecordDialog(QDialog, Generic[D]):
    """Base of the dialogs that create or edit one record through a workspace service.

    `record_id` None creates a new record. After `exec()` returned Accepted, `saved_id`
    holds the id of the saved record. Raises NotFound if the record to edit does not exist.
    """

    def __init__(
        self, workspace: Workspace, record_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.record_id = record_id
        self.saved_id: uuid.UUID | None = None
        self._version: int | None = None
        self._base: D | None = None  # the draft as loaded: base of a three-way merge on save
        self._setup_form()
        # the form's size, within the screen; the size the user gave it last time
        fit_window(self, self.width(), self.height(), type(self).__name__)
        self._error_labels: dict[str, QLabel] = {}
        for label in self.findChildren(QLabel):
            if label.objectName().endswith("_error"):
                label.hide()
                label.clear()
                self._error_labels[label.objectName().removesuffix("_error")] = label
        buttons = self.findChild(QDialogButtonBox, "button_box")
        assert buttons is not None, "every record form has a button_box"
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # Keyboard first: Alt+S (the platform's "Save" text has no accelerator), Ctrl+S as in
        # any editor, Return on a line edit (default button), Esc cancels.
        self.save_button.setText(self.tr("&Save"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)
        if record_id is None:
            draft = self._new_draft()
            self.setWindowTitle(self._title_new())
        else:
            self._version, draft, name = self._load(record_id)
            self._base = copy.deepcopy(draft)
            self.setWindowTitle(self._title_edit(name))
        self._fill(draft)
        self._pristine = self._collect()
        self._align_label_columns()
        apply_tab_order(self.tab_order())
        tabs = self.findChild(QTabWidget, "tabs")
        if tabs is not None:
            tabs.setCurrentIndex(0)

    def _align_label_columns(self) -> None:
        """Fields start at the same place on every tab, so switching tabs does not jump."""
        labels: list[QWidget] = []
        for form in self.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    labels.append(widget)
        if labels:
            width = max(label.sizeHint().width() for label in labels)
            for label in labels:
                label.setMinimumWidth(width)

    # --- what a subclass provides -------------------------------------------------------------

    def _setup_form(self) -> None:
        """Build the Designer form on self, fill the combo boxes, connect field behaviour."""
        raise NotImplementedError

    def _new_draft(self) -> D:
        raise NotImplementedError

    def _load(self, record_id: uuid.UUID) -> tuple[int, D, str]:
        """(version, draft, display name) of the stored record."""
        raise NotImplementedError

    def _fill(self, draft: D) -> None:
        raise NotImplementedError

    def _collect(self) -> D:
        """The draft as the widgets hold it now; must not change any widget."""
        raise NotImplementedError

    def _create(self, draft: D) -> uuid.UUID:
        raise NotImplementedError

    def _update(
        self, record_id: uuid.UUID, draft: D, expected_version: int | None, base: D | None
    ) -> int:
        """Save through the service; `base` is the draft the form loaded (for merging)."""
        raise NotImplementedError

    def _field_widgets(self) -> dict[str, QWidget]:
        """Error key -> the widget to focus when that field is wrong."""
        raise NotImplementedError

    def _title_new(self) -> str:
        raise NotImplementedError

    def _title_edit(self, name: str) -> str:
        raise NotImplementedError

    def tab_order(self) -> list[QWidget]:
        """The fields in the order Tab visits them, then Save and Cancel (declared by each form;
        a test walks every dialog with Tab against it)."""
        raise NotImplementedError

    def _save_cancel(self) -> list[QWidget]:
        return [self.save_button, self.cancel_button]

    def _commit_pending_edits(self) -> None:
        """Finish edits still open inside the form (a table cell editor); default: none."""

    def _show_error(self, key: str, message: str) -> QWidget | None:
        """Show one message next to its field; returns the widget to focus, None if no place."""
        label = self._error_labels.get(key)
        if label is None:
            return None
        text, detail = translate_error(message)
        label.setText(text)
        label.setToolTip(detail)
        label.show()
        return self._field_widgets().get(key, label)

    def _clear_field_errors(self) -> None:
        """Remove marks a subclass set in _show_error beyond the error labels."""

    # --- behaviour ------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        self._commit_pending_edits()
        return self._collect() != self._pristine

    def accept(self) -> None:
        """Save through the service; on any failure stay open with the input untouched."""
        self._commit_pending_edits()
        draft = self._collect()
        if self._save(draft):
            self._pristine = draft
            super().accept()

    def reject(self) -> None:
        """Cancel, Esc and the window's close button: ask before discarding changes."""
        if not self.has_unsaved_changes():
            super().reject()
            return
        answer = self._ask_to_save()
        if answer == QMessageBox.StandardButton.Discard:
            super().reject()
        elif answer == QMessageBox.StandardButton.Save:
            self.accept()

    def _ask_to_save(self) -> QMessageBox.StandardButton:
        """Save, discard or go back: each answer with its own Alt key (Qt's standard buttons
        have none in German)."""
        button = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("You have changed this record. Save the changes before closing?"),
            button.Save | button.Discard | button.Cancel,
            self,
        )
        box.button(button.Save).setText(self.tr("&Save"))
        box.button(button.Discard).setText(self.tr("&Discard"))
        box.button(button.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(button.Cancel)
        box.setEscapeButton(button.Cancel)
        try:
            return button(box.exec())
        finally:
            box.deleteLater()

    def _save(self, draft: D, *, overwrite: bool = False) -> bool:
        self._clear_errors()
        try:
            if self.record_id is None:
                self.record_id = self._create(draft)
            else:
                if overwrite:
                    self._version, self._base, _ = self._load(self.record_id)
                self._version = self._update(self.record_id, draft, self._version, self._base)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except MergeConflict as exc:
            return self._merge_conflict(exc)
        except ConflictError:
            return self._conflict(draft)
        except NotFound:
            self._warn(
                self.tr("Record no longer exists"),
                self.tr(
                    "This record was deleted, or you may no longer see it. Your input is "
                    "still in the form: copy what you need before you close it.",
                ),
            )
            return False
        except PermissionDenied:
            self._warn(
                self.tr("Not allowed"),
                self.tr("You may not change this record. Your input is still in the form."),
            )
            return False
        self.saved_id = self.record_id
        return True

    def _merge_conflict(self, conflict: MergeConflict) -> bool:
        """Both changed some fields: the user picks per field, then the save is tried again
        on top of what is stored now (which may conflict again if somebody saved once more)."""
        dialog = ConflictDialog(conflict, self._field_label, self._describe_value, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            resolved = dialog.resolved()
        finally:
            dialog.deleteLater()
        self._version = conflict.current_version
        self._base = copy.deepcopy(conflict.theirs)
        self._fill(resolved)
        return self._save(resolved)

    def _field_label(self, field: str) -> str:
        """The form's label of a draft field (its buddy label), without accelerator and colon."""
        widget = self._field_widgets().get(field)
        for label in self.findChildren(QLabel):
            if widget is not None and label.buddy() is widget:
                return label.text().replace("&", "").rstrip(":")
        return field

    def _describe_value(self, _field: str, value: object) -> str:
        return describe_value(value)

    def _conflict(self, draft: D) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Changed by somebody else"),
            self.tr(
                "Somebody else saved this record after you opened it. Your input is still "
                "in the form.\n\nSave anyway and overwrite the other changes with yours? "
                "Choose Cancel to keep editing; to see the other changes, copy your input "
                "and open the record again.",
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self._save(draft, overwrite=True)
        return False

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _clear_errors(self) -> None:
        for label in self._error_labels.values():
            label.clear()
            label.setToolTip("")
            label.hide()
        self._clear_field_errors()
        tabs = self.findChild(QTabWidget, "tabs")
        if tabs is not None:
            for index in range(tabs.count()):
                tabs.tabBar().setTabTextColor(index, QColor())  # invalid: the style's colour

    def _show_errors(self, errors: dict[str, str]) -> None:
        """Each message next to its field, tabs with errors marked, first bad field focused."""
        bad: list[QWidget] = []
        elsewhere: list[str] = []
        for key, message in errors.items():
            widget = self._show_error(key, message)
            if widget is None:
                elsewhere.append(translate_error(message)[0])
            else:
                bad.append(widget)
        general = self._error_labels.get("general")
        if elsewhere and general is not None:
            general.setText("\n".join(elsewhere))
            general.show()
        tabs = self.findChild(QTabWidget, "tabs")
        if tabs is not None:
            for widget in bad:
                page = self._tab_page(widget)
                if page is not None:
                    tabs.tabBar().setTabTextColor(tabs.indexOf(page), error_color())
        if bad:
            first = min(bad, key=self._focus_position())
            page = self._tab_page(first)
            if tabs is not None and page is not None:
                tabs.setCurrentWidget(page)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tab_page(self, widget: QWidget) -> QWidget | None:
        """The page of the tab widget `tabs` that contains widget, if any."""
        child: QWidget = widget
        parent = widget.parentWidget()
        while parent is not None and parent is not self:
            if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
                return child
            child, parent = parent, parent.parentWidget()
        return None

    def _focus_position(self) -> Callable[[QWidget], int]:
        """Key function: a widget's place in the tab order, so 'first' means first for the user."""
        chain: list[QWidget] = []  # holds the wrappers, so identity comparisons stay valid
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self and widget not in chain:
            chain.append(widget)
            widget = widget.nextInFocusChain()

        def position_of(w: QWidget) -> int:
            target = w.focusProxy() or w
            for position, candidate in enumerate(chain):
                if candidate is target:
                    return position
            return len(chain)

        return position_of
