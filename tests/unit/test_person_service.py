from __future__ import annotations

import pytest

from indie_desktop.domain.errors import ValidationError
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.workspace import Workspace


def _org(ws: Workspace, name: str) -> object:
    return ws.organisations.create(OrganisationDraft(name=name, postcode="44147"))


def test_person_with_two_affiliations_keeps_both(local_workspace: Workspace) -> None:
    ws = local_workspace
    old, new = _org(ws, "Alte Firma GmbH"), _org(ws, "Neue Firma GmbH")
    person_id = ws.people.create(
        PersonDraft(
            first_name="Łukasz",
            last_name="Wiśniewski",
            affiliations=[
                AffiliationDraft(organisation_id=old, role="Konstrukteur", until="31.12.2024"),
                AffiliationDraft(organisation_id=new, role="Leiter Entwicklung", is_primary=True),
            ],
        )
    )
    draft = ws.people.detail(person_id).draft
    assert [a.organisation_name for a in draft.affiliations] == [
        "Neue Firma GmbH",
        "Alte Firma GmbH",
    ]
    assert draft.affiliations[1].until == "31.12.2024"
    row = ws.people.page(ListQuery(text="wisniewski"), 0, 10)[0]
    assert row.name == "Wiśniewski, Łukasz"
    assert row.organisation == "Neue Firma GmbH"


def test_removed_affiliation_disappears_from_person(local_workspace: Workspace) -> None:
    ws = local_workspace
    org = _org(ws, "Firma GmbH")
    pid = ws.people.create(
        PersonDraft(last_name="Ñúñez", first_name="Zoë", affiliations=[AffiliationDraft(org)])
    )
    detail = ws.people.detail(pid)
    detail.draft.affiliations = []
    ws.people.update(pid, detail.draft, detail.version)
    assert ws.people.detail(pid).draft.affiliations == []
    assert ws.organisations.detail(org).people == []  # type: ignore[arg-type]


def test_bad_affiliation_date_is_reported_for_its_row(local_workspace: Workspace) -> None:
    ws = local_workspace
    org = _org(ws, "Firma GmbH")
    draft = PersonDraft(
        last_name="Schmidt",
        affiliations=[
            AffiliationDraft(organisation_id=org),
            AffiliationDraft(organisation_id=org, since="31.02.2020"),
        ],
    )
    with pytest.raises(ValidationError) as err:
        ws.people.create(draft)
    assert list(err.value.errors) == ["affiliations.1.since"]


def test_phone_typed_nationally_is_stored_international(local_workspace: Workspace) -> None:
    pid = local_workspace.people.create(
        PersonDraft(last_name="Schmidt", phone="0231 / 50 29 10", email="A.Schmidt@Example.DE")
    )
    draft = local_workspace.people.detail(pid).draft
    assert draft.phone == "+4923150291" + "0"
    assert draft.email == "A.Schmidt@example.de"


def test_people_list_sorts_by_last_name(local_workspace: Workspace) -> None:
    for first, last in (("Zoë", "Ñúñez"), ("Anna", "Bauer"), ("Şükrü", "Yıldız")):
        local_workspace.people.create(PersonDraft(first_name=first, last_name=last))
    names = [r.name for r in local_workspace.people.page(ListQuery(), 0, 10)]
    assert names == ["Bauer, Anna", "Ñúñez, Zoë", "Yıldız, Şükrü"]


def test_count_and_keyset_pages_agree_with_the_full_list(local_workspace: Workspace) -> None:
    ws = local_workspace
    org = _org(ws, "Firma GmbH")
    for i in range(12):
        affs = [AffiliationDraft(organisation_id=org, is_primary=True)] if i % 2 else []
        ws.people.create(PersonDraft(first_name=f"P{i}", last_name="Schmidt", affiliations=affs))
    query = ListQuery(text="schmidt")
    everything = ws.people.page(query, 0, 50)
    assert ws.people.count(query) == len(everything) == 12
    first = ws.people.page(query, 0, 5)
    assert first + ws.people.page(query, 5, 50, after=first[-1].id) == everything
    by_org = ListQuery(filters=(("organisation_id", org),))
    assert ws.people.count(by_org) == len(ws.people.page(by_org, 0, 50)) == 6
