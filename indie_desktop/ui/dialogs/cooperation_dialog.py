"""Recording the outcome of a referral: a cooperation with its kind, dates, value, funding."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QCompleter, QWidget

from indie_desktop.domain.enums import CooperationKind, Visibility
from indie_desktop.services.work.cooperations import CooperationDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.dialogs.project_dialog import money_for_editing
from indie_desktop.ui.dialogs.record_dialog import (
    RecordDialog,
    enum_items,
    enum_value,
    fill_combo,
    select_value,
    uuid_value,
)
from indie_desktop.ui.forms.ui_cooperation_dialog import Ui_CooperationDialog

FUNDING_PROGRAMMES = (
    "ZIM",
    "KMU-innovativ",
    "go-inno",
    "Mittelstand Innovativ & Digital (MID)",
    "EFRE/JTF NRW",
    "progres.nrw",
    "Horizon Europe",
)


class CooperationDialog(RecordDialog[CooperationDraft]):
    """A new cooperation from a referral (`referral_id`), or an existing one to edit."""

    def __init__(
        self,
        workspace: Workspace,
        record_id: uuid.UUID | None,
        parent: QWidget | None = None,
        referral_id: uuid.UUID | None = None,
    ) -> None:
        self._referral_id = referral_id
        self._partners: CooperationDraft | None = None
        super().__init__(workspace, record_id, parent)

    def _setup_form(self) -> None:
        self.ui = Ui_CooperationDialog()
        self.ui.setupUi(self)
        fill_combo(self.ui.kind_combo, enum_items(CooperationKind))
        fill_combo(self.ui.visibility_combo, enum_items(Visibility))
        # The event the cooperation came from: the network's events, newest first.
        fill_combo(
            self.ui.event_combo,
            [
                (None, self.tr("none")),
                *(
                    (e.id, f"{e.name} ({e.starts_at:%d.%m.%Y})" if e.starts_at else e.name)
                    for e in self.workspace.events.all()
                ),
            ],
        )
        completer = QCompleter(list(FUNDING_PROGRAMMES), self)
        self.ui.funding_programme_edit.setCompleter(completer)
        self.ui.value_eur_edit.editingFinished.connect(self._value_left)

    def _new_draft(self) -> CooperationDraft:
        if self._referral_id is None:
            draft = CooperationDraft()
        else:
            draft = self.workspace.cooperations.draft_for_referral(self._referral_id)
        self._partners = draft
        return draft

    def _load(self, record_id: uuid.UUID) -> tuple[int, CooperationDraft, str]:
        detail = self.workspace.cooperations.detail(record_id)
        self._partners = detail.draft
        return detail.version, detail.draft, detail.draft.title

    def tab_order(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.kind_combo,
            ui.title_edit,
            ui.starts_on_edit,
            ui.ends_on_edit,
            ui.value_eur_edit,
            ui.funding_programme_edit,
            ui.evidence_edit,
            ui.visibility_combo,
            ui.event_combo,
            *self._save_cancel(),
        ]

    def _title_new(self) -> str:
        return self.tr("Record cooperation")

    def _title_edit(self, name: str) -> str:
        return self.tr("Edit cooperation – %1").replace("%1", name)

    def _fill(self, draft: CooperationDraft) -> None:
        ui = self.ui
        names = []
        for p in draft.partners:
            if p.organisation_id is not None:
                names.append(self.workspace.organisations.detail(p.organisation_id).draft.name)
        ui.partners_label.setText(self.tr("Partners: %1").replace("%1", " · ".join(names)))
        ui.partners_label.setVisible(bool(names))
        select_value(ui.kind_combo, draft.kind)
        ui.title_edit.setText(draft.title)
        ui.starts_on_edit.setText(draft.starts_on)
        ui.ends_on_edit.setText(draft.ends_on)
        ui.value_eur_edit.setText(money_for_editing(draft.value_eur))
        ui.funding_programme_edit.setText(draft.funding_programme)
        ui.evidence_edit.setPlainText(draft.evidence)
        select_value(ui.visibility_combo, draft.visibility)
        select_value(ui.event_combo, draft.event_id)

    def _collect(self) -> CooperationDraft:
        ui = self.ui
        base = self._partners
        return CooperationDraft(
            kind=enum_value(ui.kind_combo, CooperationKind) or CooperationKind.OTHER,
            title=ui.title_edit.text(),
            starts_on=ui.starts_on_edit.text(),
            ends_on=ui.ends_on_edit.text(),
            value_eur=ui.value_eur_edit.text(),
            funding_programme=ui.funding_programme_edit.text(),
            evidence=ui.evidence_edit.toPlainText(),
            referral_id=base.referral_id if base else None,
            partners=list(base.partners) if base else [],
            visibility=enum_value(ui.visibility_combo, Visibility) or Visibility.NETWORK,
            event_id=uuid_value(ui.event_combo),
        )

    def _create(self, draft: CooperationDraft) -> uuid.UUID:
        return self.workspace.cooperations.create(draft)

    def _update(
        self,
        record_id: uuid.UUID,
        draft: CooperationDraft,
        expected_version: int | None,
        base: CooperationDraft | None = None,
    ) -> int:
        assert expected_version is not None
        return self.workspace.cooperations.update(record_id, draft, expected_version)

    def _field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "title": ui.title_edit,
            "starts_on": ui.starts_on_edit,
            "ends_on": ui.ends_on_edit,
            "value_eur": ui.value_eur_edit,
            "funding_programme": ui.funding_programme_edit,
            "evidence": ui.evidence_edit,
        }

    def _value_left(self) -> None:
        text = self.ui.value_eur_edit.text()
        tidy = money_for_editing(text)
        if tidy != text:
            self.ui.value_eur_edit.setText(tidy)
