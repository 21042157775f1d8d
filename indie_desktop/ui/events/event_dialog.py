"""Creating and editing an event: kind, time, place, organiser, capacity, deadline, costs."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from indie_desktop.domain.enums import EVENT_KINDS, ProjectKind, ProjectStatus, Visibility
from indie_desktop.services.events.events import EventDraft
from indie_desktop.ui.dialogs.project_dialog import money_for_editing
from indie_desktop.ui.dialogs.record_dialog import (
    RecordDialog,
    enum_items,
    enum_value,
    fill_combo,
    select_value,
    uuid_value,
)
from indie_desktop.ui.forms.ui_event_dialog import Ui_EventDialog
from indie_desktop.ui.labels import label

# Which fields of the "Costs & details" tab belong to which kind of event.
KIND_FIELDS = {
    "fair": (ProjectKind.JOINT_TRADE_FAIR,),
    "trip": (ProjectKind.BUSINESS_TRIP,),
}


class EventDialog(RecordDialog[EventDraft]):
    """The event form (forms/event_dialog.ui); the fair's and the trip's fields show for
    their kind only."""

    def _setup_form(self) -> None:
        self.ui = Ui_EventDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._lead_name: str | None = None
        fill_combo(ui.kind_combo, [(k, label(k)) for k in EVENT_KINDS])
        fill_combo(ui.status_combo, enum_items(ProjectStatus))
        fill_combo(ui.visibility_combo, enum_items(Visibility))
        institutions = [
            (choice.id, choice.name)
            for choice in self.workspace.directory.institution_choices()
            if choice.id is not None
        ]
        fill_combo(ui.lead_combo, [(None, self.tr("none")), *institutions])
        # The co-organisers: the network's institutions, ticked (Space) in the list. On the
        # local file members not in it yet are offered too (added when saved).
        ui.co_organiser_list.setAccessibleName(self.tr("Co-organising institutions"))
        shared = self.workspace.db.is_shared
        for choice in self.workspace.directory.institution_choices():
            if choice.id is None and shared:
                continue
            item = QListWidgetItem(choice.name)
            item.setData(Qt.ItemDataRole.UserRole, choice)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.co_organiser_list.addItem(item)
        for edit in (ui.cost_eur_edit, ui.budget_eur_edit):
            edit.editingFinished.connect(lambda e=edit: self._money_left(e))
        ui.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())

    def tab_order(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.tabs,
            ui.name_edit,
            ui.kind_combo,
            ui.status_combo,
            ui.date_edit,
            ui.start_time_edit,
            ui.end_date_edit,
            ui.end_time_edit,
            ui.place_edit,
            ui.lead_combo,
            ui.co_organiser_list,
            ui.co_organisers_edit,
            ui.capacity_edit,
            ui.registration_deadline_edit,
            ui.registration_link_edit,
            ui.visibility_combo,
            ui.cost_eur_edit,
            ui.budget_eur_edit,
            ui.funding_edit,
            ui.fair_name_edit,
            ui.hall_stand_edit,
            ui.destination_edit,
            ui.description_edit,
            *self._save_cancel(),
        ]

    def _kind_changed(self) -> None:
        ui = self.ui
        kind = enum_value(ui.kind_combo, ProjectKind)
        fair = kind in KIND_FIELDS["fair"]
        trip = kind in KIND_FIELDS["trip"]
        for widget in (ui.fair_name_label, ui.fair_name_edit, ui.hall_stand_label):
            widget.setVisible(fair)
        ui.hall_stand_edit.setVisible(fair)
        ui.destination_label.setVisible(trip)
        ui.destination_edit.setVisible(trip)

    def co_organisers(self) -> tuple[uuid.UUID, ...]:
        """The ticked institutions, in the list's order (a member not yet in the local file
        is added to it now)."""
        lst = self.ui.co_organiser_list
        out = []
        for r in range(lst.count()):
            item = lst.item(r)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            choice = item.data(Qt.ItemDataRole.UserRole)
            if choice.id is None:
                choice = choice.__class__(
                    self.workspace.directory.ensure_institution(choice),
                    choice.name,
                    choice.short_name,
                )
                item.setData(Qt.ItemDataRole.UserRole, choice)
            out.append(choice.id)
        return tuple(out)

    def set_co_organisers(self, ids: tuple[uuid.UUID, ...]) -> None:
        lst = self.ui.co_organiser_list
        wanted = set(ids)
        for r in range(lst.count()):
            item = lst.item(r)
            ticked = item.data(Qt.ItemDataRole.UserRole).id in wanted
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _new_draft(self) -> EventDraft:
        return EventDraft(lead_institution_id=self.workspace.actor.institution_id)

    def _load(self, record_id: uuid.UUID) -> tuple[int, EventDraft, str]:
        detail = self.workspace.events.detail(record_id)
        self._lead_name = detail.lead_name
        return detail.version, detail.draft, detail.draft.name

    def _title_new(self) -> str:
        return self.tr("New event")

    def _title_edit(self, name: str) -> str:
        return self.tr("Edit event – %1").replace("%1", name)

    def _fill(self, draft: EventDraft) -> None:
        ui = self.ui
        ui.name_edit.setText(draft.name)
        select_value(ui.kind_combo, draft.kind)
        select_value(ui.status_combo, draft.status)
        ui.date_edit.setText(draft.date)
        ui.start_time_edit.setText(draft.start_time)
        ui.end_date_edit.setText(draft.end_date)
        ui.end_time_edit.setText(draft.end_time)
        ui.place_edit.setText(draft.place)
        select_value(ui.lead_combo, draft.lead_institution_id, self._lead_name)
        self.set_co_organisers(draft.co_organiser_ids)
        ui.co_organisers_edit.setText(draft.co_organisers)
        ui.capacity_edit.setText(draft.capacity)
        ui.registration_deadline_edit.setText(draft.registration_deadline)
        ui.registration_link_edit.setText(draft.registration_link)
        select_value(ui.visibility_combo, draft.visibility)
        ui.cost_eur_edit.setText(money_for_editing(draft.cost_eur))
        ui.budget_eur_edit.setText(money_for_editing(draft.budget_eur))
        ui.funding_edit.setText(draft.funding)
        ui.fair_name_edit.setText(draft.fair_name)
        ui.hall_stand_edit.setText(draft.hall_stand)
        ui.destination_edit.setText(draft.destination)
        ui.description_edit.setPlainText(draft.description)
        self._kind_changed()

    def _collect(self) -> EventDraft:
        ui = self.ui
        return EventDraft(
            name=ui.name_edit.text(),
            kind=enum_value(ui.kind_combo, ProjectKind) or ProjectKind.SECTOR_MEETING,
            status=enum_value(ui.status_combo, ProjectStatus) or ProjectStatus.PLANNED,
            date=ui.date_edit.text(),
            start_time=ui.start_time_edit.text(),
            end_date=ui.end_date_edit.text(),
            end_time=ui.end_time_edit.text(),
            place=ui.place_edit.text(),
            lead_institution_id=uuid_value(ui.lead_combo),
            co_organiser_ids=self.co_organisers(),
            co_organisers=ui.co_organisers_edit.text(),
            capacity=ui.capacity_edit.text(),
            registration_deadline=ui.registration_deadline_edit.text(),
            registration_link=ui.registration_link_edit.text(),
            cost_eur=ui.cost_eur_edit.text(),
            budget_eur=ui.budget_eur_edit.text(),
            funding=ui.funding_edit.text(),
            fair_name=ui.fair_name_edit.text(),
            hall_stand=ui.hall_stand_edit.text(),
            destination=ui.destination_edit.text(),
            description=ui.description_edit.toPlainText(),
            visibility=enum_value(ui.visibility_combo, Visibility) or Visibility.NETWORK,
        )

    def _create(self, draft: EventDraft) -> uuid.UUID:
        return self.workspace.events.create(draft)

    def _update(
        self,
        record_id: uuid.UUID,
        draft: EventDraft,
        expected_version: int | None,
        base: EventDraft | None,
    ) -> int:
        return self.workspace.events.update(record_id, draft, expected_version, base_draft=base)

    def _field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "name": ui.name_edit,
            "kind": ui.kind_combo,
            "date": ui.date_edit,
            "start_time": ui.start_time_edit,
            "end_date": ui.end_date_edit,
            "end_time": ui.end_time_edit,
            "place": ui.place_edit,
            "co_organiser_ids": ui.co_organiser_list,
            "co_organisers": ui.co_organisers_edit,
            "capacity": ui.capacity_edit,
            "registration_deadline": ui.registration_deadline_edit,
            "registration_link": ui.registration_link_edit,
            "cost_eur": ui.cost_eur_edit,
            "budget_eur": ui.budget_eur_edit,
            "funding": ui.funding_edit,
            "fair_name": ui.fair_name_edit,
            "hall_stand": ui.hall_stand_edit,
            "destination": ui.destination_edit,
            "description": ui.description_edit,
        }

    def _money_left(self, edit: object) -> None:
        from PySide6.QtWidgets import QLineEdit

        assert isinstance(edit, QLineEdit)
        tidy = money_for_editing(edit.text())
        if tidy != edit.text():
            edit.setText(tidy)
