"""Typed relations between organisations (issue 24): stored once, shown on both, used by the
partner suggestions."""

from __future__ import annotations

import pytest

from indie_desktop.domain.enums import OrganisationKind, RelationKind
from indie_desktop.domain.errors import ValidationError
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.workspace import Workspace


def org(ws: Workspace, name: str, competences: str = "", kind=OrganisationKind.COMPANY):
    return ws.organisations.create(
        OrganisationDraft(
            name=name, kind=kind, city="Witten", municipality="Witten", competences=competences
        )
    )


def test_a_relation_shows_on_both_organisations_in_its_reading(local_workspace: Workspace) -> None:
    ws = local_workspace
    child = org(ws, "Ruhrtec Antriebe GmbH")
    mother = org(ws, "Ruhrtec Holding AG")
    ws.relations.add(child, RelationKind.SUBSIDIARY_OF, mother, note="100 %")
    (seen_by_child,) = ws.organisations.detail(child).relations
    (seen_by_mother,) = ws.organisations.detail(mother).relations
    assert (seen_by_child.kind, seen_by_child.outgoing, seen_by_child.other_name) == (
        RelationKind.SUBSIDIARY_OF,
        True,
        "Ruhrtec Holding AG",
    )
    assert (seen_by_mother.outgoing, seen_by_mother.other_name) == (False, "Ruhrtec Antriebe GmbH")
    assert seen_by_child.note == "100 %"


def test_a_relation_to_itself_or_twice_is_refused_at_the_field(local_workspace: Workspace) -> None:
    ws = local_workspace
    a, b = org(ws, "Alpha GmbH"), org(ws, "Beta GmbH")
    with pytest.raises(ValidationError) as err:
        ws.relations.add(a, RelationKind.PARTNER_OF, a)
    assert "related_id" in err.value.errors
    ws.relations.add(a, RelationKind.PARTNER_OF, b)
    with pytest.raises(ValidationError):
        ws.relations.add(a, RelationKind.PARTNER_OF, b)
    rid = ws.organisations.detail(a).relations[0].id
    ws.relations.remove(rid)
    assert ws.organisations.detail(b).relations == []


def test_units_show_their_university_and_the_university_its_units(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    uni = org(ws, "Technische Universität Dortmund", kind=OrganisationKind.UNIVERSITY)
    unit = ws.organisations.create(
        OrganisationDraft(
            name="Institut für Produktionssysteme (IPS)",
            kind=OrganisationKind.UNIVERSITY,
            parent_id=uni,
        )
    )
    assert ws.organisations.detail(unit).parent == (uni, "Technische Universität Dortmund")
    assert ws.organisations.detail(uni).units == [(unit, "Institut für Produktionssysteme (IPS)")]


def test_members_of_the_same_cluster_and_suppliers_of_the_customer_rank_higher(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    seeker = org(ws, "Suchend GmbH")
    cluster = org(ws, "Cluster Additive Fertigung Ruhr", kind=OrganisationKind.OTHER)
    customer = org(ws, "Großkunde AG")
    member = org(ws, "Zeta Lasersinter GmbH", "Lasersintern")
    supplier = org(ws, "Ypsilon Lasersinter GmbH", "Lasersintern")
    stranger = org(ws, "Alpha Lasersinter GmbH", "Lasersintern")
    need = ws.needs.create(
        NeedDraft(organisation_id=seeker, topic="Teile sintern", wanted_competence="SLS")
    )
    before = [s.organisation_id for s in ws.suggestions.for_need(need)]
    assert before == [stranger, supplier, member]  # equal fit: by name
    ws.relations.add(seeker, RelationKind.MEMBER_OF, cluster)
    ws.relations.add(member, RelationKind.MEMBER_OF, cluster)
    ws.relations.add(seeker, RelationKind.SUPPLIER_OF, customer)
    ws.relations.add(supplier, RelationKind.SUPPLIER_OF, customer)
    after = ws.suggestions.for_need(need)
    assert [s.organisation_id for s in after] == [supplier, member, stranger]
    assert after[0].connection == ("supplier_of", "Großkunde AG")
    assert after[1].connection == ("member_of", "Cluster Additive Fertigung Ruhr")
    assert after[2].connection is None
