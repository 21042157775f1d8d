"""Merging two records side by side: per field, a radio button picks the value to keep."""

from __future__ import annotations

import typing
import uuid
from enum import StrEnum
from types import UnionType

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.services.contacts.people import PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.importing.target_labels import target_label
from indie_desktop.ui.labels import label as enum_label
from indie_desktop.ui.window_sizes import fit_window


def _enum_of(kind: str, field: str) -> type[StrEnum] | None:
    """The closed value list a draft field holds (kind, status, salutation ...), if any."""
    draft = OrganisationDraft if kind == "organisation" else PersonDraft
    hint = typing.get_type_hints(draft).get(field)
    options = typing.get_args(hint) if isinstance(hint, UnionType) else (hint,)
    for option in options:
        if isinstance(option, type) and issubclass(option, StrEnum):
            return option
    return None


def shown_value(kind: str, field: str, stored: str) -> str:
    """A stored value as the user reads it: an enum's label ('company' -> 'Unternehmen')."""
    enum = _enum_of(kind, field)
    if enum is None or not stored:
        return stored
    try:
        return enum_label(enum(stored))
    except ValueError:
        return stored


class MergeDialog(QDialog):
    """Keep the first record; for each differing field choose whose value survives."""

    def __init__(
        self,
        workspace: Workspace,
        kind: str,
        survivor_id: uuid.UUID,
        loser_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.kind = kind
        self.survivor_id = survivor_id
        self.loser_id = loser_id
        self.merge_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Merge duplicates"))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Field</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Kept record</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Duplicate (will be removed)</b>")), 0, 2)
        self.choices: dict[str, QRadioButton] = {}
        row = 1
        for choice in workspace.merging.compare(kind, survivor_id, loser_id):
            if choice.survivor == choice.loser or not choice.loser:
                continue
            group = QButtonGroup(self)
            keep = QRadioButton(
                shown_value(kind, choice.field, choice.survivor) or self.tr("(empty)")
            )
            take = QRadioButton(shown_value(kind, choice.field, choice.loser))
            keep.setAccessibleName(choice.field)
            take.setObjectName(f"take_{choice.field}")
            group.addButton(keep)
            group.addButton(take)
            (take if not choice.survivor else keep).setChecked(True)
            label = target_label(f"{kind}.{choice.field}").partition(": ")[2]
            grid.addWidget(QLabel(label or choice.field.replace("_", " ")), row, 0)
            grid.addWidget(keep, row, 1)
            grid.addWidget(take, row, 2)
            self.choices[choice.field] = take
            row += 1
        if not self.choices:
            grid.addWidget(
                QLabel(self.tr("The duplicate holds nothing the kept record lacks.")), row, 0, 1, 3
            )
        grid.setRowStretch(row + 1, 1)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        note = QLabel(
            self.tr(
                "Everything linked to the duplicate (people, visits, needs, referrals, tasks, "
                "tags, attachments, projects) moves to the kept record. The merge can be undone."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        fit_window(self, 760, 520, "merge")

    def accept(self) -> None:
        taken = [name for name, button in self.choices.items() if button.isChecked()]
        self.merge_id = self.workspace.merging.merge(
            self.kind, self.survivor_id, self.loser_id, taken
        )
        super().accept()
