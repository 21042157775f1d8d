"""Several e-mails, phones, faxes, websites and addresses per person and organisation."""

from __future__ import annotations

from pathlib import Path

import pytest

from indie_desktop.domain.enums import ContactKind, ContactLabel
from indie_desktop.domain.errors import ValidationError
from indie_desktop.interchange.import_table import ImportTable
from indie_desktop.services.contacts.contact_points import ContactPointDraft
from indie_desktop.services.contacts.people import PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.importing.plan import ImportSettings
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.search.service import SearchService
from indie_desktop.services.workspace import Workspace


def _points() -> list[ContactPointDraft]:
    return [
        ContactPointDraft(ContactKind.EMAIL, ContactLabel.HOME, "zoe.privat@example.org"),
        ContactPointDraft(ContactKind.PHONE, ContactLabel.HOME, "0231 1234567"),
        ContactPointDraft(ContactKind.FAX, ContactLabel.WORK, "0231 7654321"),
        ContactPointDraft(
            ContactKind.ADDRESS,
            ContactLabel.HOME,
            street="Seestrasse 4",
            postcode="8304",
            city="Wallisellen",
            country="Schweiz",
        ),
    ]


def test_person_keeps_every_further_contact_detail_in_order(local_workspace: Workspace) -> None:
    ws = local_workspace
    pid = ws.people.create(
        PersonDraft(
            first_name="Zoë",
            last_name="Ñúñez",
            email="zoe@example.com",
            contact_points=_points(),
        )
    )
    points = ws.people.detail(pid).draft.contact_points
    assert [(p.kind, p.label) for p in points] == [
        (ContactKind.EMAIL, ContactLabel.HOME),
        (ContactKind.PHONE, ContactLabel.HOME),
        (ContactKind.FAX, ContactLabel.WORK),
        (ContactKind.ADDRESS, ContactLabel.HOME),
    ]
    assert points[0].value == "zoe.privat@example.org"
    assert points[1].value == "+49 231 1234567"
    assert (points[3].postcode, points[3].city, points[3].country) == (
        "8304",
        "Wallisellen",
        "Schweiz",
    )


def test_removed_and_changed_rows_are_saved(local_workspace: Workspace) -> None:
    ws = local_workspace
    pid = ws.people.create(PersonDraft(last_name="Yıldız", contact_points=_points()))
    detail = ws.people.detail(pid)
    draft = detail.draft
    draft.contact_points = [draft.contact_points[2], draft.contact_points[0]]
    draft.contact_points[1].value = "sukru@example.org"
    ws.people.update(pid, draft, detail.version)
    points = ws.people.detail(pid).draft.contact_points
    assert [(p.kind, p.value) for p in points] == [
        (ContactKind.FAX, "+49 231 7654321"),
        (ContactKind.EMAIL, "sukru@example.org"),
    ]


def test_bad_row_is_named_with_its_row_and_nothing_is_saved(local_workspace: Workspace) -> None:
    ws = local_workspace
    bad = [
        ContactPointDraft(ContactKind.EMAIL, ContactLabel.WORK, "ok@example.org"),
        ContactPointDraft(ContactKind.EMAIL, ContactLabel.HOME, "kein-at-zeichen"),
        ContactPointDraft(ContactKind.ADDRESS, ContactLabel.HOME, postcode="123", city="Hagen"),
    ]
    with pytest.raises(ValidationError) as caught:
        ws.people.create(PersonDraft(last_name="Wiśniewski", contact_points=bad))
    assert set(caught.value.errors) == {"contact_points.1.value", "contact_points.2.postcode"}


def test_organisation_keeps_further_numbers_and_websites(local_workspace: Workspace) -> None:
    ws = local_workspace
    oid = ws.organisations.create(
        OrganisationDraft(
            name="Metallbau Yıldız GmbH",
            phone="0231 111111",
            contact_points=[
                ContactPointDraft(ContactKind.PHONE, ContactLabel.OTHER, "0231 222222"),
                ContactPointDraft(ContactKind.WEB, ContactLabel.WORK, "shop.example.de"),
                # the record's own number again: not stored twice
                ContactPointDraft(ContactKind.PHONE, ContactLabel.WORK, "0231 111111"),
            ],
        )
    )
    points = ws.organisations.detail(oid).draft.contact_points
    assert [(p.kind, p.value) for p in points] == [
        (ContactKind.PHONE, "+49 231 222222"),
        (ContactKind.WEB, "https://shop.example.de"),
    ]


CORPUS = Path(__file__).parent.parent / "files" / "contacts"


def _import(ws: Workspace, path: Path) -> None:
    table = ws.imports.read(path)
    settings = ImportSettings(mapping=ws.imports.automatic_mapping(table), source=path.name)
    report = ws.imports.run(table, settings)
    assert report.skipped == []


def _only_person(ws: Workspace) -> PersonDraft:
    rows = ws.people.page(ListQuery(), 0, 10)
    assert len(rows) == 1
    return ws.people.detail(rows[0].id).draft


