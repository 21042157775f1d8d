"""Creating and editing the network's own projects and events."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from indie_desktop.domain.enums import ProjectKind, ProjectStatus, Visibility
from indie_desktop.domain.formatting import format_money
from indie_desktop.domain.validation import FieldError, parse_money_de
from indie_desktop.services.work.projects import ProjectDraft
from indie_desktop.ui.dialogs.record_dialog import (
    RecordDialog,
    enum_items,
    enum_value,
    fill_combo,
    select_value,
    uuid_value,
)
from indie_desktop.ui.forms.ui_project_dialog import Ui_ProjectDialog


def money_for_editing(amount: str) -> str:
    """A stored amount as a German user reads and types it: '1234,50' -> '1.234,50'."""
    try:
        value = parse_money_de(amount)
    except FieldError:
        return amount  # not ours to judge here; the service says what is wrong on saving
    return "" if value is None else format_money(value, currency=False)


class ProjectDialog(RecordDialog[ProjectDraft]):
    """The project form: name, kind, status, dates, lead institution, budget, description."""

    def _setup_form(self) -> None:
        self.ui = Ui_ProjectDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._lead_name: str | None = None
        fill_combo(ui.kind_combo, enum_items(ProjectKind))
        fill_combo(ui.status_combo, enum_items(ProjectStatus))
        fill_combo(ui.visibility_combo, enum_items(Visibility))
        # Only institutions that exist in this database can lead a project.
        fill_combo(
            ui.lead_combo,
            [
                (None, self.tr("none")),
                *(
                    (choice.id, choice.name)
                    for choice in self.workspace.directory.institution_choices()
                    if choice.id is not None
                ),
            ],
        )
        ui.budget_edit.editingFinished.connect(self._budget_left)

    def _new_draft(self) -> ProjectDraft:
        return ProjectDraft(lead_institution_id=self.workspace.actor.institution_id)

    def _load(self, record_id: uuid.UUID) -> tuple[int, ProjectDraft, str]:
        detail = self.workspace.projects.detail(record_id)
        self._lead_name = detail.lead_name  # shown if that institution is no longer listed
        return detail.version, detail.draft, detail.draft.name

    def tab_order(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.name_edit,
            ui.kind_combo,
            ui.status_combo,
            ui.starts_on_edit,
            ui.ends_on_edit,
            ui.lead_combo,
            ui.budget_edit,
            ui.description_edit,
            ui.visibility_combo,
            *self._save_cancel(),
        ]

    def _title_new(self) -> str:
        return self.tr("New project")

    def _title_edit(self, name: str) -> str:
        return self.tr("Edit project – %1").replace("%1", name)

    def _fill(self, draft: ProjectDraft) -> None:
        ui = self.ui
        ui.name_edit.setText(draft.name)
        select_value(ui.kind_combo, draft.kind)
        select_value(ui.status_combo, draft.status)
        ui.starts_on_edit.setText(draft.starts_on)
        ui.ends_on_edit.setText(draft.ends_on)
        select_value(ui.lead_combo, draft.lead_institution_id, self._lead_name)
        ui.budget_edit.setText(money_for_editing(draft.budget_eur))
        ui.description_edit.setPlainText(draft.description)
        select_value(ui.visibility_combo, draft.visibility)

    def _collect(self) -> ProjectDraft:
        ui = self.ui
        return ProjectDraft(
            name=ui.name_edit.text(),
            kind=enum_value(ui.kind_combo, ProjectKind) or ProjectKind.NETWORK_PROJECT,
            status=enum_value(ui.status_combo, ProjectStatus) or ProjectStatus.PLANNED,
            starts_on=ui.starts_on_edit.text(),
            ends_on=ui.ends_on_edit.text(),
            lead_institution_id=uuid_value(ui.lead_combo),
            budget_eur=ui.budget_edit.text(),
            description=ui.description_edit.toPlainText(),
            visibility=enum_value(ui.visibility_combo, Visibility) or Visibility.NETWORK,
        )

    def _create(self, draft: ProjectDraft) -> uuid.UUID:
        return self.workspace.projects.create(draft)

    def _update(
        self,
        record_id: uuid.UUID,
        draft: ProjectDraft,
        expected_version: int | None,
        base: ProjectDraft | None,
    ) -> int:
        return self.workspace.projects.update(record_id, draft, expected_version, base_draft=base)

    def _field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "name": ui.name_edit,
            "starts_on": ui.starts_on_edit,
            "ends_on": ui.ends_on_edit,
            "budget_eur": ui.budget_edit,
            "description": ui.description_edit,
        }

    def _budget_left(self) -> None:
        """'1234,5' becomes '1.234,50' when the user leaves the field; wrong input stays."""
        text = self.ui.budget_edit.text()
        tidy = money_for_editing(text)
        if tidy != text:
            self.ui.budget_edit.setText(tidy)
