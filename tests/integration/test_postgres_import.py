"""Import, duplicate scan and merge on a shared PostgreSQL database, with their undos."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.importing.plan import DuplicatePolicy, ImportSettings
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.workspace import Workspace
from tests.integration.shared_fixtures import SharedServer, shared
from tests.unit import import_files as f

pytestmark = pytest.mark.postgres
__all__ = ["shared"]


@pytest.fixture
def pg_workspace(shared: SharedServer) -> Iterator[Workspace]:
    """A staff member's workspace on a server set up by the admin commands (RLS applies)."""
    ws = shared.dortmund.workspace()
    yield ws
    ws.close()


def _names(ws: Workspace) -> list[str]:
    return sorted(r.name for r in ws.organisations.page(ListQuery(), 0, 50))


def test_shared_database_imports_checks_duplicates_and_undoes(
    pg_workspace: Workspace, tmp_path: Path
) -> None:
    ws = pg_workspace
    org = ws.organisations.create(
        OrganisationDraft(name="Mueller Praezisionstechnik GmbH", postcode="44135")
    )
    ws.people.create(
        PersonDraft(
            first_name="Jürgen",
            last_name="Müller",
            email="j.mueller@mueller-praezision.de",
            affiliations=[AffiliationDraft(organisation_id=org)],
        )
    )
    path = tmp_path / "kontakte.csv"
    path.write_bytes(f.CP1252_CSV)
    table = ws.imports.read(path)
    settings = ImportSettings(
        mapping=ws.imports.automatic_mapping(table), on_duplicate=DuplicatePolicy.MERGE
    )
    report = ws.imports.run(table, settings)
    assert {(d.row, d.kind) for d in report.duplicates} == {(2, "organisation"), (2, "person")}
    assert report.created_organisations == 1 and report.updated == 2
    assert ws.organisations.detail(org).draft.street == "Hauptstraße 12"
    assert report.batch_id is not None
    ws.imports.undo(report.batch_id)
    assert _names(ws) == ["Mueller Praezisionstechnik GmbH"]
    assert ws.organisations.detail(org).draft.street == ""


def test_shared_database_scan_merge_and_undo(pg_workspace: Workspace) -> None:
    ws = pg_workspace
    keep = ws.organisations.create(
        OrganisationDraft(name="Ruhr Sensorik GmbH", vat_id="DE136695976")
    )
    drop = ws.organisations.create(OrganisationDraft(name="RS Messtechnik", vat_id="DE136695976"))
    ws.people.create(
        PersonDraft(last_name="Kaya", affiliations=[AffiliationDraft(organisation_id=drop)])
    )
    [pair] = ws.duplicates.scan()
    assert {pair.first_id, pair.second_id} == {keep, drop} and pair.reasons == ("vat",)
    merge_id = ws.merging.merge("organisation", keep, drop)
    assert [p.name for p in ws.organisations.detail(keep).people] == ["Kaya"]
    ws.merging.undo(merge_id)
    assert [p.name for p in ws.organisations.detail(drop).people] == ["Kaya"]
    assert ws.organisations.detail(keep).people == []


def test_shared_database_files_a_cards_further_emails_and_undoes_them(
    pg_workspace: Workspace,
) -> None:
    """As staff on the office server: Gmail's card with five e-mails, faxes and addresses
    comes in whole, the same card again adds nothing, undo takes the details back."""
    ws = pg_workspace
    path = Path(__file__).parents[1] / "files" / "contacts" / "ezvcard-gmail-single2.vcf"
    table = ws.imports.read(path)
    settings = ImportSettings(mapping=ws.imports.automatic_mapping(table), source=path.name)
    report = ws.imports.run(table, settings)
    (row,) = ws.people.page(ListQuery(), 0, 10)
    points = ws.people.detail(row.id).draft.contact_points
    assert len([p for p in points if p.kind.value == "email"]) == 4
    again = ws.imports.run(table, settings)
    assert again.batch_id is None
    assert len(ws.people.detail(row.id).draft.contact_points) == len(points)
    assert report.batch_id is not None
    ws.imports.undo(report.batch_id)
    assert ws.people.page(ListQuery(), 0, 10) == []