def test_a_gmail_vcard_with_five_email_lines_gives_five_emails(local_workspace: Workspace) -> None:
    ws = local_workspace
    _import(ws, CORPUS / "ezvcard-gmail-single2.vcf")
    person = _only_person(ws)
    emails = [p for p in person.contact_points if p.kind is ContactKind.EMAIL]
    assert person.email == "email@example.com"
    assert [(p.label, p.value) for p in emails] == [
        (ContactLabel.HOME, "homeemail@example.com"),
        (ContactLabel.WORK, "workemail@example.com"),
        (ContactLabel.WORK, "otheremail@example.com"),
        (ContactLabel.WORK, "customcategory@example.com"),
    ]
    streets = [p.street for p in person.contact_points if p.kind is ContactKind.ADDRESS]
    assert sorted(streets) == ["111 Main St", "112 Main St", "114 Main St", "115 Main St"]
    faxes = [p for p in person.contact_points if p.kind is ContactKind.FAX]
    assert [p.label for p in faxes] == [ContactLabel.HOME, ContactLabel.WORK]
    assert "homeemail@example.com" not in person.notes  # filed, not kept as a note
    # the same file again adds nothing
    _import(ws, CORPUS / "ezvcard-gmail-single2.vcf")
    assert len(_only_person(ws).contact_points) == len(person.contact_points)


def test_thunderbird_home_address_and_phones_are_filed_not_noted(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    _import(ws, CORPUS / "ezvcard-thunderbird-MoreFunctionsForAddressBook-extension.vcf")
    person = _only_person(ws)
    home = [p for p in person.contact_points if p.kind is ContactKind.ADDRESS]
    assert [(h.label, h.street, h.city, h.postcode, h.country) for h in home] == [
        (ContactLabel.HOME, "123 Main St, Apt 10", "Austin", "12345", "USA")
    ]


def test_merging_two_people_keeps_every_email_and_number_of_both(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    keep = ws.people.create(
        PersonDraft(
            first_name="Şükrü",
            last_name="Yıldız",
            email="s.yildiz@firma.de",
            contact_points=[
                ContactPointDraft(ContactKind.PHONE, ContactLabel.HOME, "0231 5550100"),
            ],
        )
    )
    goes = ws.people.create(
        PersonDraft(
            first_name="Sükrü",
            last_name="Yildiz",
            email="sukru@privat.de",
            mobile="0172 5550101",
            contact_points=[
                ContactPointDraft(ContactKind.PHONE, ContactLabel.HOME, "0231 5550100"),
                ContactPointDraft(ContactKind.FAX, ContactLabel.WORK, "0231 5550102"),
            ],
        )
    )
    merge_id = ws.merging.merge("person", keep, goes)
    draft = ws.people.detail(keep).draft
    assert draft.email == "s.yildiz@firma.de"
    assert draft.mobile == ""  # not taken: kept as a further number instead
    assert sorted((p.kind, p.value) for p in draft.contact_points) == [
        (ContactKind.EMAIL, "sukru@privat.de"),
        (ContactKind.FAX, "+49 231 5550102"),
        (ContactKind.MOBILE, "+49 172 5550101"),
        (ContactKind.PHONE, "+49 231 5550100"),
    ]
    ws.merging.undo(merge_id)
    assert len(ws.people.detail(keep).draft.contact_points) == 1
    assert len(ws.people.detail(goes).draft.contact_points) == 2


def test_global_search_finds_people_and_firms_by_a_further_email_or_number(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    pid = ws.people.create(PersonDraft(last_name="Ñúñez", contact_points=_points()))
    oid = ws.organisations.create(
        OrganisationDraft(
            name="Weiß & Söhne GmbH",
            contact_points=[ContactPointDraft(ContactKind.FAX, ContactLabel.WORK, "0231 998877")],
        )
    )
    ws.people.create(PersonDraft(last_name="Andere", email="zoe@example.com"))
    search = SearchService(ws.db)
    assert [h.id for h in search.search("zoe.privat@example").hits] == [pid]
    assert [h.id for h in search.search("0231 1234567").hits] == [pid]
    assert [h.id for h in search.search("+49 231 99").hits] == [oid]


def test_a_further_column_repeating_the_first_email_is_not_stored_twice(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    table = ImportTable(
        headers=["First Name", "Last Name", "Primary Email", "Secondary Email", "Home Phone"],
        rows=[["Zoë", "Ñúñez", "zoe@example.org", "ZOE@example.org", "0231 5550100"]],
        row_numbers=[2],
        kind="csv",
    )
    settings = ImportSettings(mapping=ws.imports.automatic_mapping(table))
    assert ws.imports.run(table, settings).skipped == []
    points = _only_person(ws).contact_points
    assert [(p.kind, p.value) for p in points] == [(ContactKind.PHONE, "+49 231 5550100")]


def test_list_filters_find_a_person_and_a_firm_by_a_further_email_or_number(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    pid = ws.people.create(PersonDraft(last_name="Ñúñez", contact_points=_points()))
    oid = ws.organisations.create(
        OrganisationDraft(
            name="Weiß & Söhne GmbH",
            contact_points=[ContactPointDraft(ContactKind.FAX, ContactLabel.WORK, "0231 998877")],
        )
    )
    ws.people.create(PersonDraft(last_name="Andere", email="anna@example.com"))
    assert [r.id for r in ws.people.page(ListQuery(text="zoe.privat@"), 0, 10)] == [pid]
    assert [r.id for r in ws.people.page(ListQuery(text="0231 123"), 0, 10)] == [pid]
    assert ws.people.count(ListQuery(text="0231 123")) == 1
    assert [r.id for r in ws.organisations.page(ListQuery(text="0231 9988"), 0, 10)] == [oid]
    # names still filter as before
    assert [r.id for r in ws.people.page(ListQuery(text="nunez"), 0, 10)] == [pid]
