"""Import, duplicate scan and merge on a shared PostgreSQL database, with their undos."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.importing import batches
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


_FIRMS_CSV = (
    "Firma;Straße;PLZ;Ort;Telefon;Anrede;Vorname;Nachname;E-Mail\n"
    "Alpha Metall GmbH;Hauptstraße 1;44135;Dortmund;;Frau;Anna;Alt;a.alt@alpha.de\n"
    "Beta Elektro GmbH;Hauptstraße 2;44137;Dortmund;;Herr;Ben;Bau;b.bau@beta.de\n"
    "Alpha Metall GmbH;Hauptstraße 1;44135;Dortmund;;Herr;Carl;Clo;c.clo@alpha.de\n"
    "Gamma Holz KG;Hauptstraße 3;58095;Hagen;;Frau;Dora;Dorn;d.dorn@gamma.de\n"
    "Delta Druck OHG;Hauptstraße 4;58097;Hagen;;Herr;Emil;Eck;e.eck@delta.de\n"
    "Epsilon Bau GmbH;Hauptstraße 5;58099;Hagen;;Frau;Fay;Fink;f.fink@epsilon.de\n"
    "Alpha Metall GmbH;Hauptstraße 1;44135;Dortmund;0231 123456;Frau;Anna;Alt;a.alt@alpha.de\n"
)
_FIRMS = ["Alpha Metall GmbH", "Beta Elektro GmbH", "Delta Druck OHG", "Epsilon Bau GmbH"]


def test_an_import_on_the_office_server_writes_each_firm_once_while_still_checking(
    pg_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Firms go to the server in chunks while later rows are checked (here: two at a time).
    monkeypatch.setattr(batches, "EARLY_ROWS", 2)
    ws = pg_workspace
    path = tmp_path / "firmen.csv"
    path.write_bytes(_FIRMS_CSV.encode("cp1252"))
    table = ws.imports.read(path)
    report = ws.imports.run(table, ImportSettings(mapping=ws.imports.automatic_mapping(table)))
    assert report.created_organisations == 5 and report.created_people == 6
    assert _names(ws) == sorted([*_FIRMS, "Gamma Holz KG"])
    alpha = next(r.id for r in ws.organisations.page(ListQuery(), 0, 50) if "Alpha" in r.name)
    people = {p.name: p for p in ws.organisations.detail(alpha).people}
    assert sorted(people) == ["Anna Alt", "Carl Clo"]
    # The same person again on a later row fills in what the first row left empty.
    anna = ws.people.detail(people["Anna Alt"].person_id).draft
    assert anna.phone.replace(" ", "").endswith("231123456")
    assert report.batch_id is not None
    ws.imports.undo(report.batch_id)
    assert _names(ws) == []


def test_an_import_on_the_office_server_cancelled_after_firms_went_out_writes_nothing(
    pg_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batches, "EARLY_ROWS", 2)
    sent = batches._EarlyOrganisations.send
    early: list[int] = []

    def send(self: batches._EarlyOrganisations) -> None:
        sent(self)
        early.append(self.sent)

    monkeypatch.setattr(batches._EarlyOrganisations, "send", send)
    ws = pg_workspace
    path = tmp_path / "firmen.csv"
    path.write_bytes(_FIRMS_CSV.encode("cp1252"))
    table = ws.imports.read(path)
    settings = ImportSettings(mapping=ws.imports.automatic_mapping(table))
    with pytest.raises(InterruptedError):
        ws.imports.run(table, settings, cancelled=lambda: any(early))
    assert any(early)  # firms had gone to the server when the user cancelled
    assert _names(ws) == []
