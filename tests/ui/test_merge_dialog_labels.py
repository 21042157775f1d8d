"""The merge dialog shows kinds, statuses and salutations as the user's words, not codes."""

from __future__ import annotations

from PySide6.QtWidgets import QRadioButton

from indie_desktop.domain.enums import OrganisationKind, OrganisationStatus, Salutation
from indie_desktop.services.contacts.people import PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.duplicates.merge_dialog import MergeDialog


def _texts(dialog: MergeDialog) -> set[str]:
    return {b.text() for b in dialog.findChildren(QRadioButton)}


def test_german_user_sees_kind_and_status_labels_when_merging_organisations(
    qtbot: object, german: None, workspace: Workspace
) -> None:
    keep = workspace.organisations.create(OrganisationDraft(name="Ruhr Sensorik GmbH"))
    drop = workspace.organisations.create(
        OrganisationDraft(
            name="Ruhr Sensorik",
            kind=OrganisationKind.CRAFT_BUSINESS,
            status=OrganisationStatus.PROSPECT,
        )
    )
    dialog = MergeDialog(workspace, "organisation", keep, drop)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    texts = _texts(dialog)
    assert {"Unternehmen", "Handwerksbetrieb", "Aktiv", "Interessent"} <= texts
    assert not texts & {"company", "craft_business", "active", "prospect"}


def test_salutation_is_shown_as_a_word_when_merging_people(
    qtbot: object, german: None, workspace: Workspace
) -> None:
    keep = workspace.people.create(PersonDraft(first_name="Anna", last_name="Schröder"))
    drop = workspace.people.create(
        PersonDraft(first_name="Anna", last_name="Schroeder", salutation=Salutation.FRAU)
    )
    dialog = MergeDialog(workspace, "person", keep, drop)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    texts = _texts(dialog)
    assert "Frau" in texts and not texts & {"frau", "none"}
