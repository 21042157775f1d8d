from __future__ import annotations

import pytest
from sqlalchemy import select

from indie_desktop.domain.enums import OrganisationKind
from indie_desktop.domain.errors import ConflictError, NotFound, ValidationError
from indie_desktop.domain.models import AuditEntry, Organisation
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.workspace import Workspace


def _draft(**kw: object) -> OrganisationDraft:
    values: dict[str, object] = {"name": "Yıldız Metallbau GmbH", "postcode": "58095"}
    values.update(kw)
    return OrganisationDraft(**values)  # type: ignore[arg-type]


def test_new_organisation_is_stored_with_normalised_values(local_workspace: Workspace) -> None:
    orgs = local_workspace.organisations
    org_id = orgs.create(
        _draft(phone="02331 123456", vat_id="de 136 695 976", website="yildiz-metall.de")
    )
    d = orgs.detail(org_id).draft
    assert d.phone == "+492331123456"
    assert d.vat_id == "DE136695976"
    assert d.website == "https://yildiz-metall.de"
    assert d.municipality == "Hagen"  # derived from the postcode


def test_all_invalid_fields_are_reported_at_once(local_workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as err:
        local_workspace.organisations.create(
            _draft(name=" ", email="max@", phone="12", postcode="4414", wz_code="99.99.9")
        )
    assert set(err.value.errors) == {"name", "email", "phone", "postcode", "wz_code"}


def test_filter_finds_turkish_name_typed_without_diacritics(local_workspace: Workspace) -> None:
    orgs = local_workspace.organisations
    orgs.create(_draft())
    orgs.create(_draft(name="Müller Präzisionstechnik GmbH", postcode="44147", city="Dortmund"))
    names = [r.name for r in orgs.page(ListQuery(text="yildiz"), 0, 50)]
    assert names == ["Yıldız Metallbau GmbH"]
    assert [r.name for r in orgs.page(ListQuery(text="präzision dort"), 0, 50)] == [
        "Müller Präzisionstechnik GmbH"
    ]


def test_list_sorts_umlauts_like_german_readers_expect(local_workspace: Workspace) -> None:
    orgs = local_workspace.organisations
    for name in ("Zeta AG", "Ärztehaus Witten", "Abel GmbH", "Bau GmbH"):
        orgs.create(_draft(name=name))
    names = [r.name for r in orgs.page(ListQuery(sort="name"), 0, 10)]
    assert names == ["Abel GmbH", "Ärztehaus Witten", "Bau GmbH", "Zeta AG"]
    desc = [r.name for r in orgs.page(ListQuery(sort="name", descending=True), 0, 10)]
    assert desc[0] == "Zeta AG"


def test_kind_filter_shows_only_universities(local_workspace: Workspace) -> None:
    orgs = local_workspace.organisations
    orgs.create(_draft())
    orgs.create(_draft(name="TU Dortmund", kind=OrganisationKind.UNIVERSITY))
    query = ListQuery(filters=(("kinds", (OrganisationKind.UNIVERSITY,)),))
    assert [r.name for r in orgs.page(query, 0, 10)] == ["TU Dortmund"]
    assert orgs.count(query) == 1


def test_paging_returns_consecutive_slices(local_workspace: Workspace) -> None:
    orgs = local_workspace.organisations
    for i in range(25):
        orgs.create(_draft(name=f"Firma {i:02d}"))
    first = orgs.page(ListQuery(), 0, 10)
    second = orgs.page(ListQuery(), 10, 10)
    assert [r.name for r in first + second] == [f"Firma {i:02d}" for i in range(20)]
    assert orgs.count(ListQuery()) == 25


def test_saving_over_someone_elses_change_is_refused(local_workspace: Workspace) -> None:
    orgs = local_workspace.organisations
    org_id = orgs.create(_draft())
    mine = orgs.detail(org_id)
    theirs = orgs.detail(org_id)
    theirs.draft.city = "Hagen-Haspe"
    orgs.update(org_id, theirs.draft, theirs.version)
    mine.draft.phone = "02331 999999"
    with pytest.raises(ConflictError):
        orgs.update(org_id, mine.draft, mine.version)
    assert orgs.detail(org_id).draft.city == "Hagen-Haspe"


def test_delete_hides_the_record_and_undo_brings_it_back(local_workspace: Workspace) -> None:
    orgs = local_workspace.organisations
    org_id = orgs.create(_draft())
    orgs.delete(org_id)
    assert orgs.count(ListQuery()) == 0
    with pytest.raises(NotFound):
        orgs.detail(org_id)
    with local_workspace.db.session() as s:  # a tombstone, not a deletion
        assert s.get(Organisation, org_id) is not None
    orgs.restore(org_id)
    assert orgs.count(ListQuery()) == 1


def test_every_change_is_audited_with_old_and_new_value(local_workspace: Workspace) -> None:
    orgs = local_workspace.organisations
    org_id = orgs.create(_draft())
    detail = orgs.detail(org_id)
    detail.draft.city = "Hagen"
    orgs.update(org_id, detail.draft, detail.version)
    with local_workspace.db.session() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.target_id == org_id).order_by(AuditEntry.at)
        ).all()
        assert [e.action for e in entries] == ["create", "update"]
        assert entries[1].changes is not None
        assert entries[1].changes["city"] == [None, "Hagen"]
        assert entries[1].staff_id == local_workspace.actor.staff_id


def test_new_records_belong_to_the_users_institution(local_workspace: Workspace) -> None:
    org_id = local_workspace.organisations.create(_draft())
    with local_workspace.db.session() as s:
        org = s.get(Organisation, org_id)
        assert org is not None
        assert org.owner_institution_id == local_workspace.actor.institution_id
        assert org.visibility == "network"


def test_paging_after_the_last_shown_row_continues_the_list(local_workspace: Workspace) -> None:
    orgs = local_workspace.organisations
    for name in ("Beta", "alpha", "Ärzte", "beta", "Gamma", "delta", "Delta"):
        orgs.create(_draft(name=f"{name} GmbH"))
    for query in (ListQuery(), ListQuery(descending=True), ListQuery(sort="city")):
        everything = orgs.page(query, 0, 50)
        first = orgs.page(query, 0, 3)
        rest = orgs.page(query, 3, 50, after=first[-1].id)
        assert first + rest == everything
