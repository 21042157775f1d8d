"""Creating and editing an organisation (company, craft business, university, ...)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from indie_desktop.domain.enums import (
    LEGAL_FORMS,
    Chamber,
    EmployeeBand,
    OrganisationKind,
    OrganisationStatus,
    Visibility,
)
from indie_desktop.domain.region import municipality_for_postcode, municipality_names
from indie_desktop.domain.validation import format_phone
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.ui.dialogs.record_dialog import (
    RecordDialog,
    enum_items,
    enum_value,
    fill_combo,
    select_value,
    uuid_value,
)
from indie_desktop.ui.forms.ui_organisation_dialog import Ui_OrganisationDialog
from indie_desktop.ui.widgets.contact_points_editor import ContactPointsEditor


class OrganisationDialog(RecordDialog[OrganisationDraft]):
    """The organisation form: master data, contact, register & chamber, competences & notes."""

    def _setup_form(self) -> None:
        self.ui = Ui_OrganisationDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._responsible_name: str | None = None
        fill_combo(ui.kind_combo, enum_items(OrganisationKind))
        fill_combo(ui.legal_form_combo, [("", ""), *((form, form) for form in LEGAL_FORMS)])
        fill_combo(
            ui.employee_band_combo,
            enum_items(EmployeeBand, empty=self.tr("unknown")),
        )
        fill_combo(ui.status_combo, enum_items(OrganisationStatus))
        fill_combo(
            ui.responsible_combo,
            [
                (None, self.tr("nobody yet")),
                *(
                    (staff.id, f"{staff.name} ({staff.institution})")
                    for staff in self.workspace.directory.staff_choices()
                ),
            ],
        )
        fill_combo(ui.visibility_combo, enum_items(Visibility))
        fill_combo(ui.municipality_combo, [("", ""), *((m, m) for m in municipality_names())])
        fill_combo(ui.chamber_combo, enum_items(Chamber))
        ui.postcode_edit.editingFinished.connect(self._postcode_left)
        # Further e-mails, phones, faxes, websites, addresses: a tab after Contact.
        self.contact_points = ContactPointsEditor(ui.tabs)
        ui.tabs.insertTab(2, self.contact_points, self.tr("E&xtra contact details"))

    def _new_draft(self) -> OrganisationDraft:
        return OrganisationDraft()

    def _load(self, record_id: uuid.UUID) -> tuple[int, OrganisationDraft, str]:
        detail = self.workspace.organisations.detail(record_id)
        # Shown if the Betreuer is no longer among the active staff offered in the list.
        self._responsible_name = detail.responsible_name
        return detail.version, detail.draft, detail.draft.name

    def tab_order(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.tabs,
            ui.name_edit,
            ui.kind_combo,
            ui.legal_form_combo,
            ui.wz_code_picker,
            ui.employee_band_combo,
            ui.founded_year_edit,
            ui.status_combo,
            ui.responsible_combo,
            ui.visibility_combo,
            ui.street_edit,
            ui.postcode_edit,
            ui.city_edit,
            ui.country_edit,
            ui.municipality_combo,
            ui.website_edit,
            ui.phone_edit,
            ui.email_edit,
            *self.contact_points.focus_widgets(),
            ui.register_court_edit,
            ui.register_number_edit,
            ui.vat_id_edit,
            ui.chamber_combo,
            ui.handwerksrolle_check,
            ui.competences_edit,
            ui.tags_edit,
            ui.source_edit,
            ui.notes_edit,
            *self._save_cancel(),
        ]

    def _title_new(self) -> str:
        return self.tr("New organisation")

    def _title_edit(self, name: str) -> str:
        return self.tr("Edit organisation – %1").replace("%1", name)

    def _fill(self, draft: OrganisationDraft) -> None:
        ui = self.ui
        ui.name_edit.setText(draft.name)
        select_value(ui.kind_combo, draft.kind)
        select_value(ui.legal_form_combo, draft.legal_form)
        ui.wz_code_picker.setCode(draft.wz_code)
        select_value(ui.employee_band_combo, draft.employee_band or None)
        ui.founded_year_edit.setText(draft.founded_year)
        select_value(ui.status_combo, draft.status)
        select_value(ui.responsible_combo, draft.responsible_staff_id, self._responsible_name)
        select_value(ui.visibility_combo, draft.visibility)
        ui.street_edit.setText(draft.street)
        ui.postcode_edit.setText(draft.postcode)
        ui.city_edit.setText(draft.city)
        ui.country_edit.setText(draft.country)
        select_value(ui.municipality_combo, draft.municipality)
        ui.website_edit.setText(draft.website)
        ui.phone_edit.setText(format_phone(draft.phone))
        ui.email_edit.setText(draft.email)
        ui.register_court_edit.setText(draft.register_court)
        ui.register_number_edit.setText(draft.register_number)
        ui.vat_id_edit.setText(draft.vat_id)
        select_value(ui.chamber_combo, draft.chamber)
        ui.handwerksrolle_check.setChecked(draft.handwerksrolle)
        ui.competences_edit.setPlainText(draft.competences)
        ui.tags_edit.setText(draft.tags_text)
        ui.source_edit.setText(draft.source)
        ui.notes_edit.setPlainText(draft.notes)
        self.contact_points.set_points(draft.contact_points)

    def _collect(self) -> OrganisationDraft:
        ui = self.ui
        band = ui.employee_band_combo.currentData()
        return OrganisationDraft(
            name=ui.name_edit.text(),
            kind=enum_value(ui.kind_combo, OrganisationKind) or OrganisationKind.COMPANY,
            legal_form=str(ui.legal_form_combo.currentData() or ""),
            street=ui.street_edit.text(),
            postcode=ui.postcode_edit.text(),
            city=ui.city_edit.text(),
            country=ui.country_edit.text(),
            municipality=str(ui.municipality_combo.currentData() or ""),
            website=ui.website_edit.text(),
            phone=ui.phone_edit.text(),
            email=ui.email_edit.text(),
            wz_code=ui.wz_code_picker.code(),
            employee_band=str(band) if band else "",
            founded_year=ui.founded_year_edit.text(),
            register_court=ui.register_court_edit.text(),
            register_number=ui.register_number_edit.text(),
            vat_id=ui.vat_id_edit.text(),
            chamber=enum_value(ui.chamber_combo, Chamber) or Chamber.NONE,
            handwerksrolle=ui.handwerksrolle_check.isChecked(),
            competences=ui.competences_edit.toPlainText(),
            tags_text=ui.tags_edit.text(),
            responsible_staff_id=uuid_value(ui.responsible_combo),
            status=enum_value(ui.status_combo, OrganisationStatus) or OrganisationStatus.ACTIVE,
            source=ui.source_edit.text(),
            notes=ui.notes_edit.toPlainText(),
            visibility=enum_value(ui.visibility_combo, Visibility) or Visibility.NETWORK,
            contact_points=self.contact_points.points(),
        )

    def _commit_pending_edits(self) -> None:
        self.contact_points.commit_pending_edit()

    def _show_error(self, key: str, message: str) -> QWidget | None:
        if key.startswith("contact_points."):
            return self.contact_points.show_error(key, message)
        return super()._show_error(key, message)

    def _clear_field_errors(self) -> None:
        self.contact_points.clear_errors()

    def _create(self, draft: OrganisationDraft) -> uuid.UUID:
        return self.workspace.organisations.create(draft)

    def _update(
        self,
        record_id: uuid.UUID,
        draft: OrganisationDraft,
        expected_version: int | None,
        base: OrganisationDraft | None,
    ) -> int:
        return self.workspace.organisations.update(
            record_id, draft, expected_version, base_draft=base
        )

    def _field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "name": ui.name_edit,
            "legal_form": ui.legal_form_combo,
            "wz_code": ui.wz_code_picker,
            "founded_year": ui.founded_year_edit,
            "street": ui.street_edit,
            "postcode": ui.postcode_edit,
            "city": ui.city_edit,
            "country": ui.country_edit,
            "website": ui.website_edit,
            "phone": ui.phone_edit,
            "email": ui.email_edit,
            "register_court": ui.register_court_edit,
            "register_number": ui.register_number_edit,
            "vat_id": ui.vat_id_edit,
            "competences": ui.competences_edit,
            "tags_text": ui.tags_edit,
            "source": ui.source_edit,
            "notes": ui.notes_edit,
        }

    def _postcode_left(self) -> None:
        """A known postcode fills an empty municipality (and an empty city) of the region."""
        postcode = "".join(self.ui.postcode_edit.text().split())
        municipality = municipality_for_postcode(postcode)
        if municipality is None:
            return
        if not self.ui.municipality_combo.currentData():
            select_value(self.ui.municipality_combo, municipality)
        if not self.ui.city_edit.text().strip():
            self.ui.city_edit.setText(municipality)
