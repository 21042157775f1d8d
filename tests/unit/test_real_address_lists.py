"""Address lists of other programs, arriving whole: a German Outlook 2013 export (cp1252,
German headers, further numbers and e-mails in their own columns), LinkedIn's
Connections.csv (a note above the header), an Excel list with numbers stored as numbers.
The files are real fixtures of public projects (tests/files/contacts/README.md)."""

from __future__ import annotations

from pathlib import Path

from indie_desktop.services.contacts.people import PersonDraft
from indie_desktop.services.importing.batches import ImportReport
from indie_desktop.services.importing.plan import ImportSettings
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.workspace import Workspace

CORPUS = Path(__file__).parents[1] / "files" / "contacts"


def _import(ws: Workspace, name: str) -> ImportReport:
    table = ws.imports.read(CORPUS / name)
    settings = ImportSettings(mapping=ws.imports.automatic_mapping(table), source=name)
    report = ws.imports.run(table, settings)
    assert report.skipped == []
    return report


def _people(ws: Workspace) -> dict[str, PersonDraft]:
    out = {}
    for row in ws.people.page(ListQuery(), 0, 50):
        draft = ws.people.detail(row.id).draft
        out[f"{draft.first_name} {draft.last_name}"] = draft
    return out


def test_german_outlook_2013_export_arrives_with_umlauts_firm_and_further_numbers(
    local_workspace: Workspace,
) -> None:
    report = _import(local_workspace, "tine20-importtest_outlook2013.csv")
    assert report.created_people == 2
    people = _people(local_workspace)
    assert set(people) == {"Christian Baumann", "Cornelius Weiß"}  # ß from cp1252
    christian, cornelius = people["Christian Baumann"], people["Cornelius Weiß"]
    assert christian.email == "c.baumann@unittest.de"
    assert christian.phone == "+49406432131550"
    assert [a.organisation_name for a in christian.affiliations] == ["unittest"]
    # "Telefon (privat)" is filed as a further number, not a line in the notes; here it is
    # the business number again, which is not stored twice
    assert cornelius.phone == "+49406432131545"
    assert cornelius.contact_points == []
    assert "Telefon (privat)" not in cornelius.notes
    # the mobile number is one digit too long for a German number: kept, and said so
    assert "0176 164321545" in cornelius.notes
    assert any(e.row == 3 and e.column == "Mobiltelefon" and e.kept for e in report.errors)
    # Outlook's columns without a field are named before importing, none is lost silently
    assert "E-Mail-Typ" in report.unmapped_columns


def test_linkedin_connections_with_its_note_above_the_header(
    local_workspace: Workspace,
) -> None:
    report = _import(local_workspace, "kawsay-linkedin-Connections.csv")
    assert report.created_people == 2
    people = _people(local_workspace)
    jose, aesop = people["José García"], people["Æsop Fontaine"]
    assert [a.organisation_name for a in jose.affiliations] == ["Acme, Inc."]
    assert jose.function == "Senior Engineer"
    assert "https://www.linkedin.com/in/josegarcia" in jose.notes
    assert aesop.email == "aesop@example.com"
    assert aesop.function == "Director, Operations"


def test_excel_list_with_phone_numbers_stored_as_numbers(local_workspace: Workspace) -> None:
    report = _import(local_workspace, "ohsheet-contacts.xlsx")
    assert report.created_people == 12
    people = _people(local_workspace)
    assert people["Mary Jane 12"].phone == "+492345689"
    repaired = [e for e in report.errors if "führende 0 ergänzt" in e.message]
    assert len(repaired) == 12
