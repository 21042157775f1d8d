"""German-aware duplicate finding and merging two records into one, with undo."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from indie_desktop.domain.errors import ConflictError
from indie_desktop.domain.matching import split_name, street_key
from indie_desktop.domain.models import (
    ActivityOrganisation,
    Affiliation,
    Need,
    ProjectParticipant,
    Referral,
    TagLink,
    Task,
)
from indie_desktop.domain.network import Project, Tag
from indie_desktop.domain.work import Activity
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.workspace import Workspace


def _org(ws: Workspace, name: str, **kw: str) -> uuid.UUID:
    return ws.organisations.create(OrganisationDraft(name=name, **kw))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Müller Präzisionstechnik GmbH",
            "Mueller Praezisionstechnik Gesellschaft mit beschränkter Haftung",
        ),
        ("Schmidt GmbH & Co. KG", "SCHMIDT GmbH u. Co. KG"),
        ("Bäckerei Weiß e. K.", "Baeckerei Weiss eingetragener Kaufmann"),
    ],
)
def test_legal_forms_umlauts_and_case_do_not_hide_the_same_name(a: str, b: str) -> None:
    assert split_name(a) == split_name(b)


def test_street_abbreviations_meet() -> None:
    assert (
        street_key("Hauptstr. 12") == street_key("Hauptstraße 12") == street_key("Haupt-Strasse 12")
    )


def test_fuzzy_name_at_same_postcode_is_a_likely_duplicate(local_workspace: Workspace) -> None:
    a = _org(
        local_workspace, "Müller Präzisionstechnik GmbH", postcode="44135", street="Hauptstr. 12"
    )
    b = _org(
        local_workspace,
        "Mueller Praezisionstechnik Gesellschaft mit beschränkter Haftung",
        postcode="44135",
        street="Hauptstraße 12",
    )
    _org(local_workspace, "Müller Präzisionstechnik GmbH", postcode="58095")  # a namesake in Hagen
    pairs = local_workspace.duplicates.scan()
    assert [({p.first_id, p.second_id}, p.reasons) for p in pairs] == [({a, b}, ("name_address",))]
    assert pairs[0].score >= 95 and "same address" in pairs[0].reason_text


@pytest.mark.parametrize(
    ("first", "second", "reason"),
    [
        ({"vat_id": "DE136695976"}, {"vat_id": "de 136 695 976"}, "vat"),
        (
            {"register_court": "Amtsgericht Dortmund", "register_number": "HRB 12345"},
            {"register_court": "Dortmund", "register_number": "HRB12345"},
            "register",
        ),
        ({"email": "info@ruhr-sensorik.de"}, {"email": "Info@Ruhr-Sensorik.de"}, "email"),
        (
            {"website": "www.ruhr-sensorik.de"},
            {"website": "https://ruhr-sensorik.de/kontakt"},
            "website",
        ),
    ],
)
def test_strong_keys_find_duplicates_whatever_the_names(
    local_workspace: Workspace, first: dict[str, str], second: dict[str, str], reason: str
) -> None:
    a = _org(local_workspace, "Ruhr Sensorik GmbH", **first)
    b = _org(local_workspace, "RS Messtechnik", **second)
    [pair] = local_workspace.duplicates.scan()
    assert {pair.first_id, pair.second_id} == {a, b} and pair.reasons[0] == reason


def test_people_with_the_same_email_are_duplicates(local_workspace: Workspace) -> None:
    a = local_workspace.people.create(
        PersonDraft(first_name="Łukasz", last_name="Wiśniewski", email="l.w@elektro.de")
    )
    b = local_workspace.people.create(
        PersonDraft(first_name="Lukasz", last_name="Wisniewski", email="L.W@elektro.de")
    )
    [pair] = local_workspace.duplicates.scan()
    assert (pair.kind, {pair.first_id, pair.second_id}) == ("person", {a, b})


def _links(ws: Workspace, org: uuid.UUID, person: uuid.UUID) -> None:
    with ws.db.session() as s:
        activity = Activity(occurred_at=datetime.now(UTC), subject="Besuch")
        project = Project(name="Gemeinschaftsstand Hannover Messe")
        s.add_all([activity, project])
        s.flush()
        tag = Tag(name="Zulieferer")
        s.add(tag)
        s.flush()
        s.add_all(
            [
                ActivityOrganisation(activity_id=activity.id, organisation_id=org),
                Need(organisation_id=org, topic="Fräsen"),
                Referral(
                    organisation_id=org, partner_organisation_id=org, referred_on=date(2026, 11, 24)
                ),
                TagLink(tag_id=tag.id, target_type="organisation", target_id=org),
                Task(title="Nachfassen", linked_type="organisation", linked_id=org),
                ProjectParticipant(project_id=project.id, organisation_id=org),
            ]
        )


def test_merge_moves_every_link_to_the_survivor_and_undo_restores(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    survivor = _org(ws, "Müller Präzisionstechnik GmbH", postcode="44135")
    loser = _org(
        ws, "Mueller Praezisionstechnik GmbH", street="Hauptstraße 12", phone="0231 123456"
    )
    person = ws.people.create(
        PersonDraft(
            last_name="Müller",
            affiliations=[AffiliationDraft(organisation_id=loser, role="Inhaber")],
        )
    )
    _links(ws, loser, person)
    choices = {c.field: c for c in ws.merging.compare("organisation", survivor, loser)}
    assert choices["street"].loser == "Hauptstraße 12" and choices["street"].survivor == ""
    merge_id = ws.merging.merge("organisation", survivor, loser, ["street", "phone"])
    detail = ws.organisations.detail(survivor)
    assert detail.draft.street == "Hauptstraße 12" and detail.draft.phone == "+49231123456"
    assert [p.name for p in detail.people] == ["Müller"]
    with ws.db.session() as s:
        for model, column in _COLUMNS:
            assert set(s.scalars(select(column))) == {survivor}, model
    with pytest.raises(Exception, match="does not exist"):
        ws.organisations.detail(loser)

    ws.merging.undo(merge_id)
    assert ws.organisations.detail(survivor).draft.street == ""
    assert [p.name for p in ws.organisations.detail(loser).people] == ["Müller"]
    with ws.db.session() as s:
        for model, column in _COLUMNS:
            assert set(s.scalars(select(column))) == {loser}, model
    with pytest.raises(ConflictError):
        ws.merging.undo(merge_id)


_COLUMNS = [
    ("affiliation", Affiliation.organisation_id),
    ("activity", ActivityOrganisation.organisation_id),
    ("need", Need.organisation_id),
    ("referral", Referral.organisation_id),
    ("referral partner", Referral.partner_organisation_id),
    ("tag", TagLink.target_id),
    ("task", Task.linked_id),
    ("project", ProjectParticipant.organisation_id),
]


def test_merging_people_moves_affiliations(local_workspace: Workspace) -> None:
    ws = local_workspace
    org = _org(ws, "Ruhr Sensorik GmbH")
    keep = ws.people.create(PersonDraft(first_name="Anna", last_name="Schröder"))
    drop = ws.people.create(
        PersonDraft(
            first_name="Anna",
            last_name="Schroeder",
            email="a.schroeder@ruhr-sensorik.de",
            affiliations=[AffiliationDraft(organisation_id=org)],
        )
    )
    ws.merging.merge("person", keep, drop, ["email"])
    assert [p.person_id for p in ws.organisations.detail(org).people] == [keep]
    assert ws.people.detail(keep).draft.email == "a.schroeder@ruhr-sensorik.de"


def test_merging_two_people_of_one_firm_keeps_one_affiliation_the_richer(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    org = _org(ws, "Ruhr Sensorik GmbH")
    keep = ws.people.create(
        PersonDraft(
            first_name="Anna",
            last_name="Schröder",
            affiliations=[AffiliationDraft(organisation_id=org)],
        )
    )
    drop = ws.people.create(
        PersonDraft(
            first_name="Anna",
            last_name="Schroeder",
            affiliations=[
                AffiliationDraft(
                    organisation_id=org, role="Leiterin Entwicklung", since="01.03.2019"
                )
            ],
        )
    )
    merge_id = ws.merging.merge("person", keep, drop)
    [row] = ws.organisations.detail(org).people
    assert (row.person_id, row.role, row.since) == (keep, "Leiterin Entwicklung", date(2019, 3, 1))
    [affiliation] = ws.people.detail(keep).draft.affiliations
    assert affiliation.role == "Leiterin Entwicklung"

    ws.merging.undo(merge_id)
    people = {p.person_id: p.role for p in ws.organisations.detail(org).people}
    assert people == {keep: "", drop: "Leiterin Entwicklung"}


def test_merging_two_firms_a_person_works_at_leaves_one_affiliation(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    survivor = _org(ws, "Ruhr Sensorik GmbH", postcode="44799")
    loser = _org(ws, "Ruhr-Sensorik GmbH", postcode="44799")
    person = ws.people.create(
        PersonDraft(
            first_name="Ben",
            last_name="Kaya",
            affiliations=[
                AffiliationDraft(organisation_id=survivor, role="Einkauf"),
                AffiliationDraft(organisation_id=loser),
            ],
        )
    )
    ws.merging.merge("organisation", survivor, loser)
    assert [(p.person_id, p.role) for p in ws.organisations.detail(survivor).people] == [
        (person, "Einkauf")
    ]


def test_merging_a_university_moves_its_units_and_undo_gives_them_back(
    local_workspace: Workspace,
) -> None:
    from indie_desktop.domain.enums import OrganisationKind

    ws = local_workspace
    uni = OrganisationKind.UNIVERSITY
    survivor = _org(ws, "Technische Universität Dortmund", kind=uni)
    loser = _org(ws, "TU Dortmund", kind=uni)
    units = [
        ws.organisations.create(OrganisationDraft(name=n, kind=uni, parent_id=loser))
        for n in ("Institut für Spanende Fertigung", "Lehrstuhl für Förder- und Lagerwesen")
    ]
    # A unit that was already under the survivor stays there; the survivor never becomes its
    # own parent even when it was filed as a unit of the duplicate.
    own_unit = ws.organisations.create(
        OrganisationDraft(name="Transferstelle", kind=uni, parent_id=survivor)
    )
    merge_id = ws.merging.merge("organisation", survivor, loser)
    for unit in [*units, own_unit]:
        assert ws.organisations.detail(unit).draft.parent_id == survivor
    ws.merging.undo(merge_id)
    for unit in units:
        assert ws.organisations.detail(unit).draft.parent_id == loser
    assert ws.organisations.detail(own_unit).draft.parent_id == survivor


def test_merging_a_university_into_its_own_unit_puts_the_unit_in_its_place(
    local_workspace: Workspace,
) -> None:
    from indie_desktop.domain.enums import OrganisationKind

    ws = local_workspace
    uni = OrganisationKind.UNIVERSITY
    loser = _org(ws, "Fachhochschule Dortmund", kind=uni)
    survivor = ws.organisations.create(
        OrganisationDraft(name="FH Dortmund, Fachbereich Informatik", kind=uni, parent_id=loser)
    )
    merge_id = ws.merging.merge("organisation", survivor, loser)
    assert ws.organisations.detail(survivor).draft.parent_id is None  # the university's place
    ws.merging.undo(merge_id)
    assert ws.organisations.detail(survivor).draft.parent_id == loser
