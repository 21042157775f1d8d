"""Creating and editing a need (Bedarf): which organisation needs what, how urgently."""

from __future__ import annotations

import uuid
from typing import cast

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from indie_desktop.domain.enums import NeedStatus, SoughtPartner, Urgency, Visibility
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.dialogs.record_dialog import (
    RecordDialog,
    enum_items,
    enum_value,
    fill_combo,
    select_value,
)
from indie_desktop.ui.forms.ui_need_dialog import Ui_NeedDialog
from indie_desktop.ui.widgets.organisation_picker import OrganisationPicker


class NeedDialog(RecordDialog[NeedDraft]):
    """The need form; `organisation_id` preselects the organisation of a new need,
    `from_referral_id` makes it a follow-up need of that referral (the referral chain)."""

    def __init__(
        self,
        workspace: Workspace,
        record_id: uuid.UUID | None,
        parent: QWidget | None = None,
        organisation_id: uuid.UUID | None = None,
        from_referral_id: uuid.UUID | None = None,
    ) -> None:
        self._preset_organisation = organisation_id
        self._from_referral_id = from_referral_id
        self._draft_extra: NeedDraft | None = None
        super().__init__(workspace, record_id, parent)

    def _setup_form(self) -> None:
        self.ui = Ui_NeedDialog()
        self.ui.setupUi(self)
        ui = self.ui
        # The form holds a plain line edit where the organisation picker goes.
        self.organisation_picker = OrganisationPicker(self.workspace.organisations.choices, self)
        self.organisation_picker.setPlaceholderText(ui.organisation_edit.placeholderText())
        ui.main_form.replaceWidget(ui.organisation_edit, self.organisation_picker)
        ui.organisation_edit.hide()
        ui.organisation_label.setBuddy(self.organisation_picker)
        QWidget.setTabOrder(self.organisation_picker, ui.topic_edit)
        # What kind of partner the need looks for, above the sector sought (issue 24).
        self.sought_partner_combo = QComboBox(self)
        self.sought_partner_combo.setObjectName("sought_partner_combo")
        fill_combo(
            self.sought_partner_combo,
            enum_items(SoughtPartner, self.tr("As the need's words say")),
        )
        self.sought_partner_label = QLabel(self.tr("&Partner sought:"), self)
        self.sought_partner_label.setBuddy(self.sought_partner_combo)
        # getWidgetPosition returns (row, role); the stubs type it as object
        position = cast(tuple[int, object], ui.main_form.getWidgetPosition(ui.wanted_wz_code_label))
        ui.main_form.insertRow(position[0], self.sought_partner_label, self.sought_partner_combo)
        QWidget.setTabOrder(ui.wanted_competence_edit, self.sought_partner_combo)
        QWidget.setTabOrder(self.sought_partner_combo, ui.wanted_wz_code_picker)
        fill_combo(ui.urgency_combo, enum_items(Urgency))
        fill_combo(ui.status_combo, enum_items(NeedStatus))
        fill_combo(ui.visibility_combo, enum_items(Visibility))

    def _new_draft(self) -> NeedDraft:
        draft = NeedDraft(
            organisation_id=self._preset_organisation, from_referral_id=self._from_referral_id
        )
        self._draft_extra = draft  # keeps the referral it follows from when collecting
        return draft

    def _load(self, record_id: uuid.UUID) -> tuple[int, NeedDraft, str]:
        detail = self.workspace.needs.detail(record_id)
        self._organisation_name = detail.organisation_name
        self._draft_extra = detail.draft
        return detail.version, detail.draft, detail.draft.topic

    def tab_order(self) -> list[QWidget]:
        ui = self.ui
        return [
            self.organisation_picker,
            ui.topic_edit,
            ui.wanted_competence_edit,
            self.sought_partner_combo,
            ui.wanted_wz_code_picker,
            ui.urgency_combo,
            ui.status_combo,
            ui.description_edit,
            ui.visibility_combo,
            *self._save_cancel(),
        ]

    def _title_new(self) -> str:
        if self._from_referral_id is not None:
            return self.tr("New follow-up need")
        return self.tr("New need")

    def _title_edit(self, name: str) -> str:
        return self.tr("Edit need – %1").replace("%1", name)

    def _fill(self, draft: NeedDraft) -> None:
        ui = self.ui
        if draft.organisation_id is not None:
            name = getattr(self, "_organisation_name", "")
            if not name:
                name = self.workspace.organisations.detail(draft.organisation_id).draft.name
            self.organisation_picker.set_organisation(draft.organisation_id, name)
        ui.topic_edit.setText(draft.topic)
        ui.wanted_competence_edit.setText(draft.wanted_competence)
        ui.wanted_wz_code_picker.setCode(draft.wanted_wz_code)
        select_value(self.sought_partner_combo, draft.sought_partner)
        select_value(ui.urgency_combo, draft.urgency)
        select_value(ui.status_combo, draft.status)
        ui.description_edit.setPlainText(draft.description)
        select_value(ui.visibility_combo, draft.visibility)

    def _collect(self) -> NeedDraft:
        ui = self.ui
        keep = self._draft_extra
        return NeedDraft(
            organisation_id=self.organisation_picker.organisation_id(),
            topic=ui.topic_edit.text(),
            description=ui.description_edit.toPlainText(),
            wanted_competence=ui.wanted_competence_edit.text(),
            wanted_wz_code=ui.wanted_wz_code_picker.code(),
            urgency=enum_value(ui.urgency_combo, Urgency) or Urgency.NORMAL,
            status=enum_value(ui.status_combo, NeedStatus) or NeedStatus.OPEN,
            found_in_activity_id=keep.found_in_activity_id if keep else None,
            from_referral_id=keep.from_referral_id if keep else None,
            visibility=enum_value(ui.visibility_combo, Visibility) or Visibility.NETWORK,
            sought_partner=enum_value(self.sought_partner_combo, SoughtPartner),
        )

    def accept(self) -> None:
        self.organisation_picker.resolve()
        super().accept()

    def _create(self, draft: NeedDraft) -> uuid.UUID:
        return self.workspace.needs.create(draft)

    def _update(
        self,
        record_id: uuid.UUID,
        draft: NeedDraft,
        expected_version: int | None,
        base: NeedDraft | None = None,
    ) -> int:
        return self.workspace.needs.update(record_id, draft, expected_version, base_draft=base)

    def _field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "organisation_id": self.organisation_picker,
            "topic": ui.topic_edit,
            "wanted_competence": ui.wanted_competence_edit,
            "wanted_wz_code": ui.wanted_wz_code_picker,
            "status": ui.status_combo,
            "description": ui.description_edit,
        }
