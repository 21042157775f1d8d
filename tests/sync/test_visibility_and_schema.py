"""What row-level security hides never reaches a laptop; an older laptop is told to update."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from indie_desktop.domain.enums import Visibility
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.work.tasks import TaskDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.sync.engine import SchemaMismatch
from tests.integration.shared_fixtures import SharedServer
from tests.sync.helpers import Laptop, create_org, edit_org, replica_rows, server_rows


@pytest.fixture
def hagen(shared: SharedServer) -> Iterator[Workspace]:
    ws = shared.hagen.workspace()
    yield ws
    ws.db.dispose()


def _names(laptop: Laptop) -> set[str]:
    return {r["name"] for r in replica_rows(laptop, "organisation").values()}


def test_another_institutions_private_records_never_reach_the_laptop(
    shared: SharedServer, hagen: Workspace, tmp_path: Path
) -> None:
    create_org(hagen, "Geheim-Kunde Hagen GmbH", visibility=Visibility.INSTITUTION)
    shared_org = create_org(hagen, "Netzwerkfirma Hagen AG")
    laptop, _ = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    assert _names(laptop) == {"Netzwerkfirma Hagen AG"}

    create_org(hagen, "Noch ein Geheimnis KG", visibility=Visibility.INSTITUTION)
    edit_org(hagen, shared_org, visibility=Visibility.INSTITUTION)  # made private later
    laptop.sync()

    assert _names(laptop) == set()
    files = laptop.data_dir.glob("indie.sqlite3*")
    assert not any(b"Geheim" in f.read_bytes() for f in files)
    laptop.close()


def test_a_visit_pack_holds_the_chosen_companies_their_needs_and_my_tasks(
    shared: SharedServer, tmp_path: Path
) -> None:
    office = shared.dortmund.workspace()
    visit = create_org(office, "Besuchsziel Maschinenbau GmbH")
    other = create_org(office, "Anderer Betrieb OHG")
    office.needs.create(NeedDraft(organisation_id=visit, topic="Prüfstand für Hydraulik"))
    office.tasks.create(
        TaskDraft(title="Angebot nachfassen", linked_type="organisation", linked_id=visit)
    )

    laptop, _ = Laptop.take_offline(
        tmp_path / "laptop", shared.dortmund, pack=["Besuchsziel Maschinenbau GmbH"]
    )

    assert _names(laptop) == {"Besuchsziel Maschinenbau GmbH"}
    assert [r["topic"] for r in replica_rows(laptop, "need").values()] == [
        "Prüfstand für Hydraulik"
    ]
    assert [r["title"] for r in replica_rows(laptop, "task").values()] == ["Angebot nachfassen"]

    # Later: a new need of the packed company arrives, one of another company does not.
    office.needs.create(NeedDraft(organisation_id=visit, topic="Zerspanung Titan"))
    office.needs.create(NeedDraft(organisation_id=other, topic="Fremder Bedarf"))
    laptop.sync()
    assert {r["topic"] for r in replica_rows(laptop, "need").values()} == {
        "Prüfstand für Hydraulik",
        "Zerspanung Titan",
    }
    assert _names(laptop) == {"Besuchsziel Maschinenbau GmbH"}
    office.db.dispose()
    laptop.close()


def test_a_laptop_on_another_schema_is_told_what_to_update_and_keeps_its_changes(
    shared: SharedServer, tmp_path: Path
) -> None:
    import psycopg

    from tests.integration.shared_fixtures import _admin_conninfo

    office = shared.dortmund.workspace()
    org = create_org(office, "Schema GmbH")
    office.db.dispose()
    laptop, _ = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    edit_org(laptop.workspace(), org, city="Herne")
    dbname = shared.dortmund.url.rsplit("/", 1)[1]
    admin = _admin_conninfo().rsplit("/", 1)[0] + "/" + dbname

    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    with pytest.raises(SchemaMismatch, match="update In\\|Die Desktop on this computer"):
        laptop.sync()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0003_shared'")
    with pytest.raises(SchemaMismatch, match="an administrator must update it"):
        laptop.sync()
    assert laptop.unsynced() == 1
    laptop.close()


def test_what_the_server_refuses_comes_back_as_a_conflict_and_the_rest_still_applies(
    shared: SharedServer, tmp_path: Path
) -> None:
    office = shared.dortmund.workspace()
    theirs = create_org(office, "Dortmunder Werkzeugbau GmbH")
    laptop, _ = Laptop.take_offline(tmp_path / "hagen", shared.hagen)
    ws = laptop.workspace()
    ws.organisations.delete(theirs)  # only Dortmund's staff may delete it
    mine = create_org(ws, "Hagener Federn Yılmaz KG")
    edit_org(ws, mine, city="Hagen")

    summary = laptop.sync()

    assert (summary.sent, summary.conflicts, summary.rejected) == (2, 1, 1)
    [(row_id, kind, _)] = laptop.conflicts()
    assert (row_id, kind) == (theirs.hex, "rejected")
    names = {r["name"]: r["deleted_at"] for r in replica_rows(laptop, "organisation").values()}
    assert names == {"Dortmunder Werkzeugbau GmbH": None, "Hagener Federn Yılmaz KG": None}
    assert office.organisations.detail(mine).draft.city == "Hagen"
    office.db.dispose()
    laptop.close()


def test_contact_details_travel_with_their_firm_and_stay_hidden_with_a_private_one(
    shared: SharedServer, hagen: Workspace, tmp_path: Path
) -> None:
    from indie_desktop.domain.enums import ContactKind, ContactLabel
    from indie_desktop.services.contacts.contact_points import ContactPointDraft

    fax = ContactPointDraft(ContactKind.FAX, ContactLabel.WORK, "02331 4711")
    mail = ContactPointDraft(ContactKind.EMAIL, ContactLabel.OTHER, "einkauf@netz-hagen.de")
    create_org(
        hagen, "Geheim-Kunde Hagen GmbH", visibility=Visibility.INSTITUTION, contact_points=[fax]
    )
    shared_org = create_org(hagen, "Netzwerkfirma Hagen AG", contact_points=[mail])
    laptop, _ = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    values = {r["value"] for r in replica_rows(laptop, "contact_point").values()}
    assert values == {"einkauf@netz-hagen.de"}

    # Offline, Dortmund adds a home number to the network firm; it reaches the server.
    ws = laptop.workspace()
    detail = ws.organisations.detail(shared_org)
    draft = detail.draft
    draft.contact_points.append(
        ContactPointDraft(ContactKind.PHONE, ContactLabel.OTHER, "02331 999888")
    )
    ws.organisations.update(shared_org, draft, detail.version)
    laptop.sync()
    on_server = {r["value"] for r in server_rows(shared.dortmund, "contact_point").values()}
    assert on_server == {"einkauf@netz-hagen.de", "+492331999888"}

    # Hagen makes the firm private: its contact details leave the laptop with it.
    edit_org(hagen, shared_org, visibility=Visibility.INSTITUTION)
    laptop.sync()
    assert replica_rows(laptop, "contact_point") == {}
    files = laptop.data_dir.glob("indie.sqlite3*")
    assert not any(b"4711" in f.read_bytes() for f in files)
    laptop.close()
