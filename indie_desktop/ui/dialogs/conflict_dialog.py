"""Somebody saved the same fields meanwhile: per field, the user's value or the stored one.

Fields only one side changed are merged by the service before this dialog appears; here the
user decides only the real conflicts, seeing both values side by side. Nothing is lost either
way: Cancel returns to the form with the input untouched.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import QButtonGroup, QDialog, QLabel, QRadioButton, QWidget

from indie_desktop.services.draft_merge import MergeConflict
from indie_desktop.ui.forms.ui_conflict_dialog import Ui_ConflictDialog
from indie_desktop.ui.labels import label
from indie_desktop.ui.window_sizes import fit_window


class ConflictDialog(QDialog):
    """One row per conflicting field: field name, 'your value' and 'stored value' choices."""

    def __init__(
        self,
        conflict: MergeConflict,
        field_label: Callable[[str], str],
        show_value: Callable[[str, Any], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        fit_window(self, self.width(), self.height(), "merge_conflict")
        self.conflict = conflict
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.mine_buttons: dict[str, QRadioButton] = {}
        self.theirs_buttons: dict[str, QRadioButton] = {}
        grid = self.ui.fields_grid
        for row, c in enumerate(conflict.conflicts, start=1):
            name = QLabel(field_label(c.field))
            mine = QRadioButton(show_value(c.field, c.mine))
            theirs = QRadioButton(show_value(c.field, c.theirs))
            mine.setObjectName(f"mine_{c.field}")
            theirs.setObjectName(f"theirs_{c.field}")
            mine.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(mine)
            group.addButton(theirs)
            grid.addWidget(name, row, 0)
            grid.addWidget(mine, row, 1)
            grid.addWidget(theirs, row, 2)
            self.mine_buttons[c.field] = mine
            self.theirs_buttons[c.field] = theirs
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(conflict.conflicts) + 1, 1)
        if conflict.conflicts:
            self.mine_buttons[conflict.conflicts[0].field].setFocus()

    def choose_theirs(self, field: str) -> None:
        self.theirs_buttons[field].setChecked(True)

    def resolved(self) -> Any:
        """The merged draft with each conflicting field set as chosen."""
        draft = copy.deepcopy(self.conflict.merged)
        for c in self.conflict.conflicts:
            chosen = c.mine if self.mine_buttons[c.field].isChecked() else c.theirs
            setattr(draft, c.field, copy.deepcopy(chosen))
        return draft


def describe_value(value: Any, names: dict[uuid.UUID, str] | None = None) -> str:
    """A draft value as the user reads it."""
    from PySide6.QtCore import QCoreApplication

    if value is None or value == "":
        return QCoreApplication.translate("ConflictDialog", "(empty)")
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("ConflictDialog", "Yes")
        return QCoreApplication.translate("ConflictDialog", "No")
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, uuid.UUID):
        return (names or {}).get(value, str(value))
    if isinstance(value, list):
        parts = [str(getattr(v, "organisation_name", "") or v) for v in value]
        return "; ".join(parts) or QCoreApplication.translate("ConflictDialog", "(empty)")
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "…"
