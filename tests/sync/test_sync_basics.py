"""Take a database offline, work on the laptop, sync: changes travel both ways."""

from __future__ import annotations

from pathlib import Path

from tests.integration.shared_fixtures import SharedServer
from tests.sync.helpers import Laptop, create_org, edit_org


def test_laptop_edits_reach_the_server_and_others_edits_reach_the_laptop(
    shared: SharedServer, tmp_path: Path
) -> None:
    office = shared.dortmund.workspace()
    org_id = create_org(office, "Stahlbau Şükrü Yıldız GmbH", city="Dortmund")
    laptop, init = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    assert init.tables["organisation"] == 1

    ws = laptop.workspace()
    # The search index came along: folded spelling finds the record on the laptop.
    assert [h.id for h in ws.search.search("Sukru Yildiz").hits] == [org_id]
    assert [h.id for h in ws.search.search("tahlbau").hits] == [org_id]  # inside the word
    edit_org(ws, org_id, phone="0231 123456")
    new_id = create_org(ws, "Zoë Ñúñez Feinmechanik", city="Hagen")
    assert laptop.unsynced() == 2
    edit_org(office, org_id, city="Dortmund-Hörde")

    summary = laptop.sync()
    assert (summary.sent, summary.merged, summary.conflicts) == (2, 1, 0)
    assert laptop.unsynced() == 0

    assert [h.id for h in ws.search.search("Nunez Feinmechanik").hits] == [new_id]
    at_office = office.organisations.detail(org_id).draft
    assert (at_office.phone, at_office.city) == ("+49231123456", "Dortmund-Hörde")
    assert office.organisations.detail(new_id).draft.name == "Zoë Ñúñez Feinmechanik"
    on_laptop = laptop.workspace().organisations.detail(org_id).draft
    assert (on_laptop.phone, on_laptop.city) == ("+49231123456", "Dortmund-Hörde")

    create_org(office, "Müller Präzisionsguss GmbH", city="Hagen")
    office.organisations.delete(new_id)
    assert laptop.sync().received == 2
    assert [h.title for h in ws.search.search("Mueller Praezision").hits] == [
        "Müller Präzisionsguss GmbH"
    ]
    assert ws.search.search("Feinmechanik").hits == []
    assert laptop.sql(
        "SELECT deleted_at IS NOT NULL FROM organisation WHERE id = ?", (new_id.hex,)
    ) == [(1,)]
    laptop.close()
    office.db.dispose()


def test_money_travels_exactly_both_ways(shared: SharedServer, tmp_path: Path) -> None:
    from decimal import Decimal

    from indie_desktop.services.work.projects import ProjectDraft
    from tests.sync.helpers import server_rows

    office = shared.dortmund.workspace()
    project = office.projects.create(
        ProjectDraft(name="Gemeinschaftsstand Hannover Messe", budget_eur="12.345,67")
    )
    laptop, _ = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    assert laptop.sql("SELECT budget_eur FROM project") == [(1234567,)]  # cents, as the app
    ws = laptop.workspace()
    shown = office.projects.detail(project).draft.budget_eur
    assert ws.projects.detail(project).draft.budget_eur == shown

    laptop.sql("UPDATE project SET budget_eur = 1999999, version = version + 1")
    laptop.sync()

    [row] = server_rows(shared.dortmund, "project").values()
    assert row["budget_eur"] == 1999999
    with office.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT budget_eur FROM project").scalar() == Decimal(
            "19999.99"
        )
    laptop.close()
    office.db.dispose()


def test_an_offline_copy_refuses_erasure_and_points_to_the_server(
    shared: SharedServer, tmp_path: Path
) -> None:
    """Art. 17 on a laptop would leave the old values in its merge bases and pending uploads,
    and a staff login cannot erase on the server: the copy says who erases, and where."""
    import pytest

    from indie_desktop.domain.errors import PermissionDenied
    from indie_desktop.services.contacts.people import PersonDraft

    office = shared.dortmund.workspace()
    person_id = office.people.create(PersonDraft(first_name="Łukasz", last_name="Wiśniewski"))
    laptop, _init = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    try:
        ws = laptop.workspace()
        assert ws.privacy.can_erase() is False
        with pytest.raises(PermissionDenied, match="administrator"):
            ws.privacy.erase(person_id)
        assert ws.people.detail(person_id).draft.last_name == "Wiśniewski"
    finally:
        laptop.close()
        office.close()
