"""Organisations keep their duplicate-matching keys (match_key) as their values change.

The import and the duplicate finder read the stored keys instead of normalising every known
organisation again. What the user relies on: a firm is recognised by what it reads now —
after an edit, a merge (and its undo), an import that filled it in (and the undo), and even
when some other writer changed a value without recomputing the keys."""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path

from alembic import command
from sqlalchemy import select, text

from indie_desktop.domain.matching import STORED_INPUTS, decode_organisation_keys
from indie_desktop.domain.models import Organisation
from indie_desktop.domain.record_keys import organisation_match_key
from indie_desktop.services.context import Actor
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.duplicates.finder import id_key, load_organisation_keys
from indie_desktop.services.importing.plan import DuplicatePolicy, ImportSettings
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import alembic_config, open_local


def _stored(ws: Workspace, org_id: uuid.UUID) -> str | None:
    with ws.db.session() as s:
        return s.scalar(select(Organisation.match_key).where(Organisation.id == org_id))


def _fresh(ws: Workspace, org_id: uuid.UUID) -> str:
    """The keys as the rule computes them from the record's values now."""
    with ws.db.session() as s:
        record = s.get(Organisation, org_id)
        assert record is not None
        return organisation_match_key({c: getattr(record, c) for c in STORED_INPUTS})


def _matches(ws: Workspace, draft: OrganisationDraft) -> list[uuid.UUID]:
    """Known organisations the duplicate index takes the described firm for."""
    from indie_desktop.services.directory.organisations import _values

    values = _values(draft)
    keys = decode_organisation_keys(
        None, str(values["name"]), draft.postcode, str(values["match_key"]), None
    )
    assert keys is not None
    return [uuid.UUID(str(m.other)) for m in ws.duplicates.organisation_index().matches(keys)]


def test_a_new_firm_keeps_the_keys_it_is_recognised_by(local_workspace: Workspace) -> None:
    ws = local_workspace
    org = ws.organisations.create(
        OrganisationDraft(
            name="Şükrü Yıldız Metallbau GmbH & Co. KG",
            street="Hauptstr. 12",
            postcode="58095",
            city="Hagen",
            phone="02331 123456",
        )
    )
    assert _stored(ws, org) == _fresh(ws, org)
    with ws.db.session() as s:
        [keys] = load_organisation_keys(s)
    assert keys.id == id_key(org) and keys.core == "sukru yildiz metallbau"
    assert (keys.street, keys.phone) == ("hauptstr12", "492331123456")
    # Written differently, the same firm: by name at the same address.
    same = OrganisationDraft(
        name="Sükrü Yildiz Metallbau Gesellschaft mit beschränkter Haftung",
        street="Hauptstraße 12",
        postcode="58095",
    )
    assert _matches(ws, same) == [org]


def test_an_edited_firm_is_recognised_by_its_new_values(local_workspace: Workspace) -> None:
    ws = local_workspace
    org = ws.organisations.create(OrganisationDraft(name="Zoë Ñúñez Design", city="Bochum"))
    detail = ws.organisations.detail(org)
    ws.organisations.update(
        org, replace(detail.draft, phone="0234 98765", email="info@nunez-design.de"), 1
    )
    assert _stored(ws, org) == _fresh(ws, org)
    assert _matches(ws, OrganisationDraft(name="Ganz Anders AG", phone="+49 234 98765")) == [org]
    assert _matches(ws, OrganisationDraft(name="Noch Anders", website="nunez-design.de")) == [org]


def test_a_merge_and_its_undo_keep_the_survivors_keys_current(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    survivor = ws.organisations.create(
        OrganisationDraft(name="Łukasz Wiśniewski Elektro", postcode="44623")
    )
    loser = ws.organisations.create(
        OrganisationDraft(name="Wisniewski Elektro e.K.", vat_id="DE136695976")
    )
    before = _stored(ws, survivor)
    merge_id = ws.merging.merge("organisation", survivor, loser, ["vat_id"])
    assert _stored(ws, survivor) == _fresh(ws, survivor) != before
    assert _matches(ws, OrganisationDraft(name="Irgendwer", vat_id="DE 136 695 976")) == [survivor]
    ws.merging.undo(merge_id)
    assert _stored(ws, survivor) == _fresh(ws, survivor) == before
    assert _matches(ws, OrganisationDraft(name="Irgendwer", vat_id="DE136695976")) == [loser]


def test_an_import_that_fills_in_a_firm_updates_its_keys_and_undo_puts_them_back(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    ws = local_workspace
    org = ws.organisations.create(
        OrganisationDraft(name="Müller Präzisionstechnik GmbH", postcode="44135")
    )
    before = _stored(ws, org)
    csv = tmp_path / "kontakte.csv"
    csv.write_bytes(
        "Firma;PLZ;Telefon\r\nMüller Präzisionstechnik GmbH;44135;0231 123456\r\n".encode("cp1252")
    )
    table = ws.imports.read(csv)
    settings = ImportSettings(
        mapping=ws.imports.automatic_mapping(table), on_duplicate=DuplicatePolicy.MERGE
    )
    report = ws.imports.run(table, settings)
    assert report.updated == 1 and report.created_organisations == 0
    assert _stored(ws, org) == _fresh(ws, org) != before
    assert _matches(ws, OrganisationDraft(name="Ganz Anders AG", phone="0231 123456")) == [org]
    assert report.batch_id is not None
    ws.imports.undo(report.batch_id)
    assert _stored(ws, org) == _fresh(ws, org) == before
    assert _matches(ws, OrganisationDraft(name="Ganz Anders AG", phone="0231 123456")) == []


def test_keys_left_behind_by_another_writer_are_not_trusted(local_workspace: Workspace) -> None:
    """A value changed without recomputing the keys (an older version, plain SQL): the firm
    is recognised by what it reads now, not by the stale keys."""
    ws = local_workspace
    org = ws.organisations.create(OrganisationDraft(name="Weiß & Söhne KG", phone="0234 111"))
    with ws.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE organisation SET phone = '+49234999999' WHERE id = :id"),
            {"id": org.hex},
        )
    assert _matches(ws, OrganisationDraft(name="Anders", phone="0234 999999")) == [org]
    assert _matches(ws, OrganisationDraft(name="Anders", phone="0234 111")) == []
    with ws.db.engine.begin() as conn:
        conn.execute(text("UPDATE organisation SET match_key = NULL"))
    assert _matches(ws, OrganisationDraft(name="Anders", phone="0234 999999")) == [org]


def test_the_update_fills_in_the_keys_of_existing_firms(tmp_path: Path) -> None:
    db = open_local(tmp_path)
    ws = Workspace(db, Actor.system())
    names = ("Yıldız Metallbau GmbH", "Zoë Ñúñez Design", "Łukasz Wiśniewski Elektro e.K.")
    ids = [
        ws.organisations.create(OrganisationDraft(name=n, phone=f"0231 55{i}00", city="Hagen"))
        for i, n in enumerate(names)
    ]
    with db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0012_dash")
    with db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    for org in ids:
        assert _stored(ws, org) == _fresh(ws, org)
    assert _matches(ws, OrganisationDraft(name="Anders", phone="0231 55100")) == [ids[1]]
    db.dispose()
