"""Two people edit the same record: nothing is silently lost, different fields merge."""

from __future__ import annotations

import pytest

from indie_desktop.domain.errors import ConflictError
from indie_desktop.services.contacts.people import PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.draft_merge import MergeConflict, three_way
from indie_desktop.services.workspace import Workspace


def test_fields_changed_on_one_side_only_merge_without_asking(local_workspace: Workspace) -> None:
    orgs = local_workspace.organisations
    org_id = orgs.create(OrganisationDraft(name="Stahl KG", city="Hagen", phone=""))
    mine = orgs.detail(org_id)
    base = orgs.detail(org_id).draft
    theirs = orgs.detail(org_id)
    theirs.draft.city = "Herne"
    orgs.update(org_id, theirs.draft, theirs.version)
    mine.draft.phone = "02331 12345"
    orgs.update(org_id, mine.draft, mine.version, base_draft=base)
    stored = orgs.detail(org_id).draft
    assert (stored.city, stored.phone) == ("Herne", "+49233112345")


def test_same_field_changed_on_both_sides_reports_each_conflicting_field(
    local_workspace: Workspace,
) -> None:
    orgs = local_workspace.organisations
    org_id = orgs.create(OrganisationDraft(name="Stahl KG", city="Hagen", notes="alt"))
    mine = orgs.detail(org_id)
    base = orgs.detail(org_id).draft
    theirs = orgs.detail(org_id)
    theirs.draft.city = "Herne"
    theirs.draft.notes = "neu von Bernd"
    orgs.update(org_id, theirs.draft, theirs.version)
    mine.draft.city = "Witten"
    mine.draft.competences = "Schweißen"
    with pytest.raises(MergeConflict) as caught:
        orgs.update(org_id, mine.draft, mine.version, base_draft=base)
    conflict = caught.value
    assert [(c.field, c.mine, c.theirs) for c in conflict.conflicts] == [
        ("city", "Witten", "Herne")
    ]
    # Everything else is merged already: their notes, my competences.
    assert (conflict.merged.notes, conflict.merged.competences) == ("neu von Bernd", "Schweißen")
    assert orgs.detail(org_id).draft.city == "Herne"  # nothing overwritten
    # The user decides (keep theirs), and the next save goes through on the new base.
    conflict.merged.city = "Herne"
    orgs.update(org_id, conflict.merged, conflict.current_version, base_draft=conflict.theirs)
    assert orgs.detail(org_id).draft.competences == "Schweißen"


def test_save_without_a_base_never_overwrites_a_newer_version(local_workspace: Workspace) -> None:
    people = local_workspace.people
    person_id = people.create(PersonDraft(first_name="Eva", last_name="Kaya"))
    stale = people.detail(person_id)
    fresh = people.detail(person_id)
    fresh.draft.function = "Einkauf"
    people.update(person_id, fresh.draft, fresh.version)
    stale.draft.function = "Vertrieb"
    with pytest.raises(ConflictError):
        people.update(person_id, stale.draft, stale.version)
    assert people.detail(person_id).draft.function == "Einkauf"


def test_three_way_takes_the_side_that_changed() -> None:
    base = OrganisationDraft(name="A", city="x", phone="1")
    mine = OrganisationDraft(name="A", city="y", phone="1")
    theirs = OrganisationDraft(name="B", city="x", phone="1")
    merged, conflicts = three_way(base, mine, theirs)
    assert (merged.name, merged.city, conflicts) == ("B", "y", [])
